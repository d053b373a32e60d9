"""A correction that gives a post a rank the article never writes there (`an assistant
professor` for an associate professor) names another post. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, she is an associate professor", C),
        ("false, she is an assistant professor", X),
        ("false, she is a senior lecturer", X),
    ],
)
def test_a_rank_the_article_never_gives(typed: str, expected: Outcome) -> None:
    claim = "True or false: Imre Vass is a full professor of geology."
    quote = "Imre Vass, an associate professor of geology at the institute"
    assert graded_claim(claim, quote, typed) is expected
