"""Grader faults the hundred-and-fourth group's authors' `check` showed on their own reject
entries, fixed before that group's first run, and classes of its misses fixed after it (a
year the quote gives another figure); with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
P = Outcome.PARTIAL

JURY = "The jury of seven women and five men took nine hours to reach its verdict."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("7", C), ("seven women", C), ("7 jurors", C), ("7 men", X), ("7 male jurors", X)],
)
def test_women_and_men_are_counted_apart(typed: str, expected: Outcome) -> None:
    question = "How many women were on the jury?"
    assert graded("number", "7", question, JURY, typed) is expected


PAY = "The driver was paid €300 a trip and collected three containers."


@pytest.mark.parametrize(
    ("typed", "expected"), [("€300 a trip", C), ("€300", P), ("€300 in total", X)]
)
def test_a_rate_per_trip_is_no_total(typed: str, expected: Outcome) -> None:
    question = "How much was the driver paid?"
    outcome = graded("money", "€300 a trip", question, PAY, typed)
    assert outcome is expected


PLANTS = "Revenue said detections had fallen from 29 in 2015 to 11 last year."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("11", C), ("11 plants", C), ("11 in 2015", X), ("eleven, down from 29 in 2015", C)],
)
def test_a_year_the_quote_gives_another_figure(typed: str, expected: Outcome) -> None:
    question = "How many fuel laundering plants were detected last year?"
    assert graded("number", "11", question, PLANTS, typed) is expected
