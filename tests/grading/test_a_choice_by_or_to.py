"""A choice that is the level a figure reached (`fell to 52 percent`), typed as the change
(`by 52 percent`), is another fact, as it is for a number question; and the other way."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
HOSTELS = (
    "The hostel association said bed occupancy on the island fell to 41 percent in May, "
    "from 67 percent a year earlier."
)
FARES = "The ferry company cut its winter fares by 15 percent on Monday, to 22 euros."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("41 percent", C),
        ("it fell to 41 percent", C),
        ("from 67 to 41 percent", C),
        ("a", C),
        ("it fell by 41 percent", X),
        ("by 41%", X),
    ],
)
def test_the_level_reached(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "choice",
        "41 percent",
        "What did bed occupancy on the island fall to in May?",
        HOSTELS,
        HOSTELS,
        choices=("41 percent", "67 percent", "26 percent"),
    )
    assert grade(question, typed).outcome is expected


def test_the_change() -> None:
    question = cited_question(
        "choice",
        "15 percent",
        "By how much did the ferry company cut its winter fares?",
        FARES,
        FARES,
        choices=("15 percent", "22 percent", "5 percent"),
    )
    assert grade(question, "by 15 percent").outcome is C
    assert grade(question, "to 15 percent").outcome is X
