"""A count of people is never a count of things, nor the other way round: `16 players`
for a league's 16 clubs, `74 hospitals` for 74 patients. Invented examples, written before
the rule."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

LEAGUE = (
    "The Coastal Premier League will grow to 16 clubs next season after two sides won "
    "promotion, the federation said.",
    "Each club may register 30 players, up from 25.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("16", C),
        ("16 clubs", C),
        ("sixteen teams", C),
        ("16 players", X),  # the league's players are not its clubs
        ("16 footballers", X),
        ("16 managers", X),
    ],
)
def test_people_typed_for_clubs(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "16",
        question="How many clubs will play in the Coastal Premier League next season?",
        citations=(cite("grow to 16 clubs next season", LEAGUE[0]),),
        article=LEAGUE,
    )
    assert grade(question, typed).outcome is expected


REGATTA = (
    "A record 220 boats entered the Lough Carra regatta on Saturday, organisers said.",
    "More than 900 rowers took part over two days.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("220", C),
        ("220 boats", C),
        ("220 vessels", C),
        ("220 rowers", X),
        ("220 athletes", X),
    ],
)
def test_people_typed_for_boats(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "220",
        question="How many boats entered the Lough Carra regatta?",
        citations=(cite("A record 220 boats entered", REGATTA[0]),),
        article=REGATTA,
    )
    assert grade(question, typed).outcome is expected


CLINIC = (
    "Medics at the field clinic in Tessaly treated 74 patients for heat exhaustion on "
    "Sunday, the Red Cross said.",
    "Three hospitals in the region cancelled routine surgery.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("74", C),
        ("74 patients", C),
        ("74 people", C),
        ("74 runners", C),  # people too: what they were is not asked
        ("74 hospitals", X),  # buildings for people
        ("74 clinics", X),
        ("74 towns", X),
    ],
)
def test_things_typed_for_patients(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "74",
        question="How many patients did the field clinic treat for heat exhaustion?",
        citations=(cite("treated 74 patients for heat exhaustion", CLINIC[0]),),
        article=CLINIC,
    )
    assert grade(question, typed).outcome is expected


AIRLIFT = (
    "Army helicopters flew 23 people out of the cut-off valley on Thursday.",
    "The aircraft made 11 flights in all before cloud closed in.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("23", C),
        ("23 people", C),
        ("23 residents", C),
        ("23 villagers", C),
        ("23 flights", X),
        ("23 helicopters", X),
    ],
)
def test_things_typed_for_people_flown_out(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "23",
        question="How many people did the helicopters fly out of the valley?",
        citations=(cite("flew 23 people out of the cut-off valley", AIRLIFT[0]),),
        article=AIRLIFT,
    )
    assert grade(question, typed).outcome is expected


SQUAD = ("The national under-20 squad named 28 club players for the tour of Japan.",)


@pytest.mark.parametrize(("typed", "expected"), [("28 players", C), ("28", C)])
def test_players_of_clubs_are_players(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "28",
        question="How many players did the under-20 squad name for the tour?",
        citations=(cite("named 28 club players", SQUAD[0]),),
        article=SQUAD,
    )
    assert grade(question, typed).outcome is expected


FILERS = ("Of the 98,000 taxpayers whose records leaked, about 61,000 are businesses.",)


@pytest.mark.parametrize(("typed", "expected"), [("61,000 businesses", C), ("61,000 firms", C)])
def test_a_question_that_names_both_counts_either(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "61,000",
        question="How many of the taxpayers whose records leaked are businesses?",
        citations=(cite("about 61,000 are businesses", FILERS[0]),),
        article=FILERS,
    )
    assert grade(question, typed).outcome is expected


RAIDS = (
    "Police said about 60 officers took part in the dawn raids on Tuesday.",
    "The report makes 23 recommendations, four of which it calls urgent.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("60 officers", C), ("60 police officers", C), ("60 riot officers", C)],
)
def test_a_word_before_the_counted_noun_that_counts_nothing_apart(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "number",
        "about 60",
        question="How many officers took part in the raids?",
        citations=(cite("about 60 officers took part", RAIDS[0]),),
        article=RAIDS,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("23 recommendations", C), ("23 urgent recommendations", X)],
)
def test_a_word_the_keys_sentence_counts_apart(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "23",
        question="How many recommendations does the report make?",
        citations=(cite("The report makes 23 recommendations", RAIDS[1]),),
        article=RAIDS,
    )
    assert grade(question, typed).outcome is expected


SAMPLES = ("Testers took 64 samples at the race, 41 of urine and 23 of blood.",)


@pytest.mark.parametrize(
    ("typed", "expected"), [("23 samples", C), ("23 blood samples", C), ("23 urine samples", X)]
)
def test_a_word_another_figure_of_the_sentence_counts(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "23",
        question="How many blood samples did the testers take?",
        citations=(cite("23 of blood", SAMPLES[0]),),
        article=SAMPLES,
    )
    assert grade(question, typed).outcome is expected


# Things no table knows (`permits`, `lanterns`): people typed for them count another thing,
# while a noun that may count people (`delegates`, `members`) or a body stays open.
HARBOUR = (
    "The harbour board issued 1,340 mooring permits this summer, its secretary said.",
    "Volunteers hung 85 lanterns along the quay for the regatta.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1,340", C),
        ("1,340 permits", C),
        ("1,340 people", X),  # a permit is no person
        ("1,340 sailors", X),
        ("1,340 fishermen", X),
    ],
)
def test_people_typed_for_things_no_table_lists(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "1,340",
        question="How many mooring permits did the harbour board issue this summer?",
        citations=(cite("issued 1,340 mooring permits", HARBOUR[0]),),
        article=HARBOUR,
    )
    assert grade(question, typed).outcome is expected


SYNOD = ("The synod's 212 delegates elected a new moderator on Friday.",)


@pytest.mark.parametrize(("typed", "expected"), [("212 people", C), ("212 clergy", C)])
def test_people_typed_for_a_noun_that_may_count_people(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "212",
        question="How many delegates does the synod have?",
        citations=(cite("212 delegates", SYNOD[0]),),
        article=SYNOD,
    )
    assert grade(question, typed).outcome is expected
