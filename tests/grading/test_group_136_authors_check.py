"""Grader faults the hundred-and-thirty-sixth and thirty-seventh groups' authors' `check`
showed on their own reject entries, fixed before those groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

BAKERY = (
    "Ilse Brandt, a spokeswoman for the guild, said the prize would be awarded in May.",
    "The winning loaf was a rye sourdough baked at 4 a.m., Brandt said.",
    "Baker Jonas Brandt, who is no relation to the spokeswoman, has run the shop with his "
    "wife, Marit, for 30 years.",
    "Brandt said the guild had never judged a loaf so quickly.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Ilse Brandt", C), ("Marit Brandt", X), ("Jonas Brandt", X), ("Ms Brandt", C)],
)
def test_a_name_the_article_gives_someone_alone_before_the_surname_is_another_person(
    typed: str, expected: Outcome
) -> None:
    question = "Who is the guild's spokeswoman?"
    assert graded("person", "Ilse Brandt", question, BAKERY[0], typed, article=BAKERY) is expected


CLINIC = (
    "The Northfield Health Board voted on Thursday to close the ward.",
    "Dr Petra Vance, the board's clinical director, said the ward could not be staffed.",
    '"Nobody wants this," Dr Vance said.',
    "Councillor Owen Vance, who is no relation to the clinical director, led the march.",
    '"The board asked people and then ignored them," Vance said.',
)


@pytest.mark.parametrize(("typed", "expected"), [("Petra Vance", C), ("Dr Vance", C), ("Vance", X)])
def test_the_surname_alone_names_whom_the_article_calls_by_it_not_a_word_it_writes_lowercase(
    typed: str, expected: Outcome
) -> None:
    question = "Who is the board's clinical director?"
    assert graded("person", "Petra Vance", question, CLINIC[1], typed, article=CLINIC) is expected


HOUSE = (
    "The panel handed its report to the Speaker of the House of Delegates, Hugo Lindqvist, "
    "on Monday.",
    "The Speaker said the report would be tabled on Wednesday. "
    '"We will read it with care," Lindqvist said.',
    "Sara Lindqvist, a beekeeper and no relation of the Speaker, said she had voted against "
    "the levy.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Sara Lindqvist", C), ("Speaker Lindqvist", X), ("Ms Lindqvist", C)],
)
def test_a_post_written_before_a_portfolio_and_a_namesakes_name_is_the_namesakes(
    typed: str, expected: Outcome
) -> None:
    question = "Which panel member, a beekeeper, voted against the levy?"
    key, accept = "Sara Lindqvist", ("Ms Lindqvist",)
    assert (
        graded("person", key, question, HOUSE[2], typed, accept=accept, article=HOUSE) is expected
    )


TICKETS = (
    "Three smaller prizes were won on tickets sold in Ardmore, Kilmore and Melbourne Heights.",
    "Calls about the jackpot came from as far away as Melbourne, Australia.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ardmore, Kilmore and Melbourne Heights", C),
        ("Melbourne Heights, Ardmore, Kilmore", C),
        ("Ardmore, Kilmore and Melbourne", X),
    ],
)
def test_a_place_of_the_world_the_article_names_apart_does_not_name_a_longer_item(
    typed: str, expected: Outcome
) -> None:
    question = "Where were the three smaller prizes' tickets sold?"
    key = ("Ardmore", "Kilmore", "Melbourne Heights")
    assert graded("list", key, question, TICKETS[0], typed, article=TICKETS) is expected
