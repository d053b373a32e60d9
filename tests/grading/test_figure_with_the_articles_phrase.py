"""A figure answered with what the article says it is of, in the article's own words
(`about 70 percent of the flour milled in the valley`), is an answer, not a paste: the
copy rule takes whole sentences, runs that open one, and clauses with a verb of their own."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PARAGRAPH = (
    "The mill, reopened in March, grinds about 70 percent of the flour milled in the "
    "valley, the cooperative said. About 40 families sell their grain to it through "
    "the winter months."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("about 70 percent", C),
        ("about 70 percent of the flour milled in the valley", C),
        ("70 percent of the flour milled in the valley", C),
        # a run that opens the article's sentence is still pasted
        ("The mill, reopened in March, grinds about 70 percent of the flour", X),
        # the phrase goes on into the next sentence
        ("about 70 percent of the flour milled in the valley, the cooperative said. About 40", X),
        # another figure opens the run
        ("about 40 families sell their grain to it through the winter", X),
    ],
)
def test_a_share_with_its_own_phrase(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "about 70 percent",
        "What share of the valley's flour does the mill grind?",
        "grinds about 70 percent of the flour milled in the valley",
        PARAGRAPH,
        accept=("70%",),
    )
    assert grade(question, typed).outcome is expected, typed


AMOUNTS = (
    "Each household will receive up to €8,500 for every room rebuilt after the flood, "
    "the council said, and tenants will be paid their rent for six months."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("up to €8,500 for every room rebuilt after the flood", C),
        ("€8,500 for every room rebuilt after the flood", C),
        # a clause with a verb of its own
        ("up to €8,500 for every room rebuilt after the flood, and tenants will be paid", X),
        ("Each household will receive up to €8,500 for every room rebuilt", X),
    ],
)
def test_an_amount_with_its_own_phrase(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "money",
        "€8,500",
        "How much may a household receive for each room it rebuilds?",
        "up to €8,500 for every room rebuilt after the flood",
        AMOUNTS,
        accept=("up to €8,500", "8,500 euros"),
    )
    assert grade(question, typed).outcome is expected, typed
