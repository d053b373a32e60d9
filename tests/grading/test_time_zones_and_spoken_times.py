"""A time of day is given in a time zone, which is part of the fact (`21:15 GMT` is not
the `21:15 CET` asked for), and may be said in words or as a military time
(`quarter past nine in the evening`, `2115 hrs`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
_PARAGRAPH = "The ferry left Kiel at 21:15 CET (20:15 GMT) with 400 passengers aboard."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("21:15", C),
        ("21:15 CET", C),
        ("9:15 pm Central European Time", C),
        ("2115 hrs", C),
        ("quarter past nine in the evening", C),
        ("twenty-one fifteen", X),  # no hour of the twelve-hour clock: read as numbers
        ("21:15 GMT", X),
        ("21:15 UTC", X),
        ("quarter past nine in the morning", X),
        ("20:15", X),
    ],
)
def test_the_time_in_the_zone_asked_for(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "21:15",
        accept=("21:15 CET",),
        question="At what time, Central European Time, did the ferry leave?",
        citations=(cite("at 21:15 CET (20:15 GMT)", _PARAGRAPH),),
        article=(_PARAGRAPH,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("20:15 GMT", C), ("20:15 UTC", C), ("eight fifteen in the evening", C), ("20:15 CET", X)],
)
def test_greenwich_and_universal_time_are_one_zone(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "20:15",
        accept=("20:15 GMT",),
        question="At what time GMT did the ferry leave?",
        citations=(cite("at 21:15 CET (20:15 GMT)", _PARAGRAPH),),
        article=(_PARAGRAPH,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("ten to six", C), ("five fifty", C), ("5.50", C), ("ten past six", X), ("half past five", X)],
)
def test_a_time_said_before_the_hour(typed: str, expected: Outcome) -> None:
    question = make_question("text", "5:50", question="When did the alarm sound?")
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("23.30", C), ("23:30", C), ("23.3", X), ("22.30", X)]
)
def test_a_time_written_with_a_full_stop_is_no_decimal(typed: str, expected: Outcome) -> None:
    question = make_question("text", "23:30", question="When did the polls close?")
    assert grade(question, typed).outcome is expected


def test_twelve_thirty_elsewhere_is_still_two_numbers() -> None:
    question = make_question("text", "the twelve thirty-member teams", question="Who came?")
    assert grade(question, "the twelve thirty-member teams").outcome is C
