"""A choice written as a body's abbreviation is picked by the body's full name from the
generic table, even where the article never spells it out."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("WFP", C),
        ("the World Food Programme", C),
        ("World Food Program", C),
        ("the World Health Organization", X),
        ("UNICEF", X),
        ("World Food Programme or UNICEF", X),
    ],
)
def test_an_abbreviated_choice_picked_by_its_full_name(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "WFP",
        choices=("WHO", "UNICEF", "WFP", "FAO"),
        question="Which agency flew the food in?",
        article=("Rice and flour were flown in by the WFP on Tuesday.",),
    )
    assert grade(question, typed).outcome is expected
