"""A year written by its last two figures after an apostrophe (`'86`, `in ’94`) is that year
in the century the article's year puts it in; never another year, a decade or a height."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.grading.helpers import make_question

from newsquiz.facts.short_years import short_years_written_out
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("1986", "'86", C),
        ("1986", "in ’86", C),
        ("1986", "'68", X),
        ("2031", "'31", C),  # a target a few years after the report
        ("1931", "'31", X),
        ("July 2003", "July '03", C),
        ("July 2003", "July '04", X),
    ],
)
def test_a_year_written_short(key: str, typed: str, expected: Outcome) -> None:
    kind = "number" if key.isdigit() else "text"
    question = make_question(kind, key, question="When?", default_year=2025)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize("text", ["the '90s", "rock 'n' roll", "5'11", "1h03'20\"", "'123"])
def test_no_year_where_none_is_written_short(text: str) -> None:
    assert short_years_written_out(text, 2025) == text


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=1900, max_value=2090))
def test_a_short_year_ends_in_its_figures_and_lies_within_a_century(last: int, year: int) -> None:
    full = int(short_years_written_out(f"'{last:02d}", year))
    assert full % 100 == last
    assert year + 10 - 100 < full <= year + 10
