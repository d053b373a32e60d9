"""A post typed with the usual abbreviations (`asst. dep. dir.`) is the post the key spells
out, and its qualifiers still count: `asst. director` is not the deputy's post."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("assistant deputy director", C),
        ("asst. deputy director", C),
        ("asst. dep. dir.", C),
        ("Asst Dep Dir", C),
        ("dep. director", X),
        ("asst. director", X),
        ("assoc. dep. dir.", X),
    ],
)
def test_a_post_written_with_abbreviations(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "assistant deputy director",
        question="What post does Ines Kalb hold at the port authority?",
    )
    assert grade(question, typed).outcome is expected


def test_a_word_that_is_also_an_abbreviation_is_left_alone() -> None:
    question = make_question("text", "a two-min delay", question="What did the fault cause?")
    assert grade(question, "a two-min delay").outcome is C
    assert grade(question, "a two-minister delay").outcome is X
