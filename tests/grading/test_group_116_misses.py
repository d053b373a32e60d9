"""A class of the hundred-and-sixteenth group's misses, fixed after its first run; with an
invented example."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

BOARDS = (
    "The audit covered Northland, Otago, Canterbury and South Canterbury. South Canterbury "
    "fared worst, with 44 per cent over the target."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("South Canterbury", C), ("south canterbury board", C), ("Canterbury", X)],
)
def test_a_choice_typed_without_its_qualifier_where_the_article_names_the_bare_place(
    typed: str, expected: Outcome
) -> None:
    question = "Which board fared worst?"
    choices = ("Northland", "Otago", "Waikato", "South Canterbury")
    outcome = graded("choice", "South Canterbury", question, BOARDS, typed, choices=choices)
    assert outcome is expected
