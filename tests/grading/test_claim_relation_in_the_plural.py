"""A claim's correction that restates the quote's relation in the plural (`true, they are
cousins`), with invented examples: the plural names the relation the singular does."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, she is his cousin", C),
        ("true, they are cousins", C),  # the plural names the same relation
        ("true, they are sisters", X),
        ("true, she is his aunt", X),
    ],
)
def test_a_relation_restated_in_the_plural(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: Ana Reyes is a cousin of the team's captain.",
        "Ana Reyes, 26, a nurse from Tacloban and a cousin of the captain",
        typed,
        key="true",
    )
    assert outcome is expected
