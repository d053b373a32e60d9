"""A correction that compares what the quote compares, from the other side (`below the
reserve` where the quote says above it; `fewer than half are Danish` where it says more
than half of them Danish), says the opposite of the article and is wrong; the quote's own
side, or a comparison of something the quote does not compare, is left alone."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

AUCTION = "The painting sold for €2.4 million, well above the reserve price set by the estate."
CREW = "About 900 people work at the yard, more than half of them Danish."
TEMPERATURE = "The winter averaged minus 4 degrees, 3.1 degrees below normal for the region."
SHARE = "More than half of the cost came from the national lottery and the rest from the city."


@pytest.mark.parametrize(
    ("claim", "quote", "key", "typed", "expected"),
    [
        (
            "The painting sold below its reserve.",
            AUCTION,
            "false",
            "false, it sold below the reserve",
            Outcome.INCORRECT,
        ),
        (
            "The painting sold below its reserve.",
            AUCTION,
            "false",
            "false, it sold above the reserve",
            Outcome.CORRECT,
        ),
        (
            "Most of the yard's workers are Swedish.",
            CREW,
            "false",
            "false, fewer than half are Danish",
            Outcome.INCORRECT,
        ),
        (
            "Most of the yard's workers are Swedish.",
            CREW,
            "false",
            "false, more than half are Danish",
            Outcome.CORRECT,
        ),
        (
            "Most of the yard's workers are Swedish.",
            CREW,
            "false",
            "false, fewer than half are Swedish",
            Outcome.CORRECT,
        ),
        (
            "The winter was colder than normal.",
            TEMPERATURE,
            "true",
            "true, it was 3.1 degrees above normal",
            Outcome.INCORRECT,
        ),
        (
            "The winter was colder than normal.",
            TEMPERATURE,
            "true",
            "true, 3.1 degrees below normal",
            Outcome.CORRECT,
        ),
        (
            "The city paid most of the cost.",
            SHARE,
            "false",
            "false, the city paid less than half",
            Outcome.CORRECT,
        ),
    ],
)
def test_a_comparison_typed_from_the_other_side_is_wrong(
    claim: str, quote: str, key: str, typed: str, expected: Outcome
) -> None:
    assert graded_claim(claim, quote, typed, key=key) is expected
