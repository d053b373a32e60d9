"""Classes of false accepts the twenty-second held-out group showed, each with invented
examples: `pounds` as a weight beside kilograms, a figure counted with the qualifier of
another figure, and a correction that counts someone where the quote says no one."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.facts.numbers import number_spans
from newsquiz.facts.text import tokenize
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2.5 kilograms", C),
        ("2.5 kg", C),
        ("5.5 pounds", C),
        ("5.5 lbs", C),
        ("2500 grams", C),
        ("5.5 kg", X),
        ("5.5 kilograms", X),
        ("2.5 pounds", X),
    ],
)
def test_pounds_beside_kilograms_are_a_weight(typed: str, expected: Outcome) -> None:
    quote = "Each lamb weighed 2.5 kilograms (5.5 pounds) at birth"
    question = make_question(
        "number",
        "2.5 kilograms",
        question="How much did each lamb weigh at birth?",
        accept=("5.5 pounds",),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


def test_pounds_are_still_money_where_nothing_is_weighed() -> None:
    quote = "The club paid 4 million pounds for the striker"
    question = make_question(
        "money",
        "4 million pounds",
        question="How much did the club pay for the striker?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, "£4 million").outcome is C
    assert grade(question, "4 million kg").outcome is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3", C),
        ("3 Northgate shares", C),
        ("three shares", C),
        ("3 Eastmoor shares", X),
    ],
)
def test_a_figure_counted_with_another_figures_qualifier_is_another_fact(
    typed: str, expected: Outcome
) -> None:
    quote = "holders will receive three Northgate shares for every five Eastmoor shares they own"
    question = make_question(
        "number",
        "3",
        question="How many Northgate shares will holders get for every five Eastmoor shares?",
        accept=("3 shares",),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, no one was hurt", C),
        ("false, nobody was injured", C),
        ("false, one sailor was hurt", X),
        ("false, 1 was hurt", X),
    ],
)
def test_a_correction_that_counts_someone_the_quote_says_no_one(
    typed: str, expected: Outcome
) -> None:
    quote = "The harbour master said that no one had been hurt"
    claim = "True or false: three sailors were hurt while the barge was towed."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize("text", ["no one was hurt", "any one of them", "every one counted"])
def test_one_that_counts_nobody_in_particular_is_no_number(text: str) -> None:
    assert number_spans(tokenize(text)) == []
