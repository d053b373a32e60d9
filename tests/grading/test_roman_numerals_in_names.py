"""A Roman numeral in a name is a number, never a typo of another: `Camp I` is not `Camp II`,
and `World War 2` is `World War II`."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Stage II", C),
        ("stage ii", C),
        ("Stage 2", C),
        ("Stage I", X),
        ("Stage III", X),
        ("Stage", X),
    ],
)
def test_a_roman_numeral_in_a_text_answer(typed: str, expected: Outcome) -> None:
    question = make_question("text", "Stage II")
    assert grade(question, typed).outcome is expected


def test_a_roman_numeral_in_a_list_item() -> None:
    question = make_question("list", ("Lower Camp", "Camp II"))
    assert grade(question, "Lower Camp, Camp II").outcome is C
    assert grade(question, "Lower Camp, Camp III").outcome is X
    assert grade(question, "Lower Camp, Camp I").outcome is not C
