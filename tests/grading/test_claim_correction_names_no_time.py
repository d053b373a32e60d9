"""A correction that dates what the article leaves undated (`false, it will be inspected
in December`, `false, they could go home from Thursday`), with invented examples: a month,
weekday or season the article, the claim and the explanation never name is a date the
article does not give."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

QUAY = (
    "The harbour board said the east quay was not part of Monday's inspection.",
    "Inspectors will return to the harbour in March, the board said on Friday.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it was not part of it", C),
        ("false, it was left out on Monday", C),  # the quote names Monday
        ("false, it will be inspected in December", X),
        ("false, it is inspected every Sunday", X),
        ("false, they plan to inspect it in the autumn", X),
        ("false, it may be inspected later", C),  # `may` is no month here
    ],
)
def test_a_correction_names_a_time_the_article_never_gives(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the east quay was part of Monday's inspection.",
        "the east quay was not part of Monday's inspection",
        typed,
        article=QUAY,
    )
    assert outcome is expected


def test_the_claim_may_name_the_time_it_is_corrected_in() -> None:
    outcome = graded_claim(
        "True or false: the east quay was inspected in June.",
        "the east quay was not part of Monday's inspection",
        "false, it was not inspected in June",
        article=QUAY,
    )
    assert outcome is C
