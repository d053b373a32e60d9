"""What a typed detail says of the value's figure must be what the cited lines say of it:
the whole it is a part of (`64 of 212` where the yard sent home 64 of its 87 workers), the
length of time it runs over (`repayable over 12 months` where it is over 18), and both
ends of the span it runs from and to (`from June 1 to August 10` where the season runs to
September 30)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
YARD = (
    "Its site manager, Zhou Weiming, said the yard had stopped work on Tuesday and sent home "
    "64 of its 87 workers. The contractor employs 212 people across its sites."
)
LOANS = (
    "The charity said it would lend vendors up to 30 million kip each at an interest rate "
    "of 3 percent a year, repayable over 18 months."
)
SEASON = (
    "The closed season runs for four months from June 1 to September 30 while fish breed, "
    "and patrols seized 1,284 boats between June 1 and August 10."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("64", C),
        ("64 of 87", C),
        ("64 of its 87 workers", C),
        ("64 of the 87", C),
        ("64 of them", C),
        ("64 of 212", X),  # another figure of the article as the whole
        ("64 of 90", X),
    ],
)
def test_the_whole_a_figure_is_part_of(typed: str, expected: Outcome) -> None:
    asked = "How many of its workers did the yard send home?"
    question = cited_question("number", "64", asked, "sent home 64 of its 87 workers", YARD)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("up to 30 million kip", C),
        ("up to 30 million kip, repayable over 18 months", C),
        ("up to 30 million kip, repayable over a year and a half", C),
        ("up to 30 million kip, repayable over 12 months", X),
        ("up to 30 million kip for 12 months", X),
        ("up to 30 million kip over two years", X),
    ],
)
def test_the_length_of_time_a_figure_runs_over(typed: str, expected: Outcome) -> None:
    """Not the period of a rate beside it (`3 percent a year`): `over 12 months` is no
    year's rate."""
    asked = "How much will the charity lend each vendor?"
    question = cited_question("money", "up to 30 million kip", asked, "up to 30 million kip", LOANS)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("four months", C),
        ("four months, from June 1 to September 30", C),
        ("four months, from June 1 until Sept 30", C),
        ("four months, from June 1", C),
        ("four months, from June 1 to August 10", X),  # the patrols' date, not the season's
        ("four months from June 1 to August 10", X),
        ("four months, from July 1 to September 30", X),
    ],
)
def test_both_ends_of_a_span(typed: str, expected: Outcome) -> None:
    asked = "How long does the closed season last?"
    question = cited_question(
        "duration", "four months", asked, "runs for four months from June 1 to September 30", SEASON
    )
    assert grade(question, typed).outcome is expected
