"""A key written in a minor unit of money (`60 centavos`, `712p`) is that fraction of its
currency: `₱0.60` and `£7.12` are the same amount, `60 pesos` and `712 pounds` another."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

_FARE = "Each extra kilometre will cost ₱2.40, up 60 centavos from ₱1.80."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("60 centavos", C),
        ("₱0.60", C),
        ("0.60 pesos", C),
        ("60 pesos", X),
        ("₱60", X),
        ("60 dollars", X),
    ],
)
def test_centavos(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money", "60 centavos", question="By how much did the charge per kilometre rise?",
        citations=(cite("up 60 centavos from ₱1.80", _FARE),), article=(_FARE,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("712p", C), ("712 pence", C), ("£7.12", C), ("712 pounds", X), ("7.12 euros", X)],
)
def test_pence(typed: str, expected: Outcome) -> None:
    question = make_question("money", "712p", question="What is the offer worth per share?")
    assert grade(question, typed).outcome is expected
