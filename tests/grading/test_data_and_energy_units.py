"""Units the fifty-fourth to fifty-seventh groups showed missing: bits are not bytes, energy
(GWh) is not power (MW), and a unit written `per second` is one unit, not a figure and a
length of time."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("60 megabits per second", C),
        ("60 Mbps", C),
        ("60 Mbit/s", C),
        ("60,000 kilobits per second", C),
        ("0.06 gigabits per second", C),
        ("60 megabytes per second", X),
        ("60 gigabits per second", X),
        ("70 megabits per second", X),
    ],
)
def test_bits_are_not_bytes(typed: str, expected: Outcome) -> None:
    quote = "The link offered about 60 megabits per second"
    question = "What speed did the link offer?"
    assert graded("number", "about 60 megabits per second", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2,400 GWh", C), ("2.4 terawatt hours", C), ("2,400,000 MWh", C), ("2,400 MW", X)],
)
def test_energy_is_not_power(typed: str, expected: Outcome) -> None:
    quote = "The plant will produce about 2,400 gigawatt hours a year"
    question = "How much electricity will the plant produce in a year?"
    key = "about 2,400 gigawatt hours"
    assert graded("number", key, question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("140 kilometres an hour", C), ("140 km/h", C), ("87 miles an hour", C), ("140 mph", X)],
)
def test_a_speed_written_an_hour(typed: str, expected: Outcome) -> None:
    quote = "gusts of 140 kilometres per hour"
    question = "How strong were the gusts?"
    assert graded("number", "140 kilometres per hour", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2,400", C), ("2,400 per hour", C), ("2,400 an hour", C), ("2,400 per day", X)],
)
def test_a_rate_in_time_asked_for(typed: str, expected: Outcome) -> None:
    quote = "the gondola can carry up to 2,400 passengers per hour"
    question = "How many passengers per hour can the gondola carry?"
    assert graded("number", "2,400", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3.1 dinars", C), ("3.1 dinars per kilo", C), ("3.1 dinars a litre", X)],
)
def test_an_amount_per_what_the_question_asks(typed: str, expected: Outcome) -> None:
    quote = "against 3.1 dinars at the start of last season"
    question = "How much were mills paying per kilo of olives last season?"
    assert graded("money", "3.1 dinars", question, quote, typed) is expected
