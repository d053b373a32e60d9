"""A correction that gives a post a rank the article never writes there (`an assistant
head` for a deputy head) names another post. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, he is the deputy head", C),
        ("false, he is an assistant head", X),
        ("false, he is the acting head", X),
    ],
)
def test_a_rank_the_article_never_gives(typed: str, expected: Outcome) -> None:
    claim = "True or false: Imre Vass is the head teacher of Brookfield School."
    quote = "Imre Vass, the deputy head of Brookfield School"
    assert graded_claim(claim, quote, typed) is expected
