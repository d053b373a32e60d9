"""A choice typed as its letter and its text (`(b) two weeks`, `B: two weeks`): both must
name the key. A letter without a bracket or colon may be an initial (`D. Ortiz`). A
choice's initials (`ADB`) pick it where no other choice has them."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

_CHOICES = ("one week", "two weeks", "a month", "the whole season")
_ASKED = "How long is the ban?"
_QUOTE = "The ban lasts two weeks."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("(b) two weeks", C),
        ("b) two weeks", C),
        ("B: two weeks", C),
        ("(b)", C),
        ("(a) two weeks", X),  # the letter of another choice
        ("(b) one week", X),  # the text of another
        ("d) two weeks", X),
        ("a two weeks", C),  # `a` here is no letter
    ],
)
def test_the_letter_and_the_text_both_name_the_key(typed: str, expected: Outcome) -> None:
    assert graded("choice", "two weeks", _ASKED, _QUOTE, typed, choices=_CHOICES) is expected


def test_an_initial_is_no_letter() -> None:
    choices = ("A. Ortiz", "D. Ortiz", "L. Brand")
    quote = "The report was written by D. Ortiz."
    assert (
        graded("choice", "D. Ortiz", "Who wrote the report?", quote, "D. Ortiz", choices=choices)
        is C
    )
    assert (
        graded(
            "choice", "D. Ortiz", "Who wrote the report?", quote, "(b) D. Ortiz", choices=choices
        )
        is C
    )
    assert (
        graded(
            "choice", "D. Ortiz", "Who wrote the report?", quote, "(a) D. Ortiz", choices=choices
        )
        is X
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ADB", C),  # the initials of one choice
        ("the ADB", C),
        ("WB", X),  # another choice's
        ("AB", X),  # no choice's
    ],
)
def test_a_choices_initials(typed: str, expected: Outcome) -> None:
    choices = ("World Bank", "Asian Development Bank", "Bank of Tonga", "Pacific Traders")
    quote = "The road is financed by the Asian Development Bank."
    asked = "Who finances the road?"
    key = "Asian Development Bank"
    assert graded("choice", key, asked, quote, typed, choices=choices) is expected


def test_initials_two_choices_share_pick_neither() -> None:
    choices = ("Asian Development Bank", "African Development Bank", "World Bank")
    quote = "The road is financed by the Asian Development Bank."
    key = "Asian Development Bank"
    assert graded("choice", key, "Who finances the road?", quote, "ADB", choices=choices) is X
