"""Failure classes first seen on the tenth held-out group, with our own examples: Peru's
sol written `S/`; a whole name in the key names its person even where a company's name
shares a word; Romance-language bodies named first-word-first; a name the article writes
several words from an item is no part of it when typed as an item of its own; an item that
itself says `not`; a qualifier and post before a namesake's name; a surname two people of the
article share, inside a list."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("S/ 12.4 million", C), ("S/12,400,000", C), ("S/12.4m", C), ("$12.4 million", X)],
)
def test_the_sol_written_s_slash(typed: str, expected: Outcome) -> None:
    question = make_question("money", "S/ 12.4 million", question="How much was the contract?")
    assert grade(question, typed).outcome is expected


def test_an_amount_in_soles_is_not_one_in_dollars() -> None:
    question = make_question(
        "money", "US$3.3 million", accept=("about S/ 12.4 million",),
        question="How much, in US dollars, will it cost?",
    )  # fmt: skip
    assert grade(question, "$12.4 million").outcome is X
    assert grade(question, "S/ 12.4 million").outcome is C


_BUS = (
    "The bus, run by Transportes Santa Lucia, fell into the river.",
    "Presenting the findings, Ing. Lucia Ramos Quiroga, 51, listed three causes.",
    "The governor, Pedro Ramos Vidal, who is not related to her, said he would resign.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Lucia", X), ("Lucia Ramos Quiroga", C), ("Ramos Quiroga", C), ("Lucia Ramos", C)],
)
def test_a_whole_name_beside_a_company_that_shares_a_word(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person", "Lucia Ramos Quiroga", accept=("Lucia Ramos", "Ramos Quiroga"), article=_BUS
    )
    assert grade(question, typed).outcome is expected


_CLIMBS = (
    "The stage crossed the Albula, the Julier and the Bernina, which it climbed by the old "
    "Cambrena road.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Albula, Julier, Bernina", C),
        ("Albula, Julier, Bernina, Cambrena", X),
        ("the Albula, the Julier and the Bernina", C),
    ],
)
def test_a_name_beside_an_item_typed_as_an_item(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list", ("Albula", "Julier", "Bernina"), article=_CLIMBS,
        citations=(cite("the Albula, the Julier and the Bernina", _CLIMBS[0]),),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("overloading, strong winds and cargo that was not secured", C),
        ("overloading, strong winds, cargo not secured", C),
        ("overloading, strong winds, not cargo", X),
        ("not overloading, strong winds, cargo not secured", X),
    ],
)
def test_an_item_that_says_not(typed: str, expected: Outcome) -> None:
    question = make_question("list", ("overloading", "strong winds", "cargo that was not secured"))
    assert grade(question, typed).outcome is expected


_BANK = (
    "Governor Selim Aydoğan, 58, said the rise was needed.",
    "Deputy Governor Derya Aydoğan, 47, who is not related to the governor, spoke later.",
    '"Prices are sticky," Derya Aydoğan said.',
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Selim Aydoğan", "Deputy Governor Selim Aydoğan", X),
        ("Selim Aydoğan", "Governor Selim Aydogan", C),
        ("Derya Aydoğan", "Governor Derya Aydoğan", X),
        ("Derya Aydoğan", "Deputy Governor Derya Aydoğan", C),
        ("Derya Aydoğan", "Dep. Gov. Derya Aydogan", C),
    ],
)
def test_a_namesakes_post_and_qualifier(key: str, typed: str, expected: Outcome) -> None:
    accept = ("Deputy Governor Derya Aydoğan",) if key.startswith("Derya") else ()
    question = make_question("person", key, accept=accept, article=_BANK)
    assert grade(question, typed).outcome is expected


_RIDERS = (
    "The break included Belgium's Jef Wouters, 27.",
    "On the descent Norway's Sindre Hauge crashed and brought down Belgian Lars Wouters, 23, "
    "who is not related to Jef Wouters.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Hauge and Lars Wouters", C), ("Hauge and Wouters", P), ("Hauge", P)],
)
def test_a_surname_two_people_share_inside_a_list(typed: str, expected: Outcome) -> None:
    question = make_question("list", ("Sindre Hauge", "Lars Wouters"), article=_RIDERS)
    assert grade(question, typed).outcome is expected
