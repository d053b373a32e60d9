"""Grader faults the hundred-and-forty-fourth and forty-fifth groups' authors' `check` showed
on their own reject entries, fixed before those groups' first runs; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

DRAW = ("The plant may draw at most 0.7 megalitres from the town supply on any day.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0.7 megalitres", C),
        ("700 kilolitres", C),
        ("700,000 litres", C),
        ("0.7 gigalitres", X),
        ("0.7 kilolitres", X),
    ],
)
def test_kilolitres_megalitres_and_gigalitres_are_units_of_their_own(
    typed: str, expected: Outcome
) -> None:
    question = "What is the most the plant may draw on any day?"
    assert graded("number", "0.7 megalitres", question, DRAW[0], typed) is expected


PLEDGE = ("The province would give a further R4 million a year for three years towards books.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("R4 million a year for three years", C),
        ("R4 million a year", C),
        ("R4 million a year for five years", X),
    ],
)
def test_how_long_an_amount_is_paid_over_is_part_of_it(typed: str, expected: Outcome) -> None:
    question = "How much would the province give towards books?"
    key, accept = "R4 million a year for three years", ("R4 million a year",)
    assert graded("money", key, question, PLEDGE[0], typed, accept=accept) is expected


RACE = (
    "The crash happened 6 km from the finish, at a traffic island in Oostnieuwkerke.",
    "The breakaway was caught near Westnieuwkerke with two kilometres to go.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Oostnieuwkerke", C), ("Oostnieuwkerk", C), ("Westnieuwkerke", X)]
)
def test_a_name_the_article_gives_another_place_is_no_slip_of_the_keys(
    typed: str, expected: Outcome
) -> None:
    question = "In which village did the crash happen?"
    assert graded("text", "Oostnieuwkerke", question, RACE[0], typed, article=RACE) is expected


WRECK = (
    "Its master, Mart Kask, stopped the dredger when the pump brought up planks with nails in them.",
    '"We have hit old logs before," Mart Kask said.',
    "Liis Kask, the board's adviser on wrecks, who is no relation of the dredger master, said "
    "the hull lay on its side.",
    '"About 40 percent of the ship survives," Kask said at a news conference in Tartu on '
    "Wednesday.",
    "In Tallinn the ministry welcomed the find.",
)


@pytest.mark.parametrize(("typed", "expected"), [("Mart Kask", C), ("Kask", X)])
def test_a_small_word_opening_the_sentence_names_no_one_beside_the_surname(
    typed: str, expected: Outcome
) -> None:
    question = "Who is the dredger's master?"
    assert graded("person", "Mart Kask", question, WRECK[0], typed, article=WRECK) is expected
