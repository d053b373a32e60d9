"""Classes of answers a new article (group 275) showed, each with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

HARBOUR = (
    "Most of the trucks were bound for the Peruvian port of Matarani, the hauliers said.",
    "Others turned back towards Santa Cruz in Bolivia.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Matarani, Peru", C),
        ("Matarani Peru", C),
        ("Matarani, Chile", X),
        ("Matarani, Bolivia", X),  # a country the article names, not the quote's
    ],
)
def test_a_place_with_the_country_its_quote_gives_by_demonym(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "text",
        "Matarani",
        "To which port were most of the trucks bound?",
        "bound for the Peruvian port of Matarani",
        *HARBOUR,
    )
    assert grade(question, typed).outcome is expected
