"""Grader faults the hundred-and-twenty-eighth and twenty-ninth groups' authors' `check`
showed on their own reject entries, fixed before those groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

JOBS = (
    "Unemployment rose to 6.1 percent in the third quarter of 2021, an increase of 9,400 on "
    "the previous quarter, from 5.8 percent in the first quarter. The fund will pay for "
    "1,500 training places for jobseekers under 30."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9,400", C), ("9,400 more", C), ("an increase of 9,400", C), ("9,400 fewer", X)],
)
def test_a_comparative_after_the_figure_the_other_way(typed: str, expected: Outcome) -> None:
    question = "By how many did the number of unemployed rise on the previous quarter?"
    assert graded("number", "9,400", question, JOBS, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1,500", C),
        ("1,500 places for jobseekers under 30", C),
        ("1,500 places for jobseekers over 30", X),
    ],
)
def test_a_bound_of_what_is_counted_turned(typed: str, expected: Outcome) -> None:
    question = "How many training places for jobseekers under 30 will the fund pay for?"
    assert graded("number", "1,500", question, JOBS, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6.1 percent", C),
        ("6.1 percent in the third quarter", C),
        ("6.1 percent in the first quarter", X),
    ],
)
def test_another_ordinal_of_what_the_question_asks(typed: str, expected: Outcome) -> None:
    question = "What was the unemployment rate in the third quarter of 2021?"
    assert graded("number", "6.1 percent", question, JOBS, typed) is expected


CATERER = (
    "Liam Roe, who owns the caterer with his wife, Ana Roe, said it accepts the findings.",
    '"We let them down," Roe said.',
    "Ana Roe, who manages the company's bookings, said eight events were cancelled.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Ana Roe", C), ("Liam Roe's wife", C), ("Liam Roe", X), ("Mr Roe", X)],
)
def test_an_accepted_form_by_anothers_relation_names_not_the_other(
    typed: str, expected: Outcome
) -> None:
    question = "Who manages the company's bookings?"
    accept = ("Liam Roe's wife",)
    outcome = graded(
        "person", "Ana Roe", question, CATERER[2], typed, accept=accept, article=CATERER
    )
    assert outcome is expected
