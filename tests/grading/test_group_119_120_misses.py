"""Classes of the hundred-and-nineteenth and twentieth groups' misses, fixed after their
first runs; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

SHARES = "Its shares rose 2.4% in Frankfurt after the announcement."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false", C), ("false, they rose", C), ("false, they were unchanged", X), ("false, flat", X)],
)
def test_a_correction_that_says_nothing_moved_where_the_quote_says_it_did(
    typed: str, expected: Outcome
) -> None:
    claim = "True or false: the company's shares fell after the announcement."
    assert graded_claim(claim, SHARES, typed, key="false") is expected


PAY = "Our members have seen their pay fall by 21.3 per cent in real terms since 2010."


@pytest.mark.parametrize(
    ("typed", "expected"), [("21.3 per cent", C), ("fallen 21.3%", C), ("risen 21.3%", X)]
)
def test_the_opposite_of_the_questions_own_direction(typed: str, expected: Outcome) -> None:
    question = "By how much, in real terms, has members' pay fallen since 2010?"
    assert graded("text", "21.3 per cent", question, PAY, typed) is expected
