"""A correction that counts a side of a vote (`false, one voted against`) or gives the
voter a side (`false, she abstained`), with invented examples: the count must be one of
the vote's figures, those who abstained must be counted as the article counts them, and
the side must be one the quotes give."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

CLAIM = "True or false: the harbour board approved the new tariff unanimously."
QUOTE = "The harbour board approved the new tariff by 14 votes to 3, with two members abstaining."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, three voted against", C),
        ("false, two abstained", C),
        ("false, 14 for, 3 against and 2 abstentions", C),
        ("false, it passed 14 to 3", C),
        ("false, one voted against", X),
        ("false, two members voted against", X),  # two abstained: three voted against
        ("false, three abstained", X),
        ("false, five abstentions", X),
    ],
)
def test_a_count_given_to_a_side_of_the_vote(typed: str, expected: Outcome) -> None:
    assert graded_claim(CLAIM, QUOTE, typed) is expected


def test_abstentions_the_article_never_counts() -> None:
    quote = "The harbour board approved the new tariff by 14 votes to 3."
    assert graded_claim(CLAIM, quote, "false, three voted against") is C
    assert graded_claim(CLAIM, quote, "false, three members abstained") is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, she voted in favour", C),
        ("false, she voted for it", C),
        ("false, she backed it", C),
        ("false, she abstained", X),
        ("false, she opposed it", X),
    ],
)
def test_a_correction_gives_the_voter_another_side(typed: str, expected: Outcome) -> None:
    article = (
        "Councillor Ana Molina, who voted in favour, said the tariff was overdue.",
        "Councillor Pedro Ruiz voted against.",
    )
    outcome = graded_claim(
        "True or false: Councillor Ana Molina voted against the tariff.",
        "Councillor Ana Molina, who voted in favour",
        typed,
        article=article,
    )
    assert outcome is expected
