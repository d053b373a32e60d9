"""Grader faults the fifty-third and fifty-fourth groups' authors' `check` showed on their
own reject entries, fixed before those groups' first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Nu. 3.10", C), ("Nu 3.10", C), ("3.10 ngultrum", C), ("3.10", C), ("$3.10", X)],
)
def test_the_ngultrum_written_nu(typed: str, expected: Outcome) -> None:
    quote = "the utility will pay Nu. 3.10 per unit"
    question = "How much will the utility pay per unit?"
    assert graded("money", "Nu. 3.10", question, quote, typed) is expected
