"""Grader faults the two-hundred-and-sixty-second group's authors found with `check` on their
own reject entries, before the group was first measured; fixed in general, with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import DURATION, scan
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

BARGE = (
    "The barge Kaivaro carried 312 passengers and 41 cars last year. It carries about 60 "
    "percent of the cargo shipped to the outer islands.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("about 60 percent", C),
        ("60 percent of the cargo", C),
        ("60% of the freight", C),  # the quote's whole in other words
        ("60 percent of passengers", X),  # the article counts passengers: another whole
        ("60 percent of the cars", X),
    ],
)
def test_a_share_of_a_whole_the_article_counts(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "about 60 percent",
        "What share of the cargo shipped to the outer islands does the Kaivaro carry?",
        "It carries about 60 percent of the cargo shipped to the outer islands",
        *BARGE,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("within eight working days", 8),
        ("15 business days", 15),
        ("ten work days", 10),
        ("12 bussiness days", 12),  # a slip of the kind of day
        ("two more years", 730),
    ],
)
def test_a_count_of_days_of_a_kind_is_a_length_of_time(text: str, days: int) -> None:
    found = [m for m in scan(tokenize(text)) if m.kind == DURATION]
    assert [round((m.value or 0) / 86400) for m in found] == [days]


APPEAL = ("The company said it would appeal, which it must do within eight working days.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("within eight working days", C),
        ("8 working days", C),
        ("eight business days", C),  # business days are working days
        ("within 8 work days", C),
        ("after eight working days", X),  # a limit, not a delay
        ("within eight days", X),  # days of any kind
        ("within eight calendar days", X),
        ("within 18 working days", X),
    ],
)
def test_a_length_of_time_in_working_days(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration",
        "within eight working days",
        "Within how long must the company lodge its appeal?",
        "which it must do within eight working days",
        *APPEAL,
    )
    assert grade(question, typed).outcome is expected


RAIN = ("Rain had cost 52 working days in 2025, the builder said, and 31 in 2024.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("52", C),
        ("52 working days in 2025", C),
        ("52 days in 2025", C),  # the question counts working days already
        ("52 in 2024", X),
    ],
)
def test_a_count_of_working_days_in_a_year(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "52",
        "How many working days did rain cost in 2025?",
        "Rain had cost 52 working days in 2025",
        *RAIN,
    )
    assert grade(question, typed).outcome is expected
