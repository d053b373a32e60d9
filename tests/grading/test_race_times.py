"""A race time is a value: `3:52.07` is `3 minutes 52.07 seconds` however it is written,
and any other time is another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade
from newsquiz.grading.kinds.text import race_time

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("3:52.07", "3:52.07", C),
        ("3:52.07", "3 minutes 52.07 seconds", C),
        ("3:52.07", "3 min 52.07 s", C),
        ("3:52.07", "3.52.07", C),  # dots for the colon
        ("3:52.07", "3:52.07 in the 1,500 metres", C),
        ("3:52.07", "3:52.70", X),
        ("3:52.07", "3:25.07", X),
        ("3:52.07", "3:52", X),  # the hundredths are part of the time
        ("3:52.07", "4 minutes", X),
        ("2:08:41", "2 hours 8 minutes 41 seconds", C),
        ("2:08:41", "2:08:14", X),
    ],
)
def test_race_times(key: str, typed: str, expected: Outcome) -> None:
    question = make_question("text", key, question="What was the winning time in the 1,500 metres?")
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("token", "seconds"),
    [("3:52.07", 232.07), ("27.41.18", 1661.18), ("2:08:41", 7721.0), ("14:38", None)],
)
def test_reading_a_race_time(token: str, seconds: float | None) -> None:
    assert race_time(token) == seconds
