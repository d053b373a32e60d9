"""`4.8m` in a count of millions is 4.8 million, not 4.8 minutes: a letter that is both a
scale and a unit of time is the scale where the key counts no time."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PARAGRAPH = "The airport expects about 4.8 million travellers in its first full year."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("4.8m", C),
        ("4.8m travellers", C),
        ("4.8 million", C),
        ("4.2m", X),
        ("48m", X),
        ("4.8 minutes", X),
    ],
)
def test_a_scale_letter_after_a_count_of_millions(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "about 4.8 million",
        question="How many travellers does the airport expect in its first full year?",
        accept=("4.8 million",),
        citations=(cite("about 4.8 million travellers", PARAGRAPH),),
        article=(PARAGRAPH,),
    )
    assert grade(question, typed).outcome is expected


def test_minutes_stay_minutes_where_the_key_is_a_duration() -> None:
    paragraph = "The crossing takes 45 minutes."
    question = make_question(
        "duration",
        "45 minutes",
        question="How long does the crossing take?",
        citations=(cite("takes 45 minutes", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, "45m").outcome is C
