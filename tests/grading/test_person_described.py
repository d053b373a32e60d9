"""A person given with what the article says they are: the body they work for (`Tanaka of
Hoshino Shipping`, `Hoshino Shipping's chief executive Tanaka`), their post written out
where the article abbreviates it (`Lieutenant Colonel` for `Lt. Col.`) or as the article
writes it (`Finance Minister Mensah`, where the article's reader might take the post for a
name). A post the article gives a rank below (`vice-chairman`) is still the chief's."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_person

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "Hiroshi Tanaka, 58, vice-chairman of Kobe-based Hoshino Shipping, said the delays had "
    "cost his company dearly.",
    "Tanaka said the routes would reopen next week.",
    "Ghana's Finance Minister, Dr. Abena Mensah, said the budget would be revised. The "
    "Deputy Finance Minister, Kofi Boateng, declined to comment.",
    "Its candidate, retired Lt. Col. Rui Costa Neves, 64, said the vote was a protest.",
)


def _person(key: str, quote: str, paragraph: int, typed: str) -> Outcome:
    return graded_person(ARTICLE, key, quote, paragraph, typed)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Mr. Tanaka of Hoshino Shipping", C),
        ("Hoshino Shipping's vice-chairman Tanaka", C),
        ("Tanaka, vice-chairman of Hoshino Shipping", C),
        ("Tanaka, the chairman of Hoshino Shipping", X),  # the article makes him vice
        ("Chairman Tanaka", X),
        ("Tanaka and Mensah", X),
    ],
)
def test_a_person_and_the_body_they_work_for(typed: str, expected: Outcome) -> None:
    assert _person("Hiroshi Tanaka", "Hiroshi Tanaka, 58,", 0, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Finance Minister Mensah", C),
        ("Dr. Abena Mensah", C),
        ("Mensah and Boateng", X),
        ("Boateng", X),
    ],
)
def test_a_post_written_as_the_article_writes_it(typed: str, expected: Outcome) -> None:
    assert _person("Abena Mensah", "Dr. Abena Mensah", 2, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Lieutenant Colonel Rui Costa Neves", C),
        ("Lt. Col. Costa Neves", C),
        ("Rui Costa Neves", C),
        ("Lieutenant Colonel Costa", X),
    ],
)
def test_an_abbreviated_rank_written_out(typed: str, expected: Outcome) -> None:
    assert _person("Rui Costa Neves", "Rui Costa Neves", 3, typed) is expected
