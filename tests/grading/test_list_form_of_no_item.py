"""An accepted list form that names no item (`accept: [","]`) is no way to the answer: it
takes nothing, and it never breaks the grader."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

FERRY = "The ferry runs from Tarbert to Uig twice a day."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tarbert and Uig", Outcome.CORRECT),
        ("Tarbert", Outcome.PARTIAL),
        (",", Outcome.INCORRECT),
        ("Lochmaddy", Outcome.INCORRECT),
        ("", Outcome.INCORRECT),
    ],
)
def test_a_form_of_no_item_takes_nothing(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "list", "Tarbert, Uig", "Which two ports?", FERRY, FERRY, accept=(",", " ; ")
    )
    assert grade(question, typed).outcome is expected
