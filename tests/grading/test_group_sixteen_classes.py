"""Failure classes first seen on the sixteenth held-out group, with our own examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

_PRIZE = "It was only the third time the medal had been shared by two people."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false", C), ("false, it is the third time", C), ("false, it's the second time", X)],
)
def test_an_ordinal_beside_a_count_the_question_gives(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim", "false",
        question="True or false: this is the first time the medal has been shared by two people.",
        citations=(cite(_PRIZE, _PRIZE),), article=(_PRIZE,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


def test_a_compass_word_the_article_writes_elsewhere() -> None:
    article = ("She sits for Yaba in the assembly.", "Rain fell in the north of the state.")
    question = make_question(
        "text", "Yaba", question="Which area does she represent?",
        citations=(cite("Yaba", article[0]),), article=article,
    )  # fmt: skip
    assert grade(question, "Yaba").outcome is C
    assert grade(question, "Yaba North").outcome is X


def test_the_questions_own_place_as_an_item() -> None:
    line = "A second phase will extend the line from Ikorodu to Epe and Lekki."
    question = make_question(
        "list", ("Epe", "Lekki"),
        question="To which two places will the second phase extend the line from Ikorodu?",
        citations=(cite(line, line),), article=(line,),
    )  # fmt: skip
    assert grade(question, "Epe and Lekki").outcome is C
    assert grade(question, "Epe, Lekki and Ikorodu").outcome is X


def test_a_hedge_with_a_number_the_question_gives_as_an_ordinal() -> None:
    # The question's `first` is no echo of the `one` in `one or two weeks`.
    question = make_question(
        "duration", "two weeks", question="How long before the final was the first round?"
    )
    assert grade(question, "two weeks").outcome is C
    assert grade(question, "one or two weeks").outcome is X
