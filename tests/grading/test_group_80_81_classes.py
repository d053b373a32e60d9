"""Classes of false accepts the eighty-first group's first run showed, fixed in general after
that figure was recorded; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

CUTOFF = "Land cleared from forest after March 31, 2018, is not eligible for the grant."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("False, the cutoff is March 31, 2018", C),
        ("false, only land cleared by March 31, 2018", C),
        ("False, the cutoff is March 31, 2022", X),
        ("False, March 31, 2022", X),
    ],
)
def test_a_correction_giving_the_quotes_date_in_another_year_is_wrong(
    typed: str, expected: Outcome
) -> None:
    # The claim's own year (2022) stays a right thing to say of the land; as the year of
    # the article's cut-off date it gives another date.
    outcome = graded_claim(
        "Land cleared from forest in 2022 can be replanted with the grant.", CUTOFF, typed
    )
    assert outcome is expected
