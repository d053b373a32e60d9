"""Classes of the hundredth group's first run's misses, fixed in general after it; with
invented examples: a choice of amounts typed in another currency, the key's currency by its
code, and two letters of a point of the compass swapped."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

FARES = "A monthly ticket will rise from 40 złoty to 44 złoty, rather than 48 złoty."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("44 złoty", C),
        ("44", C),
        ("44 PLN", C),  # the key's currency by its code
        ("44 euros", X),  # another currency
        ("44 dollars", X),
        ("48 PLN", X),
    ],
)
def test_a_choice_of_amounts_in_one_currency(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "choice", "44 złoty", "What will the monthly ticket cost?", FARES, typed,
        choices=("40 złoty", "44 złoty", "48 złoty"),
    )  # fmt: skip
    assert outcome is expected


DISTRICTS = ("Most of the crew lived in Tana East; the rest came from Tana West.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Tana East", C), ("Tana Esat", C), ("Tana West", X), ("Tana Wset", X)],
)
def test_two_letters_of_a_compass_point_swapped(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "text", "Tana East", "Where did most of the crew live?",
        "Most of the crew lived in Tana East", typed, article=DISTRICTS,
    )  # fmt: skip
    assert outcome is expected
