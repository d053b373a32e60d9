"""A letter dropped from a short word, or from a point of the compass, is a slip a teacher
forgives; another letter put in its place is not."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

PAINT = "The new trams are painted blue and orange, and run on the Kade line."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("blue and orange", C), ("blu and orange", C), ("bue and orange", C), ("bloe and orange", X)],
)
def test_a_letter_dropped_from_a_word_of_four_is_a_slip(typed: str, expected: Outcome) -> None:
    question = "What colours are the new trams painted?"
    outcome = graded("list", ("blue", "orange"), question, PAINT, typed)
    assert outcome is expected


def test_a_letter_changed_in_a_word_of_four_is_still_another_word() -> None:
    question = "On which line do the new trams run?"
    assert graded("text", "the Kade line", question, PAINT, "the Kate line") is X


DISTRICT = "Most of the damage was in Kaduna North, while Kaduna South was spared."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kaduna North", C),
        ("Kaduna Nort", C),
        ("Kaduna Nrth", C),
        ("Kaduna South", X),
        ("Kaduna Sout", X),
    ],
)
def test_a_letter_dropped_from_a_point_of_the_compass_is_a_slip(
    typed: str, expected: Outcome
) -> None:
    question = "Where was most of the damage?"
    assert graded("text", "Kaduna North", question, DISTRICT, typed) is expected
