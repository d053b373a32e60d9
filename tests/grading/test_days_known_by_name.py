"""A day known by a name that falls on the same date every year (`New Year's Eve`,
`Valentine's Day 2027`) is that date; never another day (`Christmas Eve` for December 31),
nor another year."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.facts.holidays import fixed_days_as_dates
from newsquiz.facts.text import tokenize
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

LEASE = (
    "The lease runs until December 31, 2026, and the new fares apply from January 1, 2027, "
    "the council said.",
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("December 31, 2026", "New Year's Eve 2026", C),
        ("December 31, 2026", "Hogmanay 2026", C),
        ("December 31, 2026", "Christmas Eve 2026", X),
        ("December 31, 2026", "New Year's Eve 2025", X),
        ("January 1, 2027", "New Year's Day 2027", C),
        ("January 1, 2027", "New Years Day 2027", C),
        ("January 1, 2027", "New Year's Eve 2026", X),
    ],
)
def test_a_day_known_by_name(key: str, typed: str, expected: Outcome) -> None:
    question = make_question(
        "date", key, question="On what date does it happen?", article=LEASE, default_year=2026
    )
    assert grade(question, typed).outcome is expected


def test_only_whole_names_are_read() -> None:
    assert fixed_days_as_dates(tokenize("in May")) == ["in", "may"]
    assert fixed_days_as_dates(tokenize("Valentine's Day")) == ["february", "14"]
    assert fixed_days_as_dates(tokenize("a new year")) == ["a", "new", "year"]
