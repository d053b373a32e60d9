"""Classes of the hundred-and-thirteenth and fourteenth groups' misses, fixed after their
first runs; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

FINE = "The largest fine now stands at 8,000 monthly tax units, or about 4.1 billion pesos."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("4.1 billion pesos", C),
        ("8,000 monthly tax units", C),
        ("8,000 pesos", X),
    ],
)
def test_an_amount_the_key_counts_in_a_unit_of_its_own_is_no_currency(
    typed: str, expected: Outcome
) -> None:
    question = "What is the largest fine, in pesos?"
    key, accepted = "about 4.1 billion pesos", ("8,000 monthly tax units",)
    assert graded("money", key, question, FINE, typed, accept=accepted) is expected


CABINET = (
    "Environment Minister Rasa Kalnins defended the bill.",
    "Transport Minister Ona Brazys told the chamber the ferry terminal was needed.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ona Brazys", C),
        ("Transport Minister Brazys", C),
        ("Minister Brazys", C),
        ("Environment Minister Brazys", X),
    ],
)
def test_another_ministers_portfolio_before_this_ministers_name(
    typed: str, expected: Outcome
) -> None:
    question = "Which minister told the chamber the terminal was needed?"
    outcome = graded("person", "Ona Brazys", question, CABINET[1], typed, article=CABINET)
    assert outcome is expected
