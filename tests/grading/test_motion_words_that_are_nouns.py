"""`rose` and `fell` say which way a figure moved, except where the article writes them as
the nouns they also are (the Damask `rose` of an article on roses, a Lakeland `fell`):
there a correction is judged on the article's other words of motion."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
ROSES = "Growers in the valley tend 2,100 hectares of roses, most of them sold to the distilleries."
PRICE = (
    "The distilleries paid 2.40 euros a kilogram for petals of the Damask rose, "
    "down from 3.10 euros last year."
)
CLAIM = "True or false: the distilleries paid more for petals this year than last year."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it fell", C),  # the quote's `rose` is the flower, not the price's way
        ("false, the price fell to 2.40 euros", C),
        ("false, the price stayed the same", X),
        ("false, it was unchanged", X),
        ("false, it rose", X),
    ],
)
def test_the_flower_is_no_rise(typed: str, expected: Outcome) -> None:
    assert graded_claim(CLAIM, PRICE, typed, article=(PRICE, ROSES), paragraph=PRICE) is expected


def test_a_rose_that_is_a_rise_still_says_which_way() -> None:
    quote = "The price of petals rose to 3.10 euros a kilogram from 2.40 euros last year."
    claim = "True or false: the price of petals fell this year."
    assert graded_claim(claim, quote, "false, it rose") is C
    assert graded_claim(claim, quote, "false, it stayed the same") is X
    assert graded_claim(claim, quote, "false, it was unchanged") is X
