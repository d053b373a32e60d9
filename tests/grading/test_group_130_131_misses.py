"""Grader faults the hundred-and-thirtieth and thirty-first groups' misses showed, fixed in
general after their first figures; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

WORKSHOP = "Its brakes were relined at the depot on Thursday, September 13."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("September 13", C),
        ("13 September 2018", C),
        ("September 13, 2019", X),  # the report's year: a Friday then
    ],
)
def test_the_quotes_weekday_gives_a_yearless_key_its_year(typed: str, expected: Outcome) -> None:
    question = make_question(
        "date",
        "September 13",
        question="On what date were its brakes relined?",
        citations=(cite(WORKSHOP, WORKSHOP),),
        article=(WORKSHOP,),
        default_year=2019,
    )
    assert grade(question, typed).outcome is expected


REPORT = "The inspection began on 5 June 2017 and ended on Friday 9 June."


@pytest.mark.parametrize(
    ("typed", "expected"), [("5 June 2017", C), ("5/6/2017", C), ("6/5/2017", X)]
)
def test_a_numeric_date_is_read_as_the_article_writes_its_dates(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "date",
        "5 June 2017",
        question="When did the inspection begin?",
        citations=(cite(REPORT, REPORT),),
        article=(REPORT,),
        default_year=2017,
    )
    assert grade(question, typed).outcome is expected


def test_a_numeric_date_is_month_first_where_the_article_writes_months_first() -> None:
    text = "The inspection began on June 5, 2017, and ended on Friday, June 9."
    question = make_question(
        "date",
        "June 5, 2017",
        question="When did the inspection begin?",
        citations=(cite(text, text),),
        article=(text,),
        default_year=2017,
    )
    assert grade(question, "6/5/2017").outcome is C
    assert grade(question, "5/6/2017").outcome is X
