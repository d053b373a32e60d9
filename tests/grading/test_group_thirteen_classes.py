"""Failure classes first seen on the thirteenth held-out group, with our own examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

_HURT = "Of the five people hurt, two were taken to hospital; the rest were treated on site."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false", C), ("false, two were taken to hospital", C), ("false, four were taken", X)],
)
def test_a_correction_in_number_words(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim", "false", question="True or false: all of the hurt were taken to hospital.",
        citations=(cite("two were taken to hospital", _HURT),), article=(_HURT,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("4-2", C), ("4 to 2", C), ("four to two", C), ("2-4", X), ("2 to 4", X)],
)
def test_a_score_the_other_way_round(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text", "4-2", question="By what score did the home side win?",
        accept=("4 to 2", "four to two"),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("15", "15 match points", C),
        ("15", "15 game points", X),
        ("27½", "27.5", C),
        ("27½", "27 1/2", C),
        ("27½", "27", X),
    ],
)
def test_points_and_fractions(key: str, typed: str, expected: Outcome) -> None:
    line = "The team finished with 15 match points and 27½ game points."
    question = make_question(
        "number", key, question="How many points did the team finish with?",
        accept=("15 match points",) if key == "15" else ("27½ game points",),
        citations=(cite(line, line),), article=(line,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


_STAFF = (
    "The railway's head of safety, Mori Takeshi, 58, said the guides had held.",
    "Emi Mori, an official at the ministry, said every bridge would be inspected.",
    "Takeshi Mori said the cost could rise.",
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Emi Mori", "Mori", X),
        ("Emi Mori", "Emi Mori", C),
        ("Mori Takeshi", "Takeshi", X),
        ("Mori Takeshi", "Takeshi Mori", C),
    ],
)
def test_a_name_written_in_both_orders(key: str, typed: str, expected: Outcome) -> None:
    question = make_question("person", key, article=_STAFF)
    assert grade(question, typed).outcome is expected


def test_another_place_than_the_one_the_question_asks_about() -> None:
    question = make_question(
        "text", "the north", question="From which part of Bahia did most of the rise come?",
        accept=("the north of the state", "northern Bahia"),
        article=("Clearing rose in Bahia, mostly in the north of the state, and in Pernambuco.",),
    )  # fmt: skip
    assert grade(question, "the north of Bahia").outcome is C
    assert grade(question, "the north of Pernambuco").outcome is X


_BOARDS = (
    '"We had chances," said US captain IM Dana Holt.',
    "GM Arjun Mehta won on the top board.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("IM Dana Holt", C), ("Dana Holt", C), ("GM Dana Holt", X)]
)
def test_a_title_in_capitals_the_article_gives_others(typed: str, expected: Outcome) -> None:
    question = make_question("person", "Dana Holt", article=_BOARDS)
    assert grade(question, typed).outcome is expected
