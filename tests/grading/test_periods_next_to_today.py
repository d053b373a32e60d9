"""A period typed next to today's (`last year`, `this season`, `next month`) that the
question places otherwise is another fact; a detail after a comma may name any period.
Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

CLUB = (
    "The rowing club took on 41 new members this season, against 29 last season, its "
    "secretary said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("41", C),
        ("41 this season", C),
        ("41 members in the current season", C),
        ("41 last season", X),  # the other figure's season
        ("41 previous season", X),
        ("41 next season", X),
        ("41, up from 29 last season", C),  # a detail after a comma
    ],
)
def test_a_count_in_another_season(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "41",
        "How many new members did the rowing club take on this season?",
        "took on 41 new members this season",
        *CLUB,
    )
    assert grade(question, typed).outcome is expected


FARES = ("Bus fares in Orvik rose 6.4 percent last year, the transport authority said.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("6.4%", C), ("6.4 percent last year", C), ("6.4 percent this year", X)],
)
def test_a_share_in_another_year(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "6.4 percent",
        "By how much did bus fares in Orvik rise last year?",
        "rose 6.4 percent last year",
        *FARES,
    )
    assert grade(question, typed).outcome is expected


def test_an_amount_in_another_year() -> None:
    question = cited_question(
        "money",
        "€2.1 million",
        "How much did the festival cost the town this year?",
        "cost the town €2.1 million this year",
        "The festival cost the town €2.1 million this year, up from €1.7 million.",
    )
    assert grade(question, "€2.1 million this year").correct
    assert not grade(question, "€2.1 million last year").correct
