"""False accepts the fifty-first to fifty-fourth groups' runs showed on lists, fixed in
general; with invented examples: items that each pair a value with a thing keep their
pairs, so the values swapped between the things name neither item, though every word of
the key is typed."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

FUNDING = "The council paid for the ferry terminal with a 25 percent subsidy and a 75 percent bond."
FLOODS = "The valley had flooded twice before, in March 2011 and June 2017."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a 75 percent subsidy and a 25 percent bond", X),
        ("75% subsidy, 25% bond", X),
        ("a 25 percent bond and a 75 percent subsidy", X),
        ("a 25 percent subsidy and a 75 percent bond", C),
        ("a 75 percent bond and a 25 percent subsidy", C),
        ("25% subsidy, 75% bond", C),
        ("a subsidy of 25 percent and a bond of 75 percent", C),
        ("the bond was 75 percent and the subsidy 25 percent", C),
        ("25 percent subsidy 75 percent bond", C),
        ("25 and 75 percent, as subsidy and bond", C),
    ],
)
def test_shares_stay_with_their_forms(typed: str, expected: Outcome) -> None:
    question = "In what two forms, and in what shares, was the terminal paid for?"
    key = ("a 25 percent subsidy", "a 75 percent bond")
    outcome = graded("list", key, question, FUNDING, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("March 2017 and June 2011", X),
        ("June 2011, March 2017", X),
        ("March 2011 and June 2017", C),
        ("June 2017, March 2011", C),
        ("Mar. 2011 and Jun. 2017", C),
        ("in March 2011 and in June 2017", C),
    ],
)
def test_months_stay_with_their_years(typed: str, expected: Outcome) -> None:
    question = "When had the valley flooded before?"
    key = ("March 2011", "June 2017")
    outcome = graded("list", key, question, FLOODS, typed)
    assert outcome is expected


def test_three_items_two_swapped() -> None:
    quote = "Floods struck in March 2011, June 2017 and May 2020."
    key = ("March 2011", "June 2017", "May 2020")
    question = "When did floods strike?"
    assert graded("list", key, question, quote, "March 2017, June 2011 and May 2020") is X
    assert graded("list", key, question, quote, "May 2020, March 2011 and June 2017") is C
