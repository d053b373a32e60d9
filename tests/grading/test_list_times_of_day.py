"""A list of times of day with their halves (`9:00 pm, 10:30 pm`), with invented examples:
read on the 24-hour clock, so `21:00` is 9 pm and `9:00 am` is another time, whichever
accepted form the pack writes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.grading.helpers import cited_question

from newsquiz.facts.clock import as_24_hour
from newsquiz.facts.text import tokenize
from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

COACHES = ("Three late coaches will leave Port Hallam Central at 9:00 pm, 10:30 pm and 11:45 pm.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9:00 pm, 10:30 pm, 11:45 pm", C),
        ("9 pm, 10.30 pm and 11.45 pm", C),
        ("21:00, 22:30, 23:45", C),
        ("9:00, 10:30, 11:45", C),  # the accepted form without halves
        ("9:00 pm, 10:30 pm", P),
        ("9:00 am, 10:30 am, 11:45 am", X),
        ("9:00, 10:30, 11:45 am", X),
    ],
)
def test_times_of_day_in_a_list(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "list",
        ("9:00 pm", "10:30 pm", "11:45 pm"),
        "At what times will the three late coaches leave?",
        "at 9:00 pm, 10:30 pm and 11:45 pm",
        *COACHES,
        accept=(("9:00", "10:30", "11:45"),),
    )
    assert grade(question, typed).outcome is expected


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=59))
def test_a_time_with_its_half_is_the_24_hour_time(hour: int, minute: int) -> None:
    pm = f"{hour % 12 + 12}:{minute:02d}"
    am = f"{hour % 12}:{minute:02d}"
    assert as_24_hour(tokenize(f"{hour}:{minute:02d} pm")) == [pm]
    assert as_24_hour(tokenize(f"{hour}:{minute:02d} a.m.")) == [am]
