"""A time typed after a figure must be the one the article gives that figure: another
weekday, month, day, year or season is another event's figure (`14 on Monday` where the
committee voted 14 to 3 on Thursday), and the article's own adds nothing (`214 in 2017`
of the storm of March 2017). The time is read in the figure's sentence, straight after
the figure or before it, else in the paragraph and the two before."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


def graded(kind: str, key: str, asked: str, quote: str, typed: str, *article: str) -> Outcome:
    question = cited_question(kind, key, asked, quote, *article, default_year=2024)
    return grade(question, typed).outcome


VOTE = "The committee met on Thursday evening and voted 14 to 3 to close the market."
# Each wrong time below is one the article names, of another event.
TRADERS = "Traders had met on Monday to plan a protest."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("14", C), ("14 on Thursday", C), ("14 on Thursday evening", C), ("14 on Monday", X)],
)
def test_a_weekday_the_figure_is_given_before_it(typed: str, expected: Outcome) -> None:
    asked = "How many members voted to close the market?"
    assert graded("number", "14", asked, "voted 14 to 3", typed, TRADERS, VOTE) is expected


SURVEYS = "The first survey, in 2011, counted 52 pairs. The second, in 2019, counted 87 pairs."


@pytest.mark.parametrize(
    ("typed", "expected"), [("87", C), ("87 pairs in 2019", C), ("87 in 2011", X)]
)
def test_a_year_of_the_figures_own_sentence(typed: str, expected: Outcome) -> None:
    asked = "How many pairs did the second survey count?"
    assert graded("number", "87", asked, "counted 87 pairs", typed, SURVEYS) is expected


STORM = "The storm of March 2017, which destroyed 214 homes, was the worst in a century."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("214", C), ("214 in 2017", C), ("214 in March 2017", C), ("214 in 2016", X)],
)
def test_the_articles_own_year_adds_nothing(typed: str, expected: Outcome) -> None:
    asked = "How many homes did the storm of March 2017 destroy?"
    assert graded("number", "214", asked, "destroyed 214 homes", typed, STORM) is expected


RECORD = "The previous record, 61.2 metres, was set on June 3 last year in Tampere."
MEETING = "The meeting is held each July; it moved to June 9 in 2021 for the first time."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("61.2 metres", C),
        ("61.2 metres in 2023", C),  # last year, of an article of 2024
        ("61.2 metres on June 3", C),
        ("61.2 metres in 2021", X),
        ("61.2 metres on June 9", X),
        ("61.2 metres in July", X),
    ],
)
def test_a_date_and_last_year_straight_after_the_figure(typed: str, expected: Outcome) -> None:
    asked = "What was the previous record?"
    assert graded("number", "61.2 metres", asked, "61.2 metres", typed, MEETING, RECORD) is expected


@pytest.mark.parametrize(("typed", "expected"), [("212", C), ("212 today", C), ("212 in 1990", X)])
def test_a_time_straight_after_another_figure_is_that_ones(typed: str, expected: Outcome) -> None:
    paragraph = "Membership has fallen from 340 in 1990 to 212 today."
    asked = "How many members does the club have?"
    assert graded("number", "212", asked, "to 212 today", typed, paragraph) is expected


def test_a_month_the_paragraph_gave_before_the_figures_sentence() -> None:
    article = (
        "The first cases were found in April.",
        "Vaccination began on Monday, May 5. By Friday, about 48,000 people had been "
        "vaccinated, the ministry said.",
    )
    asked = "About how many people had been vaccinated by Friday?"
    quote = "about 48,000 people had been vaccinated"
    assert graded("number", "about 48,000", asked, quote, "48,000 in April", *article) is X


def test_a_weekday_from_the_paragraph_before() -> None:
    article = (
        "The cyclone formed far to the east on Sunday.",
        "Evacuation centres opened across the island on Wednesday as the cyclone neared.",
        "By 20:00, 3,940 people had registered at the centres, officials said.",
    )
    asked = "How many people had registered by 20:00?"
    quote = "3,940 people had registered"
    assert graded("number", "3,940", asked, quote, "3,940 on Sunday", *article) is X


@pytest.mark.parametrize(
    "typed",
    ["11 days", "11 days from July 2", "11 days, from the second of July"],
)
def test_the_ends_of_a_span_are_not_the_figures_time(typed: str) -> None:
    paragraph = "The festival ran for 11 days, from July 2 to July 12, and drew 40,000 people."
    asked = "How long did the festival run?"
    assert graded("duration", "11 days", asked, "ran for 11 days", typed, paragraph) is C


def test_a_key_that_is_a_year_is_left_alone() -> None:
    paragraph = "The bridge opened in 1932 and was rebuilt in 1987."
    asked = "In what year did the bridge open?"
    assert graded("number", "1932", asked, "opened in 1932", "1932 or 1987", paragraph) is X
