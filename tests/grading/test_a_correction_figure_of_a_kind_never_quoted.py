"""A claim's correction that gives an amount where the quotes give none (`false, they pay
50 birr` where residents are admitted free) states an amount the article never gives,
even when the quotes count something else (`children under 12`) and the article gives
that figure as a count."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
FEES = (
    "Ethiopian citizens will pay 100 birr a night. Children under 12 and residents of the "
    "Harari region will be admitted free."
)
# The article gives 50 elsewhere, as a count: a figure of the article, but no amount.
SPLIT = "About 50 feeders hold permits, and each show is limited to 80 visitors."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, they are admitted free", C),
        ("false, residents and children under 12 get in free", C),
        ("false, they pay 50 birr", X),  # no amount the article gives
        ("false, they pay 20 birr a night", X),
    ],
)
def test_an_amount_where_the_quote_gives_none(typed: str, expected: Outcome) -> None:
    asked = "True or false: residents of the Harari region will pay 100 birr a night."
    quote = "Children under 12 and residents of the Harari region will be admitted free."
    question = cited_question("claim", "false", asked, quote, FEES, SPLIT)
    assert grade(question, typed).outcome is expected
