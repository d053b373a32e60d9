"""Grader faults the hundred-and-eighty-eighth and eighty-ninth groups' misses showed,
fixed in general; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

PORT = "Gdynia, Poland's busiest container port, handled 1.1 million containers last year."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Poland's busiest container port", C),
        ("the busiest container port in Poland", C),
        ("the busiest container port", C),
        ("the busiest container port in Europe", X),
        ("busiest container port in the Baltic states", X),
        ("the busiest container port in Scandinavia", X),
        ("busiest container port in Germany", X),
    ],
)
def test_a_continent_or_region_typed_for_the_country_is_another_place(
    typed: str, expected: Outcome
) -> None:
    """The world's regions are places too: `the busiest in Europe` is another claim than
    the busiest in Poland, where the article names no Europe."""
    question = "How does the article describe Gdynia?"
    key, accept = "Poland's busiest container port", ("busiest container port",)
    assert graded("text", key, question, PORT, typed, accept=accept) is expected


def test_a_region_the_article_names_is_still_its_own() -> None:
    article = "Tallinn is the busiest ferry port in the Baltic states, the agency said."
    question = "How did the agency describe Tallinn?"
    key = "the busiest ferry port in the Baltic states"
    assert graded("text", key, question, article, "the Baltics' busiest ferry port") is C


CLINIC = "The clinic's only doctor visits twice a week, on Mondays and Thursdays."
VISITS = ("once a week", "twice a week", "three times a week", "every day")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("twice a week", C),
        ("2 times per week", C),
        ("twice weekly", C),
        ("twice a day", X),
        ("twice a month", X),
        ("two times a year", X),
    ],
)
def test_a_choice_of_how_often_is_not_met_in_another_period(typed: str, expected: Outcome) -> None:
    """`twice a day` is close to `twice a week` letter by letter, and another fact."""
    question = "How often does the doctor visit the clinic?"
    outcome = graded("choice", "twice a week", question, CLINIC, typed, choices=VISITS)
    assert outcome is expected


TARIFF = "The regulator told the water board to cut its tariff by 12 percent from July."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12 percent", C),
        ("by 12%", C),
        ("a 12 percent cut", C),
        ("cut by about 12 per cent", C),
        ("to 12 percent", X),
        ("down to 12%", X),
        ("cut it to twelve percent", X),
    ],
)
def test_by_how_much_is_not_answered_by_the_level_it_reached(typed: str, expected: Outcome) -> None:
    question = "By what percentage must the water board cut its tariff?"
    assert graded("number", "12 percent", question, TARIFF, typed) is expected


FARE = "The bus fare rose to 450 shillings on Monday, up from 400."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("450 shillings", C),
        ("to 450 shillings", C),
        ("by 450 shillings", X),
    ],
)
def test_to_what_level_is_not_answered_by_the_change(typed: str, expected: Outcome) -> None:
    question = "To what level did the bus fare rise on Monday?"
    assert graded("money", "450 shillings", question, FARE, typed) is expected


LICENCE = "The mine had asked for 4.8 million litres a day; the board granted 3.6 million."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it was granted 3.6 million", C),
        ("false, the board granted 3.6 million", C),
        ("false, it asked for 4.8 million but got 3.6 million", C),
        ("false, it asked for 3.6 million", X),
        ("false, the board granted 4.8 million", X),
    ],
)
def test_a_correction_gives_each_act_the_figure_the_article_gives_it(
    typed: str, expected: Outcome
) -> None:
    """Both figures are the article's, but asking and granting each have their own."""
    claim = "True or false: the board granted the mine all 4.8 million litres a day it asked for."
    assert graded_claim(claim, LICENCE, typed) is expected


def test_a_correction_may_give_the_act_of_the_explanation() -> None:
    quote = "The minister ruled out paying the subsidy from the national budget."
    explain = "He said the treasury had budgeted 9.4 billion shillings for other work."
    article = (quote + " " + explain, "The union demanded 2.2 billion shillings.")
    claim = "True or false: the minister said the budget would pay the subsidy."
    typed = "false, the treasury budgeted 2.2 billion shillings"
    assert graded_claim(claim, quote, typed, article=article, explain=explain) is X
    right = "false, it budgeted 9.4 billion shillings for other work"
    assert graded_claim(claim, quote, right, article=article, explain=explain) is C
