"""Failure classes first seen on the fifteenth held-out group, with our own examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Guinea and Senegal", C),
        ("Guinea-Bissau and Senegal", X),
        ("Guinea, Guinea-Bissau and Senegal", X),
        ("Guinea", P),
    ],
)
def test_a_place_whose_first_word_is_another_place(typed: str, expected: Outcome) -> None:
    question = make_question("list", ("Guinea", "Senegal"))
    assert grade(question, typed).outcome is expected


def test_a_count_said_of_the_other_side() -> None:
    line = "The motion passed by 210 votes to 188, with 9 abstentions."
    question = make_question(
        "number", "188", question="How many votes were cast against the motion?",
        citations=(cite(line, line),), article=(line,),
    )  # fmt: skip
    assert grade(question, "188").outcome is C
    assert grade(question, "188 votes against").outcome is C
    assert grade(question, "188 in favour").outcome is X


_FUND = "The deal sets aside €2.6 billion over five years for the coal regions."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("€2.6 billion", C), ("€2.6bn over five years", C), ("€2.6 billion a year", X)],
)
def test_a_total_over_years_is_no_yearly_amount(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money", "€2.6 billion", question="How much does the deal give the coal regions?",
        citations=(cite(_FUND, _FUND),), article=(_FUND,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


def test_a_daily_amount_may_be_said_a_day() -> None:
    line = "She pays the owner a daily fee of $40."
    question = make_question("money", "$40", citations=(cite(line, line),), article=(line,))
    assert grade(question, "$40 a day").outcome is C
    assert grade(question, "$40 a week").outcome is X


_RULING = "It was the council's second ruling on fares this year."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false", C), ("false, it was the second", C), ("false, it was the fourth", X)],
)
def test_a_correction_with_another_ordinal(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim", "false", question="True or false: it was the council's first ruling this year.",
        citations=(cite(_RULING, _RULING),), article=(_RULING,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected
