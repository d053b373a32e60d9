"""A value answered with a detail after it, whose figure the article gives only of another
unit (`162 tonnes, up 14 percent` where the rise is 9.5 percent and 14 a count of tonnes),
is a detail of the typist's own: wrong. The article's own figures with their units stay
right."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
HERRING = (
    "The herring quota for the northern fjords rises from 3,200 tonnes to 3,450 tonnes, up "
    "7.8 percent, after the ministry carried over 250 tonnes left uncaught in the storm."
)
MILL = "The mill's new wheel is 6.5 metres across, and it turns 12 times a minute at 40 rpm."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3,450 tonnes, up 7.8 percent", C),
        ("3,450 tonnes, up 250 tonnes", C),
        ("3,450 tonnes, a rise of 7.8 percent", C),
        ("3,450 tonnes, up 250 percent", X),  # 250 is of tonnes, not a share
        ("3,450 tonnes, a rise of 12 percent", X),
        ("3,450 tonnes, up 8 percent", X),  # unhedged: another figure
    ],
)
def test_a_share_typed_beside_the_quota(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "3,450 tonnes",
        "What is the new herring quota for the northern fjords?",
        HERRING,
        HERRING,
    )
    assert grade(question, typed).outcome is expected


def test_a_length_typed_beside_a_count() -> None:
    question = cited_question(
        "number", "12 times a minute", "How often does the new wheel turn?", MILL, MILL
    )
    assert grade(question, "12 times a minute, on a wheel 6.5 metres across").outcome is C
    assert grade(question, "12 times a minute, on a wheel 12 metres across").outcome is X
