"""Grader faults the two-hundred-and-eleventh and twelfth groups' misses showed, fixed in
general after they were measured; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

FARES = ("Tickets for the ferry will stay at €3 for the first two crossings of the day.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, they stay at €3", C),
        ("false, €3 for the first two crossings", C),
        ("false, they stay at €1", X),  # `first` gives no figure 1
    ],
)
def test_an_ordinal_of_the_explanation_is_no_figure_of_a_correction(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: ferry tickets will cost more under the plan.",
        citations=(cite(FARES[0], FARES[0]),),
        article=FARES,
        explain="Tickets stay at €3 for the first two crossings of the day.",
    )
    assert grade(question, typed).outcome is expected
