"""People whose names the article writes with a quoted nickname (`Teodora "Dora" Villaluz`),
with particles (`Ana Lucia de las Casas`) or behind a long description (`Riverton City
Mayor Ben Ruiz`) are read as people: a given name alone is not enough, and a surname two
of them share names neither."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
ARTICLE = (
    'Marlow County Gov. Teodora "Dora" Villaluz, 61, said the bridge would reopen in May.',
    "Her brother, Riverton City Mayor Ben Villaluz, 55, said the city had asked for pumps.",
    'Port spokesperson Ana Lucia "Lucy" de las Casas, 39, said ships were waiting offshore.',
    "In Riverton, Lucia Romero, 28, a nurse, said the clinic had flooded.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Teodora Villaluz", C),
        ("Gov. Teodora Villaluz", C),
        ("Dora Villaluz", C),
        ("Teodora", X),
        ("Villaluz", X),  # two people of the article are Villaluz
        ("Ben Villaluz", X),
    ],
)
def test_a_governor_with_a_nickname(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "Teodora Villaluz",
        accept=("Dora Villaluz",),
        question="Which governor said the bridge would reopen in May?",
        article=ARTICLE,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Ben Villaluz", C), ("Mayor Ben Villaluz", C), ("Villaluz", X), ("Teodora Villaluz", X)],
)
def test_a_mayor_behind_a_long_description(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person", "Ben Villaluz", question="Who is the mayor of Riverton?", article=ARTICLE
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ana Lucia de las Casas", C),
        ("de las Casas", C),
        ("Lucia", X),  # Lucia Romero is another person
        ("Ana Lucia", X),
    ],
)
def test_a_name_with_particles_and_a_nickname(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "Ana Lucia de las Casas",
        accept=("de las Casas",),
        question="Who is the port spokesperson?",
        article=ARTICLE,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Villaluz", C), ("Gov. Villaluz", C), ("Mayor Villaluz", X), ("Teodora Villaluz", C)],
)
def test_the_post_of_a_namesake_names_the_namesake(typed: str, expected: Outcome) -> None:
    article = (*ARTICLE, '"The river is still rising," Villaluz told reporters.')
    question = make_question(
        "person",
        "Teodora Villaluz",
        accept=("Villaluz",),
        question="Which governor said the bridge would reopen in May?",
        article=article,
    )
    assert grade(question, typed).outcome is expected


_INITIALS = (
    "An inquiry led by retired judge Dr. T. Okonkwo found that the valves had been left open.",
    "The X-ray scanner at the port was switched off for two days.",
    "Okonkwo said the operators had ignored three alarms.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("T. Okonkwo", C),
        ("Dr. T. Okonkwo, retired judge", C),
        ("Okonkwo, a retired judge", C),
        ("Okonkwo, former judge", X),  # the article does not call Okonkwo former
        ("X. Okonkwo", X),
    ],
)
def test_a_name_that_begins_with_an_initial(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "T. Okonkwo",
        accept=("Okonkwo",),
        question="Who led the inquiry?",
        article=_INITIALS,
    )
    assert grade(question, typed).outcome is expected


def test_a_hyphenated_word_with_a_letter_is_no_person() -> None:
    question = make_question(
        "person", "T. Okonkwo", question="Who led the inquiry?", article=_INITIALS
    )
    assert grade(question, "Ray").outcome is X


_FAMILY = (
    "The mill was bought in 1952 by Walter Brandt, a Leipzig engineer.",
    "Oskar Brandt, 47, Walter's grandson, said the family would sell it.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Walter Brandt", C),
        ("Walter Brandt, a Leipzig engineer", C),
        ("Walter Brandt's grandson", X),
        ("Oskar Brandt", X),
    ],
)
def test_a_relative_of_the_person_is_another_person(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person", "Walter Brandt", question="Who bought the mill in 1952?", article=_FAMILY
    )
    assert grade(question, typed).outcome is expected


def test_a_person_described_as_a_relative_is_still_named() -> None:
    question = make_question(
        "person", "Oskar Brandt", question="Who said the family would sell?", article=_FAMILY
    )
    assert grade(question, "Oskar Brandt, Walter Brandt's grandson").outcome is C
