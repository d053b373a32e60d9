"""A surname slipped beside the person's own given name: one letter out of a short surname
(`Anil Iyar` for Iyer, `Helen Reese` for Rees), and a South Slavic `-ić` written `-ich`
(`Milan Petrovich`), which is no patronymic. A short surname written family first is spelt
only as the romanisations' table spells it (`Jang` is another family than Jung). The
article's names after `of`, `from` or `in` say where a person works or comes from (`of
Sarmento & Reis`, `from Liptovský Ján`): no second person."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

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
    return grade(cited_question("person", key, "Who is it?", key, *ARTICLE), typed).outcome


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


_FIRM_ARTICLE = (
    "The firm's lawyer, Miguel Sarmento, of the Lisbon practice Sarmento & Reis, said it "
    "would appeal. The guide, Tomáš Straka, 29, from Liptovský Ján, was unhurt.",
    "Ana Reis, a director of the firm, declined to comment.",
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Miguel Sarmento", "Miguel Sarmento of Sarmento & Reis", C),  # the firm's name
        ("Miguel Sarmento", "Miguel Sarmento and Ana Reis", X),  # two people
        ("Tomáš Straka", "Tomáš Straka from Liptovský Ján", C),  # where he is from
        ("Tomáš Straka", "Tomáš Straka, 29, from Liptovský Ján", C),
    ],
)
def test_where_a_person_works_or_comes_from(key: str, typed: str, expected: Outcome) -> None:
    question = cited_question("person", key, "Who is it?", key, *_FIRM_ARTICLE)
    assert grade(question, typed).outcome is expected


def test_a_given_name_in_its_english_form() -> None:
    article = ("The team manager, Dafydd Price, said the squad was ready.",)
    question = cited_question(
        "person", "Dafydd Price", "Who is the manager?", "Dafydd Price", *article
    )
    assert grade(question, "David Price").outcome is C
    assert grade(question, "Daniel Price").outcome is X
