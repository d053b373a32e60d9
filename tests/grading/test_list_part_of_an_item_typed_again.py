"""A name of the article that is part of an item, typed again as an item of its own after
the whole item (`Kingsford North … and Kingsford`), is one item too many; an item that is
that name alone, or the name written with more words or between commas, is not."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
CAMPUSES = "The college has campuses in Kingsford North, Alderley and Marston, near Kingsford."
ISLANDS = "Ferries serve Tarn, Upper Tarn and Kien Holm, and An Holm is served by air."


def _campuses(typed: str) -> Outcome:
    question = cited_question(
        "list",
        "Kingsford North, Alderley, Marston",
        "Where are the college's three campuses?",
        CAMPUSES,
        CAMPUSES,
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kingsford North, Alderley and Marston", C),
        ("Marston, Alderley, Kingsford North", C),
        ("Kingsford North, Alderley, Marston and Kingsford", X),
        ("Kingsford North, Alderley, Marston, Kingsford", X),
    ],
)
def test_a_part_of_an_item_typed_again_is_an_item_too_many(typed: str, expected: Outcome) -> None:
    assert _campuses(typed) is expected


@pytest.mark.parametrize("typed", ["Upper Tarn and Tarn", "Tarn, Upper Tarn"])
def test_an_item_that_is_the_name_alone_is_no_repeat(typed: str) -> None:
    question = cited_question(
        "list",
        "Tarn, Upper Tarn",
        "Which two islands called Tarn do ferries serve?",
        ISLANDS,
        ISLANDS,
    )
    assert grade(question, typed).outcome is C
