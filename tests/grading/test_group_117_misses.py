"""A class of the hundred-and-seventeenth group's misses, fixed after its first run; with an
invented example."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

KIT = "Under the rules she swam in a standard costume, a cap and goggles, without a wetsuit."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a standard costume, a cap, goggles", C),
        ("standard costume, cap and goggles", C),
        ("a standard costume, a cap, goggles, a wetsuit", X),
    ],
)
def test_an_item_the_article_says_was_not_there(typed: str, expected: Outcome) -> None:
    question = "What was she allowed to wear under the rules?"
    key = ("a standard costume", "a cap", "goggles")
    assert graded("list", key, question, KIT, typed) is expected
