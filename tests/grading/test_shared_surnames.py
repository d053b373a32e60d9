"""Two people of one article with one surname: the surname alone names neither, even the
one the article itself shortens to it; a post, initial or given name tells them apart."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

ARTICLE = (
    "Mayor Tomas Brandt, 61, opened the new library on Monday.",
    "Brandt said the building had cost less than planned.",
    "His daughter, Helga Brandt, 30, designed the reading room.",
    "Ada Okoro won the race and Emeka Okoro was third, ahead of Ruth Bello.",
)


def _person(key: str, typed: str, accept: tuple[str, ...] = ()) -> Outcome:
    question = make_question("person", key, accept=accept, article=ARTICLE)
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Tomas Brandt", "Brandt", X),  # the article's own `Brandt said`, yet Helga's too
        ("Tomas Brandt", "Mayor Brandt", C),
        ("Helga Brandt", "Brandt", X),  # her surname alone is her father
        ("Helga Brandt", "Helga Brandt", C),
        ("Helga Brandt", "H. Brandt", C),  # an initial tells them apart
        ("Helga Brandt", "Helga Brand", C),  # a slip in the surname, the given name right
        ("Helga Brandt", "Tomas Brandt", X),
        ("Helga Brandt", "Tomas Brandt's daughter, Helga Brandt", C),
        ("Ada Okoro", "Okoro", X),  # the article never says `Okoro` alone: no one's
        ("Emeka Okoro", "Okoro", X),
        ("Ada Okoro", "A. Okoro", C),
    ],
)
def test_a_surname_two_people_share(key: str, typed: str, expected: Outcome) -> None:
    assert _person(key, typed) is expected


def test_an_accepted_nickname_does_not_make_the_surname_the_others() -> None:
    assert _person("Helga Brandt", "Brandt", accept=("Hel Brandt",)) is X
    assert _person("Helga Brandt", "Hel Brandt", accept=("Hel Brandt",)) is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ada Okoro, Emeka Okoro and Ruth Bello", C),
        ("Ruth Bello, Emeka Okoro, Ada Okoro", C),
        ("Okoro and Bello", P),  # `Okoro` names neither Okoro
        ("Ada Okoro and Ruth Bello", P),
    ],
)
def test_a_list_of_two_people_of_one_surname(typed: str, expected: Outcome) -> None:
    key = ("Ada Okoro", "Emeka Okoro", "Ruth Bello")
    assert grade(make_question("list", key, article=ARTICLE), typed).outcome is expected
