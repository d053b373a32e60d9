"""A figure the article gives as a share of a whole (`at 31% of capacity`) typed as that much
more or less than something (`31% below average`) is another fact: the share says where the
level stands, not how far it is from another."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

RESERVOIRS = (
    "The water board said its reservoirs were at 31% of capacity on Monday, against a "
    "ten-year average of 52% for the time of year."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("31%", C),
        ("31 percent full", C),
        ("31% of capacity", C),
        ("31% below average", X),
        ("31 percent less than normal", X),
        ("31% under the average", X),
        ("31% above average", X),
    ],
)
def test_a_share_of_a_whole_typed_as_a_difference(typed: str, expected: Outcome) -> None:
    question = "At what share of capacity were the board's reservoirs on Monday?"
    assert graded("number", "31%", question, RESERVOIRS, typed) is expected
