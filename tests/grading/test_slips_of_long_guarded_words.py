"""Words that carry a fact (`acting`, `retired`, `deputy`, number words, months) are never
fuzzed into another, but a long one with a letter left out or two letters swapped (`actng`,
`retierd`) is a slip of it: no other word of the kind is that near; one of five letters is
where no other such word is as near (`Marhc`, but not `eigth`, as near `eighth`). Another
qualifier, or a short one changed (`vice`), is still another fact. A slip of the key's own
qualifying or negating word is that word (`Litle Island`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome
from newsquiz.grading.normalize import CLOSE, same_word

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("acting mayor", C),
        ("actng mayor", C),
        ("atcing mayor", C),
        ("mayor", X),
        ("deputy mayor", X),
        ("former mayor", X),
    ],
)
def test_a_slip_of_acting(typed: str, expected: Outcome) -> None:
    quote = "Hannah Berg, the acting mayor, opened the bridge on Friday."
    asked = "What post does Hannah Berg hold?"
    assert graded("text", "acting mayor", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "key", "close"),
    [
        ("retird", "retired", True),
        ("deptuy", "deputy", True),
        ("farmer", "former", False),  # a word of its own, a letter changed
        ("sixty", "sixteen", False),
        ("vcie", "vice", False),  # too short to be sure of
        ("marhc", "march", True),
        ("thre", "three", True),
        ("frist", "first", True),
        ("rigth", "right", True),
        ("eigth", "eight", False),  # as near `eighth`
        ("aprl", "april", False),  # as near `apr`
        ("sixe", "six", False),
        ("deputy", "acting", False),
    ],
)
def test_which_slips_are_forgiven(typed: str, key: str, close: bool) -> None:
    assert (same_word(typed, key) == CLOSE) is close


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Little Island", C),
        ("Litle Island", C),
        ("Island", X),
        ("Great Island", X),
    ],
)
def test_a_slip_of_the_keys_own_qualifier(typed: str, expected: Outcome) -> None:
    quote = "The mayor watched the closure from the control building on Little Island."
    asked = "Where is the control building?"
    assert graded("text", "Little Island", asked, quote, typed) is expected
