"""A correction of a false claim that turns the article's own words around: a difference
given the other way (`eight fewer` where the article says eight more), or someone put
where the article says nobody was."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Question

C, X = Outcome.CORRECT, Outcome.INCORRECT

HALL = (
    "The new hall at Brenmoor seats 340, sixty more than the old one, and stands just "
    "outside the town boundary but inside the green belt.",
    "The old hall was locked for the holiday and nobody was inside when the roof fell.",
)


def claim(question: str, quote: str, paragraph: str) -> Question:
    return make_question(
        "claim",
        "false",
        question=f"True or false: {question}",
        citations=(cite(quote, paragraph),),
        article=HALL,
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it has sixty more", C),
        ("false, 60 more seats", C),
        ("false, it has sixty fewer", X),
        ("false, sixty less", X),
    ],
)
def test_a_difference_given_the_other_way(typed: str, expected: Outcome) -> None:
    question = claim(
        "the new hall seats fewer people than the old one.",
        "seats 340, sixty more than the old one",
        HALL[0],
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, nobody was inside", C),
        ("false, it was locked and no one was inside", C),
        ("false, only the caretaker was inside", X),
        ("false, two cleaners were inside", X),
    ],
)
def test_someone_where_the_article_says_nobody_was(typed: str, expected: Outcome) -> None:
    question = claim(
        "people were inside the old hall when the roof fell.",
        "nobody was inside when the roof fell",
        HALL[1],
    )
    assert grade(question, typed).outcome is expected
