"""Grader faults the hundred-and-ninety-sixth and ninety-seventh groups' authors' checks
showed, fixed in general before those groups were measured; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.facts.article import read_article
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

LOCKERS = (
    "The club says repainting a single changing room costs about £3,200, so the grant "
    "covers nine rooms.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("£3,200", C),
        ("about £3,200 per room", C),
        ("£3,200 in total", X),  # the cost of one room, not of them all
    ],
)
def test_what_a_single_one_costs_is_no_total(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "£3,200",
        question="How much does repainting one changing room cost?",
        citations=(cite("a single changing room costs about £3,200", LOCKERS[0]),),
        article=LOCKERS,
    )
    assert grade(question, typed).outcome is expected


KEEPERS = (
    "Senior keeper Rose Hartley, who has cared for the herd for nine years, found the foal.",
    "The river rose overnight.",
    "The vet, Dr. Owen Hartley, her husband, examined it on Monday.",
    '"It is feeding well," Hartley said.',
)


def test_a_given_name_that_is_also_a_word_is_still_a_given_name() -> None:
    """`Rose Hartley`, then `Hartley said`: `rose` is also a word the article might write,
    but the two bear one surname, so she is a person and the surname alone names neither."""
    people = {p.name for p in read_article(KEEPERS).people}
    assert ("rose", "hartley") in people
    question = make_question(
        "person",
        "Owen Hartley",
        question="Who examined the foal?",
        citations=(cite("Dr. Owen Hartley", KEEPERS[2]),),
        article=KEEPERS,
    )
    assert grade(question, "Owen Hartley").outcome is C
    assert grade(question, "Rose Hartley").outcome is X


HEALTH = (
    "Dr Ana Ruiz, a consultant in public health who leads Public Health Wales's team, "
    "spoke on Friday.",
)


def test_a_body_named_for_a_country_is_no_person() -> None:
    """`Public Health Wales`: `Wales` is a country, so `Health Wales` is no one's name."""
    people = {p.name for p in read_article(HEALTH).people}
    assert ("health", "wales") not in people
