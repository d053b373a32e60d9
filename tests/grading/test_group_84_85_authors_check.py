"""Grader faults the eighty-fourth group's authors' `check` showed on their own reject
entries, fixed before the eighty-fourth and eighty-fifth groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

PORT = (
    "Transport Minister Miguel Sousa cut the ribbon beside the ports authority's president, "
    "Ana Maria Lobo.",
    "Finance Minister Rosa Sousa, who is not related to the transport minister, read a message.",
    "Maria Lobo, a fish seller and no relation to the ports president, said the catch had halved.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Maria Lobo", C),
        ("Ana Maria Lobo", X),  # the ports president, a person of her own
        ("Lobo", X),  # the article never writes it alone: which one?
    ],
)
def test_a_name_inside_a_longer_one_said_to_be_no_relation_is_its_own(
    typed: str, expected: Outcome
) -> None:
    outcome = graded(
        "person",
        "Maria Lobo",
        "Which fish seller said the catch had halved?",
        PORT[2],
        typed,
        article=PORT,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rosa Sousa", C),
        ("Finance Minister Sousa", C),
        ("Minister Sousa", X),  # both Sousas are ministers: which one?
        ("Transport Minister Sousa", X),  # the transport minister is the other Sousa
    ],
)
def test_a_word_of_a_namesakes_post_names_the_namesake(typed: str, expected: Outcome) -> None:
    outcome = graded("person", "Rosa Sousa", "Who read the message?", PORT[1], typed, article=PORT)
    assert outcome is expected
