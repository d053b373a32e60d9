"""Values whose fact lies beside the figure: the key's year behind an accepted date written
without one, the unit of time an ordinal counts in, and a currency written as one letter
glued to the amount (`R11.8 million` is rand, not any currency)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Answer

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("October 9, 2021", C),
        ("9 October", C),
        ("Oct. 9", C),
        # The accepted `October 9` is the key's day of 2021, not of the publication year.
        ("October 9, 2022", X),
        ("9 October 2022", X),
        ("October 9, 2020", X),
    ],
)
def test_an_accepted_date_without_a_year_keeps_the_keys_year(typed: str, expected: Outcome) -> None:
    paragraph = "The survey ran from October 9 to November 30 last year, the council said."
    question = make_question(
        "date",
        "October 9, 2021",
        accept=("October 9", "9 October"),
        default_year=2022,
        citations=(cite("from October 9 to November 30 last year", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the fourth day", C),
        ("day four", C),
        ("4th day", C),
        ("fourth", C),
        ("the fourth week", X),
        ("week four", X),
        ("the 4th month", X),
        ("the fifth day", X),
    ],
)
def test_an_ordinal_counts_in_the_articles_unit_of_time(typed: str, expected: Outcome) -> None:
    paragraph = "The pump failed on the fourth day of the trial, engineers said."
    question = make_question(
        "number",
        "the fourth day",
        question="On which day of the trial did the pump fail?",
        accept=("4th day", "day four"),
        citations=(cite("on the fourth day of the trial", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


RAND: tuple[Answer, ...] = ("4.2 million rand", "R4.2m")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("R4.2 million", C),
        ("R4.2m", C),
        ("4.2 million rand", C),
        ("ZAR 4.2 million", C),
        ("$4.2 million", X),
        ("US$4.2 million", X),
        ("4.2 million euros", X),
        ("4.2 million dollars", X),
        ("R42 million", X),
    ],
)
def test_the_rand_written_as_its_letter_is_a_currency(typed: str, expected: Outcome) -> None:
    paragraph = "The city paid R4.2 million for the new pumps in 2019, its records show."
    question = make_question(
        "money",
        "R4.2 million",
        question="How much did the city pay for the pumps?",
        accept=RAND,
        citations=(cite("paid R4.2 million for the new pumps", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected
