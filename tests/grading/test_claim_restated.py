"""A true-or-false answer may deny the claim in its own words: `not married` for "…are
married" is false, and for a claim that itself says `not`, true."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("question", "key", "typed", "expected"),
    [
        ("True or false: the two ministers are married.", "false", "not married", C),
        ("True or false: the two ministers are married.", "true", "not married", X),
        ("True or false: the two ministers are married.", "false", "never married", C),
        ("True or false: the report has already been released.", "false", "not yet", C),
        ("True or false: the report has already been released.", "true", "not yet", X),
        ("True or false: the report has already been released.", "false", "not released", C),
        ("True or false: the bridge was not finished on time.", "true", "not finished", C),
        ("True or false: the bridge was not finished on time.", "false", "not finished", X),
        # words the claim does not use are no verdict
        ("True or false: the two ministers are married.", "false", "not siblings", X),
        ("True or false: the two ministers are married.", "false", "married", X),
    ],
)
def test_a_claim_denied_in_its_own_words(
    question: str, key: str, typed: str, expected: Outcome
) -> None:
    assert grade(make_question("claim", key, question=question), typed).outcome is expected
