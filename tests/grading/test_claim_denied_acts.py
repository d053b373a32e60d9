"""A correction that says the very act the quote denies, of whom it denies it, is wrong; one
that says it of someone or something else, or denies it too, is not. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, she said she would not step down", C),
        ("false, she refused to resign", C),
        ("false, she will resign next spring", X),
        ("false, she is resigning in May", X),
    ],
)
def test_a_correction_that_says_the_denied_act_is_wrong(typed: str, expected: Outcome) -> None:
    claim = "The council leader, Ines Holm, said she would resign."
    quote = "Holm apologised to the families. She said she would not resign."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, only Module 2 will be resat", C),
        ("false, but Module 3 will be resat", X),
    ],
)
def test_the_act_of_another_subject_is_no_contradiction(typed: str, expected: Outcome) -> None:
    claim = "Module 1 will also have to be resat."
    quote = "Module 1 and the practical, Module 3, are not affected and will not be resat."
    assert graded_claim(claim, quote, typed, explain="Only Module 2 is resat.") is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it only ordered the licence withdrawn", C),
        ("false, it ordered the mill to shut last week", X),
    ],
)
def test_the_act_done_to_another_thing_is_no_contradiction(typed: str, expected: Outcome) -> None:
    claim = "The tribunal ordered the mill to shut."
    quote = "The tribunal did not order the mill to shut, but it withdrew the licence."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, he attended neither meeting", C),
        ("false, barley was exempt", C),
        ("false, they were last raised in June", C),
    ],
)
def test_a_denial_after_the_act_or_a_noun_after_not_is_no_act(
    typed: str, expected: Outcome
) -> None:
    cases = {
        "false, he attended neither meeting": (
            "Dahl attended one of the two meetings.",
            "Dahl did not attend either of the two meetings.",
        ),
        "false, barley was exempt": (
            "The ban covered barley as well as oats.",
            "It covered oats but not barley.",
        ),
        "false, they were last raised in June": (
            "The co-op raised its prices for the launch.",
            "The co-op did not raise its prices for the launch; they last rose in June.",
        ),
    }
    claim, quote = cases[typed]
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it cannot borrow", C),
        ("false, it can borrow after a vote of the members", X),
    ],
)
def test_what_the_quote_says_cannot_be_done(typed: str, expected: Outcome) -> None:
    claim = "True or false: the parish board may borrow to repair the hall."
    quote = "Under its charter the parish board cannot borrow for repairs."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, they asked people not to feed them", C),
        ("false, people should feed the swans bread", X),
    ],
)
def test_what_the_quote_asks_people_not_to_do(typed: str, expected: Outcome) -> None:
    claim = "True or false: the rangers asked visitors to bring bread for the swans."
    quote = "The rangers asked visitors please not to feed the swans bread."
    assert graded_claim(claim, quote, typed) is expected
