"""Grader faults the hundredth group's authors' `check` showed on their own reject entries,
fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


OVERRUN = "Nine people were injured, two of them seriously, when the aircraft left the runway."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9", C), ("nine people injured", C), ("nine seriously injured", X), ("2", X)],
)
def test_an_adverb_the_article_gives_another_figure(typed: str, expected: Outcome) -> None:
    outcome = graded("number", "9", "How many people were injured?", OVERRUN, typed)
    assert outcome is expected


AIRPORT = (
    "The report made four recommendations to the Kenya Civil Aviation Authority (KCAA) and "
    "two to the Kenya Airports Authority (KAA), which runs the airport.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("KAA", C), ("the Kenya Airports Authority", C), ("KCAA", X)]
)
def test_an_acronym_of_the_article_is_no_typo_of_the_keys(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "text", "Kenya Airports Authority", "Which body runs the airport?",
        "the Kenya Airports Authority (KAA), which runs the airport", typed,
        accept=("KAA",), article=AIRPORT,
    )  # fmt: skip
    assert outcome is expected
