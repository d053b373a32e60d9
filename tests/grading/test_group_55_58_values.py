"""False accepts on numbers, money and durations the fifty-fifth to fifty-eighth groups'
runs showed, fixed in general; with invented examples: the opposite of the word the
question or quote says, a rate per a thing the article counts nothing per, one end of a
range said with `or`, a delay for a limit, a share of another whole, a qualifier the
article states the other way round."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("64 percent", C),
        ("64% sold", C),
        ("about 64 percent was sold", C),
        ("64 percent unsold", X),
        ("64% went unsold", X),
        ("64 percent not sold", X),  # by a word before it
        ("64% never sold", X),
        ("64 percent, not 36", C),
    ],
)
def test_a_word_turned_over_by_its_prefix(typed: str, expected: Outcome) -> None:
    quote = "about 64 percent was sold"
    paragraph = f"Of the 3.1 million kilograms of wool offered at the Arvel fair, {quote}."
    question = "About what share of the wool offered was sold?"
    outcome = graded("number", "about 64 percent", question, quote, typed, article=(paragraph,))
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("three days", C),
        ("three days later", C),
        ("3 days late", C),
        ("three days early", X),
        ("three days earlier", X),
    ],
)
def test_the_base_of_a_comparative_turned_over(typed: str, expected: Outcome) -> None:
    quote = "opened its new ferry quay on Friday, three days later than planned"
    question = "How much later than planned did the ferry quay open?"
    outcome = graded("duration", "three days", question, quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("37 cents", C),
        ("$0.37", C),
        ("37 cents lower", C),
        ("37 cents less", C),
        ("37 cents higher", X),
        ("$0.37 more", X),
        ("37 cents above", X),
    ],
)
def test_money_compared_the_other_way(typed: str, expected: Outcome) -> None:
    quote = "Last year's auction opened at $2.15 a kilogram."
    paragraph = f"Wool sold at an average of $1.78 a kilogram on Monday. {quote}"
    question = (
        "By how much per kilogram was Monday's average below the price at which "
        "last year's auction opened?"
    )
    outcome = graded("money", "37 cents", question, quote, typed, article=(paragraph,))
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("840", C),
        ("840 cars", C),
        ("840 cars in total", C),
        ("840 cars per site", X),
        ("840 per car park", X),
    ],
)
def test_a_rate_per_a_thing_the_article_counts_nothing_per(typed: str, expected: Outcome) -> None:
    quote = "holding 840 cars in total"
    paragraph = f"The plan adds four park-and-ride sites at the edge of Velmar, {quote}."
    question = "How many cars will the park-and-ride sites hold in total?"
    outcome = graded("number", "840", question, quote, typed, article=(paragraph,))
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("420", C), ("420 per kilogram", C), ("420 rupees per kg", C), ("420 per bale", X)],
)
def test_a_rate_the_quote_gives_with_a(typed: str, expected: Outcome) -> None:
    quote = "the lot sold for 420 rupees a kilogram"
    question = "What price did the record lot fetch?"
    outcome = graded("number", "420", question, quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("four or five weeks", C),
        ("4 to 5 weeks", C),
        ("four to five weeks", C),
        ("five weeks", X),
        ("four weeks", X),
        ("three or five weeks", X),
    ],
)
def test_one_end_of_a_range_said_with_or(typed: str, expected: Outcome) -> None:
    quote = "This year I will wait four or five weeks and see"
    question = "How long did the grower say she would wait before selling?"
    outcome = graded(
        "duration",
        "four or five weeks",
        question,
        quote,
        typed,
        accept=("4 to 5 weeks", "four to five weeks"),
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15 days", C),
        ("fifteen days", C),
        ("within 15 days", C),
        ("up to 15 days", C),
        ("after 15 days", X),
    ],
)
def test_a_time_given_to_act_is_a_limit(typed: str, expected: Outcome) -> None:
    quote = "Under the rules, the ombudsman has 15 days to decide"
    question = "Under the rules, how long does the ombudsman have to decide on the appeal?"
    outcome = graded("duration", "15 days", question, quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("30 percent", C),
        ("30% of the cost", C),
        ("30 percent of the original cost", C),
        ("about 30% of the total", C),
        ("30 percent of GDP", X),
        ("30 percent of gross domestic product", X),
    ],
)
def test_a_share_of_another_whole(typed: str, expected: Outcome) -> None:
    quote = "of which the province was to pay around 30 percent and lenders the rest"
    article = (
        f"Its total cost was put at 9 billion crowns, {quote}.",
        "The extra spending would not push the deficit beyond 3.1 percent of gross "
        "domestic product.",
    )
    question = "What share of the original cost was the province to pay?"
    outcome = graded("number", "around 30 percent", question, quote, typed, article=article)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("€94 million", C),
        ("94 million euros", C),
        ("€94 million excluding VAT", C),
        ("€94 million before VAT", C),
        ("€94 million including VAT", X),
    ],
)
def test_a_qualifier_the_article_states_the_other_way(typed: str, expected: Outcome) -> None:
    quote = "on Monday awarded a €94 million contract"
    article = (
        f"The city of Dravik {quote} for its new bus depot.",
        "The losing bidder offered €101 million. All figures exclude VAT.",
    )
    question = "What was the value of the contract Dravik awarded for the depot, in euros?"
    outcome = graded("money", "€94 million", question, quote, typed, article=article)
    assert outcome is expected
