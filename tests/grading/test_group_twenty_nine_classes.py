"""Classes of false accepts the twenty-ninth held-out group showed, each with invented
examples: another season beside the right year, a range in another currency graded as
text, a claim's own share given as its correction, a share turned into a yearly rate, and
a short item of a list taken from a longer one (`Democrats` inside `Sweden Democrats`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"), [("2029", C), ("spring 2029", C), ("autumn 2029", X)]
)
def test_another_season_is_another_date(typed: str, expected: Outcome) -> None:
    quote = "the first concert at the hall would be played in the spring of 2029"
    question = "In which year would the first concert be played?"
    assert graded("number", "2029", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("€20-30 million", C), ("$20-30 million", X), ("£20-30 million", X)]
)
def test_a_range_in_another_currency_is_wrong(typed: str, expected: Outcome) -> None:
    quote = "put the cost at between €20 million and €30 million"
    question = "At what range did she put the cost?"
    assert graded("text", "€20-30 million", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, less than a quarter", C),
        ("false, not half but less than a quarter", C),
        ("false, only about half", X),
    ],
)
def test_the_claims_own_share_is_no_correction(typed: str, expected: Outcome) -> None:
    quote = "less than a quarter of the appeal had been pledged by Friday"
    claim = "True or false: more than half of the appeal had been pledged by Friday."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("5.5%", C), ("5.5 per cent", C), ("5.5 percent a year", X), ("5.5% annually", X)],
)
def test_a_share_over_years_is_no_yearly_rate(typed: str, expected: Outcome) -> None:
    quote = "a pay rise of 5.5 per cent over three years"
    question = "What pay rise over three years was agreed, in percent?"
    assert graded("number", "5.5 per cent", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Greens, Harbour Democrats, Democrats", C),
        ("Greens, Harbour Democrats", P),
        ("Greens, Harbour Democrats, Social Democrats", X),
    ],
)
def test_a_short_item_is_not_read_inside_a_longer_one(typed: str, expected: Outcome) -> None:
    quote = "The Greens, the Harbour Democrats and the Democrats voted against; the Social Democrats voted for."
    question = make_question(
        "list",
        ("Greens", "Harbour Democrats", "Democrats"),
        question="Which three parties voted against?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected
