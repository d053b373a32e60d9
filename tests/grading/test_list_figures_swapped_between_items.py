"""A list whose items' figures are swapped (`1,500 tents, 3,200 blankets` where the article
sends 3,200 tents and 1,500 blankets) gives each item another item's figure, with
thousands written with commas as with small counts. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("tents, blankets, water filters", C),
        ("3,200 tents, 1,500 blankets and 40 water filters", C),
        ("1,500 tents, 3,200 blankets and 40 water filters", X),
        ("40 tents, 1,500 blankets, 3,200 water filters", X),
    ],
)
def test_figures_swapped_between_items(typed: str, expected: Outcome) -> None:
    quote = "The agency flew in 3,200 tents, 1,500 blankets and 40 water filters on Friday"
    key = ("tents", "blankets", "water filters")
    assert graded("list", key, "What did the agency fly in?", quote, typed) is expected
