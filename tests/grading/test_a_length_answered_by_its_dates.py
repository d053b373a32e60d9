"""A length of time answered by the dates the article opens and closes it with (`from July
1 to January 31` for seven months) is the length, counted with or without the last day;
other dates, or the article's dates of another span, are not."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
SEASON = (
    "The season opens on July 1 and runs for seven months, until January 31. Inspectors "
    "will board boats from July 1 to October 31."
)
SURVEY = "The cut follows a survey carried out between March 24 and April 11, over 19 days."
MUSEUM = "The collection was built from 1982 until 2023, over 41 years."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("from July 1 to January 31", C),
        ("July 1 to January 31", C),
        ("between July 1 and January 31", C),
        ("from July to the end of January", C),
        ("from July 1 to October 31", X),  # the article's dates of the inspections
        ("from August 1 to February 28", X),  # seven months, but not the article's
        ("from July 1", X),
    ],
)
def test_a_season_by_its_dates(typed: str, expected: Outcome) -> None:
    asked = "How long does the season run?"
    quote = "The season opens on July 1 and runs for seven months, until January 31."
    question = cited_question("duration", "seven months", asked, quote, SEASON)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("from March 24 to April 11", C),  # 19 days with the last
        ("between March 24 and April 11", C),
        ("from March 24 to April 12", X),
    ],
)
def test_days_by_their_dates(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration", "19 days", "How long did the survey last?", SURVEY, SURVEY
    )
    assert grade(question, typed).outcome is expected


def test_years_by_their_years() -> None:
    question = cited_question("duration", "41 years", "How long was it built?", MUSEUM, MUSEUM)
    assert grade(question, "from 1982 until 2023").outcome is C
    assert grade(question, "from 1982 until 2013").outcome is X
