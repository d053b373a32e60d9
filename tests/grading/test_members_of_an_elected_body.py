"""The members of an elected body counted by what each is or holds: `38 MPs`, `38 seats` or
`9 councillors` for so many members (`MPs` is no speed in metres per second), never a
count of other people or things."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

VOTE = (
    "The Storting passed the ferry bill by 84 votes to 61 on Thursday, and the Liberal "
    "party, which holds 22 seats, abstained.",
    "In Tromsø the city council backed the new quay 27 to 16; 4 pupils watched from the gallery.",
)


@pytest.mark.parametrize(
    ("key", "asked", "typed", "expected"),
    [
        ("84", "How many members voted for the ferry bill?", "84 MPs", C),
        ("84", "How many members voted for the ferry bill?", "eighty-four lawmakers", C),
        ("84", "How many members voted for the ferry bill?", "84 pupils", X),
        ("84", "How many members voted for the ferry bill?", "61 MPs", X),
        ("22", "How many seats does the Liberal party hold?", "22 MPs", C),
        ("22", "How many seats does the Liberal party hold?", "22 members", C),
        ("22", "How many seats does the Liberal party hold?", "22 pupils", X),
        ("27", "How many members of the city council backed the quay?", "27 councillors", C),
        ("27", "How many members of the city council backed the quay?", "27 councilors", C),
        ("27", "How many members of the city council backed the quay?", "16 councillors", X),
    ],
)
def test_members_by_what_they_hold(key: str, asked: str, typed: str, expected: Outcome) -> None:
    question = make_question("number", key, question=asked, article=VOTE)
    assert grade(question, typed).outcome is expected
