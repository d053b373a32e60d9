"""Classes of false accepts the thirty-fifth and thirty-sixth groups' first runs showed,
fixed in general; each with invented examples: a rate in time (or per season, per weekday)
the article gives no figure of, and a total typed where the article gives each one's."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

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


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it hit the left post", C),
        ("false, it hit the right post", X),
        ("false, it did not hit the right post", C),
    ],
)
def test_a_correction_with_the_quote_s_opposite(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: Okoro scored the last penalty.",
        "His penalty struck the left post.",
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, she was acquitted", C),
        ("false, she was cleared", C),
        ("False, she was convicted of fraud", X),
    ],
)
def test_a_correction_that_says_what_the_quote_denies(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the accountant Ruth Amadi was convicted of theft.",
        "The accountant Ruth Amadi, 44, was acquitted",
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("true, it lost the second set", C), ("False - the city paid less than half", C)],
)
def test_who_beat_whom_and_comparisons_are_no_opposites(typed: str, expected: Outcome) -> None:
    assert (
        graded_claim(
            "True or false: Lina Berg dropped a set.",
            "Her opponent won the second set and the state paid more than half of the fee.",
            typed,
            key="true" if typed.startswith("true") else "false",
        )
        is expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("true", C), ("true, it tripled", C), ("true, it doubled", X), ("true, it halved", X)],
)
def test_a_multiple_is_a_figure(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the city's population has more than tripled since 1990.",
        "the city's population has more than tripled since 1990",
        typed,
        key="true",
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, at -3.1 °C", C),
        ("true, at -1.3 °C", X),
        ("false, prices rose to $754 a tonne", X),
    ],
)
def test_a_figure_the_article_never_gives(typed: str, expected: Outcome) -> None:
    article = (
        "The water at the bottom of the lake was close to freezing.",
        "The sensors read -3.1 °C at a depth of 40 metres, and rice sold at $745 a tonne.",
    )
    outcome = graded_claim(
        "True or false: the water at the bottom was close to freezing.",
        "The water at the bottom of the lake was close to freezing.",
        typed,
        key="true" if typed.startswith("true") else "false",
        article=article,
        # Where neither the quotes nor the explanation give a figure, one the correction
        # states must be in the quotes' paragraphs (test_group_223_values_and_corrections).
        explain="The sensors read -3.1 °C near the bottom.",
    )
    assert outcome is expected
