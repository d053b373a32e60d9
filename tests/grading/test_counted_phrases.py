"""What a count counts, as the question and the article write it: a phrase of four words
(`short-term rental licences`) keeps its head noun, so `10,480 licences` counts it; and an
`or` the question itself writes (`partial or full recounts`) offers no second answer."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("7,215", C),
        ("7,215 licences", C),
        ("7,215 short-term rental licences", C),
        ("7,215 hotel licences", X),
        ("7,512 licences", X),
    ],
)
def test_a_long_counted_phrase_keeps_its_noun(typed: str, expected: Outcome) -> None:
    quote = "The city recorded 7,215 short-term rental licences at the end of May."
    asked = "How many short-term rental licences did the city record at the end of May?"
    assert graded("number", "7,215", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9 partial or full recounts", C),
        ("nine recounts", C),
        ("9 or 10 recounts", X),
        ("9 partial or 3 full recounts", X),
    ],
)
def test_the_questions_own_or(typed: str, expected: Outcome) -> None:
    quote = "The tribunal said it had ordered nine partial or full recounts since 2019."
    asked = "How many partial or full recounts had the tribunal ordered since 2019?"
    assert graded("number", "9", asked, quote, typed) is expected
