"""A speed in other units is the same speed converted (`5 metres per second` for 18 km/h):
its `per second` is part of the unit, no rate in time of its own; a volume per second keeps
its rate (`12,600 cubic metres per minute` for 210 a second). A temperature's letter after a
figure is its scale (`57.2F` for 14°C). Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10 metres per second", C),
        ("10 m/s", C),
        ("36 km/h", C),
        ("36 kilometres an hour", C),
        ("12 metres per second", X),
        ("36 metres per second", X),
        ("36 km per day", X),
    ],
)
def test_a_speed_in_metres_per_second(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number", "36 kilometres per hour", question="How strong were the gusts on the lake?"
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("340 cubic metres per second", C),
        ("20,400 cubic metres per minute", C),
        ("340 cubic metres per minute", X),
        ("340 metres per second", X),
    ],
)
def test_a_volume_per_second_keeps_its_rate(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number", "340 cubic metres per second", question="How fast did the river flow at its peak?"
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("64.4F", C), ("64.4 F", C), ("18C", C), ("18 C", C), ("66F", X), ("18 K", X)],
)
def test_a_temperatures_letter_is_its_scale(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number", "18 degrees Celsius", question="At what temperature was the milk kept?"
    )
    assert grade(question, typed).outcome is expected
