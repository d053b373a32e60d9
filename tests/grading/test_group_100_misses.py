"""Classes of the hundredth group's first run's misses, fixed in general after it; with
invented examples: a choice of amounts typed in another currency, the key's currency by its
code, two letters of a point of the compass swapped, and a claim's correction that gives a
figure where the quote denies there is any."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

FARES = "A monthly ticket will rise from 40 złoty to 44 złoty, rather than 48 złoty."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("44 złoty", C),
        ("44", C),
        ("44 PLN", C),  # the key's currency by its code
        ("44 euros", X),  # another currency
        ("44 dollars", X),
        ("48 PLN", X),
    ],
)
def test_a_choice_of_amounts_in_one_currency(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "choice", "44 złoty", "What will the monthly ticket cost?", FARES, typed,
        choices=("40 złoty", "44 złoty", "48 złoty"),
    )  # fmt: skip
    assert outcome is expected


DISTRICTS = ("Most of the crew lived in Tana East; the rest came from Tana West.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Tana East", C), ("Tana Esat", C), ("Tana West", X), ("Tana Wset", X)],
)
def test_two_letters_of_a_compass_point_swapped(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "text", "Tana East", "Where did most of the crew live?",
        "Most of the crew lived in Tana East", typed, article=DISTRICTS,
    )  # fmt: skip
    assert outcome is expected


LEASE = (
    "The airline leased the aircraft for six months from an Irish lessor.",
    "The airline did not disclose the cost of the lease.",
    "Its fleet of 12 aircraft cost US$1 million a month to insure.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it did not say", C),
        ("false, it cost US$1 million", X),  # a figure where the article denies there is one
        ("false, it cost $2 million", X),
    ],
)
def test_a_correction_that_gives_a_figure_the_quote_denies(typed: str, expected: Outcome) -> None:
    claim = "True or false: the airline disclosed the cost of the lease."
    quote = "The airline did not disclose the cost of the lease."
    assert graded_claim(claim, quote, typed, article=LEASE) is expected


def test_a_correction_may_give_the_rest_of_the_quotes_paragraph() -> None:
    paragraph = (
        "The ministry did not declare an emergency. It brought forward €6 million in payments."
    )
    question = make_question(
        "claim",
        "false",
        question="True or false: the ministry declared an emergency.",
        citations=(cite("The ministry did not declare an emergency.", paragraph),),
        article=(paragraph,),
    )
    typed = "false, it brought forward €6 million in payments instead"
    assert grade(question, typed).outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, none had died", C),
        ("false, no herders died, though two men are missing", C),
        ("false, 37 died", X),  # the quote says nobody did
        ("false, two men died in a blizzard", X),
    ],
)
def test_a_correction_that_counts_what_the_quote_says_nobody_did(
    typed: str, expected: Outcome
) -> None:
    quote = (
        "The agency said no herders had died from the cold, though 37 people had been "
        "treated for frostbite and two men were missing."
    )
    claim = "True or false: the agency said several herders had died from the cold."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, but only in person", C),  # a caveat in the article's words
        ("true, but only by video link", X),  # a caveat the article never gives
        ("true, but he did not speak", X),
    ],
)
def test_a_caveat_after_the_verdict_must_be_the_articles(typed: str, expected: Outcome) -> None:
    paragraph = "The minister attended the opening, only in person, and spoke for ten minutes."
    question = make_question(
        "claim",
        "true",
        question="True or false: the minister attended the opening.",
        citations=(cite("The minister attended the opening", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected
