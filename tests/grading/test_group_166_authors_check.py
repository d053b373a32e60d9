"""Grader faults the hundred-and-sixty-sixth and sixty-seventh groups' authors' `check`
showed on their own reject entries, fixed before those groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

PANEL = (
    "Referees Tomas Varga and Lena Hoff upheld the appeal.",
    "The club's chairman, Peter Varga, said the decision was a relief.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Varga and Hoff", C),
        ("Tomas Varga, Lena Hoff", C),
        ("Peter Varga, Lena Hoff", X),
        ("Peter Varga and Hoff", X),
    ],
)
def test_an_accepted_bare_surname_is_the_bearer_the_answer_names(
    typed: str, expected: Outcome
) -> None:
    """`accept: [Varga and Hoff]` where the article names two Vargas: the accepted `Varga` is
    the referee the answer names, so the chairman's given name before it names him."""
    key = ("Tomas Varga", "Lena Hoff")
    question = "Which two referees upheld the appeal?"
    outcome = graded(
        "list", key, question, PANEL[0], typed, accept=(("Varga", "Hoff"),), article=PANEL
    )
    assert outcome is expected


SHOP = (
    "The baker said she expected to lose about 45 percent of her trade while the road was shut.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("45 percent", C),
        ("about 45%", C),
        ("45 percent less", C),
        ("a 45 percent drop", C),
        ("45 percent more", X),
        ("45 percent higher", X),
        ("a gain of 45 percent", X),
    ],
)
def test_a_share_to_lose_is_a_fall_so_more_is_the_other_way(typed: str, expected: Outcome) -> None:
    question = "About what share of her trade did the baker expect to lose?"
    assert graded("number", "45 percent", question, SHOP[0], typed) is expected
