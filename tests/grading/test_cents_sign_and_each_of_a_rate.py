"""`58¢/km`: the cent sign after a figure is cents; `€12 each` of €12 a vial: where the key
is an amount per a thing, `each` is per that thing (not where it is a total, nor per a
length of time)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.facts.text import tokenize
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


def test_the_cent_sign_after_a_figure_is_cents() -> None:
    assert tokenize("58¢/km") == ["58", "cents", "/", "km"]
    assert tokenize("GH¢9") == ["gh", "9"]  # a sign of its own, the cedi's


MILEAGE = "Nurses who drive between sites will be paid 58 cents a kilometre, the union said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("58¢/km", C), ("58¢ per km", C), ("58¢ a mile", X), ("85¢/km", X)],
)
def test_cents_by_their_sign(typed: str, expected: Outcome) -> None:
    asked = "How much will nurses be paid per kilometre?"
    assert graded("money", "58 cents a kilometre", asked, MILEAGE, typed) is expected


VIALS = "The hospital normally pays €12 a vial for cisplatin, and the broker asked €78 a vial."
TOTAL = "The hospital paid €12,000 for the cisplatin it bought in March."


@pytest.mark.parametrize(("typed", "expected"), [("€12 each", C), ("€78 each", X)])
def test_each_of_an_amount_per_a_thing(typed: str, expected: Outcome) -> None:
    asked = "How much does the hospital normally pay for cisplatin?"
    assert graded("money", "€12 a vial", asked, VIALS, typed) is expected


def test_each_of_a_total_is_another_fact() -> None:
    asked = "How much did the hospital pay for the cisplatin it bought in March?"
    assert graded("money", "€12,000", asked, TOTAL, "€12,000 each") is X
