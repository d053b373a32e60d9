"""A count typed with a noun of another set of things than the one asked (`96 villages`
for shops: land, not buildings) counts another thing, as a noun of the same set in
another class does (`96 farms`); unless the question names that thing too. Invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("96", C),
        ("96 shops", C),
        ("96 stores", C),
        ("96 farms", X),
        ("96 villages", X),
        ("96 appeals", X),
    ],
)
def test_a_noun_of_another_set(typed: str, expected: Outcome) -> None:
    quote = "The recalled plum jam was sold in 96 shops across the two counties."
    assert graded("number", "96", "In how many shops was the recalled jam sold?", quote, typed) is (
        expected
    )


@pytest.mark.parametrize(("typed", "expected"), [("38 schools", C), ("38 hospitals", X)])
def test_the_question_names_the_thing_past_its_first_words(typed: str, expected: Outcome) -> None:
    asked = "How many of the Ardmoor district's public primary schools were shut?"
    quote = "38 of the district's 41 public primary schools were shut on Monday."
    assert graded("number", "38", asked, quote, typed) is expected
