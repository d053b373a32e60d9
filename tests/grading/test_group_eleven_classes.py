"""Failure classes first seen on the eleventh held-out group, with our own examples: a given
name spelt like a body's acronym (`Kári`, `KARI`); a company's `A/S` is no `or`; what the
article writes around one namesake is not the other's; two choices sharing a surname."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

_TOWN = (
    "Einar Pálsson, 58, the harbour master, said the boats were safe.",
    "Kári Pálsson, 33, a baker who is not related to him, said he had lost his shop.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Kári Pálsson", C), ("Kari Palsson", C), ("Pálsson", X)]
)
def test_a_given_name_spelt_like_an_acronym(typed: str, expected: Outcome) -> None:
    # KARI is the Korea Aerospace Research Institute in the generic table of bodies.
    question = make_question("person", "Kári Pálsson", article=_TOWN)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Fjord Marine A/S", C), ("Fjord Marine", C), ("Fjord Marine or Baltic Shipping", X)],
)
def test_a_company_suffix_with_a_slash(typed: str, expected: Outcome) -> None:
    question = make_question("text", "Fjord Marine", accept=("Fjord Marine A/S",))
    assert grade(question, typed).outcome is expected


_FIRM = (
    "The ruling names Lene Dahl, 47, the firm's former head of sales.",
    "The firm's chief executive, Jonas Dahl, 52, who is not related to her, apologised.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Jonas Dahl", C),
        ("chief executive Jonas Dahl", C),
        ("former chief executive Jonas Dahl", X),
    ],
)
def test_the_other_namesakes_words_do_not_describe_this_one(typed: str, expected: Outcome) -> None:
    question = make_question("person", "Jonas Dahl", article=_FIRM)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("Omondi", X), ("Mr Omondi", X), ("Peter Omondi", C), ("a", C)]
)
def test_a_surname_two_choices_share(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice", "Peter Omondi", choices=("Peter Omondi", "Grace Omondi", "Ali Hassan")
    )
    assert grade(question, typed).outcome is expected
