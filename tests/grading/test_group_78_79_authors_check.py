"""Grader faults the seventy-eighth and seventy-ninth groups' authors' `check` showed on
their own reject entries, fixed before those groups' first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

TURNOUT = "Turnout rose by 6 percentage points to 48 percent of registered voters."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6 percentage points", C),
        ("six percentage points", C),
        ("6", C),
        ("6 percent", X),
        ("6%", X),
        ("six per cent", X),
    ],
)
def test_a_rise_in_percentage_points_is_not_a_rise_in_percent(
    typed: str, expected: Outcome
) -> None:
    outcome = graded(
        "number", "6 percentage points", "By how much did turnout rise?", TURNOUT, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("48 percent", C), ("48%", C), ("48", C), ("48 percentage points", X)],
)
def test_a_share_in_percent_is_not_given_in_percentage_points(
    typed: str, expected: Outcome
) -> None:
    outcome = graded("number", "48 percent", "What share of voters turned out?", TURNOUT, typed)
    assert outcome is expected


SNOW = "Snow 45 cm deep covered the pass, and drifts reached 3 metres."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("45 cm", C),
        ("45", C),
        ("450 mm", C),  # not `mm` as the Roman numeral 2000 beside it
        ("0.45 metres", C),
        ("45 m", X),
        ("45 metres", X),
        ("45 mm", X),
        ("460 mm", X),
    ],
)
def test_a_unit_letter_is_read_in_the_articles_dimension(typed: str, expected: Outcome) -> None:
    # `m` after a figure may be minutes or millions elsewhere; where the article measures a
    # length, `45 m` is 45 metres, not the 45 cm it gives.
    outcome = graded("number", "45 cm", "How deep was the snow on the pass?", SNOW, typed)
    assert outcome is expected


def test_a_unit_letter_for_the_articles_own_unit_stays_right() -> None:
    outcome = graded("number", "3 metres", "How high did the drifts reach?", SNOW, "3 m")
    assert outcome is C


CABINET = (
    "Minister of Mines, Energy and Water Resources Tomas Halvorsen said the dam would open in May.",
    "The utility's chief engineer, Ingrid Halvorsen, who is no relation to the minister, said "
    "tests were complete.",
    "Ms Halvorsen said the turbines had run for 300 hours.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ingrid Halvorsen", C),
        ("Ms Halvorsen", C),
        ("Minister Halvorsen", X),
        ("the minister, Halvorsen", X),
    ],
)
def test_a_post_with_a_long_portfolio_belongs_to_its_namesake(
    typed: str, expected: Outcome
) -> None:
    # The portfolio (`of Mines, Energy and Water Resources`) runs several words between
    # the post and the minister's name: the post is still his, not the engineer's.
    outcome = graded(
        "person",
        "Ingrid Halvorsen",
        "Who is the utility's chief engineer?",
        CABINET[1],
        typed,
        article=CABINET,
    )
    assert outcome is expected
