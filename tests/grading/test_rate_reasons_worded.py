"""Every reason that names a rate the article does not give says it as a rate is said
(`an hour`, `a year`), whichever rule gives it."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import grade

REPAIR = ("The repair cost €480, the garage said.",)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("€480 an hour", "the article gives no amount an hour"),
        ("€480 per hour", "the article gives no amount an hour"),
        ("€480 a year", "the article gives no amount a year"),
    ],
)
def test_a_rate_in_the_reason(typed: str, reason: str) -> None:
    question = make_question(
        "money", "€480", question="How much did the repair cost?", article=REPAIR
    )
    verdict = grade(question, typed)
    assert not verdict.correct
    assert verdict.reason == reason
