"""A class of false accepts the twenty-seventh held-out group showed, with invented
examples: a count whose counted thing's first word is typed as its noun (`143 ballots`
for 143 ballot boxes; `11 degrees` for 11 degree heating weeks)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("212", C),
        ("212 boxes", C),
        ("212 ballot boxes", C),
        ("212 ballots", X),
    ],
)
def test_the_first_word_of_what_is_counted_is_not_its_noun(typed: str, expected: Outcome) -> None:
    quote = "officials recounted 212 of the city's 640 ballot boxes"
    question = make_question(
        "number",
        "212 ballot boxes",
        question="How many ballot boxes were recounted?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected
