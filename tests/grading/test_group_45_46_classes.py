"""False accepts the forty-fifth and forty-sixth groups' first runs showed (and earlier
groups' kept), fixed in general; with invented examples: an honorific of the gender the
article's pronouns give the person (`Halvorsen said. She…`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "The survey was led by Dr. Ingrid Halvorsen, 47, of the polar institute.",
    "Halvorsen said the ice had thinned by a third. She called the loss alarming.",
    "Jonas Berg, a ranger, said he had never seen the lake so low.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Halvorsen", C), ("Dr. Halvorsen", C), ("Ms Halvorsen", C), ("Mr Halvorsen", X)],
)
def test_an_honorific_of_the_other_gender(typed: str, expected: Outcome) -> None:
    quote = "The survey was led by Dr. Ingrid Halvorsen"
    outcome = graded(
        "person", "Ingrid Halvorsen", "Who led the survey?", quote, typed, article=ARTICLE
    )
    assert outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("Mr Berg", C), ("Ms Berg", X)])
def test_a_pronoun_in_the_same_sentence(typed: str, expected: Outcome) -> None:
    quote = "Jonas Berg, a ranger, said he had never seen the lake so low"
    outcome = graded("person", "Jonas Berg", "Which ranger spoke?", quote, typed, article=ARTICLE)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("€12.10 per square metre", C), ("€12.10", C), ("€12.10 per square foot", X)],
)
def test_a_price_per_another_square_unit(typed: str, expected: Outcome) -> None:
    quote = "the average asking rent reached €12.10 per square metre"
    question = "What was the average asking rent per square metre?"
    outcome = graded("money", "€12.10 per square metre", question, quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("one to two weeks", C), ("within one to two weeks", C), ("after one to two weeks", X)],
)
def test_a_limit_the_quote_gives(typed: str, expected: Outcome) -> None:
    quote = "candidates will be told the result within one to two weeks"
    question = "How long must the withheld candidates wait for their results?"
    outcome = graded("duration", "one to two weeks", question, quote, typed)
    assert outcome is expected
