"""A class of the hundred-and-eleventh group's misses, fixed after its first run (its
authors' reject entries needed no fix before it); with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

LAWYER = "The defence was led by Petra Holm, who is not related to the judge."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("no", C),
        ("no, not related", C),
        ("no, she is not her sister", C),
        ("false, she is the judge's sister", X),
        ("no, she is the judge's sister", X),
    ],
)
def test_a_leading_no_denies_nothing_said_after_it(typed: str, expected: Outcome) -> None:
    claim = "True or false: the defence lawyer is a relative of the judge."
    assert graded_claim(claim, LAWYER, typed, key="false") is expected
