"""Choices told apart by the way a figure moved (`up 12 percent`, `down 12 percent`): any
word of a rise or a fall picks the choice that writes it so. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

FERRY = ("Passenger numbers on the island ferry were down 12 percent on last summer.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("down 12 percent", C),
        ("12 percent lower", C),
        ("they fell 12%", C),
        ("a 12 percent drop", C),
        ("a decline of 12 percent", C),
        ("12 percent higher", X),
        ("rose 12 percent", X),
        ("fell 21 percent", X),
        ("b", X),
        ("a", C),
    ],
)
def test_a_fall_typed_in_other_words(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "down 12 percent",
        question="How did passenger numbers on the island ferry compare with last summer?",
        choices=("down 12 percent", "up 12 percent", "down 21 percent", "unchanged"),
        citations=(cite("down 12 percent on last summer", FERRY[0]),),
        article=FERRY,
    )
    assert grade(question, typed).outcome is expected
