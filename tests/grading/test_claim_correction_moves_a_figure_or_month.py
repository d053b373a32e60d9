"""A claim's correction that gives an act another figure of its quote (`it closed at
301.20` where it closed at 297.85, firmer than 301.20 a week before), or another month of
the quote's year (`they began in June 2024` where they began in April 2024). A figure
given to another thing (`15.08 the week before`) is no such move. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it closed at 14.62", C),
        ("false, it closed at 15.08", X),
        ("false, it was 15.08 the week before", C),
    ],
)
def test_another_figure_of_the_quote_for_the_act(typed: str, expected: Outcome) -> None:
    claim = "True or false: the Velmar peso closed weaker against the euro on Friday."
    quote = "The Velmar peso closed at 14.62 to the euro on Friday, firmer than 15.08 a week before"
    assert graded_claim(claim, quote, typed, explain="It closed at 14.62.") is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("true, the bidding opened at £640,000", C), ("true, it opened at £900,000", X)],
)
def test_a_true_claim_with_another_figure_for_the_act(typed: str, expected: Outcome) -> None:
    claim = "True or false: the bidding for the Orrin tapestry opened below its estimate."
    quote = "Bidding opened at £640,000, well below the estimate of £900,000 to £1.1 million"
    assert graded_claim(claim, quote, typed, key="true", explain="It opened at £640,000.") is (
        expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, they began in March 2025", C),
        ("false, they began in September 2025", X),
    ],
)
def test_another_month_of_the_quotes_year(typed: str, expected: Outcome) -> None:
    claim = "True or false: the dredging of Port Amsel began in September 2024."
    quote = "Dredging began in March 2025"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false, they closed six cent below the offer", C), ("false, they closed at €3.10", C)],
)
def test_a_figure_set_against_another_is_no_move(typed: str, expected: Outcome) -> None:
    claim = "True or false: Kestrel's shares closed above the offer price on Monday."
    quote = "closing six cent below the offer price"
    explain = "They closed at €3.10."
    assert graded_claim(claim, quote, typed, explain=explain) is expected
