"""A claim's correction that gives the article's counts with a thousands comma (`down from
1,905 to 1,318`) gives counts, not the years 1905 and 1318; and a year typed after a figure
and its noun (`138 tonnes in 2024`) dates the figure, not an event the article dates
otherwise."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
FIRES = (
    "The agency said its satellites detected 1,318 fires in the province between June 1 "
    "and June 20, down from 1,905 in the same period last year, a fall of 31 percent."
)
HONEY = "Its members harvested 212 tonnes of honey in 2023, down from 260 tonnes in 2022."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, down from 1,905 to 1,318", C),
        ("No, down from 1,905 to 1,318", C),
        ("false, up from 1,318 to 1,905", X),
        ("false, down from 1,905 to 1,381", X),
    ],
)
def test_counts_with_a_thousands_comma(typed: str, expected: Outcome) -> None:
    claim = "The satellites detected more fires between June 1 and June 20 than a year before."
    quote = "down from 1,905 in the same period last year, a fall of 31 percent"
    explain = "The count fell from 1,905 to 1,318, a fall of 31 percent."
    assert graded_claim(claim, quote, typed, paragraph=FIRES, explain=explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("False, 212 tonnes in 2023 against 260 tonnes in 2022", C),
        ("false, 212 tonnes in 2023", C),
        ("False, 260 tonnes in 2023 against 212 tonnes in 2022", X),  # the years swapped
        ("false, they harvested 260 tonnes in 2023", X),
        ("false, 212 tonnes in 2024", X),
    ],
)
def test_a_year_after_a_figure_and_its_noun(typed: str, expected: Outcome) -> None:
    claim = "The members harvested more honey in 2023 than in 2022."
    assert graded_claim(claim, HONEY, typed) is expected
