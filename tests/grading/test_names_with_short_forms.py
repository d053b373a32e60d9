"""A name given with its short form in brackets (`Moravian Farmers' Party (MFP)`) is whole
without it, and the short form alone names it; a choice that only takes the typed name
with its place dropped and the words of another choice added (`New Zealand Rugby` for
`International Rugby Council`) is not the one picked."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

ELECTION = (
    "The Moravian Farmers' Party (MFP) won 38 percent of the vote, ahead of the Moravian "
    "Civic Party (MCP) on 31 percent.",
    "The International Rugby Council fined the home union, and New Zealand Rugby appealed.",
)
PARTIES = (
    "Moravian Civic Party (MCP)",
    "Moravian Farmers' Party (MFP)",
    "Greens of Moravia",
)
BODIES = (
    "Moravian Rugby Union (MRU)",
    "International Rugby Council (IRC)",
    "Moravian Weather Office",
    "New Zealand Rugby",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Moravian Farmers' Party", C),
        ("the Moravian Farmers Party", C),
        ("MFP", C),
        ("Moravian Farmers' Party (MFP)", C),
        ("MCP", X),
        ("Moravian Civic Party", X),
        ("Moravian Party", X),
    ],
)
@pytest.mark.parametrize("kind", ["text", "choice"])
def test_name_without_its_short_form(kind: str, typed: str, expected: Outcome) -> None:
    question = make_question(
        kind,
        "Moravian Farmers' Party (MFP)",
        question="Which party won the most votes?",
        choices=PARTIES if kind == "choice" else (),
        article=ELECTION,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the International Rugby Council", C),
        ("International Rugby Council", C),
        ("IRC", C),
        ("New Zealand Rugby", X),
        ("the Moravian Rugby Union", X),
    ],
)
def test_the_choice_that_holds_every_word(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "International Rugby Council (IRC)",
        question="Which body fined the New Zealand side after the match?",
        choices=BODIES,
        article=ELECTION,
    )
    assert grade(question, typed).outcome is expected
