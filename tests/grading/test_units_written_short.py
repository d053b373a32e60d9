"""A measure typed in another unit written short or read otherwise, and a count of
another kind of thing, with invented examples: `12 in` is twelve inches, `15 pounds` of a
weight is a weight, not money, and `46 doctors` counts no nurses."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

NETS = ("Fishers may keep no trout shorter than 30 centimetres, the new rules say.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("30 cm", C), ("30 centimetres", C), ("30", C), ("30 in", X), ("30 inches", X)],
)
def test_in_after_the_figure_is_the_inch(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "30 centimetres",
        "Below what length may fishers not keep a trout?",
        "no trout shorter than 30 centimetres",
        *NETS,
    )
    assert grade(question, typed).outcome is expected


SACKS = ("Each sack of maize flour handed out at the depot held 25 kilograms.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("25 kilograms", C), ("25 kg", C), ("25 pounds", X), ("25 lb", X), ("10 kilograms", X)],
)
def test_pounds_of_a_choice_in_kilograms_are_a_weight(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "choice",
        "25 kilograms",
        "How much flour did each sack hold?",
        "held 25 kilograms",
        *SACKS,
        choices=("10 kilograms", "25 kilograms", "50 kilograms"),
    )
    assert grade(question, typed).outcome is expected


WARD = (
    "The hospital has recruited 46 nurses from abroad this year, and 12 doctors.",
    "Its new charter runs to 148 pages.",
)


@pytest.mark.parametrize(
    ("typed", "expected", "asked", "key", "quote"),
    [
        ("46 nurses", C, "How many nurses did the hospital recruit abroad?", "46", "46 nurses"),
        ("46 doctors", X, "How many nurses did the hospital recruit abroad?", "46", "46 nurses"),
        ("46 physicians", X, "How many nurses did the hospital recruit abroad?", "46", "46 nurses"),
        ("148 pages", C, "How many pages long is the charter?", "148", "148 pages"),
        ("148 articles", X, "How many pages long is the charter?", "148", "148 pages"),
        ("148 words", X, "How many pages long is the charter?", "148", "148 pages"),
    ],
)
def test_a_count_of_another_kind_of_person_or_part(
    typed: str, expected: Outcome, asked: str, key: str, quote: str
) -> None:
    question = cited_question("number", key, asked, quote, *WARD, accept=(f"{quote}",))
    assert grade(question, typed).outcome is expected
