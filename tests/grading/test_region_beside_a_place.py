"""A region written beside a place is part of the fact: where the article writes `Dover,
Delaware`, `Dover, New Jersey` is another town, while `Dover, Delaware` is the article's
own."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PARAGRAPH = "The trial opened in Dover, Delaware, a short drive from Wilmington, on Tuesday."
QUOTE = "The trial opened in Dover, Delaware"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Dover", C),
        ("Dover, Delaware", C),
        ("Dover Delaware", C),
        ("Dover, New Jersey", X),
        ("Dover, Ohio", X),
        ("Dover, England", X),
    ],
)
def test_a_region_the_article_does_not_write_beside_the_place(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "text",
        "Dover",
        question="In which city did the trial open?",
        accept=("Dover, Delaware",),
        citations=(cite(QUOTE, PARAGRAPH),),
        article=(PARAGRAPH,),
    )
    assert grade(question, typed).outcome is expected
