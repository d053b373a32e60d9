"""An answer right in its value or name but beside what the question asks: the initials
the question itself gives (`KRB` for "the full name of the board known as KRB"), the
other group (`for members` where it asks of non-members), and an amount named as another
kind of money (`a grant` for a loan)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

REPORT = (
    "The operator, Kessry Ropeway Board (KRB), runs four lines with 22 stations.",
    "A bunk will cost €38 a night for non-members and €30 for members of the club.",
    "The ministry would lend the co-operative €9 million at zero interest.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Kessry Ropeway Board", C), ("KRB", X), ("the KRB", X)],
)
def test_the_initials_the_question_gives(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "Kessry Ropeway Board",
        question="What is the full name of the operator known as KRB?",
        accept=("Kessry Ropeway Board (KRB)",),
        citations=(cite("Kessry Ropeway Board (KRB)", REPORT[0]),),
        article=REPORT,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("€38 a night", C), ("€38 a night for non-members", C), ("€38 a night for members", X)],
)
def test_the_other_group(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "€38 a night",
        question="How much will a bunk cost non-members a night?",
        citations=(cite("€38 a night for non-members", REPORT[1]),),
        article=REPORT,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("€9 million", C), ("a €9 million loan", C), ("a €9 million grant", X), ("€9m subsidy", X)],
)
def test_another_kind_of_money(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "€9 million",
        question="How much will the ministry lend the co-operative?",
        citations=(cite("lend the co-operative €9 million", REPORT[2]),),
        article=REPORT,
    )
    assert grade(question, typed).outcome is expected
