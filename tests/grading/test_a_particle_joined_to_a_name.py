"""A lower-case particle joined to a surname by a hyphen (`Maryam al-Riyami`, `el-Sisi`)
is part of the name as the article writes it: two people who share such a surname are
told apart as any two namesakes are, and the surname alone names neither."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_person

from newsquiz.facts.article import read_article
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
COURT = (
    "The farmers' lawyer, Maryam al-Riyami, said the ruling would be appealed.",
    "Upper Saifam's falaj agent, Hamood al-Riyami, who is no relation, said the village "
    "had lost half its shifts.",
    "al-Riyami said the court had ignored the old records of the channel.",
)
QUOTE = "Maryam al-Riyami"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Maryam al-Riyami", C),
        ("Maryam Al Riyami", C),
        ("maryam al riyami", C),
        ("Hamood al-Riyami", X),  # the other al-Riyami
        ("Hamood Riyami", X),
        ("al-Riyami", X),  # which of the two?
        ("Al-Riyami", X),
    ],
)
def test_two_people_of_one_joined_surname(typed: str, expected: Outcome) -> None:
    assert graded_person(COURT, "Maryam al-Riyami", QUOTE, 0, typed) is expected


def test_the_article_reads_both_as_people() -> None:
    people = {person.name for person in read_article(COURT).people}
    assert ("maryam", "al", "riyami") in people
    assert ("hamood", "al", "riyami") in people


def test_a_prefix_before_a_capital_is_no_particle() -> None:
    """`un-American`, `anti-Kremlin`: a lower-case word before a capitalised one is no
    name's particle; the name after it is read as before."""
    article = ("Senator Ruth Okafor called the plan un-American and anti-Kremlin in tone.",)
    people = {person.name for person in read_article(article).people}
    assert people == {("ruth", "okafor")}
