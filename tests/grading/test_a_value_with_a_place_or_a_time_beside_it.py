"""A value typed with a detail: a place named `Lower …` or `Upper …` in it is a name, not a
fall or a rise (`14 (11 in the town, 1 in Lower Ardmore)`); a length of time typed as an item
of its own beside it (`30 million rials and two years in prison`), which the cited lines never
give, is a detail of the typist's own."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
TOWERS = (
    "The first round will fund work on 14 towers: 11 in the town itself, two in Upper "
    "Ardmore and one in Lower Ardmore, the agency said."
)
FINE = (
    "If the court rules against her, the trader faces a fine of up to 40 million rials "
    "(about $24,000) and the loss of the cargo."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14 (11 in the town, 2 in Upper Ardmore, 1 in Lower Ardmore)", C),
        ("14, one of them in Lower Ardmore", C),
        ("14, down from 20", X),  # a fall the article never gives
    ],
)
def test_a_breakdown_naming_lower_and_upper(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number", "14", "How many towers will the first round fund?", TOWERS, TOWERS
    )
    assert grade(question, typed).outcome is expected


def test_lower_in_a_name_is_no_fall() -> None:
    """Where the cited line gives the count alone and another the breakdown, the answer
    that adds it is marked for what it adds, not for a fall it never types."""
    cited = "The agency said the first round would fund work on 14 towers."
    question = cited_question(
        "number", "14", "How many towers will the first round fund?", cited, cited, TOWERS
    )
    verdict = grade(question, "14, 1 in Lower Ardmore")
    assert "change" not in (verdict.reason or "")
    assert "level" in (grade(question, "14, lower than planned").reason or "")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("40 million rials", C),
        ("40 million rials and the loss of the cargo", C),
        ("40 million rials and two years in prison", X),
        ("40 million rials, and five years in jail", X),
    ],
)
def test_a_length_of_time_beside_a_fine(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "money", "up to 40 million rials", "What is the largest fine she faces?", FINE, FINE
    )
    assert grade(question, typed).outcome is expected


def test_a_range_of_time_is_no_item_of_its_own() -> None:
    road = "The ministry said the road would stay closed for five to eight days."
    question = cited_question(
        "duration", "five to eight days", "How long will the road stay closed?", road, road
    )
    assert grade(question, "between 5 and 8 days").outcome is C
    assert grade(question, "5 to 8 days").outcome is C
