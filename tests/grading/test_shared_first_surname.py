"""Two people of one article whose names share a word that is a surname of each (Spanish
double surnames: Carmen Rojas Vidal and her brother Pedro Rojas Soto): that word alone
names neither, even where the key leaves the second surname out (`Carmen Rojas`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "The new harbour master is Carmen Rojas Vidal, 51, who takes over in March.",
    "Her brother, Pedro Rojas Soto, 48, runs the fishing cooperative at the port.",
    "Pedro Rojas's boats were the first to sail after the storm.",
    "Engineer Elena Vidal Mora designed the new breakwater.",
)


@pytest.mark.parametrize(
    ("key", "accept", "typed", "expected"),
    [
        ("Carmen Rojas Vidal", ("Carmen Rojas",), "Carmen Rojas", C),
        ("Carmen Rojas Vidal", ("Carmen Rojas",), "Carmen Rojas Vidal", C),
        ("Carmen Rojas Vidal", ("Carmen Rojas",), "Rojas", X),
        ("Carmen Rojas Vidal", ("Carmen Rojas",), "Pedro Rojas", X),
        ("Pedro Rojas Soto", ("Pedro Rojas", "Rojas Soto"), "Pedro Rojas", C),
        ("Pedro Rojas Soto", ("Pedro Rojas", "Rojas Soto"), "Rojas Soto", C),
        ("Pedro Rojas Soto", ("Pedro Rojas", "Rojas Soto"), "Rojas", X),
        ("Pedro Rojas Soto", ("Pedro Rojas", "Rojas Soto"), "Carmen Rojas", X),
    ],
)
def test_a_shared_first_surname_alone_names_neither(
    key: str, accept: tuple[str, ...], typed: str, expected: Outcome
) -> None:
    question = make_question("person", key, accept=accept, article=ARTICLE)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("Soto", C), ("Pedro Soto", C)])
def test_a_surname_no_one_else_bears_still_names_its_bearer(typed: str, expected: Outcome) -> None:
    question = make_question("person", "Pedro Rojas Soto", article=ARTICLE)
    assert grade(question, typed).outcome is expected


NEAR = (
    "Mayor Ana Lobo opened the new bridge on Friday.",
    "The contractor, Rui Lobos Pinto, said it was finished a month early.",
)


def test_a_close_spelling_in_another_name_is_not_the_same_surname() -> None:
    question = make_question("person", "Ana Lobo", article=NEAR)
    assert grade(question, "Lobo").outcome is C
