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
