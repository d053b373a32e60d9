"""Classes the authors of the forty-second group's packs found with `check` on their own
reject entries, before any answer was labelled; each with invented examples: a time of day
by its a.m. or p.m., a month typed beside a figure the article gives for another month, and
a compass word after a list item that makes it the article's other place."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10 p.m. to 5 a.m.", C),
        ("from 10pm to 5am", C),
        ("10 a.m. to 5 p.m.", X),
        ("5 p.m. to 10 a.m.", X),
    ],
)
def test_a_time_of_day_by_its_half(typed: str, expected: Outcome) -> None:
    quote = "a curfew from 10 p.m. to 5 a.m. was imposed"
    outcome = graded(
        "text", "10 p.m. to 5 a.m.", "Between which hours did the curfew run?", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9,500 NTU", C), ("9,500 NTU in May", C), ("9,500 NTU in June", X)],
)
def test_a_month_typed_beside_a_figure(typed: str, expected: Outcome) -> None:
    quote = "turbidity in the river reached 9,500 NTU in May"
    question = "What turbidity did the river reach in May?"
    assert graded("number", "9,500 NTU", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Upper, Volta and Central", C), ("Upper East, Volta and Central", X)],
)
def test_a_compass_word_after_an_item_names_the_article_s_other_place(
    typed: str, expected: Outcome
) -> None:
    article = (
        "The fund will be spent in the Upper, Volta and Central regions.",
        "Purchases from the Upper East region were suspended.",
    )
    quote = "spent in the Upper, Volta and Central regions"
    outcome = graded(
        "list",
        ("Upper", "Volta", "Central"),
        "In which three regions will the fund be spent?",
        quote,
        typed,
        article=article,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("75 minutes", C), ("an hour and a quarter", C), ("an hour", X), ("an hour and a half", X)],
)
def test_an_hour_and_a_quarter(typed: str, expected: Outcome) -> None:
    quote = "The start was delayed by 75 minutes after rain"
    question = "How long was the start delayed?"
    outcome = graded(
        "duration", "75 minutes", question, quote, typed, accept=("an hour and a quarter",)
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("64 percent", C),
        ("64 percent lower", X),
        ("64 percent higher", X),
    ],
)
def test_a_level_is_no_change(typed: str, expected: Outcome) -> None:
    quote = "hotels in the town were 64 percent full on average in March"
    question = "What was the average hotel occupancy in the town in March?"
    assert graded("number", "64 percent", question, quote, typed) is expected
