"""A rate in time typed after a figure the article gives as a total is another fact, a night
as much as a week; a share yearly by nature (interest) is that share a year and no other
period; `one and a quarter` is a figure, not a rate per quarter. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

FESTIVAL = (
    "The folk festival filled about 3,400 beds in guesthouses around Lake Orvan over its "
    "four days, the tourism office said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3,400", C),
        ("about 3,400 beds", C),
        ("3,400 a night", X),  # the article gives the four days' total
        ("3,400 per night", X),
        ("3,400 a week", X),
    ],
)
def test_a_night_typed_after_a_total(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "about 3,400",
        "About how many beds did the folk festival fill around Lake Orvan?",
        "filled about 3,400 beds",
        *FESTIVAL,
    )
    assert grade(question, typed).outcome is expected


LOAN = ("The regional development bank's loan for the tramway carries interest of 2.75 percent.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2.75%", C),
        ("2.75 percent a year", C),  # interest is yearly by nature
        ("2.75% annually", C),
        ("2.75% per annum", C),
        ("2.75% a month", X),  # another period is another rate
        ("2.75 percent per week", X),
        ("2.75% a quarter", X),
        ("two and three quarters percent", C),
    ],
)
def test_interest_a_year_and_no_other_period(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "2.75 percent",
        "What interest does the development bank's loan carry?",
        "carries interest of 2.75 percent",
        *LOAN,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("one and a quarter percent", C), ("1.25 percent a quarter", X)],
)
def test_and_a_quarter_is_a_figure(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "1.25 percent",
        "What interest does the bond pay?",
        "pays interest of 1.25 percent",
        "The bond pays interest of 1.25 percent, the treasury said.",
    )
    assert grade(question, typed).outcome is expected
