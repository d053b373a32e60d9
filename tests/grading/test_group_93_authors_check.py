"""Grader faults the ninety-third group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

TOURNEY = (
    "The Oder Cup, a nine-round open, was held in Frankfurt (Oder), Germany, in August.",
    "In 2022 the winner had played in Frankfurt am Main, about 550 km to the south-west.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Frankfurt (Oder)", C),
        ("Frankfurt", C),
        ("Frankfurt, Germany", C),
        ("Frankfurt am Main", X),
    ],
)
def test_a_city_the_article_names_with_a_particle_is_another_place(
    typed: str, expected: Outcome
) -> None:
    # The world's tables call Frankfurt am Main plain Frankfurt too; the article's two
    # Frankfurts are told apart by the words it writes.
    outcome = graded(
        "text",
        "Frankfurt (Oder)",
        "In which city was the Oder Cup held?",
        TOURNEY[0],
        typed,
        article=TOURNEY,
    )
    assert outcome is expected


FIRE = (
    "Lieutenant General Petros Varga, the chief of the Island Fire Service (IFS), said at a "
    "briefing in Kalamos on Thursday that the fire had burned 9,400 hectares of pine forest.",
    '"This was a fire with three fronts," Varga said. "We fought it from the air."',
    "The mayor of Limni-Agia, Eleni Varga, who is no relation to the fire chief, said 62 homes "
    "had been destroyed in her municipality.",
    '"People here have already lived through this once," Mayor Varga said.',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Petros Varga", C),
        ("Lt. Gen. Varga", C),
        ("Lieutenant General Varga", C),
        ("Mayor Varga", X),
        ("Eleni Varga", X),
    ],
)
def test_a_posts_abbreviation_in_an_accepted_form_still_names_its_person(
    typed: str, expected: Outcome
) -> None:
    # The accepted `Lt. Gen. Varga` names Petros Varga, whom the article calls Lieutenant
    # General in full: `Mayor Varga` is still the article's other Varga.
    outcome = graded(
        "person",
        "Petros Varga",
        "Who is the chief of the fire service?",
        FIRE[0],
        typed,
        accept=("Varga", "Lieutenant General Petros Varga", "Lt. Gen. Varga"),
        article=FIRE,
    )
    assert outcome is expected
