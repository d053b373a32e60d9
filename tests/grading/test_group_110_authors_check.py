"""Grader faults the hundred-and-tenth group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

BRIDGE = (
    "The bridge links Corowa in New South Wales with Wahgunyah in Victoria.",
    "Inspectors found a cracked bracket on Pier 6, on the Victorian side of the river.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Pier 6", C),
        ("Pier 6 on the Victorian side", C),
        ("Pier 6 on the New South Wales side", X),
    ],
)
def test_another_region_of_the_country_the_quote_places_it_in(
    typed: str, expected: Outcome
) -> None:
    question = "On which pier was the cracked bracket found?"
    key, accepted = "Pier 6", ("Pier 6 on the Victorian side",)
    outcome = graded("text", key, question, BRIDGE[1], typed, accept=accepted, article=BRIDGE)
    assert outcome is expected


# Classes of the group's misses, fixed after its first run.

BRIDGES = (
    "There is money for a new bridge at Upper Kallur in Malanad district, and for a harbour "
    "at Kallur in Thekkady district, about 150 kilometres away."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Upper Kallur", C),
        ("Upper Kallur in Malanad district", C),
        ("Upper Kallur in Thekkady district", X),
    ],
)
def test_a_name_typed_after_in_that_the_quote_gives_another_place(
    typed: str, expected: Outcome
) -> None:
    question = "Where is the new bridge?"
    quote = "a new bridge at Upper Kallur in Malanad district"
    outcome = graded("text", "Upper Kallur", question, quote, typed, article=(BRIDGES,))
    assert outcome is expected
