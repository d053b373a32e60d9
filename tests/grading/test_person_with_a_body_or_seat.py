"""A person given with the body they speak for by its letters, where the article spells the
body out (`the Harbour Pilots Guild`: `HPG`), or with the seat or place the article names
beside them (`the member for Tollan West`), where the article's reader may have taken the
place for someone's name. The letters of a body the article never names, and a person the
article names, still make the answer another."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_person

from newsquiz.facts.article import read_article
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "Ingrid Valtonen, a negotiator with the Harbour Pilots Guild, said talks would resume "
    "on Monday.",
    "Marcus Odhiambo, the member for Tollan West, asked the minister to publish the report.",
    "The National Office of Tourism said bookings had fallen. Pieter Kallas, who runs a "
    "ferry company in Upper Kessel, said the season was lost.",
)


def _person(key: str, quote: str, paragraph: int, typed: str) -> Outcome:
    return graded_person(ARTICLE, key, quote, paragraph, typed)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("HPG negotiator Ingrid Valtonen", C),
        ("Valtonen of the HPG", C),
        ("Valtonen of the RMT", X),  # letters of no body the article names
        ("Valtonen and Kallas", X),
    ],
)
def test_a_body_by_its_letters(typed: str, expected: Outcome) -> None:
    assert _person("Ingrid Valtonen", "Ingrid Valtonen", 0, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Marcus Odhiambo, the member for Tollan West", C),
        ("Odhiambo, MP for Tollan West", C),
        ("Pieter Kallas", X),
        ("Odhiambo or Kallas", X),
    ],
)
def test_a_person_and_the_seat_they_hold(typed: str, expected: Outcome) -> None:
    assert _person("Marcus Odhiambo", "Marcus Odhiambo", 1, typed) is expected


def test_letters_that_make_a_word_or_a_denial_are_read_as_words() -> None:
    names = read_article(ARTICLE)
    assert "hpg" in names.spelled_out
    assert "not" not in names.spelled_out  # the National Office of Tourism


def test_two_names_joined_by_and_are_spelled_out_each() -> None:
    names = read_article(("The Anti-Fraud Bureau and Ostre Kraft Selskap signed the deal.",))
    assert {"afb", "oks"} <= names.spelled_out
