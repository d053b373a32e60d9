"""`95,000 soums per tonne`: the Uzbek som's English plurals (`soums`, `soms`) are money in
the currency table, so an amount in them is read as one, with its currency and its rate,
and never as the dollars beside it."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X, P = Outcome.CORRECT, Outcome.INCORRECT, Outcome.PARTIAL
QUOTE = (
    "The contractor was fined 1.38 billion soums (about $108,000), and the city charged "
    "95,000 soums per tonne for the rubble it hauled away."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("95,000 soums per tonne", C),
        ("95,000 soums a tonne", C),
        ("95,000 UZS per tonne", C),
        ("95,000 soums per kilogram", X),
        ("95,000 soums per square metre", X),
        ("95,000 soums", P),
    ],
)
def test_a_rate_in_soums_keeps_its_unit(typed: str, expected: Outcome) -> None:
    asked = "What did the city charge for hauling the rubble?"
    assert graded("money", "95,000 soums per tonne", asked, QUOTE, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("$108,000", C), ("108,000 dollars", C), ("108,000 soums", X)]
)
def test_soums_are_not_the_dollars_beside_them(typed: str, expected: Outcome) -> None:
    asked = "What was the fine in US dollars?"
    assert graded("money", "about $108,000", asked, QUOTE, typed) is expected
