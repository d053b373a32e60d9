"""Classes of false accepts that held-out group 257 showed (after its first figure), each
with invented examples:

- a weekday typed beside a text answer that the cited quote gives another of (`heavy rain
  on the Wednesday` where it rained on the Tuesday);
- an amount given per a unit of measure that neither the key, its question, the cited
  paragraphs nor any price of the article is per (`K320 a kilogram` for a bag's price);
- claims: a direction the explanation denies (`up 12 percent, not down`) is no way it
  moved, so `false, it fell` and `false, it was unchanged` are wrong; two figures swapped
  about a limit (`2.7 kg against a minimum of 2.9 kg`);
- (a false reject) a length written as a stopwatch does (`1:47`, `2:21:58`), read as the
  key's when either of `m:ss` and `h:mm` is; the article's conversion after `or`
  (`NZ$180,000, or about US$104,000`) offers no second amount; an adverb of an interval
  (`semi-annually`, `half-hourly`, `every other year`) is that interval; a date key that
  is a year alone is read as that year (`in 2011`, `twenty eleven`).
"""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question, graded, graded_claim

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("heavy rain", C),
        ("heavy rain on the Tuesday", C),
        ("heavy rain on the Wednesday", X),
    ],
)
def test_a_weekday_the_quote_gives_another_of(typed: str, expected: Outcome) -> None:
    quote = "the shearing was put back because heavy rain on the Tuesday left the ewes wet"
    asked = "Why was the shearing put back?"
    assert graded("text", "heavy rain", asked, quote, typed) is expected


_MARKET = (
    "A bag of maize meal sells for about K320 in town.",
    "Copper fetched $9,600 a tonne last week.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("K320", C),
        ("K320 a bag", C),
        ("K320 a kilogram", X),  # the article prices nothing per kilogram
        ("K320 a tonne", C),  # it prices copper per tonne: a price per tonne may be its
    ],
)
def test_a_price_per_a_unit_of_measure(typed: str, expected: Outcome) -> None:
    asked = "About how much does a bag of maize meal sell for?"
    question = cited_question("money", "about K320", asked, "sells for about K320", *_MARKET)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("1 minute 47 seconds", "1:47", C),  # m:ss
        ("1 minute 47 seconds", "1:48", X),
        ("4 hours 21 minutes", "4:21", C),  # h:mm
        ("4 hours 21 minutes", "4:21 p.m.", X),  # a time of day
        ("2 hours 21 minutes 58 seconds", "2:21:58", C),
        ("2 hours 21 minutes 58 seconds", "2:21:59", X),
        ("54.37 seconds", "0:54.37", C),
    ],
)
def test_a_length_written_as_a_stopwatch_does(key: str, typed: str, expected: Outcome) -> None:
    quote = f"She finished in {key}."
    assert graded("duration", key, "How long did she take?", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("NZ$180,000, or about US$104,000", C),  # the article's own conversion, after `or`
        ("NZ$180,000 or US$104,000", C),
        ("NZ$180,000 or NZ$104,000", X),  # two amounts offered
        ("NZ$180,000 or US$105,000", X),  # not the article's conversion
    ],
)
def test_the_articles_conversion_after_or(typed: str, expected: Outcome) -> None:
    quote = "Total prize money was NZ$180,000, or about US$104,000."
    asked = "What was the total prize money?"
    assert graded("money", "NZ$180,000", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it rose", C),
        ("false, it went up 12 percent", C),
        ("false, it fell", X),  # the claim's own direction, which the explanation denies
        ("false, it was unchanged", X),
    ],
)
def test_a_direction_the_explanation_denies(typed: str, expected: Outcome) -> None:
    claim = "True or false: the price of wool was down 12 percent on a year earlier."
    explain = "The price was up 12 percent on a year earlier, not down."
    quote = "up 12 percent on a year earlier"
    assert graded_claim(claim, quote, typed, explain=explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true, 2.9 kg against a minimum of 2.7 kg", C),
        ("true, 2.7 kg against a minimum of 2.9 kg", X),  # the two figures swapped
        ("true, they averaged 2.9 kg", C),
    ],
)
def test_figures_swapped_about_a_limit(typed: str, expected: Outcome) -> None:
    claim = "True or false: the fleeces averaged more than the minimum weight."
    quote = "the fleeces averaged 2.9 kilograms, above the minimum of 2.7 kg"
    assert graded_claim(claim, quote, typed, key="true") is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("every six months", "semi-annually", C),  # an adverb of the interval
        ("every six months", "half-yearly", C),
        ("every six months", "fortnightly", X),
        ("every 30 minutes", "half-hourly", C),
        ("every 15 minutes", "quarter-hourly", C),
        ("every two years", "biennially", C),
        ("every two years", "every other year", C),
        ("every two years", "every other month", X),
        ("every three years", "triennially", C),
        ("every two weeks", "fortnightly", C),
    ],
)
def test_an_adverb_of_the_interval(key: str, typed: str, expected: Outcome) -> None:
    quote = f"The sites are surveyed {key}."
    assert graded("duration", key, "How often are the sites surveyed?", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2011", C),
        ("in 2011", C),  # a year alone, as a date question's key
        ("twenty eleven", C),
        ("founded 2011", C),
        ("2012", X),
        ("in 2012", X),
        ("the 2010s", X),
    ],
)
def test_a_year_alone(typed: str, expected: Outcome) -> None:
    quote = "The club was founded in 2011 by teachers."
    assert graded("date", "2011", "In which year was the club founded?", quote, typed) is expected
