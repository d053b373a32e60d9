"""A verdict on a claim whose article gives a part (`half of the cost`) that says the whole
(`the whole cost`) gives another share; and a figure put in a place of the same name with
another qualifier than the article's (`40 households in Upper Marsh` where its 40 are in
Lower Marsh) is another's."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

REPORT = (
    "The council will fit 12 flood gauges on the river by May, at a cost of $90,000. The "
    "Rivers Trust will meet half of the cost.",
    "The council paid 40 households in Lower Marsh on Monday. The other 25 households, "
    "in Upper Marsh, will be paid by Friday.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, the trust will meet half of the cost", C),
        ("true, half of the $90,000", C),
        ("true, the trust will pay the whole cost", X),
    ],
)
def test_the_whole_for_a_part(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim",
        "true",
        question="True or false: the Rivers Trust will meet half of the cost of the gauges.",
        citations=(cite("The Rivers Trust will meet half of the cost.", REPORT[0]),),
        article=REPORT,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, the 25 households in Upper Marsh are still to be paid", C),
        ("false, 40 households in Upper Marsh are still to be paid", X),
    ],
)
def test_a_figure_in_another_place(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: all 65 households had been paid by Monday.",
        citations=(cite("The other 25 households, in Upper Marsh, will be paid", REPORT[1]),),
        article=REPORT,
        explain="Only the 40 households in Lower Marsh had been paid; the other 25, in Upper "
        "Marsh, are to be paid by Friday.",
    )
    assert grade(question, typed).outcome is expected
