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
