"""An amount's rate written after a currency's code (`17,500 francs CFA per tonne`) is
its rate all the same: an accepted form written so still asks for it, and the amount
typed without it is worth half, as it is against the key."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, P = Outcome.CORRECT, Outcome.PARTIAL

QUARRY = ("The crushed stone will cost 9,800 CFA francs per tonne delivered, the port said.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9,800 CFA francs per tonne", C),
        ("9800 francs CFA a tonne", C),
        ("9,800 CFA francs", P),
        ("9800 francs CFA", P),
    ],
)
def test_the_rate_after_a_code(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "9,800 CFA francs per tonne",
        question="What will the crushed stone cost, delivered?",
        accept=("9800 francs CFA per tonne",),
        citations=(cite("9,800 CFA francs per tonne", QUARRY[0]),),
        article=QUARRY,
    )
    assert grade(question, typed).outcome is expected
