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


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("two-ply sisal yarn, sacking and garden twine", C),
        ("2-ply sisal yarn, sacking, garden twine", C),
        ("garden twine, sacking and two-ply sisal yarn", C),
        ("three-ply sisal yarn, sacking and garden twine", X),
    ],
)
def test_a_word_near_a_number_word_is_no_count(typed: str, expected: Outcome) -> None:
    # `twine` is a slip away from `twice`: read as a count, it would become `two`.
    question = cited_question(
        "list",
        ("two-ply sisal yarn", "sacking", "garden twine"),
        "Which three products does the order cover?",
        "two-ply sisal yarn, sacking and garden twine",
        "The order covers two-ply sisal yarn, sacking and garden twine for a buyer in Hamburg.",
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("three and a half per cent from May and two per cent from June", C),
        ("3.5% from May, 2% from June", C),
        ("three and a quarter per cent from May and two per cent from June", X),
    ],
)
def test_a_fraction_in_words(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "list",
        ("3.5 per cent from May", "2 per cent from June"),
        "What rises does the deal give, and from when?",
        "3.5 per cent from May and 2 per cent from June",
        "The deal gives 3.5 per cent from May and 2 per cent from June, the union said.",
    )
    assert grade(question, typed).outcome is expected
