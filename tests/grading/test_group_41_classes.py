"""False accepts the forty-first group's first run showed, fixed in general; each with
invented examples: a group of people the question names (`How many of its families…?`), a
share `to each` after an amount in a currency named by a word, and `below` a level after
its unit where the question asks how far above."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"), [("about 90", C), ("90 families", C), ("90 people", X)]
)
def test_the_group_the_question_names(typed: str, expected: Outcome) -> None:
    quote = "the headman said about 90 of its 130 families live from rice"
    question = "About how many of the village's families live from rice?"
    assert graded("number", "about 90", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("60 billion kip", C), ("60 billion kip to each family", X)],
)
def test_each_after_an_amount_in_kip(typed: str, expected: Outcome) -> None:
    quote = "it said it had paid 60 billion kip to 400 families"
    question = "How much, in kip, did the company pay to families moved by the dam?"
    assert graded("money", "60 billion kip", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("215 metres", C), ("215 metres above sea level", C), ("215 metres below sea level", X)],
)
def test_below_a_level_after_its_unit(typed: str, expected: Outcome) -> None:
    quote = "the lake's operating level of 215 metres above sea level"
    question = "At how many metres above sea level is the lake's operating level?"
    assert graded("number", "215 metres", question, quote, typed) is expected
