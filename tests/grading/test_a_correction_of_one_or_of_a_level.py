"""A claim's correction that counts `only one` where the article counts two, or rates a
thing at another level of a scale than the article's (`a high risk` where it says a
`moderate risk`), says something the article does not."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
DEAD = (
    "Six of the nine dead came from Tajara Baja, a farming hamlet, and two from neighbouring "
    "Tajara Alta, higher up the hillside."
)
SLOPE = (
    "An inspection on Tuesday, September 9, had rated the slope, which rises about 260 "
    'metres above the path, as a "moderate risk".'
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, two came from Tajara Alta", C),
        ("false, only two came from Tajara Alta", C),
        ("false, six came from Tajara Baja", C),
        ("false, only one came from Tajara Alta", X),
        ("false, just one came from Tajara Alta", X),
        ("false, only 1 came from Tajara Alta", X),
    ],
)
def test_only_one_is_a_count(typed: str, expected: Outcome) -> None:
    asked = "True or false: six of the nine dead came from Tajara Alta."
    quote = "Six of the nine dead came from Tajara Baja, a farming hamlet, and two from"
    question = cited_question("claim", "false", asked, quote, DEAD)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, it was rated a moderate risk", C),
        ("true, moderate risk", C),
        ("true, it was rated a high risk", X),
        ("true, a low risk", X),
        ("true, a severe risk", X),
    ],
)
def test_the_level_a_thing_is_rated(typed: str, expected: Outcome) -> None:
    asked = "True or false: an inspection in September had rated the slope a moderate risk."
    question = cited_question("claim", "true", asked, 'as a "moderate risk"', SLOPE)
    assert grade(question, typed).outcome is expected


def test_a_single_one_is_one() -> None:
    """`a single dose` states one: `only one dose each` is the article's count."""
    asked = "True or false: people in the campaign are each receiving two doses of vaccine."
    quote = "Each person is receiving a single dose rather than the usual two"
    question = cited_question("claim", "false", asked, quote, quote + ", officials said.")
    assert grade(question, "false, only one dose each").outcome is C
    assert grade(question, "false, only three doses").outcome is X
