"""Grader faults the sixty-sixth and sixty-seventh groups' authors' `check` showed on their
own reject entries, fixed before those groups' first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

FLEET = (
    "A census of 900 fishing boats found that 41 percent were built before 1995.",
    "The ministry will scrap boats built before 1995 from next spring.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("41 percent", C),
        ("41% before 1995", C),
        ("41 percent, built before 1995", C),
        ("41 percent until 1995", C),
        ("41 percent after 1995", X),
        ("41 percent built since 1995", X),
        ("41 percent, after 1995", X),
    ],
)
def test_a_year_on_the_other_side_is_another_fact(typed: str, expected: Outcome) -> None:
    # The article puts the boats before 1995 only: `after 1995` counts the others.
    outcome = graded(
        "number",
        "41 percent",
        "What share of the boats were built before 1995?",
        FLEET[0],
        typed,
        article=FLEET,
    )
    assert outcome is expected


def test_a_side_the_article_also_gives_stays_right() -> None:
    # Where the article writes both sides of the year, the typed side is not contradicted
    # by it; the figure decides.
    both = (
        "Of the boats, 41 percent were built before 1995 and the rest after 1995.",
        "Boats built after 1995 are exempt.",
    )
    outcome = graded(
        "number",
        "41 percent",
        "What share of the boats were built before 1995?",
        both[0],
        "41 percent after 1995",
        article=both,
    )
    assert outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("$3.2 million", C), ("$3.2 million before 2010", C), ("$3.2 million after 2010", X)],
)
def test_an_amount_set_after_a_year_the_article_puts_it_before(
    typed: str, expected: Outcome
) -> None:
    quote = "The port collected $3.2 million in fees before 2010."
    outcome = graded(
        "money",
        "$3.2 million",
        "How much did the port collect in fees before 2010?",
        quote,
        typed,
        article=(quote,),
    )
    assert outcome is expected
