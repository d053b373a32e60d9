"""Grader faults the ninety-fourth group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

COURT = (
    "Judge Amahle Pietersen set aside the department's decision on Tuesday.",
    '"The sea is not a favour the State hands out," Judge Pietersen wrote in her judgment.',
    "The co-operative's chairperson, Willem Pietersen, who is no relation of the judge, wept.",
    '"Today the sea is ours again," Pietersen said, adding that he had fished for 40 years.',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Amahle Pietersen", C), ("Judge Pietersen", C), ("Ms Pietersen", C), ("Mr Pietersen", X)],
)
def test_a_pronoun_after_a_title_only_she_bears_is_hers(typed: str, expected: Outcome) -> None:
    # `Judge Pietersen wrote in her judgment` is the judge's pronoun, not the chairperson's,
    # whom the article calls plain `Pietersen`.
    outcome = graded(
        "person", "Amahle Pietersen", "Who set aside the decision?", COURT[0], typed, article=COURT
    )
    assert outcome is expected


SCORE = "Officials scored the application at 41 points out of 100."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("41", C), ("41 points", C), ("41 out of 100", C), ("41 out of 50", X), ("41/50", X)],
)
def test_a_score_out_of_another_figure_is_another_score(typed: str, expected: Outcome) -> None:
    question = "How many points did officials give the application?"
    assert graded("number", "41", question, SCORE, typed) is expected


ZONE = "From March, only diesel cars that meet the Euro 6d standard may enter the zone."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Euro 6d", C),
        ("euro 6D", C),
        ("Euro 6 d", C),
        ("the Euro 6d standard", C),
        ("Euro 6", X),
        ("Euro 6c", X),
        ("Euro 5d", X),
    ],
)
def test_a_code_of_letters_and_digits_is_never_read_as_a_slip(
    typed: str, expected: Outcome
) -> None:
    question = "Which standard must a diesel car meet to enter the zone?"
    assert graded("text", "Euro 6d", question, ZONE, typed) is expected


WINS = "Galway won the title in 1923, 1980, 1987 and 1988."


@pytest.mark.parametrize(
    ("typed", "expected"), [("1923, 1980, 1987, 1988", C), ("1932, 1980, 1987, 1988", X)]
)
def test_a_year_with_two_digits_swapped_is_another_year(typed: str, expected: Outcome) -> None:
    question = "In which years did Galway win the title?"
    key = ("1923", "1980", "1987", "1988")
    assert graded("list", key, question, WINS, typed) is expected
