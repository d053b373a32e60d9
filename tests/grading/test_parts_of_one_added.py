"""A whole and a part of one written out (`three and a third hours`, `twelve and two thirds`,
`5 and 2/3`) is that figure, as `two and a half` always was; a part that makes a whole or
more (`2 and 5 quarters`) is not read as one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.grading.helpers import make_question

from newsquiz.facts.numbers import number_spans
from newsquiz.facts.text import tokenize
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

CROSSING = ("The ferry's crossing took four hours and 20 minutes on Sunday, the operator said.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("four and a third hours", C),
        ("4 and 1/3 hours", C),
        ("four hours and 20 minutes", C),
        ("four and two thirds hours", X),
        ("four and a half hours", X),
        ("four and a quarter hours", X),
    ],
)
def test_a_third_of_an_hour(typed: str, expected: Outcome) -> None:
    question = make_question(
        "duration",
        "four hours and 20 minutes",
        question="How long did the crossing take?",
        article=CROSSING,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twelve and two-thirds", 12 + 2 / 3),
        ("one and a fifth million", 1_200_000),
        ("7 and three quarters", 7.75),
        ("3 and 1/3", 3 + 1 / 3),
        ("two and a half", 2.5),
    ],
)
def test_parts_read(text: str, value: float) -> None:
    (span,) = number_spans(tokenize(text))
    assert span.value == pytest.approx(value)


@given(st.integers(1, 99), st.integers(1, 9), st.sampled_from(["thirds", "quarters", "fifths"]))
def test_never_a_whole_or_more_added(whole: int, count: int, part: str) -> None:
    spans = number_spans(tokenize(f"{whole} and {count} {part}"))
    size = {"thirds": 3, "quarters": 4, "fifths": 5}[part]
    if count < size:
        assert spans[0].value == pytest.approx(whole + count / size)
    else:  # `2 and 5 quarters`: two figures, not one
        assert spans[0].value == whole
