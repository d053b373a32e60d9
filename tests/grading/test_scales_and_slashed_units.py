"""South Asian scales are numbers like any other (`₹450 crore` is ₹4.5 billion, `3 lakh`
is 300,000), and a speed written with a slash (`95 km/h`) is one unit, not two answers."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("₹450 crore", C),
        ("Rs 450 crore", C),
        ("4.5 billion rupees", C),
        ("₹4.5bn", C),
        ("₹45 crore", X),
        ("₹450 lakh", X),
        ("$4.5 billion", X),
    ],
)
def test_an_amount_in_crore(typed: str, expected: Outcome) -> None:
    question = make_question("money", "₹450 crore", question="How much did the dam cost?")
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3 lakh", C), ("three lakh people", C), ("300,000", C), ("30,000", X), ("3 crore", X)],
)
def test_a_count_in_lakh(typed: str, expected: Outcome) -> None:
    question = make_question("number", "300,000", question="How many people were moved?")
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("95 km/h", C),
        ("about 95 km/h", C),
        ("95 kph", C),
        ("59 mph", C),
        ("95 mph", X),
        ("95 km/h or 120 km/h", X),
        ("120 km/h", X),
    ],
)
def test_a_speed_written_with_a_slash(typed: str, expected: Outcome) -> None:
    question = make_question("number", "95 km/h", question="How fast were the winds?")
    assert grade(question, typed).outcome is expected
