"""A surname two people of the article bear, typed alone, names neither of them, even the
one the article itself calls by it alone; a post, honorific of one sex, initial, given name
or age tells them apart, and so does a form the pack accepts. An amount's rate may be
written `for each tonne`. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

CLINIC = (
    "Walter Greer, 77, a retired welder, said his street had waited three years.",
    "Dr. Maria Greer, the county's medical director and no relation to Walter Greer, said "
    'the filters were a stopgap. "They help, but they are not a fix," Greer said.',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Greer", X),
        ("greer.", X),
        ("Dr Greer", C),
        ("Dr. Maria Greer", C),
        ("Maria Greer", C),
        ("M. Greer", C),
        ("Ms Greer", C),
        ("Walter Greer", X),
        ("Mr Greer", X),
    ],
)
def test_the_bare_surname_of_two_names_neither(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person", "Maria Greer", question="Who is the county's medical director?", article=CLINIC
    )
    assert grade(question, typed).outcome is expected


def test_the_bare_surname_the_pack_accepts_is_the_authors_call() -> None:
    question = make_question(
        "person",
        "Maria Greer",
        question="Who is the county's medical director?",
        accept=("Greer",),
        article=CLINIC,
    )
    assert grade(question, "Greer").outcome is C


def test_one_bearer_is_named_by_the_surname_alone() -> None:
    article = (CLINIC[1].replace(" and no relation to Walter Greer", ""),)
    question = make_question(
        "person", "Maria Greer", question="Who is the county's medical director?", article=article
    )
    assert grade(question, "Greer").outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("41 pesos for each tonne", C),
        ("41 pesos for every tonne", C),
        ("41 pesos per tonne", C),
        ("41 pesos", P),
        ("41 pesos for each kilogram", X),
        ("14 pesos for each tonne", X),
    ],
)
def test_a_rate_written_for_each(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "41 pesos per tonne",
        question="At what cost was the rubble trucked away?",
        accept=("41 pesos for each tonne",),
    )
    assert grade(question, typed).outcome is expected
