"""A time of day is a value in a text answer: `9.45pm`, `9:45 pm` and `21:45` are the key's
`9:45 p.m.`; another time, or the morning, is another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9:45 p.m.", C),
        ("9.45pm", C),
        ("9.45 pm", C),
        ("about 9:45pm", C),
        ("21:45", C),
        ("9:45 am", X),
        ("8.45pm", X),
        ("9.45pm or 10pm", X),
    ],
)
def test_a_time_of_day_written_with_a_full_stop(typed: str, expected: Outcome) -> None:
    question = make_question("text", "9:45 p.m.", question="When did the polls close?")
    assert grade(question, typed).outcome is expected
