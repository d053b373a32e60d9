"""Grader faults the hundred-and-twelfth group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

BLAZE = "At its height, 48 firefighters and 9 fire engines fought the blaze at the mill."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9", C), ("9 fire engines", C), ("9 firefighters", X)],
)
def test_a_rival_that_holds_the_keys_modifier_is_still_the_rival(
    typed: str, expected: Outcome
) -> None:
    question = "How many fire engines fought the blaze?"
    assert graded("number", "9", question, BLAZE, typed) is expected


ROOF = "About 60 percent of the roof was destroyed in the fire."


@pytest.mark.parametrize(
    ("typed", "expected"), [("60 percent", C), ("60 percent destroyed", C), ("60 percent saved", X)]
)
def test_saved_is_the_opposite_of_destroyed(typed: str, expected: Outcome) -> None:
    question = "About what percentage of the roof was destroyed?"
    outcome = graded("number", "about 60 percent", question, ROOF, typed, accept=("60 percent",))
    assert outcome is expected


PLASTER = (
    "About 35 percent of the original plasterwork was saved. The rest, some 1,900 pieces, "
    "was recast from moulds."
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("35 percent", C), ("35 percent saved", C), ("35 percent recast", X)]
)
def test_what_the_article_says_the_rest_was(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "about 35 percent",
        question="About what percentage of the original plasterwork was saved?",
        accept=("35 percent",),
        citations=(cite("About 35 percent of the original plasterwork was saved", PLASTER),),
        article=(PLASTER,),
    )
    assert grade(question, typed).outcome is expected


DONORS = (
    "The Mayor of Elmsford, Councillor Daniel Hart, cut the ribbon.",
    "The trust was set up by Daniel Vance, who founded a software company in 2001.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Daniel Vance", C), ("Vance", C), ("Mayor Vance", X)]
)
def test_a_post_the_article_gives_another_in_an_apposition(typed: str, expected: Outcome) -> None:
    question = "Who set up the trust?"
    outcome = graded("person", "Daniel Vance", question, DONORS[1], typed, article=DONORS)
    assert outcome is expected
