"""What an amount is counted per belongs to that amount: where the article gives one price
in two measures (`€1.90 a litre (about €7.20 a gallon)`), each figure keeps its own rate,
so `€7.20 a litre` is another fact even though the article writes both `litre` and
`gallon`."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PARAGRAPH = "Diesel sold for €1.90 a litre (about €7.20 a gallon) at the border on Monday."
QUOTE = "Diesel sold for €1.90 a litre (about €7.20 a gallon)"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("€1.90 a litre", C),
        ("€1.90", C),
        ("€7.20 a gallon", C),
        ("about €7.20 a gallon", C),
        ("€7.20 a litre", X),
        ("€1.90 a gallon", X),
    ],
)
def test_each_amount_keeps_its_own_rate(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "€1.90 a litre",
        question="What did diesel sell for at the border?",
        accept=("about €7.20 a gallon", "€1.90"),
        citations=(cite(QUOTE, PARAGRAPH),),
        article=(PARAGRAPH,),
    )
    assert grade(question, typed).outcome is expected
