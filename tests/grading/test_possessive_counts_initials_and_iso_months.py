"""`How many of its jet flights…?` counts jet flights; a name's initials in its order
(`C. Ruelas` of Carlos M. Ruelas) tell its bearer from a namesake; a month typed the ISO
way (`2026-06`) is that month of that year; a length of time written as a range with a dash
(`3-5 weeks`) is read as its two ends; a Roman numeral is never a slip or a short form of
another (`Commission VII` for VIII). Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

AIRLINE = (
    "The airline said it had cut passenger or cargo loads on 187 of its 203 jet flights out "
    "of the town since May, and on 41 medevac flights.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("187 jet flights", C),
        ("187 flights", C),
        ("187", C),
        ("187 cargo flights", X),
        ("187 passengers", X),
        ("203 jet flights", X),
    ],
)
def test_how_many_of_its_counts_what_follows(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "187",
        "On how many of its jet flights had the airline cut loads since May?",
        "cut passenger or cargo loads on 187 of its 203 jet flights",
        *AIRLINE,
    )
    assert grade(question, typed).outcome is expected


SCHOOLS = (
    "Regional education manager Carlos M. Ruelas said contracts had been rewritten.",
    "A crack opened over the stairway, said the headteacher, Ana Ruelas, 52, who is no "
    "relation to the education manager.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("C. Ruelas", C),
        ("C Ruelas", C),
        ("C. M. Ruelas", C),
        ("Carlos M. Ruelas", C),
        ("M. C. Ruelas", X),
        ("J. Ruelas", X),
        ("Ana Ruelas", X),
    ],
)
def test_initials_in_the_names_order(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "Carlos M. Ruelas",
        question="Who is the regional education manager?",
        article=SCHOOLS,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-06", C),
        ("2026/06", C),
        ("June 2026", C),
        ("2026-07", X),
        ("2025-06", X),
    ],
)
def test_a_month_typed_the_iso_way(typed: str, expected: Outcome) -> None:
    question = make_question(
        "date",
        "June 2026",
        question="Until when was the programme extended?",
        article=("The programme was extended until June 2026, the ministry said.",),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize("key", ["3-5 weeks", "3–5 weeks", "three to five weeks"])
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3-5 weeks", C),
        ("three to five weeks", C),
        ("between three and five weeks", C),
        ("21 to 35 days", C),
        ("five weeks", X),
        ("4-6 weeks", X),
    ],
)
def test_a_length_of_time_written_as_a_range_with_a_dash(
    key: str, typed: str, expected: Outcome
) -> None:
    question = make_question("duration", key, question="How long will capping the well take?")
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Commission VIII", C),
        ("Comission VIII", C),
        ("Commission VII", X),
        ("Commission IX", X),
    ],
)
def test_a_numbered_body_is_never_another_numeral(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text", "Commission VIII", question="Which parliamentary commission oversees the budget?"
    )
    assert grade(question, typed).outcome is expected
