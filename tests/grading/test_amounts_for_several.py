"""An amount the question or its quote gives for several things is no amount per one of
them, whichever way the noun is written (`nine maps`, `per map`) and when `both` counts
them; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

URNS = ("Repairing the six cracked urns cost £84,000, the diocese said.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("£84,000", C),
        ("£84,000 in all", C),
        ("£84,000 per urn", X),  # a short noun in the singular: the six cost that
        ("£84,000 an urn", X),
    ],
)
def test_a_short_noun_counted_in_the_plural_is_the_same_noun(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "£84,000",
        question="What did it cost to repair the six cracked urns?",
        citations=(cite("Repairing the six cracked urns cost £84,000", URNS[0]),),
        article=URNS,
    )
    assert grade(question, typed).outcome is expected


POLL = ("The commune budgeted 18,000 francs for the referendum, covering both ballots.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("18,000 francs", C),
        ("18,000 francs per ballot", X),  # both ballots together
    ],
)
def test_both_counts_two(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "18,000 francs",
        question="How much did the commune budget for the referendum?",
        citations=(
            cite("budgeted 18,000 francs for the referendum, covering both ballots", POLL[0]),
        ),
        article=POLL,
    )
    assert grade(question, typed).outcome is expected


def test_an_amount_given_for_one_may_still_be_given_per_one() -> None:
    fee = ("Each of the two ferries pays a berthing fee of 900 euros.",)
    question = make_question(
        "money",
        "900 euros",
        question="What berthing fee does a ferry pay?",
        citations=(cite("pays a berthing fee of 900 euros", fee[0]),),
        article=fee,
    )
    assert grade(question, "900 euros per ferry").outcome is C
