"""Classes of false accepts the eighty-third group's first run showed, fixed in general after
that figure was recorded; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

PRICE = "Oil sold for an average of US$71.40 a barrel in the quarter."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("US$71.40 a barrel", C),
        ("71.40 dollars a barrel", C),
        ("71.40 Guyana dollars a barrel", X),  # a country's name names its currency
        ("71.40 Guyanese dollars a barrel", X),
        ("71.40 Jamaica dollars a barrel", X),
    ],
)
def test_a_currency_named_by_its_countrys_name(typed: str, expected: Outcome) -> None:
    outcome = graded("money", "US$71.40 a barrel", "What was the average price?", PRICE, typed)
    assert outcome is expected


GROWTH = "The economy grew by 41.2 percent in 2024, the IMF estimated."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("41.2 percent", C),
        ("41.2% in 2024", C),
        ("41.2% a quarter", X),
        ("41.2% quarterly", X),
    ],
)
def test_a_share_a_quarter_is_another_rate(typed: str, expected: Outcome) -> None:
    outcome = graded("number", "41.2 percent", "By how much did the economy grow?", GROWTH, typed)
    assert outcome is expected


def test_a_quarter_of_something_stays_a_share() -> None:
    quote = "A quarter of the votes went to the Greens."
    outcome = graded(
        "number",
        "25 percent",
        "What share of the votes went to the Greens?",
        quote,
        "a quarter of the votes",
    )
    assert outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("False, nobody died", C),
        ("False, no one died, though 80 fell ill", C),
        ("False, one worker died", X),  # `died` counts the deaths the quote says were none
        ("False, 80 people were killed", X),
    ],
)
def test_a_correction_counting_what_the_quote_says_none_of(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "Three workers died in the blast.",
        "No deaths were recorded, though 80 workers fell ill.",
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false", C), ("False, it received none", C), ("False, it received half", X)],
)
def test_a_share_of_what_the_quote_says_none_of(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "The province received part of the fine.",
        "The minister said the province had received none of the 2019 fine.",
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("False, they rose to 14", C),
        ("False, they went up", C),
        ("False, incidents fell to 9", X),
        ("False, they dropped", X),
    ],
)
def test_a_correction_moving_the_other_way(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "The agency recorded fewer incidents in 2024 than in 2023.",
        "The agency recorded 14 incidents in 2024, up from nine in 2023.",
        typed,
    )
    assert outcome is expected
