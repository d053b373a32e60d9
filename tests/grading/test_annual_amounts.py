"""A question that asks for an annual amount (`What is the park's annual budget?`) asks for
it a year: `2.6 billion pesos a year` answers it, an amount a month or over three years
does not."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PARK = (
    "The marine park runs on a budget of 2.6 billion pesos, and its rangers expect to save "
    "400 million pesos by 2028.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2.6 billion pesos a year", C),
        ("2.6 billion pesos per year", C),
        ("2.6 billion pesos", C),
        ("2.6 billion pesos a month", X),
        ("2.6 billion pesos over three years", X),
        ("2.4 billion pesos a year", X),
    ],
)
def test_an_annual_budget(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "2.6 billion pesos",
        question="What is the park's annual operating budget?",
        article=PARK,
    )
    assert grade(question, typed).outcome is expected
