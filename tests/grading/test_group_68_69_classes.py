"""Classes of false accepts the sixty-eighth and sixty-ninth groups showed after their first
runs, fixed in general; each with invented examples both ways."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        ("What share of voters favoured the new bridge?", "58 percent", C),
        ("What share of voters favoured the new bridge?", "58 percent in favour", C),
        ("What share of voters favoured the new bridge?", "58 percent against", X),
        ("What share of voters favoured the new bridge?", "58 percent opposed", X),
        ("What share of voters opposed the new bridge?", "35 percent against", C),
        ("What share of voters opposed the new bridge?", "35 percent in favour", X),
    ],
)
def test_the_side_a_question_asks_in_favoured_or_opposed(
    question: str, typed: str, expected: Outcome
) -> None:
    quote = "A poll found 58 percent in favour of the new bridge, 35 percent against."
    key = "35 percent" if "opposed" in question else "58 percent"
    assert graded("number", key, question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("seven years", C),
        ("almost a decade", C),
        ("nearly a decade", C),
        ("a decade", X),
        ("ten years", X),
    ],
)
def test_an_accepted_rounder_length_needs_its_softening(typed: str, expected: Outcome) -> None:
    # `almost a decade` is accepted for seven years only as the author wrote it: a decade is
    # another length.
    quote = "She has driven a taxi in the city for seven years."
    outcome = graded(
        "duration",
        "seven years",
        "How long has she driven a taxi?",
        quote,
        typed,
        accept=("almost a decade",),
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rio Grande and Santos", C),
        ("Santos and Rio Grande", C),
        ("Santos and Rio de Janeiro", X),
        ("Rio de Janeiro", X),
    ],
)
def test_an_item_that_only_begins_with_a_places_short_name(typed: str, expected: Outcome) -> None:
    # `Rio Grande` is no Rio de Janeiro, though `Rio` alone may be.
    quote = "Shippers moved to the Brazilian ports of Rio Grande and Santos."
    outcome = graded(
        "list", ("Rio Grande", "Santos"), "Which two ports gained traffic?", quote, typed
    )
    assert outcome is expected
