"""Grader faults the two-hundred-and-sixty-second group's misses showed, fixed in general
after its first figure; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

LEVY = (
    "The harbour board said the mooring levy would not change because the new pontoon is "
    "paid for from a separate maritime fund.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it will not change", C),
        ("false, it stays the same", C),
        ("false, it will fall", X),  # the article says it does not change at all
        ("false, it will decrease", X),
        ("false, it will rise", X),  # the claim itself, after `false`
    ],
)
def test_a_correction_that_moves_what_the_article_says_will_not_change(
    typed: str, expected: Outcome
) -> None:
    quote = "the mooring levy would not change"
    question = make_question(
        "claim",
        "false",
        question="True or false: the mooring levy will rise to pay for the pontoon.",
        citations=(cite(quote, LEVY[0]),),
        article=LEVY,
        explain="The pontoon is paid for from a separate fund, so the levy does not change.",
    )
    assert grade(question, typed).outcome is expected
