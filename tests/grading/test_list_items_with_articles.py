"""List items typed with `a` or `the` before them (`the monstrance, a gold cross`) are those
items: `a` is never read as a place an item is put in, even where the article capitalises it
to start a sentence (`A Moravian court…`) and writes it after an item (`the cross in a shed`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

THEFT = (
    "A Moravian court on Friday jailed three men for the theft of church treasures.",
    "A motion sensor in the sacristy had been switched off, the court heard.",
    "The men took the Kralice Monstrance, a gold pectoral cross, a rock-crystal reliquary "
    "and a silver-gilt chalice from the sacristy in March.",
    "Police found the cross in a garden shed in April.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the monstrance, a gold cross, a crystal reliquary and a silver-gilt chalice", C),
        (
            "the Kralice Monstrance, a gold pectoral cross, a rock-crystal reliquary, a silver-gilt chalice",
            C,
        ),
        ("the monstrance, a gold cross, a crystal reliquary and a silver crown", X),
    ],
)
def test_items_typed_with_articles(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        (
            "Kralice Monstrance",
            "gold pectoral cross",
            "rock-crystal reliquary",
            "silver-gilt chalice",
        ),
        question="Which four objects did the men take?",
        accept=(
            ("the monstrance", "a gold cross", "a crystal reliquary", "a silver-gilt chalice"),
        ),
        article=THEFT,
    )
    assert grade(question, typed).outcome is expected
