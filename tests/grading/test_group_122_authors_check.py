"""A grader fault the hundred-and-twenty-second group's authors' `check` showed on their own
reject entries, fixed before that group's first run; with an invented example."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

BOUGHT = "He bought the car in 1968 for 120,000 Dutch guilders from a dealer in Utrecht."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("120,000 Dutch guilders", C),
        ("120,000 guilders", C),
        ("NLG 120,000", C),
        ("120,000 euros", X),
        ("120,000 Belgian francs", X),
        ("120,000 Deutschmarks", X),
    ],
)
def test_the_euro_areas_former_currencies_are_currencies(typed: str, expected: Outcome) -> None:
    question = "How much did he pay for the car?"
    assert graded("money", "120,000 Dutch guilders", question, BOUGHT, typed) is expected
