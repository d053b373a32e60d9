"""What money is counted per stays part of the amount where a word stands between the
amount and its rate (`$340 more a week`) or the rate is an adverb (`$340 annually`): an
accepted bare `$340` then still means per week, and `$340 a year` is another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

NURSES = "The nurses' union had first asked for $340 more a week, and later settled for less."
NURSES_QUOTE = "asked for $340 more a week"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("$340 a week", C),
        ("$340", C),
        ("340 dollars", C),
        ("$340 per week", C),
        ("$340 more a week", C),
        ("$340 weekly", C),
        ("$340 a year", X),
        ("$340 per month", X),
        ("$340 annually", X),
        ("$340 per annum", X),
        ("340 dollars a day", X),
    ],
)
def test_the_rate_after_more_belongs_to_the_amount(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "$340 a week",
        question="What pay rise had the nurses' union first asked for?",
        accept=("$340", "340 dollars"),
        citations=(cite(NURSES_QUOTE, NURSES),),
        article=(NURSES,),
    )
    assert grade(question, typed).outcome is expected
