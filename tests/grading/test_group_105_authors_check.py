"""Grader faults the hundred-and-fifth group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
P = Outcome.PARTIAL

COVER = "The policy covers repatriation costs of up to 80,000 kroner per person, the agent said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("80,000 kroner per person", C),
        ("80,000 kroner", P),  # what it is per left off: half the fact
        ("80,000 kroner a head", C),
        ("80,000 kroner in total", X),
        ("80,000 kroner altogether", X),
    ],
)
def test_an_amount_per_person_is_no_total(typed: str, expected: Outcome) -> None:
    question = "Up to how much does the policy cover in repatriation costs?"
    assert graded("money", "80,000 kroner per person", question, COVER, typed) is expected


def test_a_per_person_figure_elsewhere_in_the_quote_leaves_a_total_alone() -> None:
    quote = "The fund of $2 million, about $400 per person, was shared out in May."
    question = "How big was the fund?"
    assert graded("money", "$2 million", question, quote, "$2 million in total") is C


# Classes of the group's misses, fixed after its first run.

REVIVE = "Paramedics tried to revive the climber for 50 minutes before he was pronounced dead."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("five-sixths of an hour", C), ("50 minutes", C), ("an hour", X), ("seven eighths", X)],
)
def test_fractions_of_an_hour_in_sixths_and_eighths(typed: str, expected: Outcome) -> None:
    question = "For how long did paramedics try to revive the climber?"
    key, accepted = "50 minutes", ("five-sixths of an hour",)
    assert graded("duration", key, question, REVIVE, typed, accept=accepted) is expected


COUNCIL = (
    "Councillor Ada Roe of Ward 5, who moved the motion, said the deal was fair.",
    "Councillor Bea Roe of Ward 7 voted against after asking whether the tender could be reissued.",
    "Roe, who sponsored the motion, said the 80 workers would keep their pensions.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Bea Roe", C), ("Councillor Bea Roe", C), ("Roe", X)]
)
def test_a_surname_alone_with_a_who_clause_names_the_bearer_it_describes(
    typed: str, expected: Outcome
) -> None:
    question = "Which councillor asked whether the tender could be reissued?"
    quote = COUNCIL[1]
    assert graded("person", "Bea Roe", question, quote, typed, article=COUNCIL) is expected
