"""`8-5 against` where the council voted 8-5 to approve: a tally typed with a side says
which way the vote went; the side the question asks of (`approve`, `vote to scrap`,
`defeated`) or the key's own is right, the other is another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome
from newsquiz.grading.vote_sides import asked_side, typed_side

C, X = Outcome.CORRECT, Outcome.INCORRECT
APPROVED = "City council voted 8-5 early on Wednesday to approve a C$412.6 million budget."
DEFEATED = "The motion was defeated by nine votes to four after a long debate."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("8-5", C),
        ("8 to 5", C),
        ("8-5 in favour", C),
        ("eight to five in favor", C),
        ("8-5 against", X),
        ("8 votes to 5 against", X),
    ],
)
def test_a_vote_that_passed(typed: str, expected: Outcome) -> None:
    asked = "By what margin did council approve the budget?"
    forms = ("8 to 5", "eight to five")
    assert graded("text", "8-5", asked, APPROVED, typed, accept=forms) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("nine to four", C), ("9-4 against", C), ("9-4 in favour", X), ("nine to four for", X)],
)
def test_a_vote_that_failed(typed: str, expected: Outcome) -> None:
    asked = "By what margin was the motion defeated?"
    assert graded("text", "nine to four", asked, DEFEATED, typed, accept=("9-4",)) is expected


def test_the_side_asked_is_the_keys_or_the_questions() -> None:
    assert asked_side(["how", "did", "the", "council", "divide"], ["8-5"]) is None
    assert asked_side(["how", "did", "the", "panel", "divide"], ["2-1", "in", "favour"]) == "for"
    assert asked_side(["by", "what", "margin", "did", "it", "vote", "to", "scrap", "it"], []) == (
        "for"
    )


def test_a_side_is_read_only_after_a_tally_that_ends_the_answer() -> None:
    assert typed_side(["8-5", "against"]) == ("against", ["8-5"])
    assert typed_side(["four", "to", "two", "in", "favour"]) == ("for", ["four", "to", "two"])
    assert typed_side(["the", "council", "against"]) is None
    assert typed_side(["8-5", "for", "the", "plan"]) is None
