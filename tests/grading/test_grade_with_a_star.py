"""A grade written with a star (`Grade II*`) is another grade than the bare numeral's
(`Grade II`), never a slip of it."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.facts.text import tokenize
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

BATHS = ("The Victorian baths are listed Grade II, and the chapel beside them Grade II*.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Grade II", C), ("grade ii", C), ("II", C), ("Grade II*", X), ("II*", X), ("Grade I", X)],
)
def test_the_baths_grade(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "Grade II",
        question="At what grade are the baths listed?",
        choices=("Grade I", "Grade II", "not listed"),
        article=BATHS,
    )
    assert grade(question, typed).outcome is expected


def test_the_star_is_kept_only_after_a_numeral() -> None:
    assert tokenize("Grade II* listed") == ["grade", "ii*", "listed"]
    assert tokenize("a footnote*") == ["a", "footnote"]
    assert tokenize("$5m*") == ["$", "5", "m"]
