"""Grader faults the two-hundred-and-seventy-first group's misses showed, fixed in general
after its first figure; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

WORKS = ("The stoppage began when Harrow Ditching Inc. sought protection from its creditors.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Harrow Ditching Inc.", C),
        ("Harrow Ditching Incorporated", C),
        ("Harrow Ditching", C),
        ("Harrow Paving Incorporated", X),
    ],
)
def test_incorporated_is_inc(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "Harrow Ditching Inc.",
        question="Which contractor's move to seek protection from its creditors stopped the work?",
        citations=(cite("Harrow Ditching Inc. sought protection", WORKS[0]),),
        article=WORKS,
    )
    assert grade(question, typed).outcome is expected


TRIAL = ("The new pill was compared with chemotherapy alone in a trial of 410 patients.",)


@pytest.mark.parametrize(
    ("typed", "expected"), [("chemotherapy", C), ("chemo", C), ("radiotherapy", X), ("b", X)]
)
def test_chemo_is_chemotherapy(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "chemotherapy",
        question="With what was the new pill compared in the trial?",
        choices=("chemotherapy", "radiotherapy", "a placebo"),
        citations=(cite("compared with chemotherapy alone", TRIAL[0]),),
        article=TRIAL,
    )
    assert grade(question, typed).outcome is expected


CALLS = ("It was 84 days since the two ministers last spoke by phone.",)


def test_a_rate_in_time_the_article_does_not_give_is_named_plainly() -> None:
    question = make_question(
        "number",
        "84",
        question="How many days had passed since the ministers last spoke?",
        citations=(cite("It was 84 days since", CALLS[0]),),
        article=CALLS,
    )
    verdict = grade(question, "84 an hour")
    assert verdict.outcome is X
    assert verdict.reason == "the article gives no figure an hour"


FLOOD = ("The flood destroyed 57 houses in Vell and damaged 12 schools.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("57 houses", C), ("57 homes", C), ("57 dwellings", C), ("57 schools", X), ("57 families", X)],
)
def test_homes_are_houses(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "57",
        question="How many houses did the flood destroy in Vell?",
        citations=(cite("destroyed 57 houses in Vell", FLOOD[0]),),
        article=FLOOD,
    )
    assert grade(question, typed).outcome is expected


FANS = ("The club hired 38 coaches to take supporters to the final.",)


@pytest.mark.parametrize(
    ("typed", "expected"), [("38 buses", C), ("38 coaches", C), ("38 trains", X)]
)
def test_buses_are_coaches(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "38",
        question="How many coaches did the club hire for the final?",
        citations=(cite("hired 38 coaches", FANS[0]),),
        article=FANS,
    )
    assert grade(question, typed).outcome is expected


CENSUS = ("The census counted 6,438,415 residents, down from 7,364,570 a decade earlier.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("six million four hundred thirty-eight thousand four hundred fifteen", C),
        ("six million four hundred and thirty-eight thousand four hundred and fifteen", C),
        ("six million four hundred thirty-eight thousand four hundred sixteen", X),
    ],
)
def test_a_long_figure_in_words_is_one_answer(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "6,438,415",
        question="How many residents did the census count?",
        citations=(cite("counted 6,438,415 residents", CENSUS[0]),),
        article=CENSUS,
    )
    assert grade(question, typed).outcome is expected


FROST = ("Temperatures fell to −7.5 °C near the village of Arlo on Sunday night.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("7.5 degrees below zero", C),
        ("seven point five degrees below zero", C),
        ("7.5 below zero", C),
        ("minus 7.5 degrees", C),
        ("7.5 degrees above zero", X),
        ("5.7 degrees below zero", X),
        ("7.5 degrees", X),
    ],
)
def test_degrees_below_zero_are_minus(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "−7.5 °C",
        question="To what temperature did it fall near Arlo?",
        citations=(cite("fell to −7.5 °C near the village of Arlo", FROST[0]),),
        article=FROST,
    )
    assert grade(question, typed).outcome is expected


REPAIR = (
    "The bridge will stay closed for at least six weeks while engineers replace the cables.",
    "Fewer than 40 crossings a day were made before it shut, and more than 1,200 residents "
    "signed a petition.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("at least six weeks", C),
        ("six weeks", C),  # the floor itself
        ("up to six weeks", X),  # a ceiling for the floor
        ("less than six weeks", X),
        ("four weeks", X),
    ],
)
def test_a_floor_typed_as_the_figure(typed: str, expected: Outcome) -> None:
    question = make_question(
        "duration",
        "at least six weeks",
        question="For how long will the bridge stay closed?",
        citations=(cite("stay closed for at least six weeks", REPAIR[0]),),
        article=REPAIR,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("fewer than 40", C), ("40", X)])
def test_a_ceiling_is_not_the_figure(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "fewer than 40",
        question="How many crossings a day were made before the bridge shut?",
        citations=(cite("Fewer than 40 crossings a day", REPAIR[1]),),
        article=REPAIR,
    )
    assert grade(question, typed).outcome is expected
