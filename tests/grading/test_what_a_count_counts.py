"""A count keeps the word that says which were counted: `87 mild injuries` is not the
article's 87 serious injuries when the article never calls any mild; `87 injuries` is
right where the question already says serious ones."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
_PARAGRAPH = "Paramedics treated 87 serious injuries at the stadium, up from 40 last year."


@pytest.mark.parametrize("key", ["87 serious injuries", "87"])
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("87", C),
        ("87 serious injuries", C),
        ("87 injuries", C),
        ("eighty-seven serious injuries", C),
        ("87 mild injuries", X),
        ("87 minor injuries", X),
        ("78 serious injuries", X),
    ],
)
def test_the_word_that_says_what_was_counted(key: str, typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        key,
        question="How many serious injuries did paramedics treat?",
        citations=(cite("treated 87 serious injuries", _PARAGRAPH),),
        article=(_PARAGRAPH,),
    )
    assert grade(question, typed).outcome is expected


_SALE = "The earlier record, set in Paris in 2004, was €2.1 million; prices have risen since 2011."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("€2.1 million", C),
        ("€2.1 million, set in Paris in 2004", C),
        ("€2.1 million in 2004", C),
        ("€2.1 million in 2011", X),  # a year the article gives to something else
        ("€2.1 million or 2004", X),
        ("€2.4 million, set in 2004", X),
    ],
)
def test_the_year_the_quote_gives_beside_an_amount(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "€2.1 million",
        question="What was the earlier record?",
        citations=(cite("set in Paris in 2004, was €2.1 million", _SALE),),
        article=(_SALE,),
    )
    assert grade(question, typed).outcome is expected
