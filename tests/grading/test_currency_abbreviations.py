"""A currency written by its abbreviation is that currency: `Rs 5,000` is rupees (of any
country that writes Rs), not `$5,000`; `R$`, `C$`, `NZ$` are Brazil's, Canada's and New
Zealand's money, never the US dollar (`a $5 fee` is still dollars)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Rs 8,500", "8,500 rupees", C),
        ("Rs 8,500", "Rs. 8,500", C),
        ("Rs 8,500", "₹8,500", C),
        ("Rs 8,500", "$8,500", X),
        ("Rs 8,500", "€8,500", X),
        ("8,500 rupees", "Rs 8,500", C),
        ("8,500 rupees", "$8,500", X),
        ("R$ 120 million", "120 million reais", C),
        ("R$ 120 million", "BRL 120m", C),
        ("R$ 120 million", "$120 million", X),
        ("$120 million", "R$120 million", X),
        ("C$45", "45 Canadian dollars", C),
        ("C$45", "NZ$45", X),
        ("C$45", "US$45", X),
        ("US$45", "$45", C),
        ("$45", "a $45 fee", C),
    ],
)
def test_a_currency_written_by_its_abbreviation(key: str, typed: str, expected: Outcome) -> None:
    question = make_question("money", key, question="How much was paid?")
    assert grade(question, typed).outcome is expected
