"""A question that asks for a bound after its question word (`For how long at least must the
firm consult…?`, `How much, at most, may the repair cost?`) asks for that bound, as one that
opens with it does (`At least how many…?`): the other bound is another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

CLOSURE = (
    "The firm must consult staff for at least 45 days before any dismissal, and the repair "
    "of the road may cost up to 2.5 million lari, the ministry said.",
)


@pytest.mark.parametrize(
    ("kind", "key", "asked", "typed", "expected"),
    [
        ("duration", "45 days", "For how long at least must the firm consult staff?",
         "45 days", C),
        ("duration", "45 days", "For how long at least must the firm consult staff?",
         "at least 45 days", C),
        ("duration", "45 days", "For how long at least must the firm consult staff?",
         "up to 45 days", X),
        ("duration", "45 days", "For how long at least must the firm consult staff?",
         "at most 45 days", X),
        ("money", "2.5 million lari", "How much, at most, may the repair of the road cost?",
         "up to 2.5 million lari", C),
        ("money", "2.5 million lari", "How much, at most, may the repair of the road cost?",
         "at least 2.5 million lari", X),
    ],
)  # fmt: skip
def test_the_bound_asked(kind: str, key: str, asked: str, typed: str, expected: Outcome) -> None:
    question = make_question(kind, key, question=asked, article=CLOSURE)
    assert grade(question, typed).outcome is expected
