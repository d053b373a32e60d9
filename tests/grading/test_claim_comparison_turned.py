"""A true verdict that restates the claim's comparison the other way round (`true, 20 percent
more` where the claim and the article say less) is wrong; the same words as the claim, a
denial (`true, less, not more`) or `more or less` are not turned."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

UNION = (
    "The union spends about RM2.1 million a year on its junior programme, 15 percent less "
    "than in 2022, its secretary said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, 15 percent less than in 2022", C),
        ("true, less, not more", C),
        ("true, more or less", C),
        ("true, 15 percent more than in 2022", X),
        ("true, it spends more", X),
    ],
)
def test_a_comparison_turned(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim",
        "true",
        question="True or false: the union spends about RM2.1 million a year on its junior "
        "programme, 15 percent less than in 2022.",
        citations=(cite("15 percent less than in 2022", UNION[0]),),
        article=UNION,
    )
    assert grade(question, typed).outcome is expected
