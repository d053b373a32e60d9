"""Where the quote only denies what the claim says, a correction that says what was done
instead, in words the article never uses there, tells more than the article: it is wrong.
A correction that restates the denial, in any words that deny, is right. Invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

CLAIM = "True or false: the harbour trust said it would sell the old boathouse."
QUOTE = "The harbour trust said it would not sell the old boathouse."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it would not sell it", C),
        ("false, it will keep it as it is", C),
        ("false, the boathouse stays the trust's", C),
        ("false, it remains unsold", C),
        ("false, it refused to", C),
        ("false, it will rent it out", X),
        ("false, it will demolish the slipway too", X),
        ("false, it will sell the lighthouse instead", X),
    ],
)
def test_a_correction_beyond_what_the_quote_denies(typed: str, expected: Outcome) -> None:
    assert graded_claim(CLAIM, QUOTE, typed) is expected


def test_what_the_cited_paragraph_says_instead_may_be_given() -> None:
    paragraph = f"{QUOTE} It will rent the boathouse to the rowing club instead."
    typed = "false, it will rent it to the rowing club"
    assert graded_claim(CLAIM, QUOTE, typed, paragraph=paragraph) is C
    assert graded_claim(CLAIM, QUOTE, "false, it will demolish it", paragraph=paragraph) is X


def test_a_restatement_that_is_itself_the_verdict_is_left_alone() -> None:
    claim = "True or false: the treasurer is the mayor's brother."
    quote = "The treasurer is no relation of the mayor."
    assert graded_claim(claim, quote, "no relation") is C
    assert graded_claim(claim, quote, "false, they only share a surname") is C
