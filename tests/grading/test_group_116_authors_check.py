"""A grader fault the hundred-and-sixteenth group's authors' `check` showed on their own
reject entries, fixed before that group's first run; with an invented example."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

WAITS = "Of those, 27.5 per cent had waited longer than 16 weeks for their operation."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("27.5 per cent", C), ("27.5%", C), ("27.5", C), ("27.5 weeks", X)],
)
def test_a_length_of_time_typed_for_a_share(typed: str, expected: Outcome) -> None:
    question = "What percentage of patients had waited longer than 16 weeks?"
    assert graded("number", "27.5 per cent", question, WAITS, typed) is expected
