"""Classes of false accepts the thirty-first held-out group showed, each with invented
examples: a frequency is the interval it keeps (`once a year` is not every six months), a
given name two people share names neither, and what a question counts per (`per 100
square metres`) is part of the fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("every four months", C),
        ("three times a year", C),
        ("4 months", C),
        ("once a year", X),
        ("twice a year", X),
    ],
)
def test_a_frequency_is_the_interval_it_keeps(typed: str, expected: Outcome) -> None:
    quote = "divers check the frames every four months"
    question = make_question(
        "duration",
        "every four months",
        question="How often do divers check the frames?",
        accept=("three times a year",),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Tui Malakai", C), ("Malakai Naivalu", C), ("Malakai", X)],
)
def test_a_shared_given_name_names_neither(typed: str, expected: Outcome) -> None:
    article = (
        "The chief of Navua, Tui Malakai Naivalu, 67, welcomed the divers.",
        "One of them, Malakai Tora, 24, said the water was warm.",
    )
    question = make_question(
        "person",
        "Tui Malakai Naivalu",
        question="Who is the chief of Navua?",
        accept=("Malakai Naivalu", "Tui Malakai"),
        citations=(cite(article[0], article[0]),),
        article=article,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("48", C), ("48 fish", C), ("48 per 100 square metres", C), ("48 per hectare", X)],
)
def test_what_the_question_counts_per(typed: str, expected: Outcome) -> None:
    quote = "rose from an average of 19 per 100 square metres to 48 in the latest survey"
    question = make_question(
        "number",
        "48",
        question="In the latest survey, how many fish per 100 square metres were counted?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected
