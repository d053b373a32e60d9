"""A choice typed only in words another choice has too names neither (`above it` where
the choices are one day and 19 days above it), unless its figure tells them apart; and a
price for each thing typed `for the lot` is a total; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

WAITS = ("one day below it", "exactly at it", "one day above it", "23 days above it")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("one day above it", C),
        ("1 day above", C),
        ("above it", X),  # so are 23 days
        ("above", X),
        ("23 days above it", X),
        ("c", C),
    ],
)
def test_words_two_choices_share(typed: str, expected: Outcome) -> None:
    question = make_question("choice", "one day above it", choices=WAITS)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Category 2", C),
        ("category two", C),
        ("Category II", C),
        ("category", X),
    ],
)
def test_a_figure_tells_choices_of_the_same_words_apart(typed: str, expected: Outcome) -> None:
    choices = ("Category I", "Category II", "Category III")
    question = make_question("choice", "Category II", choices=choices)
    assert grade(question, typed).outcome is expected


LOOMS = ("The museum paid 40,000 euros for each of the three looms.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("40,000 euros", C),
        ("40,000 euros a loom", C),
        ("40,000 euros for the lot", X),  # each loom's price, not the three's
        ("40,000 euros for the whole lot", X),
    ],
)
def test_a_price_for_each_typed_for_the_lot(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "40,000 euros",
        question="How much did the museum pay for each loom?",
        citations=(cite("paid 40,000 euros for each of the three looms", LOOMS[0]),),
        article=LOOMS,
    )
    assert grade(question, typed).outcome is expected
