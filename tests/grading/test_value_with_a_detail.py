"""A value answered with a detail of the article's after it (`412 crews, up 18%`): the
value is right, and the detail's figures are ones the cited paragraph states. Invented
examples, written before the rule."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

REGATTA = (
    "A record 412 crews entered the Lough Dara regatta, up 18 percent on last year's 349, "
    "organisers said.",
    "The regatta's budget was €14.6 million, about 18% over the estimate of €12.4 million.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("412", C),
        ("412 crews, up 18%", C),
        ("412, up from 349", C),
        ("412 (18 percent more than last year)", C),
        ("412, up 81%", X),  # a figure the article does not state
        ("412, down 18%", X),  # the article's change turned around
        ("412, or maybe 349", X),
        ("349, up 18%", X),
        ("412, 349", X),  # two figures, no detail
    ],
)
def test_a_count_with_the_articles_change(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "412",
        question="How many crews entered the Lough Dara regatta?",
        citations=(cite("A record 412 crews entered", REGATTA[0]),),
        article=REGATTA,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("€14.6 million", C),
        ("€14.6 million, 18% more than estimated", C),
        ("€14.6m, against an estimate of €12.4m", C),
        ("€14.6 million, 25% more than estimated", X),
        ("€12.4 million, about 18% under the final cost", X),
    ],
)
def test_an_amount_with_the_articles_comparison(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "€14.6 million",
        question="What was the regatta's budget?",
        citations=(cite("The regatta's budget was €14.6 million", REGATTA[1]),),
        article=REGATTA,
    )
    assert grade(question, typed).outcome is expected


FLEET = ("About 41 percent of the island's boats were built before 1995, the survey found.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("41 percent", C), ("41 percent, before 1995", C), ("41 percent, after 1995", X)],
)
def test_a_year_in_the_detail_keeps_its_side(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "41 percent",
        question="What share of the island's boats were built before 1995?",
        citations=(cite("About 41 percent of the island's boats", FLEET[0]),),
        article=FLEET,
    )
    assert grade(question, typed).outcome is expected


LOANS = (
    "Auditors allege that between 2015 and 2021 the bank lent ₹96 crore to 17 firms linked "
    "to one developer, often without collateral.",
    "The auditor, who heads a team of five, said they interviewed 38 people over five months "
    "and read 9,000 files. Rates rose from 7 to 9 percent.",
)


# The quotes the questions cite: longer than any answer, as an author often cites them.
QUOTES = {
    "₹96 crore": "the bank lent ₹96 crore to 17 firms linked to one developer",
    "38": "they interviewed 38 people over five months and read 9,000 files",
}


@pytest.mark.parametrize(
    ("kind", "key", "asked", "typed", "expected"),
    [
        ("money", "₹96 crore", "How much did the bank lend to firms linked to one developer?",
         "₹96 crore to 17 firms", C),
        ("money", "₹96 crore", "How much did the bank lend to firms linked to one developer?",
         "₹96 crore to 71 firms", X),  # not the article's words
        ("money", "₹96 crore", "How much did the bank lend to firms linked to one developer?",
         "₹96 crore to 17 banks", X),
        ("number", "38", "How many people did the auditors interview?",
         "38 people over five months", C),
        ("number", "38", "How many people did the auditors interview?",
         "38 people over six months", X),
        ("money", "₹96 crore", "How much did the bank lend to firms linked to one developer?",
         "₹96 crore to 17 firms in 2016", X),
    ],
)  # fmt: skip
def test_a_detail_written_as_the_article_writes_it(
    kind: str, key: str, asked: str, typed: str, expected: Outcome
) -> None:
    """Without a comma, a detail is taken only word for word as the cited paragraph writes
    it straight after the value."""
    question = make_question(
        kind,
        key,
        question=asked,
        citations=(cite(QUOTES[key], next(p for p in LOANS if QUOTES[key] in p)),),
        article=LOANS,
    )
    assert grade(question, typed).outcome is expected
