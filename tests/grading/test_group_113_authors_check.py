"""Grader faults the hundred-and-thirteenth and fourteenth groups' authors' `check` showed on
their own reject entries, fixed before those groups' first runs; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

VOTE = (
    "The bill passed with the votes of the Green Farmers Union, the Liberal Labour Party and "
    "the Coastal Alliance, while the Liberal Party voted against it."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Green Farmers Union, Liberal Labour Party, Coastal Alliance", C),
        ("Green Farmers, Liberal Labour, Coastal Alliance", C),
        ("Green Farmers Union, Liberal Party, Coastal Alliance", X),
    ],
)
def test_a_name_the_article_gives_another_body_inside_an_items(
    typed: str, expected: Outcome
) -> None:
    question = "Which three parties voted for the bill?"
    key = ("Green Farmers Union", "Liberal Labour Party", "Coastal Alliance")
    accepted = (("Green Farmers", "Liberal Labour", "Coastal Alliance"),)
    assert graded("list", key, question, VOTE, typed, accept=accepted) is expected


RESCUE = (
    "Survivors were picked up by two patrol boats, the cargo ship Aster and three fishing boats."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("two patrol boats, Aster, three fishing boats", C),
        ("patrol boats, Aster, fishing boats", C),
        ("three patrol boats, Aster, two fishing boats", X),
    ],
)
def test_a_count_the_article_gives_another_item(typed: str, expected: Outcome) -> None:
    question = "Which vessels picked up survivors?"
    key = ("two patrol boats", "the cargo ship Aster", "three fishing boats")
    accepted = (("patrol boats", "Aster", "fishing boats"),)
    assert graded("list", key, question, RESCUE, typed, accept=accepted) is expected


CAP = "The council voted to cut the ceiling on yearly rent increases from 9 percent to 3 percent."


@pytest.mark.parametrize(
    ("typed", "expected"), [("3 percent", C), ("3%", C), ("3 percent plus inflation", X)]
)
def test_a_figure_plus_something_the_article_never_adds(typed: str, expected: Outcome) -> None:
    question = "What is the new ceiling on yearly rent increases?"
    assert graded("number", "3 percent", question, CAP, typed) is expected
