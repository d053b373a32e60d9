"""What an amount or a rate is per is part of the fact: an amount the article gives for
each of one thing typed per another (`K60 per toddler` where the scheme refunds K60 for
each carton), and a rate written the other way round (`2 hectares per tree`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

SCHEME = ("Families will be offered a refund of K60 ($4) for each carton bought.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("K60", C),
        ("K60 per carton", C),
        ("K60 for each carton bought", C),
        ("K60 per toddler", X),
        ("K60 per child", X),
    ],
)
def test_an_amount_given_for_each_of_one_thing_typed_per_another(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "money",
        "K60",
        question="How much will the scheme refund for each carton bought?",
        citations=(cite("a refund of K60 ($4) for each carton bought", SCHEME[0]),),
        article=SCHEME,
    )
    assert grade(question, typed).outcome is expected


ORCHARD = ("Growers must plant at least 400 trees per hectare, or 1 tree per 25 square metres.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("400 trees per hectare", C),
        ("400 trees per ha", C),
        ("400 hectares per tree", X),
        ("400 ha per tree", X),
    ],
)
def test_a_rate_the_other_way_round(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "400 trees per hectare",
        question="How densely must growers plant?",
        accept=("400 trees per ha",),
        citations=(cite("400 trees per hectare", ORCHARD[0]),),
        article=ORCHARD,
    )
    assert grade(question, typed).outcome is expected
