"""A short answer placed somewhere the article never names (`Quillan Park in Brackwell`)
gives a place the article does not: wrong, where a place it names, a known place, or a
phrase of another sense (`in charge of`) is no such place. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
_ARTICLE = (
    "The league final was played at Quillan Park in Marrow on Sunday.",
    "Supporters travelled from Lissan and Droom for the match.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Quillan Park", C),
        ("Quillan Park in Marrow", C),
        ("the Quillan Park ground", C),
        ("Quillan Park in Brackwell", X),
        ("Quillan Park at Quenby", X),
    ],
)
def test_a_place_the_article_never_names(typed: str, expected: Outcome) -> None:
    assert (
        graded(
            "text",
            "Quillan Park",
            "At which ground was the league final played?",
            "played at Quillan Park in Marrow",
            typed,
            article=_ARTICLE,
        )
        is expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("the deputy minister in charge of fisheries", C), ("deputy minister", C)],
)
def test_a_phrase_of_another_sense_is_no_place(typed: str, expected: Outcome) -> None:
    quote = "Ana Veld, the deputy minister in charge of fisheries, opened the harbour"
    assert graded("text", "deputy minister", "What post does Ana Veld hold?", quote, typed) is (
        expected
    )
