"""A figure written in words and again in digits in brackets (`ten (10) days`), as
contracts and laws write it, is one figure: graded as the figure, never as two."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.grading.helpers import cited_question

from newsquiz.facts.text import tokenize
from newsquiz.grading import Outcome, grade
from newsquiz.grading.normalize import figure_restated

C, X = Outcome.CORRECT, Outcome.INCORRECT

UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    """1 to 99 in words, as a contract writes them (`sixty-five`)."""
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]  # fmt: skip
    if n < 10:
        return UNITS[n - 1]
    if n < 20:
        return teens[n - 10]
    tens, unit = divmod(n, 10)
    return TENS[tens - 2] + (f"-{UNITS[unit - 1]}" if unit else "")


NOTICE = ("The tenant has 30 days to answer the notice, the tribunal ruled on Monday.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("thirty (30) days", C),
        ("30 (thirty) days", C),
        ("within thirty (30) days", C),
        ("thirty (31) days", X),  # the two figures disagree: no restatement
        ("thirty (30) weeks", X),
    ],
)
def test_a_figure_restated_in_brackets(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration", "30 days", "How long does the tenant have to answer?", "has 30 days", *NOTICE
    )
    assert grade(question, typed).outcome is expected


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["days", "percent", "people"]))
def test_words_and_their_digits_in_brackets_read_as_the_digits_alone(n: int, noun: str) -> None:

    assert figure_restated(tokenize(f"{in_words(n)} ({n}) {noun}")) == tokenize(
        f"{in_words(n)} {noun}"
    )
    assert figure_restated(tokenize(f"{n} ({in_words(n)}) {noun}")) == tokenize(f"{n} {noun}")


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99))
def test_two_different_figures_are_left_as_typed(first: int, second: int) -> None:

    toks = tokenize(f"{in_words(first)} ({second}) days")
    assert (figure_restated(toks) == toks) == (first != second)
