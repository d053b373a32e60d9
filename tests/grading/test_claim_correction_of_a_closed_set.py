"""A claim's correction that names a colour, an ocean or a medal where the quote names
another of the same set states another fact (`false, it was amber` where the warning was
red); the quote's own member, or none of the set, says nothing against it."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it was a red warning", C),
        ("false, the warning was red", C),
        ("false, it was an amber warning", X),
        ("false, it was raised from green to orange", X),
        ("false, it was a stronger warning", C),
    ],
)
def test_a_correction_in_another_colour(typed: str, expected: Outcome) -> None:
    quote = "Forecasters issued a red warning for the Corran valley on Sunday."
    outcome = graded_claim(
        "True or false: forecasters issued a yellow warning for the Corran valley.",
        quote,
        typed,
        key="false",
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, they crossed the Atlantic", C),
        ("true, over the Pacific", X),
        ("true, a silver medal", X),
    ],
)
def test_a_correction_on_another_ocean_or_medal(typed: str, expected: Outcome) -> None:
    quote = "The rowers who crossed the Atlantic in 41 days were given a gold medal by the club."
    outcome = graded_claim(
        "True or false: the rowers crossed the ocean in 41 days.",
        quote,
        typed,
        key="true",
    )
    assert outcome is expected
