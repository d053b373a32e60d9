"""A figure typed with the other side of an opposite phrase the question uses states
another fact: `9 against` for how many voted for (the antonym table's phrases)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("11", C),
        ("11 in favour", C),
        ("eleven members", C),
        ("11 against", X),
        ("eleven votes against", X),
    ],
)
def test_the_other_side_of_a_vote_is_another_fact(typed: str, expected: Outcome) -> None:
    quote = "The assembly voted 11-4 to approve the budget"
    question = make_question(
        "number",
        "11",
        question="How many members voted for the budget?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected
