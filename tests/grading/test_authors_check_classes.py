"""Classes the authors of the twenty-seventh group's packs found with `check` on their own
reject entries, before any answer was labelled, each with invented examples: a minor unit
of another currency, `c` for cents in money, `cent` alone for a percentage, and
qualifiers swapped between the items of a list."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("70 cent", C),
        ("70c", C),
        ("€0.70", C),
        ("€70", X),
        ("70 pence", X),
        ("70p", X),
    ],
)
def test_an_amount_in_cents(typed: str, expected: Outcome) -> None:
    quote = "a child's ticket stays at 70 cent"
    question = make_question(
        "money",
        "70 cent",
        question="What does a child's ticket cost?",
        accept=("70c",),
        citations=(cite(quote, quote),),
        article=("Adult tickets rise to €2.40, and " + quote + ".",),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("4%", C), ("four per cent", C), ("4 percent", C), ("4 cent", X), ("4 cents", X)],
)
def test_cent_alone_is_no_percentage(typed: str, expected: Outcome) -> None:
    quote = "Season tickets will rise by 4%"
    question = make_question(
        "number",
        "4%",
        question="By how much will season tickets rise?",
        accept=("four per cent",),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ashby North, Kilbride South", C),
        ("Kilbride South and Ashby North", C),
        ("Ashby North", P),
        ("Ashby South, Kilbride North", X),
    ],
)
def test_qualifiers_stay_with_their_items(typed: str, expected: Outcome) -> None:
    quote = "two new stations, Ashby North and Kilbride South, open in March"
    question = make_question(
        "list",
        ("Ashby North", "Kilbride South"),
        question="Which two new stations open in March?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected
