"""Classes of false accepts the twenty-eighth held-out group showed, each with invented
examples: a surname written alone names the bearer the article named just before, not the
first; a count of people is not a count of families or children; a comparison after the
figure (`64% below average`) can be the opposite; a flow in cubic feet is not one in cubic
metres."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


NAMESAKES = (
    "The Marsh Gallery was founded in 1921 by the merchant Henry Marsh and holds 400 maps.",
    "Clara Marsh, the city's councillor for culture and no relation of the founder, said "
    "the city would pay for new locks.",
    '"We were lucky," Marsh said.',
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Clara Marsh", "Marsh", X),
        ("Henry Marsh", "Marsh", X),
        ("Henry Marsh", "Henry Marsh", C),
    ],
)
def test_the_surname_alone_names_neither_bearer(key: str, typed: str, expected: Outcome) -> None:
    quote = NAMESAKES[2] if key == "Clara Marsh" else NAMESAKES[0]
    outcome = graded("person", key, "Who is it?", quote, typed, article=NAMESAKES)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("42,000", C), ("42,000 people", C), ("42,000 families", X), ("42,000 children", X)],
)
def test_people_are_not_families_nor_children(typed: str, expected: Outcome) -> None:
    quote = "officials estimated that about 42,000 people had been displaced"
    question = "About how many people had been displaced?"
    assert graded("number", "about 42,000", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("38%", C), ("38% above average", C), ("38% below average", X)],
)
def test_a_comparison_after_the_figure_can_be_the_opposite(typed: str, expected: Outcome) -> None:
    quote = "rainfall had been 38% above average"
    question = "By what percentage had rainfall been above average?"
    assert graded("number", "38%", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9,100 cubic metres per second", C), ("9,100 cubic feet per second", X)],
)
def test_cubic_feet_are_not_cubic_metres(typed: str, expected: Outcome) -> None:
    quote = "a release of about 9,100 cubic metres per second"
    question = "What was the release in cubic metres per second?"
    assert graded("number", "9,100 cubic metres per second", question, quote, typed) is expected
