"""Grader faults the hundred-and-eighth group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X, P = Outcome.CORRECT, Outcome.INCORRECT, Outcome.PARTIAL

LIMIT = "A repeat offender's meter is fitted with a device limiting supply to 400 litres a day."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("400", C), ("400 litres", C), ("400 litres a day", C), ("400 litres per person", X)],
)
def test_a_figure_per_person_where_the_article_gives_none(typed: str, expected: Outcome) -> None:
    question = "To how many litres a day does the device limit a repeat offender's supply?"
    assert graded("number", "400", question, LIMIT, typed) is expected


# Classes of the group's misses, fixed after its first run.

SOLD = (
    "It bought the stake held by the sisters Morag Baird and Elspeth Baird.",
    'Baird said the family had "taken the firm as far as it could".',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Morag and Elspeth Baird", C),
        ("Elspeth and Morag Baird", C),
        ("Morag Baird and Elspeth Baird", C),
        ("Morag Baird", P),
        ("Elspeth Baird", P),
    ],
)
def test_a_given_name_listed_before_a_shared_surname_takes_it(
    typed: str, expected: Outcome
) -> None:
    question = "Which two sisters sold their stake?"
    key, accepted = ("Morag Baird", "Elspeth Baird"), ("Morag and Elspeth Baird",)
    outcome = graded("list", key, question, SOLD[0], typed, accept=accepted, article=SOLD)
    assert outcome is expected


COLOURS = "The owners promised no change to the club's name or its green-and-gold colours."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("green and gold", C),
        ("gold and green", C),
        ("green and gold, as ever", C),
        ("green, gold and white", X),
        ("green, white and gold", X),
    ],
)
def test_an_item_more_than_a_joined_text_key_names(typed: str, expected: Outcome) -> None:
    question = "What are the club's colours?"
    assert graded("text", "green and gold", question, COLOURS, typed) is expected
