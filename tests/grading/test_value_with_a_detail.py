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
