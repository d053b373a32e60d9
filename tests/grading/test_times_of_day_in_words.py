"""Times of day a player writes in words: a bare hour with its part of the day (`six in
the evening`, `eleven at night`), and minutes to or past noon or midnight (`twenty to
midnight`) are the clock's times, in the right half of the day. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.facts.clock import as_clock_times
from newsquiz.facts.text import tokenize
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("said", "clock"),
    [
        ("six in the evening", ["6:00", "pm"]),
        ("eleven at night", ["11:00", "pm"]),
        ("five in the morning", ["5:00", "am"]),
        ("twenty to midnight", ["11:40", "pm"]),
        ("ten past midnight", ["12:10", "am"]),
        ("quarter to noon", ["11:45", "am"]),
        ("noon", ["12:00", "pm"]),
        ("six", ["six"]),  # a bare number is no time
        ("eight to five", ["eight", "to", "five"]),  # a vote, read in fives
    ],
)
def test_times_in_words_on_the_clock(said: str, clock: list[str]) -> None:
    assert as_clock_times(tokenize(said)) == clock


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("seven in the evening", C),
        ("seven in the morning", X),
        ("eight in the evening", X),
    ],
)
def test_a_bare_hour_and_its_part_of_the_day_answer_a_time(typed: str, expected: Outcome) -> None:
    verdict = graded(
        "text",
        "19:00",
        "By what time must the stalls on the Kessing quay be packed away?",
        "stalls on the Kessing quay must be packed away by 19:00",
        typed,
    )
    assert verdict is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("twenty to midnight", C), ("twenty to noon", X), ("11:40 pm", C)]
)
def test_minutes_to_midnight_are_late_evening(typed: str, expected: Outcome) -> None:
    verdict = graded(
        "text",
        "23:40",
        "At what time did the last ferry reach Kessing?",
        "the last ferry reached Kessing at 23:40",
        typed,
    )
    assert verdict is expected
