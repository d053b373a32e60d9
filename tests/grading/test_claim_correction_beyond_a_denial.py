"""Where the quote only denies what the claim says, a correction that says what was done
instead, in words the article never uses there, tells more than the article: it is wrong.
A correction that restates the denial, in any words that deny, is right. Invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

CLAIM = "True or false: the mayor said she would raise the parking charges next year."
QUOTE = "Mayor Lund said she would not raise the parking charges next year."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, she would not raise them", C),
        ("false, she will keep them as they are", C),
        ("false, the charges stay the same", C),
        ("false, they remain unchanged", C),
        ("false, she refused to", C),
        ("false, she will cut them", X),
        ("false, she will scrap parking meters altogether", X),
        ("false, she will raise bus fares instead", X),
    ],
)
def test_a_correction_beyond_what_the_quote_denies(typed: str, expected: Outcome) -> None:
    assert graded_claim(CLAIM, QUOTE, typed) is expected


def test_what_the_cited_paragraph_says_instead_may_be_given() -> None:
    paragraph = f"{QUOTE} The council will cut the charges for residents instead."
    question = make_question(
        "claim",
        "false",
        question=CLAIM,
        citations=(cite(QUOTE, paragraph),),
        article=(paragraph,),
    )
    assert grade(question, "false, she will cut them for residents").outcome is C
    assert grade(question, "false, she will scrap them").outcome is X


def test_a_restatement_that_is_itself_the_verdict_is_left_alone() -> None:
    claim = "True or false: the treasurer is the mayor's brother."
    quote = "The treasurer is no relation of the mayor."
    assert graded_claim(claim, quote, "no relation") is C
    assert graded_claim(claim, quote, "false, they only share a surname") is C
