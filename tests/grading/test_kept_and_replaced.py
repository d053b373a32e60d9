"""`62 percent replaced` where the article says 62 percent of the rail was kept: keeping and
replacing (and retaining) are opposites in the generic table, so a figure given to the
other is another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
QUOTE = "The railway said 62 percent of the line's original rail had been kept after testing."
ASKED = "What share of the line's original rail was kept after testing?"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("62 percent", C),
        ("62 percent kept", C),
        ("62% retained", C),
        ("62 percent replaced", X),
        ("62% of it replaced", X),
    ],
)
def test_kept_is_not_replaced(typed: str, expected: Outcome) -> None:
    assert graded("number", "62 percent", ASKED, QUOTE, typed) is expected
