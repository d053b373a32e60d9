"""An amount typed `per <something>` where the article gives a total, and neither the key,
its quote nor the question counts the amount by that thing, is another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

PRIZE = "The champions shared a prize of $240,000 after the final in Lusaka."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("$240,000", C),
        ("US$240,000 in prize money", C),
        ("$240,000 per player", X),
        ("$240,000 a player", X),
    ],
)
def test_a_total_typed_as_each_ones_amount_is_wrong(typed: str, expected: Outcome) -> None:
    question = "How much prize money did the champions share?"
    assert graded("money", "$240,000", question, PRIZE, typed) is expected


BONUS = "The federation said each member of the squad would receive a bonus of $12,000."


def test_an_amount_per_one_where_the_question_asks_each_ones_stays_right() -> None:
    question = "How much will each member of the squad receive?"
    assert graded("money", "$12,000", question, BONUS, "$12,000 per player") is C


FISH = "A kilogram of the fish now sells for about 6,000 riel at Phnom Penh's markets."


def test_a_price_per_unit_of_measure_in_other_words_stays_right() -> None:
    question = "For about how much does a kilogram of the fish sell, in riel?"
    assert graded("money", "about 6,000 riel", question, FISH, "6,000 riels a kilo") is C


CLOVES = (
    "A sack of dried cloves, about 30 kilograms, sold for 12,500 shillings at the Wete "
    "market in March, traders said."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12,500 shillings", C),
        ("12,500 shillings a sack", C),
        ("12,500 shillings per kilogram", X),  # the sack's weight, priced by no kilogram
        ("12,500 shillings a kilo", X),
    ],
)
def test_a_unit_the_article_weighs_by_but_prices_nothing_per(typed: str, expected: Outcome) -> None:
    question = "How much did a sack of dried cloves sell for in Wete?"
    assert graded("money", "12,500 shillings", question, CLOVES, typed) is expected
