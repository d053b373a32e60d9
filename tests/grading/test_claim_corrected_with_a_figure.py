"""A true-or-false answer that gives a figure must give the article's: `true, up from 40%`
where the quote says up from 35% restates the claim with another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PARAGRAPH = (
    "Turnout reached 48% this year, up from 35% in the last election. "
    "Rural turnout stayed near 40%."
)
QUOTE = "Turnout reached 48% this year, up from 35% in the last election."


@pytest.mark.parametrize(
    ("key", "claim", "typed", "expected"),
    [
        ("true", "True or false: turnout reached 48%.", "true", C),
        ("true", "True or false: turnout reached 48%.", "true, up from 35%", C),
        ("true", "True or false: turnout reached 48%.", "true, 48 percent", C),
        ("true", "True or false: turnout reached 48%.", "true, up from 40%", X),
        ("false", "True or false: turnout fell below 30%.", "false, it reached 48%", C),
        ("false", "True or false: turnout fell below 30%.", "false, it was 40%", X),
        ("false", "True or false: turnout fell below 30%.", "true, it reached 48%", X),
    ],
)
def test_a_figure_in_the_answer_must_be_the_articles(
    key: str, claim: str, typed: str, expected: Outcome
) -> None:
    question = make_question(
        "claim",
        key,
        question=claim,
        citations=(cite(QUOTE, PARAGRAPH),),
        article=(PARAGRAPH,),
    )
    assert grade(question, typed).outcome is expected
