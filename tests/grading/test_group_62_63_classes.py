"""Failure classes the sixty-second and sixty-third held-out groups showed after their
first run, fixed in general; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim
from tests.grading.test_group_62_63_authors_check import HARVEST

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

CAUSEWAY = "the causeway runs for about 40 kilometres (25 miles) across the lagoon"


@pytest.mark.parametrize(
    ("claim", "key", "typed", "expected"),
    [
        ("The causeway runs for about 40 kilometres.", "true", "true, 25 miles", C),
        ("The causeway runs for about 40 kilometres.", "true", "true, about 40 km", C),
        ("The causeway runs for about 40 kilometres.", "true", "true, 40 miles", X),
        ("The causeway runs for about 40 miles.", "false", "false, 40 kilometres", C),
        ("The causeway runs for about 40 miles.", "false", "false, about 25 miles", C),
        ("The causeway runs for about 40 miles.", "false", "false, 25 kilometres", X),
    ],
)
def test_a_correction_figure_in_the_quote_unit_is_its_own(
    claim: str, key: str, typed: str, expected: Outcome
) -> None:
    # Both units are the quote's, but each goes with its own figure: `40 miles` and
    # `25 kilometres` are neither the quote's figure nor a conversion of it.
    assert graded_claim(claim, CAUSEWAY, typed, key=key) is expected


@pytest.mark.parametrize(
    ("key", "quote", "typed", "expected"),
    [
        ("9 days", "Bidders inspected the lots over 9 days", "over 9 days", C),
        ("9 days", "Bidders inspected the lots over 9 days", "over nine days", C),
        ("9 days", "Bidders inspected the lots over 9 days", "over 10 days", X),
        ("9 days", "Bidders inspected the lots over 9 days", "more than 9 days", X),
        ("9 days", "Bidders inspected the lots for 9 days", "over 9 days", X),
        ("five years", "buy 80 trams over the next five years", "over five years", C),
        ("five years", "buy 80 trams over the next five years", "over the next five years", C),
        ("five years", "buy 80 trams within five years", "over five years", X),
    ],
)
def test_a_period_spent_over_its_length(
    key: str, quote: str, typed: str, expected: Outcome
) -> None:
    # `over 9 days` where the article spends the time over 9 days is its own word for the
    # period; where it does not, `over` is a lower bound the key does not give.
    assert graded("duration", key, "For how long?", quote, typed) is expected


RESERVOIR = "the water board will post the reservoir's level daily on its website"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, every day", C),
        ("true, daily", C),
        ("true, weekly", X),
        ("true, but only once a month", X),
    ],
)
def test_a_correction_in_another_period(typed: str, expected: Outcome) -> None:
    claim = "True or false: the board will post the reservoir's level daily."
    assert graded_claim(claim, RESERVOIR, typed, key="true") is expected


MOTION = "The councillor's motion to freeze fares was defeated by 31 votes to 14."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("true", C), ("true, 31 to 14", C), ("true, it passed 31 to 14", X), ("true, adopted", X)],
)
def test_a_defeated_motion_corrected_as_passed(typed: str, expected: Outcome) -> None:
    claim = "True or false: the motion to freeze fares was defeated."
    assert graded_claim(claim, MOTION, typed, key="true") is expected


@pytest.mark.parametrize(
    ("key", "question", "typed", "expected"),
    [
        ("Soa Andrianina", "Who said it was dry?", "Andrianina", X),
        ("Soa Andrianina", "Who said it was dry?", "Dr. Andrianina", C),
        ("Hery Andrianina", "Who leads the union?", "Andrianina", X),
        ("Hery Andrianina", "Who leads the union?", "Dr. Andrianina", X),
    ],
)
def test_a_surname_after_an_honorific_is_not_the_surname_alone(
    key: str, question: str, typed: str, expected: Outcome
) -> None:
    # `Dr. Andrianina said` tells the agronomist apart; the bare `Andrianina said` that
    # follows the union's president is his.
    assert graded("person", key, question, HARVEST[1], typed, article=HARVEST) is expected


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        ("What has inflation been since the last rent rise, in percent?", "22 percent", C),
        ("What has inflation been since the last rent rise, in percent?", "22% a year", X),
        ("What has inflation been since the last rent rise, in percent?", "about 22%", C),
    ],
)
def test_inflation_since_a_date_is_no_yearly_rate(
    question: str, typed: str, expected: Outcome
) -> None:
    quote = "rents have not kept up with inflation, which the union put at about 22 percent"
    assert graded("number", "about 22 percent", question, quote, typed) is expected


SPICE = "The spice was being offered at $90 to $120 per kilogram, the trader said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("$90 to $120 per kilogram", C),
        ("$90-$120/kg", C),
        ("between $90 and $120 a kilo", C),
        ("$90 to $120 per pound", X),
        ("$90-$120/lb", X),
        ("$90 to $120 per tonne", X),
        ("$90 or $120 per kg", X),
    ],
)
def test_a_range_of_prices_counted_per_a_thing(typed: str, expected: Outcome) -> None:
    # The range's rate is both its ends': `per pound` for per kilogram is another price.
    key = "$90 to $120 per kilogram"
    assert graded("money", key, "At what price was it offered?", SPICE, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("$2.36/kg", C), ("$2.36 a kilo", C), ("$2.36/lb", X), ("$2.36 per pound", X)],
)
def test_a_price_per_a_thing_written_with_a_slash(typed: str, expected: Outcome) -> None:
    quote = "Growers were paid $2.36 per kilogram at the auction."
    key = "$2.36 per kilogram"
    assert graded("money", key, "What were growers paid?", quote, typed) is expected


FREE = (
    "Pensioners, schoolchildren and people with disabilities will keep travelling free. "
    "University students will continue to pay half."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("retirees, school pupils and the disabled", C),
        ("retirees, school pupils, the disabled and students", X),
    ],
)
def test_a_word_of_an_item_typed_again_as_an_item(typed: str, expected: Outcome) -> None:
    # `students` reads as `pupils`, a word of the accepted `school pupils`; typed as an item
    # of its own it is a fourth group.
    key = ("pensioners", "schoolchildren", "people with disabilities")
    accept = (("retirees", "school pupils", "the disabled"),)
    question = "Which three groups travel free?"
    assert graded("list", key, question, FREE, typed, accept=accept) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("30 percent more", C), ("30%", C), ("30 percent fewer", X), ("30% less", X)],
)
def test_a_share_more_answered_fewer(typed: str, expected: Outcome) -> None:
    quote = (
        "Last year the reserve drew 52,000 visitors, about 30 percent more than a decade earlier."
    )
    question = "By about what percentage did visitor numbers exceed those of a decade earlier?"
    assert graded("number", "about 30 percent", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, they may move 20 percent of orders", C),
        ("false, they may move a fifth of their orders", C),
        ("false, they will move half of their orders", X),
        ("false, they will move 40 percent of orders", X),
    ],
)
def test_a_correction_share_against_the_explanation(typed: str, expected: Outcome) -> None:
    # The quote states no share; the author's explanation does (about 20 percent).
    claim = "True or false: Berg said the firm wanted to stop buying cocoa from Ghana."
    quote = '"We want to keep buying from Ghana," Berg said'
    explain = (
        "Berg said the firm wanted to keep buying from Ghana, though it might move about "
        "20 percent of its orders elsewhere."
    )
    assert graded_claim(claim, quote, typed, key="false", explain=explain) is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("some 40 percent", "two-fifths", C),
        ("some 40 percent", "about two-fifths", C),
        ("some 40 percent", "two-fifths below the average", C),
        ("some 40 percent", "a third", X),
        ("some 40 percent", "nearly half", X),
        ("41 percent", "two-fifths", X),
        ("about 33 percent", "a third", C),
        ("about 80 percent", "four-fifths", C),
    ],
)
def test_a_percentage_answered_as_a_share_in_words(key: str, typed: str, expected: Outcome) -> None:
    quote = f"Rainfall was {key} below the average of the past decade."
    question = "By how much was rainfall below the average?"
    assert graded("number", key, question, quote, typed) is expected


def test_a_share_in_words_half_a_point_off_is_another() -> None:
    quote = "About 13 percent of the propellant was left."
    question = "How much of the propellant was left?"
    assert graded("number", "about 13 percent", question, quote, "one eighth") is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, nobody died", C),
        ("No deaths were reported.", X),
        ("no deaths were reported", X),
    ],
)
def test_a_short_sentence_of_the_article_pasted_as_the_verdict(
    typed: str, expected: Outcome
) -> None:
    quote = "No deaths were reported."
    article = ("The fire destroyed 300 stalls overnight. No deaths were reported.",)
    claim = "True or false: two people died in the fire."
    assert graded_claim(claim, quote, typed, article=article) is expected


@pytest.mark.parametrize(
    ("kind", "key", "quote", "question", "typed", "expected"),
    [
        ("number", "about 4 percent", "58 traders, about 4 percent", "What share?", "4 pc", C),
        ("number", "about 4 percent", "58 traders, about 4 percent", "What share?", "4pc", C),
        ("duration", "three months", "waived for three months", "How long?", "three mths", C),
        ("duration", "three months", "waived for three months", "How long?", "3 mth", C),
        ("duration", "three months", "waived for three months", "How long?", "3 wks", X),
        ("number", "87.5", "scored 87.5 points out of 100", "Points out of 100?", "87.5/100", C),
        ("number", "87.5", "scored 87.5 points out of 100", "Points out of 100?", "85/100", X),
        ("number", "87.5", "scored 87.5 points out of 100", "Points out of 100?", "87.5/10", X),
    ],
)
def test_short_forms_of_percent_months_and_scores(
    kind: str, key: str, quote: str, question: str, typed: str, expected: Outcome
) -> None:
    assert graded(kind, key, question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2027", C), ("from 2027", C), ("spring 2027", X), ("autumn 2027", X)],
)
def test_a_season_the_article_does_not_give(typed: str, expected: Outcome) -> None:
    # A season typed beside the year states more than the article does.
    quote = "so that it can build electric cars there from 2027"
    question = "From which year will the plant build electric cars?"
    assert graded("number", "2027", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("14 cents", C), ("$0.14", C), ("14 US cents", C), ("14 euro cents", X), ("14 pence", X)],
)
def test_a_key_in_the_cents_of_one_currency(typed: str, expected: Outcome) -> None:
    # `about 14 US cents`: the accepted `14 cents` is in US cents too, never euro cents.
    quote = "at least 1,800 som (about 14 US cents)"
    question = "About how much is the rate worth in US money?"
    accept = ("14 cents", "$0.14", "14 US cents")
    assert graded("money", "about 14 US cents", question, quote, typed, accept=accept) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("battery hall, new paint shop, conversion of the second assembly line", C),
        ("battery hall, new paint shop, conversion of the first assembly line", X),
        ("battery hall, new paint shop, converting the third line", X),
    ],
)
def test_an_item_with_another_ordinal(typed: str, expected: Outcome) -> None:
    quote = "The plan includes a battery hall, a new paint shop and conversion of the second assembly line."
    key = ("a battery hall", "a new paint shop", "conversion of the second assembly line")
    assert graded("list", key, "Name the three works.", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("120 to 150", C),
        ("120-150", C),
        ("between 120 and 150 students", C),
        ("120 to 150 students a year", C),
        ("a hundred and twenty to a hundred and fifty", C),
        ("120", X),
        ("120 to 160", X),
        ("120 or 150", X),
        ("120 to 150 teachers", X),
        ("120 to 150 students a month", X),
    ],
)
def test_a_count_given_as_a_range(typed: str, expected: Outcome) -> None:
    quote = "The centre will train between 120 and 150 students a year."
    key = "between 120 and 150"
    assert graded("number", key, "How many students a year?", quote, typed) is expected
