"""Grader faults the hundred-and-third group's authors' `check` showed on their own reject
entries, fixed before that group's first run, and classes of its misses fixed after it
(`none` read as a slip of `nine`); with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

QUAKE = (
    "The worst damage was in Upper Dardha, Lower Dardha, Boboshticë and Drenovë.",
    "Another village called Dardha, in the south, was not hit.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Upper Dardha, Lower Dardha, Boboshticë and Drenovë", C),
        ("Drenove, Boboshtice, Upper Dardha, Lower Dardha", C),
        ("Upper Dardha, Lower Dardha, Boboshticë and Upper Drenovë", X),  # no such village
    ],
)
def test_a_qualifier_the_key_uses_typed_before_another_item(typed: str, expected: Outcome) -> None:
    answer = ("Upper Dardha", "Lower Dardha", "Boboshticë", "Drenovë")
    outcome = graded(
        "list", answer, "Which four villages suffered the worst damage?", QUAKE[0], typed,
        article=QUAKE,
    )  # fmt: skip
    assert outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("nine", C), ("nien", C), ("none", X)])
def test_none_is_no_slip_of_nine(typed: str, expected: Outcome) -> None:
    quote = "A further nine ballots were spoiled on the third round."
    question = "How many ballots were spoiled on the third round?"
    assert graded("number", "9", question, quote, typed) is expected


WINERY = (
    "Angus Kilbride founded the estate in 1978 on land his grandfather had cleared.",
    "His daughter, Catherine Kilbride, runs it now.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Angus Kilbride", C), ("Angus Kilbride's grandfather", X), ("Angus Kilbride's daughter", X)],
)
def test_a_grandparent_is_kin_not_the_person(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "person", "Angus Kilbride", "Who founded the estate?",
        "Angus Kilbride founded the estate in 1978", typed, article=WINERY,
    )  # fmt: skip
    assert outcome is expected
