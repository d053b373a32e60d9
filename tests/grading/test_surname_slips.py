"""A surname slipped beside the person's own given name: one letter out of a short surname
(`Anil Iyar` for Iyer, `Helen Reese` for Rees), and a South Slavic `-ić` written `-ich`
(`Milan Petrovich`), which is no patronymic. A short surname written family first is spelt
only as the romanisations' table spells it (`Jang` is another family than Jung)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "The rover team is led by Anil Iyer, who joined the agency in 2009.",
    "Helen Rees, the trust's chief executive, said the backlog would clear by June.",
    "The water company's director, Milan Petrović, said supplies were safe. Dragana "
    "Petrović, the district chief, who is no relation, ordered tankers.",
    "Iyer said the landing was on schedule.",
)


def _person(key: str, typed: str) -> Outcome:
    line = next(n for n, p in enumerate(ARTICLE, 1) if key in p)
    question = make_question(
        "person", key, citations=(cite(key, ARTICLE[line - 1], line),), article=ARTICLE
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Anil Iyer", "Anil Iyar", C),
        ("Anil Iyer", "Anil Iyre", C),
        ("Anil Iyer", "Anil Iyanu", X),  # more than a letter out of a short surname
        ("Anil Iyer", "Sunil Iyar", X),  # beside another given name
        ("Helen Rees", "Helen Reese", C),
        ("Helen Rees", "Helen Reed", C),
        ("Milan Petrović", "Milan Petrovich", C),  # `-ich` for `-ić`
        ("Milan Petrović", "Dragana Petrovich", X),  # the other Petrović
        ("Dragana Petrović", "Dragana Petrovich", C),
    ],
)
def test_a_slipped_surname_beside_the_given_name(key: str, typed: str, expected: Outcome) -> None:
    assert _person(key, typed) is expected
