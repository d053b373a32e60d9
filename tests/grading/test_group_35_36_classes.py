"""Classes of false accepts the thirty-fifth and thirty-sixth groups' first runs showed,
fixed in general; each with invented examples: a rate in time (or per season, per weekday)
the article gives no figure of, and a total typed where the article gives each one's."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("about 2,400 tonnes", C),
        ("2,400 tonnes", C),
        ("2,400 tonnes per season", X),
        ("2,400 tonnes a year", X),
        ("2,400 tonnes a month", X),
    ],
)
def test_a_total_over_years_has_no_rate(typed: str, expected: Outcome) -> None:
    quote = "the station burned about 2,400 tonnes of coal over its three seasons"
    outcome = graded(
        "number", "about 2,400 tonnes", "How much coal did the station burn?", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("40,000 barrels", C), ("40,000 barrels a week", X)],
)
def test_the_question_s_own_period(typed: str, expected: Outcome) -> None:
    quote = "No more than 40,000 barrels may be shipped in any single month"
    outcome = graded(
        "number",
        "40,000 barrels",
        "What is the most oil that may be shipped in any single month?",
        quote,
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9,000", C), ("9,000 each weekday", C), ("9,000 a year", X)],
)
def test_a_figure_each_weekday(typed: str, expected: Outcome) -> None:
    quote = "the tram will take about 9,000 cars off the roads each weekday"
    outcome = graded(
        "number",
        "9,000",
        "About how many cars will the tram take off the roads each weekday?",
        quote,
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("250,000 rupees", C),
        ("250,000 rupees each", C),
        ("250,000 rupees in total", X),
        ("250,000 rupees altogether", X),
    ],
)
def test_each_one_s_share_is_no_total(typed: str, expected: Outcome) -> None:
    quote = "a bonus of 250,000 rupees for every member of the squad"
    outcome = graded(
        "money",
        "250,000 rupees",
        "What bonus will the board pay each player?",
        quote,
        typed,
    )
    assert outcome is expected
