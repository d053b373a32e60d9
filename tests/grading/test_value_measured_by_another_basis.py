"""A figure typed with another basis than the article measures it by (`64 percent by value`
where it is 64 percent by weight) is another figure; a hedge or a date after `by` is no
basis. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("64 percent", C),
        ("64% by weight", C),
        ("by roughly 64 percent", C),
        ("64 percent by value", X),
        ("64 percent by volume", X),
    ],
)
def test_a_share_by_another_basis(typed: str, expected: Outcome) -> None:
    quote = "Norway took 64 percent of Velland's wool exports by weight last year"
    asked = "What share of Velland's wool exports did Norway take last year?"
    assert graded("number", "64 percent", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("€3.1 million", C), ("€3.1 million by value", C), ("€3.1 million by volume", X)],
)
def test_an_amount_by_another_basis(typed: str, expected: Outcome) -> None:
    quote = "Velland's wool exports to Norway were worth €3.1 million by value"
    asked = "What were Velland's wool exports to Norway worth?"
    assert graded("money", "€3.1 million", asked, quote, typed) is expected
