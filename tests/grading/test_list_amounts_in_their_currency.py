"""An amount typed as a list item is the item's only in the item's currency: `£500` for
`US$500` is another prize, while `$500` and `500 dollars` write the same one."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
PRIZES = "The winner gets a trophy, a medal and US$500, and the runner-up gets €300."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a trophy, a medal, US$500", C),
        ("a trophy, a medal and $500", C),
        ("a medal, a trophy and 500 dollars", C),
        ("a trophy, a medal, 500 US dollars", C),
        ("a trophy, a medal, £500", X),
        ("a trophy, a medal and 500 euros", X),
        ("a trophy, a medal, A$500", X),
        ("a trophy, a medal, €300", X),
    ],
)
def test_an_amount_in_a_list_keeps_its_currency(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "list",
        "a trophy, a medal, US$500",
        "What does the winner get?",
        PRIZES,
        PRIZES,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a trophy, a medal, $500", C),
        ("a trophy, a medal, £500", X),
        ("a medal, €500, a trophy", X),
    ],
)
def test_an_amount_written_with_a_bare_sign_keeps_its_currency(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "list",
        "a trophy, a medal, $500",
        "What does the winner get?",
        PRIZES,
        PRIZES,
    )
    assert grade(question, typed).outcome is expected
