"""A false claim's correction that does an act to a figure in the passive (`only 3 were
delivered`) is checked as the active one is (`delivered 3`): a figure the quote gives to
another act, or to an act denied (`the other 4 have not been found`), is no correction
of this one."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

_CLAIM = "True or false: the depot delivered all 16 generators."
_QUOTE = "The depot had delivered 12 of the 16 generators. The other 4 have not been found."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, only 4 were delivered", X),  # the figure not found
        ("false, just 4 generators were delivered", X),
        ("false, only 12 were delivered", C),
        ("false, 12 generators were delivered", C),
        ("false, it delivered 12", C),
        ("false, 4 have not been found", C),
        ("false, 12 of the 16 generators were delivered", C),  # 16 is the whole, no act
    ],
)
def test_a_passive_act_is_checked_like_an_active_one(typed: str, expected: Outcome) -> None:
    assert graded_claim(_CLAIM, _QUOTE, typed) is expected


def test_a_participle_other_than_the_past_form_is_read() -> None:
    claim = "True or false: the fund gave grants to all 30 clubs."
    quote = "The fund gave 18 clubs grants and refused 12."
    assert graded_claim(claim, quote, "false, 12 were given grants") is X
    assert graded_claim(claim, quote, "false, only 18 were given grants") is C
