"""Choices that are all people are told apart by surname, also where a name is written
with a particle (`Maarten van Dijk`): a given name alone picks none."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

REPORT = ("Maarten van Dijk, the regional deputy for water, said the dykes would be raised.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Maarten van Dijk", C), ("van Dijk", C), ("Mr van Dijk", C), ("Maarten", X)],
)
def test_a_given_name_alone_among_people_with_particles(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "Maarten van Dijk",
        question="Which regional deputy said the dykes would be raised?",
        choices=("Anouk Visser", "Maarten van Dijk", "Sanne de Boer", "Pieter Smit"),
        citations=(cite("Maarten van Dijk, the regional deputy for water", REPORT[0]),),
        article=REPORT,
    )
    assert grade(question, typed).outcome is expected
