"""Grader faults the hundred-and-second group's authors' `check` showed on their own reject
entries, fixed before that group's first run, and classes of its misses fixed after it
(`just under`); with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.facts.article import read_article
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

GALLERY = (
    "Dr. Non Evans, the gallery's keeper of art, said she had waited years for the painting.",
    '"You can feel the weather in it," Evans said.',
    "Huw Evans, who chairs the painter's society and is no relation, welcomed the purchase.",
)


def test_a_prefix_written_as_a_word_before_a_name_is_a_given_name() -> None:
    people = {" ".join(p.name) for p in read_article(GALLERY).people}
    assert {"non evans", "huw evans"} <= people


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Non Evans", C), ("Dr Evans", C), ("Evans", X), ("Huw Evans", X), ("Mr Evans", X)],
)
def test_the_keeper_is_not_her_namesake(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "person", "Non Evans", "Who is the gallery's keeper of art?",
        "Dr. Non Evans, the gallery's keeper of art", typed, article=GALLERY,
    )  # fmt: skip
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("roughly two and a quarter hours", C),
        ("2.25 hours", C),
        ("135 minutes", C),
        ("two hours and 15 minutes", C),
        ("15 minutes", X),  # the quarter alone
        ("a quarter of an hour", X),
        ("two and a half hours", X),
    ],
)
def test_and_a_quarter_adds_to_the_whole(typed: str, expected: Outcome) -> None:
    quote = "crews shut the valves roughly two and a quarter hours later"
    outcome = graded(
        "duration", "roughly two and a quarter hours",
        "How long after the burst did crews shut the valves?", quote, typed,
    )  # fmt: skip
    assert outcome is expected


SUPPLY = "About 14,600 properties, home to an estimated 31,000 people, lost their supply."


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("14,600", "14,600 properties", C),
        ("14,600", "14,600 people", X),  # the same figure counting people
        ("31,000", "31,000 people", C),
        ("31,000", "31,000 residents", C),
        ("31,000", "31,000 properties", X),
    ],
)
def test_properties_and_the_people_in_them_are_counted_apart(
    key: str, typed: str, expected: Outcome
) -> None:
    asked = "properties" if key == "14,600" else "people"
    question = f"About how many {asked} lost their water supply?"
    assert graded("number", key, question, SUPPLY, typed) is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("almost five hours", "just under five hours", C),  # almost the figure
        ("almost five hours", "under five hours", X),  # a bound the article does not give
        ("almost five hours", "just over five hours", X),
        ("just over 20.6 million", "just under 20.6 million", X),  # below a floor
        ("just under 42%", "under 42%", C),
        ("just under 42%", "42%", X),
    ],
)
def test_just_under_is_almost(key: str, typed: str, expected: Outcome) -> None:
    kind = "duration" if "hours" in key else "number"
    quote = f"the figure was {key} in the end"
    assert graded(kind, key, "How big was the figure?", quote, typed) is expected
