"""Grader faults the two-hundred-and-eleventh to sixteenth groups' misses showed, fixed in
general after they were measured; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

FARES = ("Tickets for the ferry will stay at €3 for the first two crossings of the day.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, they stay at €3", C),
        ("false, €3 for the first two crossings", C),
        ("false, they stay at €1", X),  # `first` gives no figure 1
    ],
)
def test_an_ordinal_of_the_explanation_is_no_figure_of_a_correction(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: ferry tickets will cost more under the plan.",
        citations=(cite(FARES[0], FARES[0]),),
        article=FARES,
        explain="Tickets stay at €3 for the first two crossings of the day.",
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a length and a half", 1.5),
        ("a kilometre and a half", 1.5),  # was read as one kilometre
        ("half a length", 0.5),
        ("half a dozen", 6.0),
        ("an hour and a half", 5400.0),  # still a duration, in seconds
    ],
)
def test_a_thing_and_a_half_and_half_a_thing(text: str, value: float) -> None:
    from newsquiz.facts.text import tokenize
    from newsquiz.facts.values import scan

    assert [m.value for m in scan(tokenize(text))] == [value]


MARGINS = ("Silver Reed was second, and Blue Harbour third, a length and a half further back.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, a length and a half", C),
        ("false, one and a half lengths", C),
        ("false, 1.5 lengths", C),
        ("false, half a length", X),
        ("false, three lengths", X),
    ],
)
def test_a_margin_in_lengths_worded(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: Blue Harbour finished two lengths behind the runner-up.",
        citations=(cite("Blue Harbour third, a length and a half further back", MARGINS[0]),),
        article=MARGINS,
    )
    assert grade(question, typed).outcome is expected


FARE_RULES = ("Adults pay 3 lari a ride; pensioners pay 1 lari.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, they pay 1 lari", C),
        ("false, they pay 3 lari", X),  # the explanation's figure for adults
    ],
)
def test_a_figure_typed_after_a_word_the_quote_gives_another(typed: str, expected: Outcome) -> None:
    quote = "pensioners pay 1 lari"
    question = make_question(
        "claim",
        "false",
        question="True or false: pensioners pay 2 lari a ride.",
        citations=(cite(quote, FARE_RULES[0]),),
        article=FARE_RULES,
        explain="Pensioners pay 1 lari; the adult fare is 3 lari.",
    )
    assert grade(question, typed).outcome is expected


def test_a_figure_the_quote_states_may_follow_the_word_for_another() -> None:
    quote = "Adults pay 3 lari a ride; pensioners pay 1 lari."
    question = make_question(
        "claim",
        "false",
        question="True or false: pensioners pay 2 lari a ride.",
        citations=(cite(quote, FARE_RULES[0]),),
        article=FARE_RULES,
    )
    assert grade(question, "false, adults pay 3 lari and pensioners pay 1 lari").outcome is C


BREWERY = ("The Bavarian brewery in Germany was sold to the London-based Castellan Drinks.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("London", C),
        ("London, England", C),  # London is in England as well as in the UK
        ("London, UK", C),
        ("London, Scotland", X),
        ("London, Canada", X),
    ],
)
def test_a_city_with_the_part_of_its_country_it_is_in(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "London",
        question="In which city is Castellan Drinks based?",
        citations=(cite("the London-based Castellan Drinks", BREWERY[0]),),
        article=BREWERY,
    )
    assert grade(question, typed).outcome is expected


FACTORY = ("The syrup was made at the company's plant in East London, in the Eastern Cape.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("East London", C),
        ("East London, South Africa", C),
        ("East London, England", X),  # East London is no London
    ],
)
def test_a_place_named_with_a_point_of_the_compass_is_another(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "text",
        "East London",
        question="In which city is the plant?",
        citations=(cite("the company's plant in East London, in the Eastern Cape", FACTORY[0]),),
        article=FACTORY,
    )
    assert grade(question, typed).outcome is expected


SHIPPED = (
    "The injured were flown to Central Hospital in Mombasa and to the burns unit of St Luke's "
    "Hospital in Nairobi.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Central Hospital and St Luke's Hospital", C),
        ("Central Hospital in Mombasa and St Luke's Hospital in Nairobi", C),
        ("Central Hospital in Nairobi and St Luke's Hospital in Mombasa", X),  # swapped
        ("Central Hospital in Nairobi, St Luke's", X),
    ],
)
@pytest.mark.parametrize("short", [False, True])
def test_items_ending_alike_keep_their_own_places(
    typed: str, expected: Outcome, short: bool
) -> None:
    question = make_question(
        "list",
        ("Central Hospital", "St Luke's Hospital"),
        question="To which two hospitals were the injured flown?",
        accept=(("Central", "St Luke's"),) if short else (),
        citations=(cite(SHIPPED[0], SHIPPED[0]),),
        article=SHIPPED,
    )
    assert grade(question, typed).outcome is expected


def test_the_table_of_given_names_knows_each_sex_and_leaves_shared_names_out() -> None:
    from newsquiz.facts.given_names import given_name_sex

    assert given_name_sex("maeve") == "f"
    assert given_name_sex("declan") == "m"
    assert given_name_sex("jean") is None  # borne by men and women
    assert given_name_sex("zzyzx") is None


WALL = (
    "The breach was found by Declan Furlong, a track ganger.",
    "Councillor Maeve Furlong (no relation) said residents had warned of it for years.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Maeve Furlong", C),
        ("Ms Furlong", C),
        ("Councillor Furlong", C),
        ("Mr Furlong", X),  # the article says nothing of either's sex; the given names do
    ],
)
def test_an_honorific_of_the_sex_a_given_name_has(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "Maeve Furlong",
        question="Which councillor said residents had warned of the breach?",
        citations=(cite(WALL[1], WALL[1], 2),),
        article=WALL,
    )
    assert grade(question, typed).outcome is expected


def test_a_post_after_a_name_is_no_honorific() -> None:
    senedd = ("Gareth Pritchard, the Conservative MS for Hafren, called the report damning.",)
    question = make_question(
        "person",
        "Gareth Pritchard",
        question="Who called the report damning?",
        citations=(cite(senedd[0], senedd[0]),),
        article=senedd,
    )
    assert grade(question, "Gareth Pritchard, the Conservative MS").outcome is C


STAFF = ("The plant employs 64 people, 41 of whom live within 30 kilometres of the site.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("41", C), ("41 people", C), ("41 kilometres", X), ("41 km", X)],
)
def test_a_unit_of_the_questions_own_figure_is_not_the_one_asked(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "number",
        "41",
        question="How many of the staff live within 30 kilometres of the site?",
        citations=(cite("41 of whom live within 30 kilometres of the site", STAFF[0]),),
        article=STAFF,
    )
    assert grade(question, typed).outcome is expected


LEITRIM = (
    "Gallagher, who grew up in Dromahair in North Leitrim, trained in Belfast, Northern Ireland.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("North Leitrim", C), ("Northern Leitrim", C), ("Northern Ireland", X)],
)
def test_a_word_of_the_key_typed_only_inside_another_places_name(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "text",
        "North Leitrim",
        question="In which part of County Leitrim did Gallagher grow up?",
        citations=(cite("grew up in Dromahair in North Leitrim", LEITRIM[0]),),
        article=LEITRIM,
    )
    assert grade(question, typed).outcome is expected
