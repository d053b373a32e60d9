"""`in daylight` and `in the daytime` are the other half of the day from `at night`: a
claim's correction that moves a figure from one to the other is another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
RADAR = (
    "The roadside radar found that drivers on the coast road averaged 52 km/h at night, "
    "9 km/h above the limit."
)
CLAIM = "True or false: drivers on the coast road averaged 52 km/h at night."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, 52 km/h at night", C),
        ("true, 52 km/h in daylight", X),
        ("true, in the daytime", X),
        ("true, 52 km/h by day", X),
    ],
)
def test_night_is_not_day(typed: str, expected: Outcome) -> None:
    assert graded_claim(CLAIM, RADAR, typed, key="true") is expected


LIMITS = "The company must limit noise at the nearest homes to 45 decibels at night and 55 decibels by day."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, 45 decibels at night", C),
        ("false, 55 dB is the daytime limit", C),  # the quote's own `day`
        ("false, 55 dB in the daytime", C),
    ],
)
def test_a_quote_that_writes_both_halves(typed: str, expected: Outcome) -> None:
    claim = (
        "True or false: the company must limit noise at the nearest homes to 55 decibels at night."
    )
    assert graded_claim(claim, LIMITS, typed) is expected


def test_a_quote_of_both_sides_still_has_an_opposite() -> None:
    quote = "Schools in the southern districts were closed on Monday and reopened on Tuesday."
    claim = "True or false: schools in the southern districts stayed closed until Wednesday."
    assert graded_claim(claim, quote, "false, they reopened on Tuesday") is C
    assert graded_claim(claim, quote, "false, they stayed open") is X
