"""Failure classes first seen on the eighteenth held-out group, with our own examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

_RACE = ("8,214 runners started and 7,930 finished.", "Organisers had expected 9,000 starters.")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false", C), ("false, only 8,214 started", C), ("false, 7,930 started", X)],
)
def test_a_correction_counting_by_another_word(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim", "false", question="True or false: more runners started than expected.",
        citations=(cite("8,214 runners started", _RACE[0]), cite(_RACE[1], _RACE[1])),
        article=_RACE,
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


_OPENING = "The new library should open in November 2027, a year after the works begin."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("true", C), ("true, in November 2027", C), ("true, in 2028", X), ("true, by March", X)],
)
def test_a_correction_with_another_year_or_month(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim", "true", question="True or false: the library should open in 2027.",
        citations=(cite(_OPENING, _OPENING),), article=(_OPENING,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


_TOWN = "Dessie, who comes from Woldia in the north of Ethiopia's Amhara Region, won again."


@pytest.mark.parametrize(
    ("typed", "expected"), [("Woldia", C), ("Woldia, Ethiopia", C), ("Woldia, Kenya", X)]
)
def test_a_country_typed_beside_a_place(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text", "Woldia", question="Which town does Dessie come from?",
        accept=("Woldia, Ethiopia",), citations=(cite(_TOWN, _TOWN),),
        article=(_TOWN, "Runners from Kenya took the next four places."),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


_WALL = "The barrier will run for 42 kilometres and cope with 150 millimetres of rain in 24 hours."


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("42 kilometres", "42 km", C),
        ("42 kilometres", "42 km on each bank", X),
        ("150 millimetres", "150 mm", C),
        ("150 millimetres", "150 mm in 24 hours", C),
        ("150 millimetres", "150 mm per hour", X),
    ],
)
def test_a_figure_the_article_gives_no_share_or_rate(
    key: str, typed: str, expected: Outcome
) -> None:
    question = make_question(
        "number", key, question="What does the article give?",
        citations=(cite(_WALL, _WALL),), article=(_WALL,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


_BLEACHED = "In the far north, 64 percent of reefs were bleached."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("64%", C), ("64 percent", C), ("64", C), ("64 percent of reefs", C), ("64 reefs", X)],
)
def test_a_count_is_not_the_share_asked_for(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number", "64 percent", accept=("64",),
        question="What percentage of reefs in the far north were bleached?",
        citations=(cite(_BLEACHED, _BLEACHED),), article=(_BLEACHED,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected
