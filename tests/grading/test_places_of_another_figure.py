"""A place, or a part of the day, that the quote writes straight after another figure of the
same kind is that figure's: typed after the key's figure, it is another fact. Invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

STRANDED = (
    "After the airline collapsed, about 4,300 travellers were stranded in Portugal and about "
    "1,650 in Morocco, the ministry said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1,650", C),
        ("about 1,650 in Morocco", C),
        ("1,650 in Portugal", X),  # Portugal is the 4,300's
        ("4,300", X),
    ],
)
def test_a_count_placed_where_another_is(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "about 1,650",
        "About how many travellers were stranded in Morocco?",
        "about 1,650 in Morocco",
        *STRANDED,
    )
    assert grade(question, typed).outcome is expected


FERRIES = ("Ferries will sail every 20 minutes in the mornings and every 45 minutes at night.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("every 20 minutes", C),
        ("every 20 minutes in the mornings", C),
        ("every 20 minutes at night", X),  # the night is the 45 minutes'
    ],
)
def test_a_length_of_time_given_another_part_of_the_day(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration",
        "every 20 minutes",
        "How often will the ferries sail in the mornings?",
        "every 20 minutes in the mornings",
        *FERRIES,
    )
    assert grade(question, typed).outcome is expected


GRANTS = ("The fund paid €2.4 million in Galway and €1.1 million in Sligo last year.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("€1.1 million", C), ("€1.1 million in Sligo", C), ("€1.1 million in Galway", X)],
)
def test_an_amount_placed_where_another_is(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "money",
        "€1.1 million",
        "How much did the fund pay in Sligo last year?",
        "€1.1 million in Sligo",
        *GRANTS,
    )
    assert grade(question, typed).outcome is expected


def test_a_clock_time_is_no_other_figure_of_a_length_of_time() -> None:
    question = cited_question(
        "duration",
        "14 hours",
        "For how long did the port suspend operations?",
        "for 14 hours from 8 p.m. on Friday",
        "The port suspended operations for 14 hours from 8 p.m. on Friday.",
    )
    assert grade(question, "14 hours from Friday night").correct
