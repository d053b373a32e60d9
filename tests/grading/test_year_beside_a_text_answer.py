"""A year the cited quote gives, set apart beside a text answer (`KLM, dated 1712`), is
context, not a second answer; another year is another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
_CLOCK = 'The clock\'s face carries the initials "KLM" and is dated 1712.'


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("KLM", C),
        ("KLM, dated 1712", C),
        ("KLM in 1712", C),
        ("KLM, dated 1721", X),
        ("KLM 1712", X),
        ("KLN, dated 1712", X),
    ],
)
def test_a_year_beside_a_text_answer(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "KLM",
        question="What initials does the clock's face carry?",
        citations=(cite(_CLOCK, _CLOCK),),
        article=(_CLOCK,),
    )
    assert grade(question, typed).outcome is expected
