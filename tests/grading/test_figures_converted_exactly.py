"""A figure written another way that states the same fact: a rate per another unit of time
that holds a whole number of the key's (`3,480 litres per minute` for 58 litres per
second), a choice's figure in another unit of its kind or in words (`16,500 kg`, `sixteen
and a half tonnes` for 16.5 tonnes), a vote written out (`two to one` for 2-1), and an
amount `for each` of what the key gives it per."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

SPRING = ("The borehole normally delivers 40 litres per second of water at 58 degrees Celsius.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("40 litres per second", C),
        ("2,400 litres per minute", C),
        ("2,400 litres a minute", C),
        ("144,000 litres an hour", C),
        ("40 litres per minute", X),
        ("2,500 litres per minute", X),
        ("4,200 litres per minute", X),
    ],
)
def test_a_rate_per_another_unit_of_time(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "40 litres per second",
        question="How much water does the borehole normally deliver?",
        citations=(cite("normally delivers 40 litres per second", SPRING[0]),),
        article=SPRING,
    )
    assert grade(question, typed).outcome is expected


def test_units_that_hold_no_whole_number_of_each_other_are_not_converted() -> None:
    report = ("Each family receives 2,000 rupees a week while the mill is closed.",)
    question = make_question(
        "number",
        "2,000 a week",
        question="How many rupees does each family receive a week?",
        citations=(cite("2,000 rupees a week", report[0]),),
        article=report,
    )
    assert grade(question, "8,696 a month").outcome is X
    assert grade(question, "2,000 a week").outcome is C


ENGINE = ("The lightest engine, the 1902-built Tegid, weighs 18.5 tonnes with coal and water.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("18.5 tonnes", C),
        ("18,500 kg", C),
        ("18,500 kilograms", C),
        ("eighteen and a half tonnes", C),
        ("15,000 kg", X),
        ("18,500 lb", X),
        ("18.5 kg", X),
    ],
)
def test_a_choices_figure_in_another_unit_or_in_words(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "18.5 tonnes",
        question="How much does Tegid weigh with coal and water?",
        choices=("15 tonnes", "18.5 tonnes", "22 tonnes", "61 tonnes"),
        citations=(cite("weighs 18.5 tonnes with coal and water", ENGINE[0]),),
        article=ENGINE,
    )
    assert grade(question, typed).outcome is expected


VOTE = ("The three-member board approved the settlement 2-1 on Tuesday.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2-1", C),
        ("2 to 1", C),
        ("two to one", C),
        ("by 2 votes to 1", C),
        ("1 to 2", X),
        ("3 to 0", X),
        ("2 to 0", X),
        ("2-1 against", X),
    ],
)
def test_a_vote_written_out(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "2-1",
        question="By what margin did the board approve the settlement?",
        choices=("3-0", "2-1", "1-2", "2-0"),
        citations=(cite("approved the settlement 2-1", VOTE[0]),),
        article=VOTE,
    )
    assert grade(question, typed).outcome is expected


def test_hours_are_no_vote() -> None:
    report = ("In the lower town the supply is cut from 11 p.m. to 5 a.m.",)
    question = make_question(
        "choice",
        "11 p.m. to 5 a.m.",
        question="Between which hours is the supply cut in the lower town?",
        choices=("11 p.m. to 5 a.m.", "9 p.m. to 6 a.m.", "midnight to 6 a.m."),
        citations=(cite("from 11 p.m. to 5 a.m.", report[0]),),
        article=report,
    )
    assert grade(question, "11 pm to 5 am").outcome is C
    assert grade(question, "11 a.m. to 5 p.m.").outcome is X


FEES = ("The courier is paid Rs 95 per parcel under the contract.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rs 95 per parcel", C),
        ("Rs 95 for each parcel", C),
        # `each` alone is each of what the key gives it per, as labellers mark `€12 each`
        # of €12 a vial and `£250 each` of £250 a household
        ("Rs 95 each", C),
        ("Rs 95 for each van", X),
    ],
)
def test_an_amount_for_each_of_what_the_key_gives_it_per(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "Rs 95 per parcel",
        question="How much is the courier paid per parcel?",
        citations=(cite("Rs 95 per parcel", FEES[0]),),
        article=FEES,
    )
    assert grade(question, typed).outcome is expected


CROSSING = ("The new ferry will run on the 64-kilometre crossing to Inish Beg from June.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("64 km", C),
        ("39.8 miles", C),
        ("about 40 miles", X),
        ("roughly 40 miles", X),
        ("about 39.8 miles", C),
        ("about 64 km", C),
    ],
)
def test_a_conversion_rounded_on_purpose_is_not_the_articles_figure(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "number",
        "64 kilometres",
        question="How long is the crossing to Inish Beg?",
        citations=(cite("the 64-kilometre crossing", CROSSING[0]),),
        article=CROSSING,
    )
    assert grade(question, typed).outcome is expected
