"""Grader faults the ninety-seventh group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
P = Outcome.PARTIAL

BRIDGE = "The restoration of the bridge in Jajce cost 3.2 million convertible marks."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3.2 million convertible marks", C),
        ("3.2 million marks", C),
        ("3.2 million BAM", C),
        ("$3.2 million", X),
        ("3.2 million euros", X),
    ],
)
def test_convertible_marks_are_a_currency(typed: str, expected: Outcome) -> None:
    question = "How much did the restoration cost, in convertible marks?"
    outcome = graded("money", "3.2 million convertible marks", question, BRIDGE, typed)
    assert outcome is expected


UPKEEP = "The town will set aside 400,000 marks a year for the bridge's upkeep."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("400,000 marks a year", C), ("400,000 marks", P), ("400,000 marks in total", X)],
)
def test_a_total_is_not_the_rate_a_year_the_article_gives(typed: str, expected: Outcome) -> None:
    question = "How much will the town set aside for the bridge's upkeep?"
    assert graded("money", "400,000 marks a year", question, UPKEEP, typed) is expected
