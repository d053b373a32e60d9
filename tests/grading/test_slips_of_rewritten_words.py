"""A slip in a key's word that the grader reads as a synonym of another (`head`, read as
`boss`; `truce`, read as `ceasefire`) is still a slip of that word: `Inverted Haed` is the
key's `Inverted Head`, as `Invertd Head` is. Another word is still another."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the Blue Inverted Head", C),
        ("Blue Inverted Haed", C),
        ("Blue Invertd Head", C),
        ("Blue Inverted Hand", X),
        ("Blue Inverted Heed", X),
    ],
)
def test_a_slip_of_a_word_read_as_a_synonym(typed: str, expected: Outcome) -> None:
    quote = "the misprint, known to collectors as the Blue Inverted Head, sold for $2,000"
    asked = "By what name do collectors know the misprint?"
    assert graded("text", "the Blue Inverted Head", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("a truce", C), ("a trcue", C), ("a ceasefire", C), ("a trade", X)],
)
def test_a_slip_of_truce(typed: str, expected: Outcome) -> None:
    quote = "The two clans agreed a truce on Friday after a week of clashes."
    asked = "What did the two clans agree on Friday?"
    assert graded("text", "a truce", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tema Methodist Senior High School", C),
        ("Tema Methodist Senior Hihg School", C),
        ("Tema Methodist Senior Secondary School", C),
        ("Tema Methodist Junior High School", X),
    ],
)
def test_a_slip_of_a_word_read_in_a_phrase(typed: str, expected: Outcome) -> None:
    # `high school` is read as `secondary school`: `hihg` alone would be read as neither.
    quote = "Kofi Mensah, a student at Tema Methodist Senior High School, won the prize"
    asked = "Which school does Kofi Mensah attend?"
    key = "Tema Methodist Senior High School"
    assert graded("text", key, asked, quote, typed) is expected
