"""A place answered with a point of the compass the article does not give it is placed
elsewhere; letters with a ring, umlaut or slash written out (`oe`, `aa`) are the same
name."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PARAGRAPH = (
    "The ferry sailed from Tromsø to Ålesund, on the west coast of Norway, and its crew were "
    "trained at the University of Northern Lapland."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ålesund", C),
        ("Aalesund", C),  # å written out
        ("Alesund", C),
        ("Ålesund on the west coast", C),
        ("Ålesund in western Norway", C),
        ("Ålesund in northern Norway", X),  # the article says west
        ("Ålesund on the east coast", X),
        ("Ålesund near the University of Northern Lapland", C),  # a name, not a direction
    ],
)
def test_a_direction_beside_a_place(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "Ålesund",
        question="Where did the ferry sail to?",
        citations=(cite("to Ålesund, on the west coast of Norway", PARAGRAPH),),
        article=(PARAGRAPH,),
    )
    assert grade(question, typed).outcome is expected


def test_an_o_with_a_slash_written_out() -> None:
    question = make_question("text", "Grønland", question="Which island?")
    assert grade(question, "Groenland").outcome is C
    assert grade(question, "Gronland").outcome is C
