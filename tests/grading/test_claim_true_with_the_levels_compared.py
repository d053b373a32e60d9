"""A true claim said true with the levels its sentence compares (`true, from 15,980 to
14,230` where the cited words say it fell 11 percent from 15,980) gives the article's own
detail; a figure of the sentence given to what the quote already measures otherwise
(`true, dredged to 15.5 metres` where 15.5 metres is the water's depth), or one that is not
set against another, is another figure."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

ENROLMENT = (
    "The district's schools enrolled 8,410 pupils this year, down 12 per cent from 9,560 "
    "a decade ago, the board said."
)
HARBOUR = (
    "The water at the quay is 11.5 metres deep, and the entrance channel was dredged to "
    "13 metres, a job that took nine months."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, from 9,560 to 8,410", C),
        ("true, 8,410 against 9,560", C),
        ("true, from 9,560 to 8,140", X),  # no such level
        ("true, 8,410 left", X),  # the level set against nothing
    ],
)
def test_a_true_fall_with_its_two_levels(typed: str, expected: Outcome) -> None:
    claim = "True or false: enrolment in the district fell by 12 per cent in a decade."
    quote = "down 12 per cent from 9,560 a decade ago"
    assert graded_claim(claim, quote, typed, key="true", paragraph=ENROLMENT) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("true", C), ("true, dredged to 13 metres", C), ("true, dredged to 11.5 metres", X)],
)
def test_a_sentence_figure_of_what_the_quote_measures_is_another(
    typed: str, expected: Outcome
) -> None:
    claim = "True or false: the entrance channel was dredged to 13 metres."
    quote = "the entrance channel was dredged to 13 metres"
    assert graded_claim(claim, quote, typed, key="true", paragraph=HARBOUR) is expected
