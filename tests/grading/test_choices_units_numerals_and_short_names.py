"""A choice or text key's rounding word (`about`) is not needed; a place's description
(`central Accra`) is no qualifier of its name; basis points written `bps`, and a choice in
basis points typed in percentage points; a label's numeral in digits or Roman (`Grade II`
for Grade 2); a choice typed in another unit's words (`30 kilometres per hour` for `30
km/h` beside `30 mph`) or with `No.` for `number`; a place after a comma is no person's
name; a list item by the short name the article gives it; an age in the explanation is
no length of time. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.facts.infer import looks_like_a_name
from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("about 52 million pesos a month", C),
        ("52 million pesos a month", C),
        ("52m pesos per month", C),
        ("52 million pesos a week", X),
        ("about 52 million pesos a week", X),
    ],
)
def test_a_rounding_word_of_a_choice_is_not_needed(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "about 52 million pesos a month",
        question="How much does storing the engines cost?",
        choices=(
            "about 52 million pesos a month",
            "about 52 million pesos a week",
            "about 610 million pesos a month",
            "about 7.4 billion pesos a year",
        ),
    )
    assert grade(question, typed).outcome is expected


MARKETS = (
    "A sack of onions sold for 900 cedis at Tamale Market in central Bolgatanga.",
    "At Techiman Market the same sack fetched 840 cedis.",
    "Traders in Bolgatanga said prices had doubled since June.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tamale Market", C),
        ("tamale market, bolgatanga", C),
        ("Tamale Market in central Bolgatanga", C),
        ("Techiman Market", X),
    ],
)
def test_a_lower_case_description_is_no_qualifier_of_a_name(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "Tamale Market in central Bolgatanga",
        question="Where did a sack of onions sell for 900 cedis?",
        choices=("Tamale Market in central Bolgatanga", "Techiman Market", "Kumasi", "Wa"),
        citations=(cite("at Tamale Market in central Bolgatanga", MARKETS[0]),),
        article=MARKETS,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("275 bps", C), ("275 bp", C), ("275bps", C), ("275 percent", X), ("175 bps", X)],
)
def test_basis_points_written_short(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "275 basis points",
        question="By how much did the central bank raise its rate?",
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("75 bps", C),
        ("0.75 percentage points", C),
        ("0.75 pp", C),
        ("0.75 percent", X),
        ("1.25 percentage points", X),
    ],
)
def test_a_choice_in_basis_points_typed_in_points(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "75 basis points",
        question="What rise did the two dissenters want?",
        choices=("50 basis points", "75 basis points", "125 basis points", "200 basis points"),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("kind", "answer", "choices", "typed", "expected"),
    [
        ("choice", "Grade 2", ("Grade 1", "Grade 2", "Grade 3"), "Grade II", C),
        ("choice", "Grade 2", ("Grade 1", "Grade 2", "Grade 3"), "Grade III", X),
        ("choice", "alert level 3", ("alert level 2", "alert level 3"), "alert level III", C),
        (
            "choice",
            "Falcon Mk II",
            ("Falcon Mk I", "Falcon Mk II", "Falcon Mk III"),
            "Falcon Mk 2",
            C,
        ),
        (
            "choice",
            "Falcon Mk II",
            ("Falcon Mk I", "Falcon Mk II", "Falcon Mk III"),
            "Falcon Mk 3",
            X,
        ),
        ("text", "Ward 7", (), "Ward VII", C),
        ("text", "Ward 7", (), "Ward VI", X),
    ],
)
def test_a_labels_numeral_in_digits_or_roman(
    kind: str, answer: str, choices: tuple[str, ...], typed: str, expected: Outcome
) -> None:
    question = make_question(kind, answer, question="Which one was it?", choices=choices)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("50 kilometres per hour", C),
        ("50 kmh", C),
        ("50 mph", X),
        ("50 miles per hour", X),
        ("60 kilometres per hour", X),
    ],
)
def test_a_choice_typed_in_its_units_words(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "50 km/h",
        question="What limit applies on the new bridge?",
        choices=("40 km/h", "50 km/h", "50 mph", "60 km/h"),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("raft no. 2", C), ("No 2", C), ("number two", C), ("raft no. 4", X), ("not number 2", X)],
)
def test_no_before_a_figure_numbers_a_choice(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "raft number 2",
        question="Which raft failed to inflate?",
        choices=("raft number 1", "raft number 2", "raft number 3", "raft number 4"),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ballina, County Galway", False),
        ("Salem, Oregon", False),
        ("Roe, a Republican", False),
        ("Anna Korhonen", True),
    ],
)
def test_a_place_after_a_comma_is_no_name(text: str, expected: bool) -> None:
    assert looks_like_a_name(text) is expected


def test_a_choice_of_towns_by_county_is_picked_by_its_county() -> None:
    question = make_question(
        "choice",
        "Ballina, County Galway",
        question="Which Ballina has the mart?",
        choices=("Ballina, County Kerry", "Ballina, County Galway", "Ballina, County Cork"),
    )
    assert grade(question, "Galway").outcome is C
    assert grade(question, "County Galway").outcome is C
    assert grade(question, "Cork").outcome is X


FUNDERS = (
    "The rest came from the Asian Development Bank, the Water Investment Fund (FIA) "
    "and the Government of Norway.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Asian Development Bank, FIA and the Government of Norway", C),
        ("the asian development bank, the fia and the government of norway", C),
        ("Asian Development Bank and FIA", P),
        ("Asian Development Bank, UNICEF and FIA", X),
    ],
)
def test_a_list_item_by_the_short_name_the_article_gives(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("Asian Development Bank", "Water Investment Fund", "Government of Norway"),
        question="Who paid the rest?",
        citations=(cite(FUNDERS[0][17:], FUNDERS[0]),),
        article=FUNDERS,
    )
    assert grade(question, typed).outcome is expected


def test_a_legal_form_in_brackets_is_no_short_name() -> None:
    paragraph = "Karoo Mills (Pty) Ltd of Paarl and Duma Foods Ltd of Durban were fined."
    question = make_question(
        "list",
        ("Karoo Mills", "Duma Foods"),
        question="Which firms were fined?",
        citations=(cite(paragraph[:-12], paragraph),),
        article=(paragraph,),
    )
    assert grade(question, "Karoo Mills (Pty) Ltd and Duma Foods Ltd").outcome is C
    assert grade(question, "Pty and Duma Foods").outcome is not C


SATELLITE = (
    "The satellite, which was launched in 2016 with a design life of six years, is now "
    "nine years old.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false, it was six years", C), ("false, it was nine years", X), ("false", C)],
)
def test_an_age_in_the_explanation_is_no_length_of_time(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: the satellite was launched with a design life of ten years.",
        citations=(cite("with a design life of six years", SATELLITE[0]),),
        article=SATELLITE,
        explain="Its design life was six years; it is now nine years old.",
    )
    assert grade(question, typed).outcome is expected
