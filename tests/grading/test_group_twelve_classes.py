"""Failure classes first seen on the twelfth held-out group, with our own examples: a
surname that is also a title (`Lama`, `Bishop`), which the article then writes alone; and a
place typed beside a text answer that is not the one the article gives beside it."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

_GUIDE = (
    '"We waited for three hours," said Pemba Dorje Lama, 52, who runs a trekking company.',
    "The two guides were not related, Lama said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Pemba Dorje Lama", C), ("Lama", C), ("Dorje Lama", C), ("Pemba Dorje", X)],
)
def test_a_surname_that_is_also_a_title(typed: str, expected: Outcome) -> None:
    question = make_question("person", "Pemba Dorje Lama", article=_GUIDE)
    assert grade(question, typed).outcome is expected


_SURVIVOR = "Sari, 34, a nurse from Raha, said she swam for an hour."
_ARTICLE = (_SURVIVOR, "The ferry had left Kendari, in Indonesia, at dawn.")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a nurse", C),
        ("a nurse from Raha", C),
        ("a nurse from Kendari", X),
        ("a nurse from Indonesia", C),
    ],
)
def test_a_place_beside_a_text_answer(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text", "nurse", question="What was Sari's job?", article=_ARTICLE,
        citations=(cite("a nurse from Raha", _SURVIVOR),),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected
