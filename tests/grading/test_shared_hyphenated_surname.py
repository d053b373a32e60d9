"""Two people of the article share a hyphenated surname and differ only by an initial
(K. Ould-Salem, the engineer, and T. Ould-Salem, the mayor): the surname's first half is no
given name, so `Ould-Salem` alone names neither of them."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "K. Ould-Salem, 31, an engineer at the water board, found the leak on Monday.",
    "Repairs will take a week, according to the town's mayor, T. Ould-Salem.",
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("K. Ould-Salem", "K. Ould-Salem", C),
        ("K. Ould-Salem", "K Ould-Salem", C),
        ("K. Ould-Salem", "Ould-Salem", X),
        ("K. Ould-Salem", "T. Ould-Salem", X),
        ("T. Ould-Salem", "T. Ould-Salem", C),
        ("T. Ould-Salem", "Ould-Salem", X),
        ("T. Ould-Salem", "K. Ould-Salem", X),
    ],
)
def test_a_shared_hyphenated_surname_alone_names_no_one(
    key: str, typed: str, expected: Outcome
) -> None:
    quote = (
        "K. Ould-Salem, 31, an engineer"
        if key.startswith("K")
        else "the town's mayor, T. Ould-Salem"
    )
    paragraph = ARTICLE[0] if key.startswith("K") else ARTICLE[1]
    question = make_question(
        "person",
        key,
        question="Who is named?",
        citations=(cite(quote, paragraph),),
        article=ARTICLE,
    )
    assert grade(question, typed).outcome is expected
