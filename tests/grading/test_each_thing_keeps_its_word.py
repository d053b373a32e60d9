"""A text answer that gives each of two things the word the key sets before the other
(`a diesel leak next to a gas generator` for a gas leak next to a diesel generator) names
other things, however many of the key's words it shares; and a choice typed with one of
its words replaced by another between the same words (`Lalibela Tour Operators
Association` for the Lalibela Tour Guides Association) names another body."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
FIRE = (
    "Investigators found that the fire started because of a gas leak next to a diesel "
    "generator that a noodle vendor had left running."
)
GUIDES = (
    "Visitors fell 41 percent, said Mulugeta Ayele, chairman of the Lalibela Tour Guides "
    "Association, which has 236 members."
)
CHOICES = (
    "Lalibela Tour Guides Association",
    "Ethiopian Heritage Conservation Authority",
    "European Heritage Partnership Facility",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a gas leak next to a diesel generator", C),
        ("gas leak next to the diesel generator", C),
        ("a diesel leak next to a gas generator", X),
    ],
)
def test_each_thing_keeps_its_word(typed: str, expected: Outcome) -> None:
    asked = "What caused the fire?"
    key = "a gas leak next to a diesel generator"
    question = cited_question("text", key, asked, key, FIRE)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Lalibela Tour Guides Association", C),
        ("the tour guides association", C),
        ("Lalibela Tour Guide Association", C),  # a slip of the word
        ("a", C),
        ("Lalibela Tour Operators Association", X),
        ("Lalibela Mountain Guides Association", X),
    ],
)
def test_a_word_of_the_choice_replaced(typed: str, expected: Outcome) -> None:
    asked = "Which organisation does Mulugeta Ayele chair?"
    key = CHOICES[0]
    question = cited_question("choice", key, asked, key, GUIDES, choices=CHOICES)
    assert grade(question, typed).outcome is expected
