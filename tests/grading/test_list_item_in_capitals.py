"""A short name the article writes in capitals, typed as an item of its own (`Gavi, UNICEF
and WHO`), is an item, though it folds to a small word (`who`): one item too many."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

CAMPAIGN = (
    "The vaccines were paid for by Gavi and UNICEF, officials said.",
    "The WHO, which advised the ministry, said 95 percent of children need two doses.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Gavi and UNICEF", C),
        ("Gavi, UNICEF", C),
        ("Gavi, UNICEF and WHO", X),
        ("WHO, Gavi and UNICEF", X),
    ],
)
def test_an_item_in_capitals(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("Gavi", "UNICEF"),
        question="Which two organisations paid for the vaccines?",
        article=CAMPAIGN,
    )
    assert grade(question, typed).outcome is expected
