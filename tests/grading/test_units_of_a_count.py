"""A number's unit is part of it: a count answered in a unit of time the question does
not ask for is another fact, and a figure the article gives in two units is its figure
in either, not a rounding of the other."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        ("How old is the goalkeeper?", "41", C),
        ("How old is the goalkeeper?", "41 years", C),
        ("How old is the goalkeeper?", "41 years old", C),
        ("How old is the goalkeeper?", "forty-one", C),
        ("How old is the goalkeeper?", "41 months", X),  # a toddler, not the keeper
        ("How old is the goalkeeper?", "41 weeks", X),
        ("At what age did she retire?", "41 days", X),
        ("How many goals did he score?", "41", C),
        ("How many minutes did the delay last?", "41 minutes", C),
    ],
)
def test_a_count_in_another_unit_of_time(question: str, typed: str, expected: Outcome) -> None:
    assert grade(make_question("number", "41", question=question), typed).outcome is expected


PARAGRAPH = "The bridge is 230 metres (755 feet) long and took four years to build."
QUOTE = "230 metres (755 feet)"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("230 metres", C),
        ("755 feet", C),
        ("0.23 km", C),  # a conversion the article does not write: exact enough
        ("about 225 metres", X),  # within 3% of 755 feet, but the article says 230 m
        ("about 200 metres", X),
        ("760 feet", X),  # the article gives the figure in feet: 755
    ],
)
def test_a_figure_the_article_gives_in_both_units(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "755 feet",
        accept=("230 metres",),
        citations=(cite(QUOTE, PARAGRAPH),),
        question="How long is the bridge?",
    )
    assert grade(question, typed).outcome is expected
