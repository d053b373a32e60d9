"""A word that makes a figure another fact (a suspended sentence, the seriously injured, a
net sum), typed where the key, its question and quotes never say it, is wrong."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

SENTENCE = "The court sentenced the site manager to three years in prison."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("three years", C), ("3 years in prison", C), ("three years suspended", X)],
)
def test_a_suspended_sentence_is_another_sentence(typed: str, expected: Outcome) -> None:
    question = "To how long in prison was the site manager sentenced?"
    assert graded("duration", "three years", question, SENTENCE, typed) is expected


HURT = "Eleven people were injured when the bridge gave way on Sunday."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("11", C), ("eleven injured", C), ("11, none seriously", C), ("11 seriously injured", X)],
)
def test_the_seriously_injured_are_another_count(typed: str, expected: Outcome) -> None:
    question = "How many people were injured?"
    assert graded("number", "11", question, HURT, typed) is expected


BAND = "Hail fell along a band about 42 km long and up to 5 km wide."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("42 km", C), ("42 km long", C), ("about 26 miles long", C), ("42 km wide", X)],
)
def test_a_measure_given_another_dimension_is_the_other_measure(
    typed: str, expected: Outcome
) -> None:
    question = "About how long was the band along which the hail fell?"
    assert graded("number", "about 42 km", question, BAND, typed) is expected
