"""Two choices joined by `and` name one besides the key (a choice's own `and` apart), and
`not` before a name is never read as part of it."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("key", "choices", "typed", "expected"),
    [
        ("the third", ("the first", "the second", "the third"), "the third and the first", X),
        ("the third", ("the first", "the second", "the third"), "the third", C),
        ("the third", ("the first", "the second", "the third"), "the third and last", C),
        ("Hale & Co", ("Hale & Co", "Ashby Arts"), "Hale & Co and Ashby Arts", X),
        ("Hale & Co", ("Hale & Co", "Ashby Arts"), "Hale and Co", C),
        ("The Star and Post", ("The Star and Post", "The Herald"), "The Star and Post", C),
        ("The Star and Post", ("The Star and Post", "The Herald"), "Star and Post and Herald", X),
        (
            "Spain and Portugal",
            ("Spain", "Spain and Portugal", "Portugal"),
            "Spain and Portugal",
            C,
        ),
    ],
)
def test_two_choices_joined(
    key: str, choices: tuple[str, ...], typed: str, expected: Outcome
) -> None:
    question = make_question("choice", key, choices=choices)
    assert grade(question, typed).outcome is expected


_LINE = "Its leader, retired Lt. Col. Hernando Vale Pires, 61, said the vote was fair."


def test_not_before_a_name_is_no_part_of_it() -> None:
    question = make_question(
        "person", "Hernando Vale Pires", accept=("Lt. Col. Hernando Vale Pires",),
        citations=(cite("Hernando Vale Pires", _LINE),), article=(_LINE,),
    )  # fmt: skip
    assert grade(question, "not Hernando Vale Pires").outcome is X
    assert grade(question, "Lt Col Pires").outcome is C
