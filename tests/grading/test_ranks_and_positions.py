"""A qualifier that tells two things apart is part of the fact: a post without the rank the
article gives it (`Governor Okafor` for the deputy governor) names the chief, and a list
item without its position (`East` for `Upper East`) names another place."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

ARTICLE = (
    "The campaign, led by deputy governor Amaka Okafor, 51, will start in the Central, "
    "Upper Highlands and Upper Plains districts. Governor Bello Yusuf did not attend.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Amaka Okafor", C),
        ("Okafor", C),
        ("deputy governor Okafor", C),
        ("Okafor, the deputy governor", C),
        ("Governor Okafor", X),  # the governor is Yusuf
        ("Governor Amaka Okafor", X),
    ],
)
def test_a_post_without_its_rank(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "Amaka Okafor",
        citations=(cite("led by deputy governor Amaka Okafor", ARTICLE[0]),),
        article=ARTICLE,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Central, Upper Highlands and Upper Plains", C),
        ("Upper Plains, Central and Upper Highlands", C),
        ("Central, Highlands and Plains", X),  # `Plains` alone is not `Upper Plains`
    ],
)
def test_a_list_item_without_its_position(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("Central", "Upper Highlands", "Upper Plains"),
        citations=(cite("the Central, Upper Highlands and Upper Plains districts", ARTICLE[0]),),
        article=ARTICLE,
    )
    assert grade(question, typed).outcome is expected
