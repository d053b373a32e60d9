"""Grader faults the eighty-seventh group's authors' `check` showed on their own reject
entries, fixed before the eighty-sixth and eighty-seventh groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

RACE = (
    "Race director Victoria Lungu said the road had been wet but not dangerous.",
    '"He did it on his own," said team sports director Sergiu Lungu.',
    "An estimated 15,000 spectators lined the final 2 km, according to Victoria Lungu.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Victoria Lungu", C),  # a region's name as a given name
        ("Sergiu Lungu", X),
        ("Lungu", X),  # two Lungus: which one?
    ],
)
def test_a_given_name_that_names_a_region_is_still_a_name(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "person", "Victoria Lungu", "Who is the race director?", RACE[0], typed, article=RACE
    )
    assert outcome is expected


PLAN = "Parliament added a top rate of 45 percent, a cap of five casinos and a two-year delay."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a top rate of 45 percent, a cap of five casinos, a two-year delay", C),
        ("a 45 percent top rate, a five-casino cap, a delay of two years", C),
        ("a top rate of 45 percent, a cap of five casinos, a five-year delay", X),
        ("a top rate of 45 percent, a cap of five casinos, a three-year delay", X),
    ],
)
def test_a_list_item_with_another_number_word(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "list",
        ("a top rate of 45 percent", "a cap of five casinos", "a two-year delay"),
        "What did parliament add?",
        PLAN,
        typed,
        # The accepted form's own figures (`five-casino`) must not lend an item a figure.
        accept=(("a 45 percent top rate", "a five-casino cap", "a delay of two years"),),
    )
    assert outcome is expected
