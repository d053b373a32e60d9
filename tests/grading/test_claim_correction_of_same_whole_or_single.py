"""A correction that gives a difference where the quote says the same, a part where it
says in full, or two where it says a single one, says otherwise. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it is the same as at the old pool", C),
        ("false, it will not be dearer", C),
        ("false, it will be cheaper", X),
        ("false, the charge will be higher than at the old pool", X),
    ],
)
def test_a_difference_where_the_quote_says_the_same(typed: str, expected: Outcome) -> None:
    claim = "True or false: entry to the new pool will cost more than to the old pool."
    quote = "The new pool's entry charge will be the same as at the old pool."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, they will be refunded in full", C),
        ("false, they get the whole fare back", C),
        ("false, they get half the fare back", X),
        ("false, only part of the fare", X),
    ],
)
def test_a_part_where_the_quote_says_in_full(typed: str, expected: Outcome) -> None:
    claim = "True or false: passengers on the cancelled sailings will get no refund."
    quote = "The operator said passengers would be refunded in full for cancelled sailings."
    assert graded_claim(claim, quote, typed) is expected


def test_a_share_the_quote_itself_gives_is_no_part_of_a_whole() -> None:
    claim = "True or false: the whole grant has been spent."
    quote = "Half of the grant has been spent, and the full sum is due by June."
    assert graded_claim(claim, quote, "false, only half of it") is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, a single visit", C),
        ("false, he was allowed two visits", X),
        ("false, she made three visits", X),
    ],
)
def test_two_or_more_where_the_quote_counts_a_single_one(typed: str, expected: Outcome) -> None:
    claim = "True or false: the prisoner's sister was allowed to visit him every week."
    quote = "His sister had been allowed a single supervised visit since his arrest."
    # Its paragraph counts visits with both figures, of others: his count is what is wrong.
    paragraph = f"{quote} Other prisoners were allowed two visits a month, some three."
    assert graded_claim(claim, quote, typed, paragraph=paragraph) is expected
