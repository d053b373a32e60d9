"""Choices that are bodies, not people: a company named by its first word (`Kaito` for
Kaito Shipping) is picked as a short form, and an acronym choice (`PRN`) is picked by the
name the article spells it out in (`Partido Renovação Nacional (PRN)`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "Ships of Kaito Shipping, Orsa Marine and Delmar Lines waited off the port.",
    "The Partido Renovação Nacional (PRN) won two seats; the Movimento Cívico do Porto "
    "(MCP) kept one.",
)


def _choice(key: str, choices: tuple[str, ...], typed: str) -> Outcome:
    question = make_question("choice", key, choices=choices, article=ARTICLE)
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Kaito", C), ("Kaito Shipping", C), ("Orsa", X), ("Delmar", X)],
)
def test_a_company_by_its_first_word(typed: str, expected: Outcome) -> None:
    choices = ("Orsa Marine", "Kaito Shipping", "Delmar Lines")
    assert _choice("Kaito Shipping", choices, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("PRN", C),
        ("Partido Renovação Nacional", C),
        ("Partido Renovacao Nacional", C),
        ("Movimento Cívico do Porto", X),
        ("MCP", X),
    ],
)
def test_an_acronym_by_the_name_the_article_spells_out(typed: str, expected: Outcome) -> None:
    assert _choice("PRN", ("MCP", "PRN", "XYZ"), typed) is expected


def test_the_spelled_out_name_of_another_choice_is_that_choice() -> None:
    assert _choice("MCP", ("MCP", "PRN", "XYZ"), "Movimento Civico do Porto") is C
    assert _choice("MCP", ("MCP", "PRN", "XYZ"), "Partido Renovação Nacional") is X
