"""A list's accepted form written as text with `or` between its items (`pay it or appeal
to the tribunal`): its items are the answer's, not one item that any of its words names."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

LEVY = (
    "The council has 30 days to pay the levy or appeal to the tax tribunal, the ministry said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("pay the levy, appeal to the tax tribunal", C),
        ("pay it or appeal to the tax tribunal", C),
        ("appeal to the tax tribunal or pay the levy", C),
        ("pay the levy", P),
        ("pay it", P),
        ("appeal to the tax tribunal", P),
        ("pay the levy or ask for more time", X),
    ],
)
def test_either_of_two_steps(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("pay the levy", "appeal to the tax tribunal"),
        question="What two things can the council do about the levy?",
        # As the loader reads `accept: [pay it or appeal to the tax tribunal]`: one text,
        # split at commas and `and` only.
        accept=(("pay it or appeal to the tax tribunal",),),
        article=LEVY,
    )
    assert grade(question, typed).outcome is expected
