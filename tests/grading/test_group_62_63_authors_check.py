"""Grader faults the sixty-second and sixty-third groups' authors' `check` showed on their
own reject entries, fixed before those groups' first run; with invented examples (the
one-letter currency signs are in `test_one_letter_currency_signs.py`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

HARVEST = (
    'Dr. Soa Andrianina, an agronomist, said the harvest fell by a third. "It was dry," '
    "Dr. Andrianina said.",
    "The union's president, Hery Andrianina, 44, is no relation of the agronomist.",
    '"We took the price," Andrianina said.',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Hery Andrianina", C),
        ("Andrianina", C),
        ("Mr Andrianina", C),
        ("Dr. Andrianina", X),
        ("Dr Andrianina", X),
        ("Soa Andrianina", X),
    ],
)
def test_an_honorific_of_the_namesake_names_the_namesake(typed: str, expected: Outcome) -> None:
    # The accepted bare surname is the president's; `Dr.` is what the article calls the
    # other Andrianina, and is not read as one misspelt word `Drandrianina`.
    outcome = graded(
        "person",
        "Hery Andrianina",
        "Who leads the union?",
        HARVEST[1],
        typed,
        accept=("Andrianina",),
        article=HARVEST,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "key", "expected"),
    [
        ("Wen hua Li", "Wenhua Li", C),
        ("Li Ming Zhou", "Liming Zhou", C),
        ("Dr Zhou", "Liming Zhou", C),
    ],
)
def test_a_name_word_typed_in_two_still_joins(typed: str, key: str, expected: Outcome) -> None:
    quote = f"{key}, a farmer, said the rain came late."
    assert graded("person", key, "Who said the rain came late?", quote, typed) is expected
