"""Classes of answers a new article (group 275) showed, each with invented examples."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

HARBOUR = (
    "Most of the trucks were bound for the Peruvian port of Matarani, the hauliers said.",
    "Others turned back towards Santa Cruz in Bolivia.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Matarani, Peru", C),
        ("Matarani Peru", C),
        ("Matarani, Chile", X),
        ("Matarani, Bolivia", X),  # a country the article names, not the quote's
    ],
)
def test_a_place_with_the_country_its_quote_gives_by_demonym(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "text",
        "Matarani",
        "To which port were most of the trucks bound?",
        "bound for the Peruvian port of Matarani",
        *HARBOUR,
    )
    assert grade(question, typed).outcome is expected


AIRLIFT = ("The agency chartered a Lockheed C-130 Hercules from Goose Bay for the airlift.",)
AIRCRAFT = ("an Airbus A400M Atlas", "a Lockheed C-130 Hercules", "a Boeing 767", "a Dash 8")
TANKS = ("the Upper Tank Farm", "the Lower Tank Farm", "the airstrip", "the school")


@pytest.mark.parametrize(
    ("choices", "key", "typed", "expected"),
    [
        (AIRCRAFT, "a Lockheed C-130 Hercules", "Hercules", C),
        (AIRCRAFT, "a Lockheed C-130 Hercules", "the Hercules", C),
        (AIRCRAFT, "a Lockheed C-130 Hercules", "Atlas", X),  # another choice's name
        (AIRCRAFT, "an Airbus A400M Atlas", "Hercules", X),
        (TANKS, "the Upper Tank Farm", "Farm", X),  # two choices end so
        (TANKS, "the Upper Tank Farm", "Tank Farm", X),
    ],
)
def test_a_choice_called_by_the_last_of_its_names(
    choices: tuple[str, ...], key: str, typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "choice", key, "What did the agency charter?", "chartered", *AIRLIFT, choices=choices
    )
    assert grade(question, typed).outcome is expected


APPEAL = ("The firms have 20 working days to lodge an appeal, the regulator said.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("20 workdays", C),
        ("twenty workdays", C),
        ("20 business days", C),
        ("20 days", X),
        ("20 schooldays", X),
        ("21 workdays", X),
    ],
)
def test_working_days_written_as_one_word(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration",
        "20 working days",
        "How long do the firms have to appeal?",
        "20 working days",
        *APPEAL,
    )
    assert grade(question, typed).outcome is expected


CLUBS = ("Durban North Rowing Club", "East London Rowing Club", "Baakens Rowing Club")


def test_a_choice_called_by_its_last_names_keeps_its_place() -> None:
    question = cited_question(
        "choice",
        "East London Rowing Club",
        "Which crew led at the halfway mark?",
        "East London",
        "East London Rowing Club led at halfway.",
        choices=CLUBS,
    )
    assert grade(question, "London Rowing Club").outcome is X
    assert grade(question, "East London").outcome is C


LAWYER = (
    "Inés Carvajal-Ortiz, the union's lawyer, said the fine would be appealed.",
    "The union's treasurer, Rubén Salas, declined to comment.",
)
NAMESAKE = (*LAWYER, "A second lawyer, Tomás Carvajal, advises the exporters.")


@pytest.mark.parametrize(
    ("article", "typed", "expected"),
    [
        (LAWYER, "Inés Carvajal", C),
        (LAWYER, "Ines Carvajal", C),
        (LAWYER, "Carvajal", X),  # the first half alone names nobody in particular
        (LAWYER, "Rubén Carvajal", X),
        (NAMESAKE, "Inés Carvajal", X),  # the article's other Carvajal
    ],
)
def test_a_given_name_with_the_first_half_of_a_double_surname(
    article: tuple[str, ...], typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "person",
        "Inés Carvajal-Ortiz",
        "Who is the union's lawyer?",
        "Inés Carvajal-Ortiz",
        *article,
    )
    assert grade(question, typed).outcome is expected


CHARTER = (
    "The ministry chartered the ferry for 41,000 pa'anga a week and pays its crew a bonus "
    "of 300 pa'anga for each day at sea.",
)
P = Outcome.PARTIAL


@pytest.mark.parametrize(
    ("key", "asked", "quote", "typed", "expected"),
    [
        (
            "41,000 pa'anga a week",
            "What did the charter cost?",
            "41,000 pa'anga",
            "41,000 pa'anga",
            P,
        ),
        (
            "41,000 pa'anga a week",
            "What did the charter cost?",
            "41,000 pa'anga",
            "41,000 pa'anga weekly",
            C,
        ),
        (
            "41,000 pa'anga a week",
            "What did the charter cost?",
            "41,000 pa'anga",
            "41,000 pa'anga a month",
            X,
        ),
        (
            "41,000 pa'anga a week",
            "What did the charter cost each week?",
            "41,000 pa'anga",
            "41,000 pa'anga",
            C,
        ),
        (
            "300 pa'anga for each day at sea",
            "What bonus does the crew get?",
            "300 pa'anga",
            "300 pa'anga",
            P,
        ),
        (
            "300 pa'anga for each day at sea",
            "What bonus does the crew get?",
            "300 pa'anga",
            "300 pa'anga a day",
            C,
        ),
        (
            "300 pa'anga for each day at sea",
            "What bonus does the crew get?",
            "300 pa'anga",
            "300 pa'anga for each day",
            C,
        ),
        ("41,000 pa'anga a week", "What did the charter cost?", "41,000", "41,000 pa'anga/wk", C),
    ],
)
def test_an_amount_typed_without_what_it_is_per_is_half(
    key: str, asked: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question("money", key, asked, quote, *CHARTER)
    assert grade(question, typed).outcome is expected


GRAPES = ("Some grapes went to distilleries for as little as 0.60 lari per kilogram.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("0.6 GEL/kg", C), ("0.6 lari per kg", C), ("0.6 lari each kilo", C), ("0.6 GEL", P)],
)
def test_an_amount_typed_with_its_rate_in_other_words_is_whole(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "money", "0.60 lari per kilogram", "What did distilleries pay?", "0.60 lari", *GRAPES
    )
    assert grade(question, typed).outcome is expected


def test_an_amount_the_author_accepts_without_its_rate_is_whole() -> None:
    question = cited_question(
        "money",
        "41,000 pa'anga a week",
        "What did the charter cost?",
        "41,000 pa'anga",
        *CHARTER,
        accept=("41,000 pa'anga",),
    )
    assert grade(question, "41000 paanga").outcome is C


def test_a_choice_is_not_called_by_the_place_it_names_last() -> None:
    question = cited_question(
        "choice",
        "Kettering Bay on North Bruny",
        "Where is the plant?",
        "Kettering Bay",
        "The plant is at Kettering Bay on North Bruny.",
        choices=("Kettering Bay on North Bruny", "Alonnah on South Bruny", "Hobart"),
    )
    assert grade(question, "North Bruny").outcome is not C


PUMP = ("The pump stopped because a seal that cracked in March had never been changed.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a seal that cracked in March was never changed", C),
        ("a seal cracked in March and was never changed", C),
        ("a seal that cracked in March has never been changed", C),
        ("a seal that cracked in March was changed", X),
        ("a seal that cracked in May had never been changed", X),
    ],
)
def test_a_cause_in_another_tense(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "text",
        "a seal that cracked in March had never been changed",
        "Why did the pump stop?",
        "a seal that cracked in March had never been changed",
        *PUMP,
    )
    assert grade(question, typed).outcome is expected


def test_an_amount_without_its_rate_is_no_rejected_total() -> None:
    question = cited_question(
        "money",
        "41,000 pa'anga a week",
        "What did the charter cost?",
        "41,000 pa'anga",
        *CHARTER,
    )
    guarded = replace(question, reject=("41,000 pa'anga in total", "41,000 pa'anga a month"))
    assert grade(guarded, "41,000 pa'anga").outcome is P
    assert grade(guarded, "41,000 pa'anga in total").outcome is X


def test_a_particle_is_no_first_half_of_a_surname() -> None:
    question = cited_question(
        "person",
        "Maryam Al-Dosari",
        "Who is the deputy director?",
        "Maryam Al-Dosari",
        "Maryam Al-Dosari, the deputy director, opened the auction.",
    )
    assert grade(question, "Maryam Al").outcome is X
    assert grade(question, "Maryam Al-Mannai").outcome is X


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Santander Norte", "North Santander", C),
        ("Santander Norte", "South Santander", X),
        ("South Kasai", "Sud-Kasai", C),
        ("South Kasai", "Nord-Kasai", X),
        ("Alta Guajira", "Upper Guajira", C),
        ("Alta Guajira", "Lower Guajira", X),
    ],
)
def test_a_point_of_the_compass_in_the_language_of_the_name(
    key: str, typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "text", key, "Where did the floods hit hardest?", key, f"The floods hit {key} hardest."
    )
    assert grade(question, typed).outcome is expected


COUNCIL = (
    "The council's biosecurity manager, Graham J. Fenwick, presented the report.",
    "Councillor Tessa Fenwick declared a conflict of interest and did not vote.",
    "Fenwick said the cull would take three years.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tessa Fenwick", C),
        ("Graham Fenwick", X),
        ("Graham J. Fenwick", X),  # the namesake's name with his initial
        ("Graham J Fenwick", X),
    ],
)
def test_a_namesake_named_with_a_middle_initial(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "person",
        "Tessa Fenwick",
        "Which councillor declared a conflict of interest?",
        "Councillor Tessa Fenwick",
        *COUNCIL,
    )
    assert grade(question, typed).outcome is expected
