"""Classes of false accepts the seventy-ninth group's first run showed, fixed in general
after that figure was recorded; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

APPEAL = "The federation launched an appeal on Monday for $4.8 million to feed the herds."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("$4.8 million", C),
        ("$4.8m", C),
        ("4.8m", C),
        ("4.8m dollars", C),
        ("4.8m USD", C),
        ("4.8m euros", X),
        ("4.8 m euros", X),
        ("4.8m MNT", X),
        ("4.8 million tugrik", X),
    ],
)
def test_a_million_abbreviated_before_another_currency_is_that_currency(
    typed: str, expected: Outcome
) -> None:
    # `m` after a bare figure may be minutes; before a currency it is millions of it.
    outcome = graded("money", "$4.8 million", "How much did the appeal ask for?", APPEAL, typed)
    assert outcome is expected
