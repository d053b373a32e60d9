"""A list answer is compared whole with the forms the author wrote with its items joined
alike: `a, b and c` is the rejected `a, b, c`, and the accepted `a; b & c` is `a, b and c`."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
REGATTA = (
    "Harbour Rowing Club won the women's coxed four, the men's single sculls and the "
    "mixed double sculls, and was second in the men's coxed four."
)


def _wins(typed: str) -> Outcome:
    question = cited_question(
        "list",
        "women's coxed four, men's single sculls, mixed double sculls",
        "Which three events did Harbour Rowing Club win?",
        REGATTA,
        REGATTA,
        accept=("coxed four, single sculls, double sculls",),
        reject=("men's coxed four, men's single sculls, mixed double sculls",),
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    "typed",
    [
        "men's coxed four, men's single sculls and mixed double sculls",
        "men's coxed four and men's single sculls and mixed double sculls",
        "men's coxed four & men's single sculls, and mixed double sculls",
    ],
)
def test_a_rejected_list_typed_with_and_is_still_rejected(typed: str) -> None:
    assert _wins(typed) is X


@pytest.mark.parametrize(
    "typed",
    [
        "women's coxed four, men's single sculls and mixed double sculls",
        "coxed four, single sculls and double sculls",
    ],
)
def test_an_accepted_list_typed_with_and_is_accepted(typed: str) -> None:
    assert _wins(typed) is C
