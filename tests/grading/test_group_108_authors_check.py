"""Grader faults the hundred-and-eighth group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

LIMIT = "A repeat offender's meter is fitted with a device limiting supply to 400 litres a day."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("400", C), ("400 litres", C), ("400 litres a day", C), ("400 litres per person", X)],
)
def test_a_figure_per_person_where_the_article_gives_none(typed: str, expected: Outcome) -> None:
    question = "To how many litres a day does the device limit a repeat offender's supply?"
    assert graded("number", "400", question, LIMIT, typed) is expected
