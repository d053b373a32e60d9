"""A place's qualifier in another language is part of the fact (`Pozuelos` is neither
`Pozuelos Sur` nor `Pozuelos Norte`); a share in words is a percentage only where the key
is that share rounded (`a third` for 33%, not for 33.6%); a family name written first that
is also a place's names the person, and a title before the given name does not; two
figures of one list item each keep their own thing. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Question

C, X = Outcome.CORRECT, Outcome.INCORRECT

FIELDS = (
    "Brine is pumped from two fields, Pozuelos Norte and Pozuelos Sur, 40 km apart.",
    "The workers' only clinic is at Pozuelos Sur, an hour's drive away.",
    "The Pozuelos operation has been idle since March.",
)


def clinic_question() -> Question:
    return make_question(
        "text",
        "Pozuelos Sur",
        question="Where is the workers' only clinic?",
        citations=(cite("at Pozuelos Sur", FIELDS[1], 2),),
        article=FIELDS,
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Pozuelos Sur", C),
        ("at Pozuelos Sur", C),
        ("South Pozuelos", C),
        ("Pozuelos", X),
        ("at Pozuelos", X),
        ("Pozuelos Norte", X),
    ],
)
def test_a_qualifier_abroad_tells_two_places_apart(typed: str, expected: Outcome) -> None:
    assert grade(clinic_question(), typed).outcome is expected


def test_a_word_run_together_with_its_neighbour_is_still_the_key() -> None:
    question = make_question("text", "cease fire", question="What did the two sides agree?")
    assert grade(question, "a ceasefire").outcome is C


@pytest.mark.parametrize(
    ("answer", "accept", "typed", "expected"),
    [
        ("25.3 percent", ("twenty-five point three percent",), "a quarter", X),
        ("25.3 percent", ("twenty-five point three percent",), "about a quarter", X),
        ("27.4 percent", (), "twenty-seven point four percent", C),
        ("25 percent", ("twenty-five percent",), "a quarter", C),
        ("33%", (), "a third", C),
        ("33.3%", (), "one third", C),
    ],
)
def test_a_share_in_words_is_the_key_only_where_it_rounds_to_it(
    answer: str, accept: tuple[str, ...], typed: str, expected: Outcome
) -> None:
    question = make_question(
        "number",
        answer,
        question="By how much did consumer prices rise in the 12 months to June?",
        accept=accept,
        article=(f"Consumer prices rose {answer} in the 12 months to June, the agency said.",),
    )
    assert grade(question, typed).outcome is expected


ENVOY = (
    "Yamaguchi Emiko, who heads the agency's office in Cebu, said it would send water "
    "purifiers worth $90,000.",
    '"The villages need clean water first," Yamaguchi said.',
    "Relief goods reached Bato on Sunday, Governor Dario Lim said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Yamaguchi Emiko", C),
        ("Emiko Yamaguchi", C),
        ("Yamaguchi", C),
        ("Ms Yamaguchi", C),
        ("Emiko", X),
        ("Ms Emiko", X),
    ],
)
def test_a_family_name_written_first_that_is_a_place_too(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "Yamaguchi Emiko",
        question="Who heads the agency's office in Cebu?",
        citations=(cite("Yamaguchi Emiko, who heads the agency's office in Cebu", ENVOY[0]),),
        article=ENVOY,
    )
    assert grade(question, typed).outcome is expected


SPENDING = "Most of the money went on blankets and on running 9 field clinics and 22 water points."
BUSES = "Staff propose express routes 40 and 41 every ten minutes and night buses on Route 9."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("blankets and running 9 field clinics and 22 water points", C),
        ("running 9 clinics and 22 water points, blankets", C),
        ("blankets and running 22 field clinics and 9 water points", X),
        ("blankets, 9 water points and 22 field clinics", X),
    ],
)
def test_two_figures_of_one_item_keep_their_own_things(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("blankets", "running 9 field clinics and 22 water points"),
        question="What did most of the money go on?",
        citations=(cite(SPENDING, SPENDING),),
        article=(SPENDING,),
    )
    assert grade(question, typed).outcome is expected


def test_two_figures_of_one_thing_are_no_two_parts() -> None:
    question = make_question(
        "list",
        ("express routes 40 and 41 every ten minutes", "night buses on Route 9"),
        question="Which two changes do staff propose?",
        accept=(("more frequent express routes 40 and 41", "night buses on Route 9"),),
        citations=(cite(BUSES, BUSES),),
        article=(BUSES,),
    )
    typed = "more frequent 40 and 41 express routes, and night buses on Route 9"
    assert grade(question, typed).outcome is C


FUND = "The council approved ₦450 million (about $294,000) for the response on May 4."
LEASE = "The sponsor signed a deal worth 36 million shillings ($278,000), or 12 million shillings a year."
RELIEF = "The territory will release $2.5 million (about US$1.8 million) from its emergency fund."


@pytest.mark.parametrize(
    ("asked", "typed", "expected"),
    [
        ("How much did the council approve for the response?", "about $294,000", C),
        ("How much did the council approve for the response?", "$294,000", C),
        ("How much did the council approve for the response?", "₦450 million", C),
        ("How much did the council approve for the response?", "$300,000", X),
        ("How much did the council approve for the response?", "$450 million", X),
        ("How much, in naira, did the council approve?", "about $294,000", X),
        ("How much did the council approve, in local currency?", "$294,000", X),
    ],
)
def test_the_articles_own_conversion_of_the_amount_is_the_amount(
    asked: str, typed: str, expected: Outcome
) -> None:
    question = make_question(
        "money",
        "₦450 million",
        question=asked,
        citations=(cite(FUND, FUND),),
        article=(FUND,),
    )
    assert grade(question, typed).outcome is expected


def test_a_conversion_is_of_the_amount_it_follows() -> None:
    question = make_question(
        "money",
        "12 million shillings a year",
        question="How much a year is the deal worth?",
        citations=(cite(LEASE, LEASE),),
        article=(LEASE,),
    )
    assert grade(question, "$278,000 a year").outcome is X


def test_an_amount_in_the_answers_own_sign_is_no_conversion() -> None:
    question = make_question(
        "money",
        "$2.5 million",
        question="How much will the territory release from its emergency fund?",
        accept=("C$2.5 million",),
        citations=(cite(RELIEF, RELIEF),),
        article=(RELIEF,),
    )
    assert grade(question, "$1.8 million").outcome is X
