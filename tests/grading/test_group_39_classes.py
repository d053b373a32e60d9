"""False accepts the thirty-ninth group's first run showed, fixed in general; each with
invented examples: a length of time for a count the question asks `How many of the …`,
and families for workers (where people stay the workers' count)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

QUOTE = "Of the 27 miners rescued, six were kept in hospital, the longest for nine days."


@pytest.mark.parametrize(("typed", "expected"), [("six", C), ("6 miners", C), ("six days", X)])
def test_how_many_of_the_counts_no_time(typed: str, expected: Outcome) -> None:
    question = "How many of the miners rescued were kept in hospital?"
    assert graded("number", "6", question, QUOTE, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("27", C), ("27 miners", C), ("27 people", C), ("27 families", X), ("27 children", X)],
)
def test_families_are_no_count_of_workers(typed: str, expected: Outcome) -> None:
    quote = "Of the 27 workers rescued, six were kept in hospital"
    assert graded("number", "27", "How many workers were rescued?", quote, typed) is expected
