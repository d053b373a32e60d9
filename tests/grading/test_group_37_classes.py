"""False rejects the thirty-seventh group's first run showed, fixed in general; each with
invented examples: `kmph`, a weekday's abbreviation, a bound written `a minimum of`,
`a maximum of` or after the figure (`a week at least`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(("typed", "expected"), [("90 kmph", C), ("90 km/h", C), ("90 mph", X)])
def test_kmph(typed: str, expected: Outcome) -> None:
    quote = "gusts reached 90 km/h on the ridge"
    assert graded("number", "90 km/h", "How fast were the gusts?", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Thurs.", C), ("Thu", C), ("thursday", C), ("Tues", X), ("Fri", X)],
)
def test_a_weekday_abbreviated(typed: str, expected: Outcome) -> None:
    quote = "The warning was issued on Thursday, a day before the storm"
    assert graded("text", "Thursday", "On what day was the warning issued?", quote, typed) is (
        expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("at least a fortnight", C),
        ("a minimum of two weeks", C),
        ("two weeks at least", C),
        ("two weeks", C),  # the floor itself: the seen labels say so 110 times to 0
        ("a maximum of two weeks", X),
    ],
)
def test_a_floor_in_other_words(typed: str, expected: Outcome) -> None:
    quote = "clearing the debris would take at least two weeks"
    outcome = graded(
        "duration", "at least two weeks", "How long would clearing the debris take?", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("up to three years", C), ("a maximum of three years", C), ("at least three years", X)],
)
def test_a_maximum_of_is_up_to(typed: str, expected: Outcome) -> None:
    quote = "traders who break the rule can lose their licence for up to three years"
    outcome = graded(
        "duration", "up to three years", "For how long can a trader lose the licence?", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("another 6 months at least", C), ("another six months", C)]
)
def test_a_bound_across_another(typed: str, expected: Outcome) -> None:
    quote = "prices are expected to hold for at least another six months"
    outcome = graded(
        "duration",
        "at least another six months",
        "For how long are prices expected to hold?",
        quote,
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("within a fortnight", C), ("two weeks", C), ("after two weeks", X)],
)
def test_a_limit_is_no_delay(typed: str, expected: Outcome) -> None:
    quote = "Inspectors are expected to visit the farms within two weeks."
    outcome = graded(
        "duration",
        "within two weeks",
        "Within how long are inspectors expected to visit the farms?",
        quote,
        typed,
    )
    assert outcome is expected
