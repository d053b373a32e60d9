"""A second value the article states beside the answer, set apart by how it is written
(`nine of the 17`, `up from 49.2`, `since 2011`, `(range 68-79%)`, `from €2 to €4`) or
counting something else (`38.4 per cent and eight seats`), is context, not a second
answer. Two values offered as a choice, or one the article does not give, still are."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "The Greens took 11 of the 25 seats with 41.6 per cent of the vote, up from 33.9 per "
    "cent and seven seats in 2019. Turnout was 62.4 per cent.",
    "It was the party's first win in 18 years. The fare rises to €3 a ride, from €2.",
    "Support among young voters was 58% (range 52-64%) in the exit poll.",
)


def _grade(kind: str, key: str, quote: str, typed: str, paragraph: int = 0) -> Outcome:
    question = make_question(
        kind, key, citations=(cite(quote, ARTICLE[paragraph]),), article=ARTICLE
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("11 of the 25", C),
        ("eleven out of 25", C),
        ("25 of the 11", X),
        ("11 and 25", X),
        ("11 or 25", X),
    ],
)
def test_seats_of_a_total(typed: str, expected: Outcome) -> None:
    assert _grade("number", "11", "took 11 of the 25 seats", typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("41.6 per cent, up from 33.9", C),
        ("41.6% and eleven seats", C),
        ("33.9%, up from 41.6%", X),
        ("41.6 per cent and 33.9 per cent", X),
        ("41.6 per cent and 12 seats", X),  # the article gives no 12 seats
    ],
)
def test_a_share_beside_its_change_and_seats(typed: str, expected: Outcome) -> None:
    quote = "with 41.6 per cent of the vote"
    assert _grade("number", "41.6 per cent", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("18 years, since 2019", C),  # a year the article gives
        ("18", C),
        ("18 years, since 2007", X),  # the article gives no 2007
    ],
)
def test_a_count_of_years_beside_a_year(typed: str, expected: Outcome) -> None:
    assert _grade("number", "18", "first win in 18 years", typed, 1) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("from €2 to €3", C), ("€3, up from €2", C), ("from €3 to €2", X), ("€2 or €3", X)],
)
def test_an_amount_beside_the_one_it_replaces(typed: str, expected: Outcome) -> None:
    assert _grade("money", "€3", "rises to €3 a ride, from €2", typed, 1) is expected


def test_a_range_given_beside_a_share() -> None:
    quote = "58% (range 52-64%)"
    assert _grade("number", "58%", quote, "58% (range 52-64%)", 2) is C
    assert _grade("number", "58%", quote, "52-64%", 2) is X
