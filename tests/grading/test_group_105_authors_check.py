"""Grader faults the hundred-and-fifth group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

COVER = "The policy covers repatriation costs of up to 80,000 kroner per person, the agent said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("80,000 kroner per person", C),
        ("80,000 kroner", C),
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
