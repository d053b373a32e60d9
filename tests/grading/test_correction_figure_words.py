"""A correction that sets one of the quote's figures beside the words the quote gives another
of its figures (`a €40 membership fee` where the fee is €25 and the levy €40) gives that
figure to another thing, and is wrong; one that gives each figure its own words, or both
figures with what joins them, is right."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

FEE = "Members now pay a yearly levy of €40, more than the club's old membership fee of €25."
BRIDGE = "The ferry company was founded in 1998 and has run the island crossing since 2009."
WARD = "Eight nurses were hurt, one of whom was taken to hospital."
SCALES = "The female weighed 465 grams and the male 510 grams."


@pytest.mark.parametrize(
    ("claim", "quote", "key", "typed", "expected"),
    [
        # the levy's figure set beside the fee's words, and the fee's beside the levy's
        (
            "The yearly levy is more than the old membership fee.",
            FEE,
            "true",
            "true, a €25 levy against a €40 membership fee",
            Outcome.INCORRECT,
        ),
        (
            "The yearly levy is more than the old membership fee.",
            FEE,
            "true",
            "true, a €40 levy against a €25 membership fee",
            Outcome.CORRECT,
        ),
        # the founding year given to the crossing
        (
            "The company has run the crossing since it was founded.",
            BRIDGE,
            "false",
            "false, it has run the crossing since 1998",
            Outcome.INCORRECT,
        ),
        (
            "The company has run the crossing since it was founded.",
            BRIDGE,
            "false",
            "false, it has run the crossing since 2009",
            Outcome.CORRECT,
        ),
        (
            "The company has run the crossing since it was founded.",
            BRIDGE,
            "false",
            "false, it was founded in 1998 and has run it since 2009",
            Outcome.CORRECT,
        ),
        # how many were hurt, given to those taken to hospital
        (
            "Two nurses were taken to hospital.",
            WARD,
            "false",
            "false, eight were taken to hospital",
            Outcome.INCORRECT,
        ),
        (
            "Two nurses were taken to hospital.",
            WARD,
            "false",
            "false, one was taken to hospital",
            Outcome.CORRECT,
        ),
        # a word the quote leaves out for the second figure (`and the male 510 grams`)
        (
            "The female weighed more than the male.",
            SCALES,
            "false",
            "false, she weighed 465 g and he weighed 510 g",
            Outcome.CORRECT,
        ),
    ],
)
def test_a_correction_keeps_each_figure_with_its_own_words(
    claim: str, quote: str, key: str, typed: str, expected: Outcome
) -> None:
    assert graded_claim(claim, quote, typed, key=key) is expected
