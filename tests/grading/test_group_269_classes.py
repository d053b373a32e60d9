"""Grader faults the two-hundred-and-sixty-ninth group's misses showed, fixed in general
after its first figure; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

FERRY = (
    "The morning ferry to Ardmore sailed 40 minutes late because a mooring rope had "
    "fouled the propeller, the harbour master said.",
    "Passengers were offered free tea and coffee while divers cut the rope away.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, a rope fouled the propeller", C),
        ("false, a mooring rope got caught in the propeller", C),
        ("false, divers had to cut a rope away", C),  # the article's words, if elsewhere
        ("false, a storm held it up", X),  # a cause the article never gives
        ("false, the crew went on strike", X),
    ],
)
def test_a_correction_of_a_cause_gives_the_articles_cause(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: the morning ferry sailed late because of fog in the sound.",
        citations=(cite("because a mooring rope had fouled the propeller", FERRY[0]),),
        article=FERRY,
        explain="A mooring rope had fouled the propeller.",
    )
    assert grade(question, typed).outcome is expected


DUE = ("The trust said no patient due to have surgery before May would have it postponed.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false - their operations go ahead as planned", C),  # `due to`: no cause claimed
    ],
)
def test_due_to_of_a_time_is_no_cause(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: patients due to have surgery before May will have it postponed.",
        citations=(cite("no patient due to have surgery before May", DUE[0]),),
        article=DUE,
    )
    assert grade(question, typed).outcome is expected


DOCKS = ("Street teams collected 52 bikes left outside docking stations in March.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("52", C), ("52 bikes", C), ("52 bicycles", C), ("52 cars", X), ("25 bicycles", X)],
)
def test_bikes_are_bicycles(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "52",
        question="How many bikes did street teams collect in March?",
        citations=(cite("collected 52 bikes", DOCKS[0]),),
        article=DOCKS,
    )
    assert grade(question, typed).outcome is expected


GRADES = ("grade 3", "grade 2", "grade 1", "the premier list")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("grade 2", C), ("2", C), ("b", C), ("3", X), ("1", X), ("the premier list", X)],
)
def test_a_figure_picks_a_choice_beside_a_choice_with_none(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "grade 2",
        question="To which grade will the festival apply to move up next year?",
        choices=GRADES,
    )
    assert grade(question, typed).outcome is expected


VENUES = (
    "the Old Mill Theatre in Kilbride",
    "the Town Hall in Ardmore",
    "St Mary's School in Dunlow",
    "the council offices",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the Old Mill Theatre in Kilbride", C),
        ("Kilbride", C),  # the place only this choice names
        ("in Kilbride", C),
        ("Ardmore", X),
        ("Dunlow", X),
    ],
)
def test_a_choice_picked_by_the_place_it_ends_with(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        VENUES[0],
        question="Where was the public meeting held?",
        choices=VENUES,
    )
    assert grade(question, typed).outcome is expected


VERDICTS = ("unanimously", "by three votes to two", "by four votes to one", "by two votes to one")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3-2", C), ("three to two", C), ("2-3", X), ("two votes to three", X), ("4-1", X)],
)
def test_a_vote_typed_the_other_way_round_picks_no_choice(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        VERDICTS[1],
        question="By what margin did the panel uphold the appeal?",
        choices=VERDICTS,
    )
    assert grade(question, typed).outcome is expected


COURT = ("Mr Daly pleaded guilty to 12 charges of theft and was cleared of 3 others.",)
FERRIES = ("The operator cancelled 40 sailings between Rosslare and Pembroke in June.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("12", C), ("12 charges", C), ("12 counts", C), ("12 convictions", X), ("3 counts", X)],
)
def test_counts_of_a_charge_are_charges(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "12",
        question="To how many charges did Mr Daly plead guilty?",
        citations=(cite("pleaded guilty to 12 charges", COURT[0]),),
        article=COURT,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("40", C), ("40 sailings", C), ("40 crossings", C), ("40 voyages", C), ("40 flights", X)],
)
def test_sailings_are_crossings(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "40",
        question="How many sailings did the operator cancel in June?",
        citations=(cite("cancelled 40 sailings", FERRIES[0]),),
        article=FERRIES,
    )
    assert grade(question, typed).outcome is expected
