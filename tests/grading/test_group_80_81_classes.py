"""Classes of false accepts the eighty-first group's first run showed, fixed in general after
that figure was recorded; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

CUTOFF = "Land cleared from forest after March 31, 2018, is not eligible for the grant."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("False, the cutoff is March 31, 2018", C),
        ("false, only land cleared by March 31, 2018", C),
        ("False, the cutoff is March 31, 2022", X),
        ("False, March 31, 2022", X),
    ],
)
def test_a_correction_giving_the_quotes_date_in_another_year_is_wrong(
    typed: str, expected: Outcome
) -> None:
    # The claim's own year (2022) stays a right thing to say of the land; as the year of
    # the article's cut-off date it gives another date.
    outcome = graded_claim(
        "Land cleared from forest in 2022 can be replanted with the grant.", CUTOFF, typed
    )
    assert outcome is expected


LANDINGS = "Boats landed 2.3 million tonnes of anchovy, and exports fell by 0.4 percentage points."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2.3 million tonnes", C),
        ("2.3 million tons", C),  # the everyday word for the metric unit
        ("2,300,000 t", C),
        ("2 300 000 t", C),
        ("2.3 megatonnes", C),
        ("2.3 million short tons", X),
        ("2.3 million kg", X),
        ("2.3 t", X),
    ],
)
def test_tonnes_written_short_or_as_tons(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "number", "2.3 million tonnes", "How much anchovy was landed?", LANDINGS, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0.4 pp", C),
        ("0.4 pts", C),
        ("0.4 percent points", C),
        ("0.4 per cent points", C),
        ("0.4 percent", X),
        ("4 pp", X),
    ],
)
def test_percentage_points_written_short(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "number", "0.4 percentage points", "By how much did exports fall?", LANDINGS, typed
    )
    assert outcome is expected


def test_points_after_a_score_stay_a_count() -> None:
    # `pts` is a unit only where the article measures a share: a team's points stay points.
    quote = "The Wolves finished the season on 74 points, two clear of Lyon."
    outcome = graded("number", "74", "How many points did the Wolves finish on?", quote, "74 pts")
    assert outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("South Korea", C),
        ("b", C),
        ("Korea", X),  # fits both Koreas: which one?
        ("North Korea", X),
    ],
)
def test_a_choice_named_without_its_word_of_place_fits_two(typed: str, expected: Outcome) -> None:
    quote = "The next summit will be held in Busan, South Korea, in March."
    outcome = graded(
        "choice",
        "South Korea",
        "Where will the next summit be held?",
        quote,
        typed,
        choices=("North Korea", "South Korea", "Japan"),
    )
    assert outcome is expected


def test_a_choice_named_in_full_that_another_choice_extends_stays_right() -> None:
    quote = "The team trained in Paris before the final."
    outcome = graded(
        "choice",
        "Paris",
        "Where did the team train?",
        quote,
        "Paris",
        choices=("Paris", "Paris, Texas", "Lyon"),
    )
    assert outcome is C
