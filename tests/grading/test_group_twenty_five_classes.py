"""Classes of false accepts the twenty-fifth held-out group showed, each with invented
examples: `up to` against a floor, a vote written with a dash in a correction, a claim's
sentence pasted whole, and an amount with a scale in a correction of a quote that counts
nothing else."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("at least 36 hours", C),
        ("36 hours", C),
        ("a day and a half", C),
        ("up to 36 hours", X),
        ("at most 36 hours", X),
    ],
)
def test_up_to_is_not_at_least(typed: str, expected: Outcome) -> None:
    quote = 'Repairs would take "at least 36 hours", the engineer said.'
    question = make_question(
        "duration",
        "at least 36 hours",
        question="How long would the repairs take?",
        accept=("36 hours",),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


def test_up_to_beside_a_figure_that_is_a_ceiling_adds_nothing() -> None:
    quote = "The plant can treat up to 40,000 litres a day."
    question = make_question(
        "number",
        "40,000 litres a day",
        question="How much water can the plant treat a day?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, "up to 40,000 litres a day").outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it failed 5-12", C),
        ("false, it failed five to twelve", C),
        ("false, it failed 6-11", X),
        ("false, 4-13", X),
    ],
)
def test_a_vote_in_a_correction_must_be_the_quotes(typed: str, expected: Outcome) -> None:
    quote = "It failed 5\u201312."
    claim = "True or false: the motion to keep the pool open passed."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, no injuries had been reported by Friday morning", C),
        ("No injuries or deaths had been reported by Friday morning.", X),
    ],
)
def test_a_pasted_sentence_is_no_verdict(typed: str, expected: Outcome) -> None:
    quote = "No injuries or deaths had been reported by Friday morning."
    claim = "True or false: injuries had been reported by Friday morning."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("true, 4 million", C), ("true, it promised 9 million", X)],
)
def test_an_amount_with_a_scale_in_a_correction_must_be_the_quotes(
    typed: str, expected: Outcome
) -> None:
    quote = "the Lakeside Trust, a local charity, has promised 4 million"
    claim = "True or false: the Lakeside Trust has promised 4 million."
    assert graded_claim(claim, quote, typed, key="true") is expected
