"""Classes of the ninety-third group's false accepts, fixed in general after its first
figure; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

OPEN = "The open drew 186 players from 27 countries, and 12 grandmasters took part."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("186", C), ("186 players", C), ("186 nations", X), ("186 countries", X)],
)
def test_a_rival_count_in_other_words_counts_the_rival(typed: str, expected: Outcome) -> None:
    # The article counts 27 countries: `nations` is that count in other words.
    outcome = graded("number", "186", "How many players took part?", OPEN, typed)
    assert outcome is expected


AIR = "At the peak, 11 water-bombing aircraft and seven helicopters were in the air."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("11", C), ("11 aircraft", C), ("11 choppers", X), ("11 helicopters", X)],
)
def test_a_chopper_is_a_helicopter(typed: str, expected: Outcome) -> None:
    question = "How many water-bombing aircraft were in the air at the peak?"
    assert graded("number", "11", question, AIR, typed) is expected


CREWS = "Slovenia sent 35 firefighters and six fire engines."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("35", C), ("35 firefighters", C), ("35 fire fighters", C), ("35 fire engines", X)],
)
def test_a_compound_counts_what_its_last_word_names(typed: str, expected: Outcome) -> None:
    # `fire` is inside `firefighters`, but `fire engines` are engines.
    question = "How many firefighters did Slovenia send?"
    assert graded("number", "35", question, CREWS, typed) is expected


NIGHT = "The water bombers did not fly at night."
NIGHT_CLAIM = "True or false: the water bombers kept flying through the night."
NIGHT_EXPLAIN = "Flights stopped at 8:15 p.m. and resumed at 6:40 a.m."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, they stopped at 8:15 p.m.", C),
        ("False, they resumed at 6:40 am", C),
        ("false, flights stopped at 9:15 p.m.", X),
        ("false, they resumed at half past seven in the morning", X),
    ],
)
def test_a_corrections_time_of_day_must_be_one_the_article_gives(
    typed: str, expected: Outcome
) -> None:
    assert graded_claim(NIGHT_CLAIM, NIGHT, typed, explain=NIGHT_EXPLAIN) is expected


SHUT = "The clinic did not close at any point during the outbreak."
SHUT_CLAIM = "True or false: the clinic was closed for several days."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it never closed", C),
        ("false, it was closed for two days", X),
        ("False, it shut for three weeks", X),
    ],
)
def test_a_correction_giving_a_length_of_what_the_quote_denies_is_wrong(
    typed: str, expected: Outcome
) -> None:
    assert graded_claim(SHUT_CLAIM, SHUT, typed) is expected
