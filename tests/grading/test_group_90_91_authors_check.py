"""Grader faults the ninetieth and ninety-first groups' authors' `check` showed on their own
reject entries, fixed before those groups' first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

DOCKS = (
    '"Nobody strikes for fun," said Luc Ferrand, the FNT\'s delegate at the port.',
    "Anne Ferrand, the port authority's finance director, who is no relation, said on Monday "
    "that the budget was spent.",
    "Ferrand said on Friday that the FNT had accepted the offer.",
)


@pytest.mark.parametrize(
    ("key", "quote", "expected"),
    [("Luc Ferrand", DOCKS[0], X), ("Anne Ferrand", DOCKS[1], X)],
)
def test_the_surname_alone_next_to_the_namesake_names_neither(
    key: str, quote: str, expected: Outcome
) -> None:
    # The article's bare `Ferrand` is Luc's, but typed alone it could be Anne's too.
    outcome = graded("person", key, "Who is it?", quote, "Ferrand", article=DOCKS)
    assert outcome is expected


ROUTE = (
    "The airline is also studying a route to Karrabin in New South Wales, and will decide in 2026.",
    "Its first route flies from Perth in Western Australia.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Karrabin", C),
        ("Karrabin in New South Wales", C),
        ("Karrabin in NSW", C),
        ("Karrabin, Australia", C),
        ("Karrabin in Western Australia", X),
        ("Karrabin, Western Australia", X),
    ],
)
def test_the_region_the_quote_puts_the_place_in_with_in_is_its_own(
    typed: str, expected: Outcome
) -> None:
    outcome = graded(
        "text", "Karrabin", "Which city might the second route serve?", ROUTE[0], typed,
        article=ROUTE,
    )  # fmt: skip
    assert outcome is expected


CAMPAIGN = "The state will give A$2.5 million to a three-year tourism campaign."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("A$2.5 million", C),
        ("2.5 million Australian dollars", C),
        ("A$2.5 million a year", X),
        ("A$2.5 million per year", X),
        ("A$2.5 million annually", X),
    ],
)
def test_a_campaign_of_some_years_is_no_rate_a_year(typed: str, expected: Outcome) -> None:
    # `a three-year campaign` lasts three years: the sum is no amount a year.
    outcome = graded(
        "money", "A$2.5 million", "How much will the state give to the campaign?", CAMPAIGN, typed
    )
    assert outcome is expected


def test_an_amount_a_year_stays_right_where_the_quote_gives_one() -> None:
    quote = "The state will give A$2.5 million a year to the campaign."
    outcome = graded(
        "money", "A$2.5 million", "How much will the state give?", quote, "A$2.5 million a year"
    )
    assert outcome is C
