"""A range of time written with a dash (`10-12 days`, `3–4 years`) is the range `10 to 12
days`, not a score nor too vague a figure: right where the key is that range, another
range or one end of it still wrong."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10 to 12 days", C),
        ("10-12 days", C),
        ("10–12 days", C),
        ("10-14 days", X),
        ("8-12 days", X),
        ("12 days", X),
    ],
)
def test_a_dashed_range_of_days(typed: str, expected: Outcome) -> None:
    quote = "The striker said he would rest for 10 to 12 days before rejoining the squad."
    asked = "How long did the striker say he would rest?"
    assert graded("duration", "10 to 12 days", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3-4 years", C), ("three to four years", C), ("4-5 years", X)],
)
def test_a_dashed_range_of_years(typed: str, expected: Outcome) -> None:
    quote = "Biologists said the reef could recover within three to four years."
    asked = "Within how long could the reef recover?"
    assert graded("duration", "three to four years", asked, quote, typed) is expected
