"""A list's items whose figure is typed in words where the key writes digits, or the other
way round (`two hospitals` for `2 hospitals`, `a hundred and four` for `104`): the same
item. Another figure is still another item, and the `and` inside a figure (`a hundred and
four`) ends no item."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

BREAKS = "In the last four frames she made breaks of 71, 104, 88 and 62 to close out the match."
RAID = "Officers took 2 excavators, a bulldozer and six dump trucks from the yard."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("71, 104, 88 and 62", C),
        ("seventy-one, a hundred and four, eighty-eight and sixty-two", C),
        ("sixty-two, seventy-one, one hundred four and eighty-eight", C),
        ("seventy-one, a hundred and four and eighty-eight", P),
        ("seventy-one, a hundred and five, eighty-eight and sixty-two", X),
        ("seventy-one, a hundred and four, eighty-eight, sixty-two and five", X),
    ],
)
def test_figures_as_items(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "list",
        ("71", "104", "88", "62"),
        "Which four breaks did she make in the last four frames?",
        "breaks of 71, 104, 88 and 62",
        BREAKS,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("two excavators, a bulldozer and 6 dump trucks", C),
        ("2 excavators, the bulldozer and six dump trucks", C),
        ("three excavators, a bulldozer and six dump trucks", X),
        ("2 excavators, a bulldozer and 7 dump trucks", X),
    ],
)
def test_counted_items(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "list",
        ("2 excavators", "a bulldozer", "six dump trucks"),
        "What machines did officers take from the yard?",
        "2 excavators, a bulldozer and six dump trucks",
        RAID,
    )
    assert grade(question, typed).outcome is expected
