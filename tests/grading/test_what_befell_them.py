"""The dead are never the injured, nor the missing the rescued: a figure typed with what
befell another group (`61 killed` where the question asks how many were injured) is another
fact, found among the seen bench's false accepts."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

FIRE = "At least 17 workers were killed and 61 injured when the factory caught fire."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("61", C),
        ("61 injured", C),
        ("61 people hurt", C),
        ("61 workers", C),
        ("61 killed", X),
        ("61 dead", X),
        ("61 missing", X),
    ],
)
def test_a_count_of_the_injured(typed: str, expected: Outcome) -> None:
    question = "How many workers were injured in the fire?"
    assert graded("number", "61", question, FIRE, typed) is expected


@pytest.mark.parametrize(("typed", "expected"), [("at least 17", C), ("at least 17 injured", X)])
def test_a_count_of_the_dead(typed: str, expected: Outcome) -> None:
    question = "How many workers were killed in the fire?"
    assert graded("number", "at least 17", question, FIRE, typed) is expected
