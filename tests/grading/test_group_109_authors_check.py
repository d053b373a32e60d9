"""Grader faults the hundred-and-ninth group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

FIND = (
    "Hilda Marlow, a retired nurse, found the skull on the beach in 2019.",
    "Professor Owen Marlow, who led the study, said the shared surname was a coincidence.",
    "Marlow said the skull was unusually thick.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Hilda Marlow", C),
        ("Professor Hilda Marlow", X),
        ("Prof. Hilda Marlow", X),
        ("Prof Marlow", X),
    ],
)
def test_a_post_abbreviated_that_the_article_gives_the_namesake(
    typed: str, expected: Outcome
) -> None:
    question = "Who found the skull?"
    outcome = graded("person", "Hilda Marlow", question, FIND[0], typed, article=FIND)
    assert outcome is expected


TOWNS = (
    "A cast of the skull will be shown at the library in Glenmore, the town nearest the find.",
    "Callers have asked for the library in Glenmore North, the city 300 kilometres away.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Glenmore", C),
        ("Glenmore, North Otago", C),
        ("Glenmore North", X),
    ],
)
def test_a_qualified_name_the_article_gives_another_place(typed: str, expected: Outcome) -> None:
    question = "In which town's library will the cast be shown?"
    key, accepted = "Glenmore", ("Glenmore in North Otago",)
    outcome = graded("text", key, question, TOWNS[0], typed, accept=accepted, article=TOWNS)
    assert outcome is expected


RACE = "Organisers said 2,318 of the 2,640 starters finished the race."


@pytest.mark.parametrize(
    ("typed", "expected"), [("2,318", C), ("2,318 runners", C), ("2,318 teams", X)]
)
def test_runners_are_not_teams(typed: str, expected: Outcome) -> None:
    question = "How many runners finished the race?"
    assert graded("number", "2,318", question, RACE, typed) is expected


# Classes of the group's misses, fixed after its first run.

MARGIN = "She crossed the line 3 minutes and 41 seconds ahead of the runner-up."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3:41", C), ("3 minutes 41 seconds", C), ("221 seconds", C), ("3.41 minutes", X)],
)
def test_a_decimal_count_of_minutes_is_no_clock_reading(typed: str, expected: Outcome) -> None:
    question = "By how much did she win?"
    key, accepted = "3 minutes and 41 seconds", ("3:41", "221 seconds")
    assert graded("duration", key, question, MARGIN, typed, accept=accepted) is expected


DENSER = "The team found the shell to be about 12 percent denser than that of living turtles."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12 percent", C),
        ("12 percent denser", C),
        ("12% more dense", C),
        ("12 percent less dense", X),
    ],
)
def test_less_before_the_base_of_the_articles_comparative(typed: str, expected: Outcome) -> None:
    question = "How much denser was the shell than that of living turtles?"
    outcome = graded("number", "about 12 percent", question, DENSER, typed, accept=("12 percent",))
    assert outcome is expected
