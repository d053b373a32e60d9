"""Grader faults the hundred-and-first group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Committee IV on health", C),
        ("Committee IV", C),
        ("the health committee", C),
        ("Committee II on health", X),  # another committee by its numeral
        ("Committee III", X),
    ],
)
def test_a_roman_numeral_names_another_of_its_kind(typed: str, expected: Outcome) -> None:
    quote = "Rina Lumi, a member of the Committee IV on health in the regional assembly"
    outcome = graded(
        "text", "Committee IV on health", "Of which committee is Rina Lumi a member?",
        quote, typed, accept=("Committee IV", "the health committee"),
    )  # fmt: skip
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("34%", C), ("34% over five years", C), ("34% in three years", X), ("34% within a year", X)],
)
def test_a_figure_over_another_length_of_time(typed: str, expected: Outcome) -> None:
    quote = "electricity prices that had risen by 34% in five years"
    article = (
        f"The company blamed {quote}.",
        "The union had rejected a raise of 1.5% in each of three years.",
    )
    outcome = graded(
        "number", "34% in five years", "By how much had electricity prices risen?",
        quote, typed, accept=("34%",), article=article,
    )  # fmt: skip
    assert outcome is expected
