"""Grader faults the ninety-second group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

RACE = "The race started at dawn on Saturday, March 8, on the northern shore."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("March 8", C),
        ("Saturday, March 8", C),
        ("Saturday 8 March 2025", C),
        ("Sunday, March 8", X),
        ("March 8 (a Friday)", X),
        ("Saturday, March 9", X),
    ],
)
def test_a_weekday_typed_with_the_date_must_be_the_one_it_fell_on(
    typed: str, expected: Outcome
) -> None:
    # March 8, 2025 was a Saturday, as the quote says: `Sunday, March 8` is another day.
    question = make_question(
        "date",
        "March 8",
        question="On what date did the race start?",
        citations=(cite("on Saturday, March 8", RACE),),
        article=(RACE,),
        default_year=2025,
    )
    assert grade(question, typed).outcome is expected


def test_a_weekday_is_not_weighed_where_the_year_is_unsure() -> None:
    # The key gives no year and the quote names no weekday: the date may be of the year
    # before the report's (a December date in a January report), so its weekday is unknown.
    quote = "The ferry last sailed on December 30."
    outcome = graded(
        "date", "December 30", "When did the ferry last sail?", quote, "Monday, Dec 30"
    )
    assert outcome is C


CRATES = (
    "The scanners, which weighed about 2.4 tonnes in their crates, reached the port in May.",
    "The archive holds letters and papers from three centuries.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2.4 tonnes", C),
        ("about 2.4 tons", C),
        ("2.4 tonnes of scanners", C),
        ("2,400 kg", C),
        ("2.4 tonnes of papers", X),
        ("2.4 tons of letters", X),
    ],
)
def test_a_measure_of_another_thing_the_article_names_is_another_fact(
    typed: str, expected: Outcome
) -> None:
    question = "How much did the scanners weigh in their crates?"
    outcome = graded("number", "2.4 tonnes", question, CRATES[0], typed, article=CRATES)
    assert outcome is expected
