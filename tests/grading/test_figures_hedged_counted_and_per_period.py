"""An accepted round figure typed without its hedge, a bare key counting what its accepted
forms count, a figure per a calendar period typed without it, and a rejected yearly figure
that does not reject the figure alone. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Question

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


def one_line_question(
    kind: str,
    key: str,
    paragraph: str,
    quote: str,
    *,
    accept: tuple[str, ...] = (),
    reject: tuple[str, ...] = (),
) -> Question:
    """A question whose article is the one paragraph, citing `quote` in it."""
    return make_question(
        kind,
        key,
        question="What figure did the report give?",
        accept=accept,
        reject=reject,
        citations=(cite(quote, paragraph),),
        article=(paragraph,),
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("23,718", C), ("nearly 24,000", C), ("about 24,000", C), ("24,000", X)],
)
def test_an_accepted_round_figure_is_right_only_with_its_hedge(
    typed: str, expected: Outcome
) -> None:
    paragraph = "In all, 23,718 pupils sat the paper this year."
    question = one_line_question(
        "number", "23,718", paragraph, "23,718 pupils", accept=("nearly 24,000",)
    )
    assert grade(question, typed).outcome is expected


def test_an_accepted_amount_in_another_currency_keeps_its_own_reading() -> None:
    paragraph = "The club was fined 48,000 zloty (about $12,100) on Friday."
    question = one_line_question(
        "money",
        "48,000 zloty",
        paragraph,
        "48,000 zloty (about $12,100)",
        accept=("about $12,100",),
    )
    assert grade(question, "about $12,100").outcome is C


def test_a_large_figure_written_short_in_millions_needs_no_hedge() -> None:
    paragraph = "The census put the province's population at 48,317,902."
    question = one_line_question(
        "number", "48,317,902", paragraph, "48,317,902", accept=("about 48.3 million",)
    )
    assert grade(question, "48.3 million").outcome is C
    assert grade(question, "48 million").outcome is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("31 pupils", C), ("31 children", C), ("31", C), ("31 teachers", X)],
)
def test_a_bare_key_counts_what_its_accepted_forms_count(typed: str, expected: Outcome) -> None:
    paragraph = "Classes at the village school will grow to 31 from September, the board said."
    question = one_line_question("number", "31", paragraph, "grow to 31", accept=("31 pupils",))
    assert grade(question, typed).outcome is expected


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
    question = one_line_question("number", key, f"The figure is {key}, the report said.", key)
    assert grade(question, typed).outcome is expected


def test_a_rejected_yearly_figure_does_not_reject_the_figure_alone() -> None:
    key = "about 370 pipes a month"
    paragraph = f"The utility would have to replace {key} to meet the deadline."
    question = one_line_question("number", key, paragraph, key, reject=("370 a year",))
    assert grade(question, "370").outcome is P
    assert grade(question, "370 a year").outcome is X
