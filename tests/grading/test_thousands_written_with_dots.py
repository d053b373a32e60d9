"""Figures written with dots between their thousands (`€96.400`, `Gs. 312.000`,
`€12.045,50`) are read as thousands where the decimal reading is not the article's figure:
never another figure (`€96.500`), nor a decimal that is the key's own (`2.156`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

FINES = (
    "The town collected €96,400 in fines in May and paid its 12,045.50 euro water bill, the "
    "treasurer said. About 3,150 drivers were fined; the tariff rose to R2.156 a unit.",
)


@pytest.mark.parametrize(
    ("kind", "key", "asked", "typed", "expected"),
    [
        ("money", "€96,400", "How much did the town collect in fines in May?", "€96.400", C),
        ("money", "€96,400", "How much did the town collect in fines in May?", "96.400 euros", C),
        ("money", "€96,400", "How much did the town collect in fines in May?", "€96.500", X),
        ("money", "€96,400", "How much did the town collect in fines in May?", "€96.4", X),
        ("money", "12,045.50 euros", "How big was the water bill?", "€12.045,50", C),
        ("money", "12,045.50 euros", "How big was the water bill?", "€12.045,60", X),
        ("number", "3,150", "About how many drivers were fined?", "3.150", C),
        ("number", "3,150", "About how many drivers were fined?", "3.105", X),
        ("money", "R2.156", "What did the tariff rise to?", "R2.156", C),
        ("money", "R2.156", "What did the tariff rise to?", "R2,156", X),
    ],
)
def test_dotted_thousands(kind: str, key: str, asked: str, typed: str, expected: Outcome) -> None:
    question = make_question(kind, key, question=asked, article=FINES)
    assert grade(question, typed).outcome is expected


@given(st.integers(1_000, 9_999_999), st.integers(-999, 999).filter(lambda d: d != 0))
@settings(max_examples=60, deadline=None)
def test_only_the_figure_itself(figure: int, off_by: int) -> None:
    question = make_question(
        "number", f"{figure:,}", question="How many drivers were fined?", article=FINES
    )
    assert grade(question, f"{figure:,}".replace(",", ".")).outcome is C
    other = max(1_000, figure + off_by)
    if other != figure:
        assert grade(question, f"{other:,}".replace(",", ".")).outcome is X
