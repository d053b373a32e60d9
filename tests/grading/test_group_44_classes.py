"""False accepts the forty-fourth group's first run showed, fixed in general; with invented
examples: a question that asks for a minimum takes `at least` and never `up to`."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("200 metres", C), ("at least 200 metres", C), ("up to 200 metres", X)],
)
def test_a_minimum_asked_for(typed: str, expected: Outcome) -> None:
    quote = (
        "the minimum distance drones must keep from the nests rose from 100 metres to 200 metres"
    )
    question = "What minimum distance must drones now keep from the nests?"
    assert graded("number", "200 metres", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9 percent", C), ("9 percent of gross sales", C), ("9 percent of net profits", X)],
)
def test_a_share_of_the_other_base(typed: str, expected: Outcome) -> None:
    quote = "the consortium will pay a royalty of 9 percent of gross sales"
    question = "What royalty will the consortium pay on its sales?"
    assert graded("number", "9 percent of gross sales", question, quote, typed) is expected
