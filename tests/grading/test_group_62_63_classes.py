"""Failure classes the sixty-second and sixty-third held-out groups showed after their
first run, fixed in general; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

CAUSEWAY = "the causeway runs for about 40 kilometres (25 miles) across the lagoon"


@pytest.mark.parametrize(
    ("claim", "key", "typed", "expected"),
    [
        ("The causeway runs for about 40 kilometres.", "true", "true, 25 miles", C),
        ("The causeway runs for about 40 kilometres.", "true", "true, about 40 km", C),
        ("The causeway runs for about 40 kilometres.", "true", "true, 40 miles", X),
        ("The causeway runs for about 40 miles.", "false", "false, 40 kilometres", C),
        ("The causeway runs for about 40 miles.", "false", "false, about 25 miles", C),
        ("The causeway runs for about 40 miles.", "false", "false, 25 kilometres", X),
    ],
)
def test_a_correction_figure_in_the_quote_unit_is_its_own(
    claim: str, key: str, typed: str, expected: Outcome
) -> None:
    # Both units are the quote's, but each goes with its own figure: `40 miles` and
    # `25 kilometres` are neither the quote's figure nor a conversion of it.
    assert graded_claim(claim, CAUSEWAY, typed, key=key) is expected
