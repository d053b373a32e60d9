"""An amount of money is another fact than a percentage: `6.5 dollars` for a rise of 6.5
percent states another figure, while a number question whose article gives the figure as
money still takes it as money."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

FARES = "Bus fares in the region will rise by 6.5 percent from June, the transport authority said."
FARES_QUOTE = "rise by 6.5 percent from June"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6.5 percent", C),
        ("6.5%", C),
        ("6.5", C),
        ("6.5 per cent", C),
        ("6.5 dollars", X),
        ("6.5 euros", X),
        ("£6.5", X),
        ("$6.5", X),
    ],
)
def test_an_amount_of_money_is_not_a_percentage(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "6.5 percent",
        question="By how much will bus fares rise?",
        accept=("6.5%", "6.5"),
        citations=(cite(FARES_QUOTE, FARES),),
        article=(FARES,),
    )
    assert grade(question, typed).outcome is expected


BONUS = "Each of the 300 miners will receive a bonus of $1,200 under the settlement."
BONUS_QUOTE = "a bonus of $1,200"


@pytest.mark.parametrize(("typed", "expected"), [("$1,200", C), ("1200", C), ("1,200 dollars", C)])
def test_a_number_question_about_money_still_takes_the_money(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "1,200",
        question="How big a bonus will each miner receive, in dollars?",
        citations=(cite(BONUS_QUOTE, BONUS),),
        article=(BONUS,),
    )
    assert grade(question, typed).outcome is expected
