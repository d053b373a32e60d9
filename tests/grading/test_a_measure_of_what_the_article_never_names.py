"""`1.9 tonnes of nitrogen` where the article measures 1.9 tonnes of phosphorus and never
names nitrogen: a measure typed of a thing, as the answer's last words, that no word of the
article is (nor begins) says another fact. A thing the article names stays the rule it was."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
QUOTE = (
    "The county office estimated that the spill carried 1.9 tonnes of phosphorus, a "
    "nutrient on which algae thrive, into 34 kilometres of coast."
)
ASKED = "How much phosphorus did the county office estimate the spill carried?"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1.9 tonnes of nitrogen", X),
        ("1.9 tonnes of potassium", X),
        ("1.9 tonnes of phosphorus", C),
        ("1.9 t of phosphorus", C),
        ("1.9 tonnes", C),
    ],
)
def test_a_thing_the_article_never_names(typed: str, expected: Outcome) -> None:
    assert graded("number", "1.9 tonnes", ASKED, QUOTE, typed) is expected


def test_a_word_that_joins_the_articles_own_is_no_other_thing() -> None:
    asked = "How long is the stretch of coast the spill reached?"
    assert graded("number", "34 kilometres", asked, QUOTE, "34 km of coastline") is C
