"""Grader faults the two-hundred-and-sixty-third group's misses showed, fixed in general
after its first figure; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

COUNT = ("The count was held in a school gym at Korvala rather than at the town hall in Ruska.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a school gym at Korvala", C),
        ("the Korvala school gym", C),
        ("the school gym", C),
        ("a school gym at Ruska", X),  # the key's hall, another choice's town
        ("the school gym in Tervo", X),  # likewise, by another choice's village
    ],
)
def test_a_choice_mixed_with_another_choices_place(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "a school gym at Korvala",
        question="Where was the count held?",
        choices=(
            "the town hall in Ruska",
            "a school gym at Korvala",
            "the fire station at Tervo",
            "Helsinki",
        ),
        citations=(cite("in a school gym at Korvala", COUNT[0]),),
        article=(*COUNT, "Firefighters from the fire station at Tervo kept order."),
    )
    assert grade(question, typed).outcome is expected
