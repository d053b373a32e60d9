"""Grader faults the hundred-and-sixth group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X, P = Outcome.CORRECT, Outcome.INCORRECT, Outcome.PARTIAL

CREW = (
    "The winning crew of Tomas Berg, Jan Vik, Ole Dahl and Nils Aune crossed first. "
    "Aune, 24, took the lead late. Nils Aune is no relation of Sara Aune, the team's "
    "coach, who won the sculls earlier."
)
SCULLS = 'Sara Aune, 26, won in 7 minutes. "I will remember the crew," said Sara Aune.'


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tomas Berg, Jan Vik, Ole Dahl, Nils Aune", C),
        ("Berg, Vik, Dahl and Nils Aune", C),
        ("Tomas Berg, Jan Vik, Ole Dahl, Sara Aune", X),
        ("Berg, Vik, Dahl and Sara Aune", X),
        ("Berg, Vik, Dahl and Aune", C),
    ],
)
def test_another_bearers_given_name_before_an_items_surname_names_them(
    typed: str, expected: Outcome
) -> None:
    key = ("Tomas Berg", "Jan Vik", "Ole Dahl", "Nils Aune")
    question = "Who made up the winning crew?"
    outcome = graded("list", key, question, CREW, typed, article=(CREW, SCULLS))
    assert outcome is expected


JOBS = "About 2,600 people work in the port's warehouses and on its tugs."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2,600", C),
        ("2,600 people", C),
        ("2,600 workers", C),
        ("about 2,600 employees", C),
        ("2,600 companies", X),
        ("2,600 firms", X),
        ("2,600 tugs", X),
        ("2,600 boats", X),
    ],
)
def test_people_who_work_are_counted_as_workers_never_as_firms_or_craft(
    typed: str, expected: Outcome
) -> None:
    question = "About how many people work in the port's warehouses and on its tugs?"
    assert graded("number", "2,600", question, JOBS, typed) is expected


def test_residents_are_not_workers() -> None:
    quote = "About 2,600 people live in the harbour district."
    question = "About how many people live in the harbour district?"
    assert graded("number", "2,600", question, quote, "2,600 workers") is X
