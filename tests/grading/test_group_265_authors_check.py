"""Grader faults the two-hundred-and-sixty-fifth group's authors found with `check` on their
own reject entries, before the group was first measured; fixed in general, with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

REVIEW = (
    "A review led by Choi Jun-ho, a geologist with a Busan consultancy, found the slope "
    "had been cut too steeply.",
    "Choi said the drains had been blocked for months.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Choi Jun-ho", C),
        ("Jun-ho Choi", C),
        ("Choi Junho", C),
        ("Choi", C),
        ("Choi Jun-seok", X),  # another second syllable: another given name
        ("Choi Jun-min", X),  # though `Min` is also a minister's abbreviation
    ],
)
def test_a_given_name_of_joined_syllables_with_another_second(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "person",
        "Choi Jun-ho",
        "Who led the review?",
        "A review led by Choi Jun-ho",
        *REVIEW,
    )
    assert grade(question, typed).outcome is expected
