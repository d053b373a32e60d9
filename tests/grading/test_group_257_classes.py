"""Classes of false accepts that held-out group 257 showed (after its first figure), each
with invented examples:

- a weekday typed beside a text answer that the cited quote gives another of (`heavy rain
  on the Wednesday` where it rained on the Tuesday);
- an amount given per a unit of measure that neither the key, its question, the cited
  paragraphs nor any price of the article is per (`K320 a kilogram` for a bag's price).
"""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("heavy rain", C),
        ("heavy rain on the Tuesday", C),
        ("heavy rain on the Wednesday", X),
    ],
)
def test_a_weekday_the_quote_gives_another_of(typed: str, expected: Outcome) -> None:
    quote = "the shearing was put back because heavy rain on the Tuesday left the ewes wet"
    asked = "Why was the shearing put back?"
    assert graded("text", "heavy rain", asked, quote, typed) is expected


_MARKET = (
    "A bag of maize meal sells for about K320 in town.",
    "Copper fetched $9,600 a tonne last week.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("K320", C),
        ("K320 a bag", C),
        ("K320 a kilogram", X),  # the article prices nothing per kilogram
        ("K320 a tonne", C),  # it prices copper per tonne: a price per tonne may be its
    ],
)
def test_a_price_per_a_unit_of_measure(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "about K320",
        question="About how much does a bag of maize meal sell for?",
        citations=(cite("sells for about K320", _MARKET[0], 1),),
        article=_MARKET,
    )
    assert grade(question, typed).outcome is expected
