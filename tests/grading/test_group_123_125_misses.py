"""Grader faults the hundred-and-twenty-third to twenty-fifth groups' misses showed, fixed in
general after their first figures; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

DRIVE = (
    "In the first 12 days of the drive, 2,310 workers were vaccinated.",
    "The drive is aimed at all 9,500 public health workers in the region.",
    "A vaccination drive for health workers began four days later.",
    "Of the 410 staff at the plant, 160 seasonal workers were laid off.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2,310", C),
        ("2,310 workers", C),
        ("2,310 health workers", C),  # the article's own words for who is counted
        ("2,310 public workers", X),  # the word it puts before another figure
    ],
)
def test_a_modifier_the_article_writes_before_the_counted_thing(
    typed: str, expected: Outcome
) -> None:
    question = "How many workers were vaccinated in the first 12 days of the drive?"
    assert graded("number", "2,310", question, DRIVE[0], typed, article=DRIVE) is expected


@pytest.mark.parametrize(("typed", "expected"), [("410 staff", C), ("410 seasonal workers", X)])
def test_a_modifier_the_article_gives_another_figure(typed: str, expected: Outcome) -> None:
    question = "How many staff does the plant have?"
    assert graded("number", "410", question, DRIVE[3], typed, article=DRIVE) is expected
