"""Grader faults the hundred-and-twentieth group's authors' `check` showed on their own
reject entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

WIND = "A hot, dry south-westerly wind pushed temperatures past 40 °C on the plains."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("south-westerly", C), ("southwesterly", C), ("south-easterly", X), ("southeasterly", X)],
)
def test_a_wind_from_another_point_is_no_slip(typed: str, expected: Outcome) -> None:
    question = "What kind of wind pushed temperatures past 40 °C?"
    key, accepted = "a hot, dry south-westerly", ("southwesterly",)
    assert graded("text", key, question, WIND, typed, accept=accepted) is expected


FINISH = "She finished her round at 4:17 pm, an hour before the leaders."


@pytest.mark.parametrize(
    ("typed", "expected"), [("4:17 pm", C), ("4:17", C), ("16:17", C), ("4:17 am", X)]
)
def test_the_other_half_of_the_day_where_the_key_says_which(typed: str, expected: Outcome) -> None:
    question = "At what time did she finish her round?"
    key, accepted = "4:17 pm", ("4:17", "16:17")
    assert graded("text", key, question, FINISH, typed, accept=accepted) is expected
