"""Grader faults the fifty-fifth to sixtieth groups' authors' `check` showed on their
own reject entries, fixed before those groups' first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("T$4 million", C), ("4 million pa'anga", C), ("US$4 million", X), ("T$1.7 million", X)],
)
def test_the_paanga_written_t_dollar(typed: str, expected: Outcome) -> None:
    quote = "losses of T$4 million (about US$1.7 million)"
    question = "How much did businesses lose?"
    assert graded("money", "T$4 million", question, quote, typed) is expected


LAKE = (
    '"I make that in four days," said Musa Kolo, 44, who has fished there for 20 years.',
    "The state's Commissioner for Fisheries, Dr. Hauwa Kolo, who is not related to the "
    "fisherman, said rations would follow.",
    "Kolo, the fisherman, said he had heard such promises before.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Kolo", C), ("Mr Kolo", C), ("Musa Kolo", C), ("Dr. Kolo", X), ("Commissioner Kolo", X)],
)
def test_an_accepted_honorific_keeps_the_namesakes_apart(typed: str, expected: Outcome) -> None:
    # `Mr Kolo` accepted is still the fisherman: an honorific names no post of its own.
    quote = "said Musa Kolo, 44, who has fished there for 20 years"
    outcome = graded("person", "Musa Kolo", "Which fisherman was quoted?", quote, typed,
                     accept=("Kolo", "Mr Kolo"), article=LAKE)  # fmt: skip
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("MK3,100", C), ("3,100 kwacha", C), ("$3,100", X)],
)
def test_the_kwacha_written_mk(typed: str, expected: Outcome) -> None:
    quote = "it costs about MK3,100 to grow a kilogram"
    question = "What does it cost to grow a kilogram?"
    assert graded("money", "MK3,100", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("46 cents", C), ("$0.46", C), ("46 US cents", C), ("46 kwacha", X), ("46 euro cents", X)],
)
def test_a_minor_unit_named_with_its_country(typed: str, expected: Outcome) -> None:
    quote = "fell to $1.20 a kilogram from $1.66"
    question = "By how much per kilogram did the price fall?"
    outcome = graded("money", "46 US cents", question, quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("€6", C), ("6 euros", C), ("600 euro cents", C), ("6 euro cents", X)],
)
def test_a_currencys_name_then_its_minor_unit(typed: str, expected: Outcome) -> None:
    quote = "the fee rises from €2 to €6 per passenger"
    question = "What will the new fee per passenger be?"
    assert graded("money", "€6", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("110 kV", C), ("110,000 volts", C), ("110 volts", X)]
)
def test_volts_and_kilovolts(typed: str, expected: Outcome) -> None:
    quote = "a 110-kilovolt line"
    question = "At what voltage does the line run?"
    assert graded("number", "110 kilovolts", question, quote, typed) is expected
