"""Failure classes first seen on the fourteenth held-out group, with our own examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("three to five weeks", C),
        ("3-5 weeks", C),
        ("between three and five weeks", C),
        ("five weeks", X),
        ("four to five weeks", X),
    ],
)
def test_a_range_of_time_has_two_ends(typed: str, expected: Outcome) -> None:
    question = make_question(
        "duration", "three to five weeks", accept=("3-5 weeks",),
        question="How long will he be out?",
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


def test_a_single_length_is_no_range() -> None:
    question = make_question("duration", "five weeks", question="How long will he be out?")
    assert grade(question, "five weeks").outcome is C
    assert grade(question, "three to five weeks").outcome is X


def test_a_choice_of_names_one_of_them_a_citys() -> None:
    question = make_question(
        "choice", "Rui Matos", choices=("Rui Matos", "Florence Achieng", "Pedro Alves")
    )
    assert grade(question, "Rui").outcome is X
    assert grade(question, "Matos").outcome is C


_TARIFF = "The tariff will rise from 188.4 cents per kilowatt-hour (c/kWh) to 201 c/kWh."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("188.4 cents per kilowatt-hour", C),
        ("188.4 c/kWh", C),
        ("188.4 cents", C),
        ("188.4 cents per watt-hour", X),
        ("188.4 cents per megawatt-hour", X),
    ],
)
def test_what_a_figure_is_counted_per(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number", "188.4 cents per kilowatt-hour", accept=("188.4 c/kWh", "188.4 cents"),
        citations=(cite("188.4 cents per kilowatt-hour", _TARIFF),), article=(_TARIFF,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


_COURT = (
    "Chief Judge Ruth Alder wrote the majority opinion.",
    "In 2021, US District Judge Owen Pike ruled for the state.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Judge Pike", C), ("District Judge Owen Pike", C), ("Chief Judge Pike", X)],
)
def test_another_persons_post(typed: str, expected: Outcome) -> None:
    question = make_question("person", "Owen Pike", article=_COURT)
    assert grade(question, typed).outcome is expected


def test_a_total_is_not_each_ones_share() -> None:
    line = "The two towns have spent more than $4 million on lawyers between them."
    question = make_question(
        "money", "$4 million", question="How much have the towns spent on lawyers?",
        citations=(cite(line, line),), article=(line,),
    )  # fmt: skip
    assert grade(question, "$4 million").outcome is C
    assert grade(question, "$4 million each").outcome is X
