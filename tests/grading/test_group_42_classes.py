"""False accepts the forty-second group's first run showed, fixed in general; each with
invented examples: an article that writes family names first (`Fujii said`), where a family
name two people share is still theirs and a given name alone names nobody; and a regnal
number or `Jr.` that tells a family's bearers of one name apart."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

FAMILY_FIRST = (
    "The election was called after former mayor Ono Hiroshi, 67, resigned in August.",
    "Ono Mika, 44, a nursery school owner, is not related to the former mayor.",
    'Sakai Yumi won with 108,562 votes. "We will cut fees," Sakai said after Ono\'s arrest.',
)


@pytest.mark.parametrize(("typed", "expected"), [("Ono", X), ("Ono Hiroshi", C), ("Hiroshi", X)])
def test_a_given_name_alone_in_an_article_that_writes_family_names_first(
    typed: str, expected: Outcome
) -> None:
    quote = "former mayor Ono Hiroshi, 67, resigned"
    outcome = graded(
        "person", "Ono Hiroshi", "Which mayor resigned?", quote, typed, article=FAMILY_FIRST
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Nana Kofi Boateng IV", C),
        ("Boateng", C),
        ("Nana Kofi Boateng III", X),
    ],
)
def test_a_regnal_number_tells_bearers_apart(typed: str, expected: Outcome) -> None:
    quote = "said Nana Kofi Boateng IV, chief of Apemso"
    article = ("Mining has poisoned the river, said Nana Kofi Boateng IV, chief of Apemso.",)
    outcome = graded(
        "person",
        "Nana Kofi Boateng IV",
        "Which chief said mining had poisoned the river?",
        quote,
        typed,
        accept=("Boateng",),
        article=article,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, they are not related", C),
        ("False, they are brothers", X),
        ("false, she is his daughter", X),
    ],
)
def test_kin_where_the_quote_says_no_relation(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the wicketkeeper is a relative of the captain.",
        "the wicketkeeper, no relation to the captain, made 40",
        typed,
    )
    assert outcome is expected
