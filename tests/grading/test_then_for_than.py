"""`more then five hours`: a `then` after a comparison is the `than` it stands for, in every
kind; elsewhere it is the word it is."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome
from newsquiz.grading.normalize import than_mended

C, X = Outcome.CORRECT, Outcome.INCORRECT
QUOTE = "The council sat for more than five hours before the vote, the clerk said."
ASKED = "How long did the council sit before the vote?"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("more then five hours", C),
        ("more than five hours", C),
        ("less then five hours", X),
        ("more then five days", X),
    ],
)
def test_then_for_than_in_a_bound(typed: str, expected: Outcome) -> None:
    assert graded("duration", "more than five hours", ASKED, QUOTE, typed) is expected


def test_then_elsewhere_stays_then() -> None:
    assert than_mended(["and", "then", "more"]) == ["and", "then", "more"]
    assert than_mended(["fewer", "then", "ten"]) == ["fewer", "than", "ten"]
