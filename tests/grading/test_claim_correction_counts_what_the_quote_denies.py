"""A correction that counts some of what the quote denies outright affirms it in part:
`false, two wells were sealed` where the inspectors sealed none is a wrong correction."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

SEALED = "The inspectors did not seal any of the village's four wells."
CLAIM = "True or false: the inspectors sealed one of the village's wells."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("False, they sealed none", C),
        ("false, no well was sealed", C),
        ("False, all four stayed open", C),  # the quote's own count, restated
        ("False, they sealed two wells", X),
        ("false, three were sealed", X),
        ("False, they sealed only some of them", X),
        ("false, they sealed half of them", X),
        ("False, the wells were sealed once before", X),
    ],
)
def test_a_correction_counting_some_of_what_the_quote_denies_is_wrong(
    typed: str, expected: Outcome
) -> None:
    assert graded_claim(CLAIM, SEALED, typed) is expected


def test_a_count_the_explanation_gives_may_be_restated() -> None:
    outcome = graded_claim(
        CLAIM,
        SEALED,
        "False, they only tested two of them",
        explain="The inspectors tested two wells and sealed none.",
    )
    assert outcome is C


def test_a_claim_that_itself_denies_is_left_to_the_other_rules() -> None:
    # The question negates too: the quote's `not` is no denial of what the claim says.
    outcome = graded_claim(
        "True or false: the inspectors did not seal any well.",
        SEALED,
        "True, none of the four",
        key="true",
    )
    assert outcome is C


def test_a_true_claim_is_not_weighed_so() -> None:
    quote = "The inspectors sealed two of the village's four wells but did not fine anyone."
    outcome = graded_claim(
        "True or false: the inspectors sealed two wells.", quote, "True, two of four", key="true"
    )
    assert outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, nobody was hurt", C),
        ("false, three sheds were flattened", C),  # the quote's own count
        ("false, three people were injured", X),  # the second of what it denies
        ("false, two people died", X),
    ],
)
def test_each_of_the_things_a_quote_denies_together(typed: str, expected: Outcome) -> None:
    quote = "There were no deaths or injuries, though three sheds were flattened."
    claim = "True or false: one farmer was killed by the tornado."
    assert graded_claim(claim, quote, typed) is expected
