"""Grader faults the fifty-fifth and fifty-sixth groups' authors' `check` showed on their
own reject entries, fixed before those groups' first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("T$4 million", C), ("4 million pa'anga", C), ("US$4 million", X), ("T$1.7 million", X)],
)
def test_the_paanga_written_t_dollar(typed: str, expected: Outcome) -> None:
    quote = "losses of T$4 million (about US$1.7 million)"
    question = "How much did businesses lose?"
    assert graded("money", "T$4 million", question, quote, typed) is expected
