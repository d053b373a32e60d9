"""False accepts the fortieth group's first run showed, fixed in general; each with invented
examples: a plain dollar whose accepted forms say which dollar (`C$`), and `How many voted
to …?` counting those for it."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("$12 million", C), ("A$12 million", C), ("12 million dollars", C), ("US$12 million", X)],
)
def test_a_plain_dollar_the_accepted_forms_name(typed: str, expected: Outcome) -> None:
    quote = "Queensland wants $12 million in aid for growers"
    outcome = graded(
        "money",
        "$12 million",
        "How much aid does Queensland want?",
        quote,
        typed,
        accept=("A$12 million",),
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("212", C), ("212 nurses", C), ("212 in favour", C), ("212 against", X)],
)
def test_voted_to_counts_those_for_it(typed: str, expected: Outcome) -> None:
    quote = "212 of the hospital's 260 nurses voted to accept the offer"
    question = "How many of the hospital's nurses voted to accept the offer?"
    assert graded("number", "212", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Mulder", X), ("alderman Mulder", C), ("Councillor Mulder", X)],
)
def test_a_post_written_after_a_namesake_s_name_is_theirs(typed: str, expected: Outcome) -> None:
    article = (
        "Outgoing transport alderman Joost Mulder, 58, said the tram plan must survive."
        ' "Stopping now would cost us years," Mulder said.',
        "Anouk Mulder, 29, a GL councillor re-elected to a second term, is no relation.",
    )
    quote = "Outgoing transport alderman Joost Mulder"
    outcome = graded(
        "person",
        "Joost Mulder",
        "Who is the outgoing transport alderman?",
        quote,
        typed,
        article=article,
    )
    assert outcome is expected
