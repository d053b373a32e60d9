"""False accepts the forty-seventh and forty-eighth groups' first runs showed (and one the
fortieth kept), fixed in general; with invented examples: a figure typed with a noun the
article counts something else by, where the question says what it counts."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "The inquiry's 64-page report made 11 recommendations to the harbour board.",
    "It took evidence from 23 countries over nine months.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("11", C), ("11 recommendations", C), ("eleven", C), ("11 pages", X), ("11 months", X)],
)
def test_another_thing_the_article_counts(typed: str, expected: Outcome) -> None:
    quote = "The inquiry's 64-page report made 11 recommendations"
    question = "How many recommendations did the report make?"
    outcome = graded("number", "11", question, quote, typed, article=ARTICLE)
    assert outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("23 nations", C), ("23 countries", C)])
def test_a_synonym_of_what_is_counted(typed: str, expected: Outcome) -> None:
    quote = "It took evidence from 23 countries"
    question = "From how many countries did the inquiry take evidence?"
    outcome = graded("number", "23", question, quote, typed, article=ARTICLE)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("22", C), ("22 ambulances", C), ("22 buses", X)],
)
def test_another_thing_the_quote_names(typed: str, expected: Outcome) -> None:
    quote = "The county sent 22 ambulances and a converted bus."
    question = "How many ambulances did the county send?"
    outcome = graded("number", "22", question, quote, typed, article=(quote,))
    assert outcome is expected


def test_a_bound_written_after_the_figure_counts_nothing() -> None:
    # `or` is no noun, though `support` holds it.
    quote = "A charge needed the support of at least 24 delegations to succeed."
    question = "How many delegations had to support a charge?"
    outcome = graded("number", "at least 24", question, quote, "24 or more", article=(quote,))
    assert outcome is C
