"""An accepted round figure typed without its hedge, a bare key counting what its accepted
forms count, a figure per a calendar period typed without it, and a rejected yearly figure
that does not reject the figure alone. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("23,718", C),
        ("nearly 24,000", C),
        ("about 24,000", C),
        ("24,000", X),
    ],
)
def test_an_accepted_round_figure_is_right_only_with_its_hedge(
    typed: str, expected: Outcome
) -> None:
    paragraph = "In all, 23,718 pupils sat the paper this year."
    question = make_question(
        "number",
        "23,718",
        question="How many pupils sat the paper?",
        accept=("nearly 24,000",),
        citations=(cite("23,718 pupils", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


def test_an_accepted_amount_in_another_currency_keeps_its_own_reading() -> None:
    paragraph = "The club was fined 48,000 zloty (about $12,100) on Friday."
    question = make_question(
        "money",
        "48,000 zloty",
        question="How much was the club fined?",
        accept=("about $12,100",),
        citations=(cite("48,000 zloty (about $12,100)", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, "about $12,100").outcome is C


def test_a_large_figure_written_short_in_millions_needs_no_hedge() -> None:
    paragraph = "The census put the province's population at 48,317,902."
    question = make_question(
        "number",
        "48,317,902",
        question="What population did the census give the province?",
        accept=("about 48.3 million",),
        citations=(cite("48,317,902", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, "48.3 million").outcome is C
    assert grade(question, "48 million").outcome is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("31 pupils", C),
        ("31 children", C),
        ("31", C),
        ("31 teachers", X),
    ],
)
def test_a_bare_key_counts_what_its_accepted_forms_count(typed: str, expected: Outcome) -> None:
    paragraph = "Classes at the village school will grow to 31 from September, the board said."
    question = make_question(
        "number",
        "31",
        question="How big will classes at the village school be from September?",
        accept=("31 pupils",),
        citations=(cite("grow to 31", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


P = Outcome.PARTIAL


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("about 240 km a week", "240 km a week", C),
        ("about 240 km a week", "240 km per week", C),
        ("about 240 km a week", "240 km", P),
        ("about 240 km a week", "240 km a month", X),
        ("90 kilometres an hour", "90 kph", C),
        ("about 12 crossings a day", "12 crossings", P),
        ("about 12 crossings a day", "12 crossings a day", C),
        ("about 12 crossings a day", "twelve crossings daily", C),
        ("about 12 crossings a day", "12 crossings a week", X),
        ("3.2 million tonnes a year", "3.2 million tonnes", C),
    ],
)
def test_a_figure_per_a_time_typed_without_it_is_half(
    key: str, typed: str, expected: Outcome
) -> None:
    paragraph = f"The figure is {key}, the report said."
    question = make_question(
        "number",
        key,
        question="What figure did the report give?",
        citations=(cite(key, paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


def test_a_rejected_yearly_figure_does_not_reject_the_figure_alone() -> None:
    paragraph = "The utility would have to replace about 370 pipes a month to meet the deadline."
    question = make_question(
        "number",
        "about 370 pipes a month",
        question="How many pipes would the utility have to replace to meet the deadline?",
        reject=("370 a year",),
        citations=(cite("about 370 pipes a month", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, "370").outcome is P
    assert grade(question, "370 a year").outcome is X
