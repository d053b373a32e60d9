"""`false, the court found them lawful` where the judge wrote that the court had not yet
decided whether the turbines were lawful: a correction that reports a decision reached
(`found`, `ruled`, `decided`) decides what the article leaves open, as one that says it
was refused does."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
QUOTE = (
    "The judge granted the injunction and added that the court had not yet decided whether "
    "the masts themselves were lawful."
)
CLAIM = "True or false: the court has ruled that the masts are unlawful."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it has not yet decided that", C),
        ("false, it has not ruled on that yet", C),
        ("false, it only granted an injunction", C),
        ("false, the court found them lawful", X),
        ("false, it ruled that they were lawful", X),
        ("false, it decided they were legal", X),
    ],
)
def test_a_decision_left_open(typed: str, expected: Outcome) -> None:
    assert graded_claim(CLAIM, QUOTE, typed) is expected


def test_a_decision_the_article_reports_may_be_given() -> None:
    quote = "The court ruled on Friday that the masts were lawful."
    assert graded_claim(CLAIM, quote, "false, the court found them lawful") is C
