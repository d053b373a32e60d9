"""A value as the article and the question set it: a bound the article denies (`no trawler
may land more than 40 tonnes`: at most 40), a rate the question names itself (`for each
cubic metre`), one `p.m.` after a run of hours, and in multiple choice a place after `near`
and a unit written after `per`."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.facts.world import counted_class
from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

LANDINGS = "Under the new rule, no trawler may land more than 40 tonnes a trip, the ministry said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("no more than 40 tonnes", C),
        ("at most 40 tonnes", C),
        ("40 tonnes", C),
        ("more than 40 tonnes", X),
        ("at least 40 tonnes", X),
    ],
)
def test_a_bound_the_article_denies(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number", "40 tonnes", "What is the most a trawler may land in a trip?", LANDINGS, LANDINGS
    )
    assert grade(question, typed).outcome is expected


DUMPING = "Dumping is fined at €900 per cubic metre of waste, with a minimum of €5,000."


@pytest.mark.parametrize(
    ("asked", "typed", "expected"),
    [
        ("How much is dumping fined for each cubic metre of waste?", "€900", C),
        ("How much is dumping fined for each cubic metre of waste?", "€900 per tonne", X),
        ("How much is dumping fined per cubic metre?", "€900", C),
        ("What is the fine for dumping?", "€900", P),  # what it is per, left off
    ],
)
def test_a_rate_the_question_names(asked: str, typed: str, expected: Outcome) -> None:
    question = cited_question("money", "€900 per cubic metre", asked, DUMPING, DUMPING)
    assert grade(question, typed).outcome is expected


SLOTS = "Visitors will need a ticket for one of three entry slots, at 5 p.m., 7 p.m. and 9 p.m."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("5, 7 and 9 p.m.", C),
        ("5 pm, 7 pm and 9 pm", C),
        ("5, 7 and 9 a.m.", X),
        ("5, 7 and 10 p.m.", X),
        ("5 and 7 p.m.", P),
    ],
)
def test_one_half_of_the_day_after_a_run_of_hours(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "list", ("5 p.m.", "7 p.m.", "9 p.m."), "When do the three slots start?", SLOTS, SLOTS
    )
    assert grade(question, typed).outcome is expected


ROCK = "Inspectors traced 380 tonnes of the rock to a landfill near Selva, 38 km away."
PLACES = (
    "the landfill near Selva",
    "the quarry near Merano",
    "the stonemasons' yard in Trento",
    "the building site in Bolzano",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Selva", C), ("near Selva", C), ("Merano", X), ("Trento", X)],
)
def test_a_choice_by_the_place_it_is_near(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "choice",
        PLACES[0],
        "Where did inspectors trace the rock to?",
        ROCK,
        ROCK,
        choices=PLACES,
    )
    assert grade(question, typed).outcome is expected


CRUSH = "The review found the crowd on the bridge reached about six people per square metre."
DENSITIES = (
    "about six people per square metre",
    "about four people per square metre",
    "about six people per square foot",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("about 6 people per m2", C),
        ("six people per m²", C),
        ("6 per sq ft", X),
        ("4 people per m2", X),
    ],
)
def test_a_choice_with_a_unit_after_per(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "choice",
        DENSITIES[0],
        "How crowded did the bridge become?",
        CRUSH,
        CRUSH,
        choices=DENSITIES,
    )
    assert grade(question, typed).outcome is expected


def test_a_plural_is_read_by_its_own_ending() -> None:
    """`officers` count people, not offices, though their letters begin so; `villagers` no
    villages; `cities` and `crashes` are read by their plural endings."""
    assert counted_class("officers") != counted_class("office")
    assert counted_class("villagers") != counted_class("village")
    assert counted_class("cities") == counted_class("city") is not None
    assert counted_class("crashes") == counted_class("crash") is not None
    assert counted_class("hotels") != counted_class("rooms")


SHARES = "Nearly 40 percent of the water in the network is lost to leaks, the utility said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nearly two-fifths", C),  # the key's own bound on the share
        ("nearly two fifths", C),
        ("two-fifths", C),
        ("nearly three-fifths", X),
        ("more than two-fifths", X),
    ],
)
def test_a_share_in_words_with_the_keys_own_bound(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number", "nearly 40 percent", "What share of the water is lost?", SHARES, SHARES
    )
    assert grade(question, typed).outcome is expected


BALLOT = "In all, 2,085 doctors voted in favour of strikes and 128 against, the union said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2,085 votes in favour", C), ("2,085 doctors", C), ("2,085 nurses", X)],
)
def test_what_the_questions_verb_counts(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number", "2,085", "How many doctors voted in favour of strikes?", BALLOT, BALLOT
    )
    assert grade(question, typed).outcome is expected


POLICE = "The provincial police deployed 120 officers around the town hall on Tuesday."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("120 officers", C), ("120 police officers", C), ("120 soldiers", X), ("120 nurses", X)],
)
def test_officers_are_not_soldiers(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number", "120", "How many police officers were deployed?", POLICE, POLICE
    )
    assert grade(question, typed).outcome is expected


CARGO = "The airline cut cargo loads on 187 of its 203 jet flights since May."


@pytest.mark.parametrize(("typed", "expected"), [("187 jet flights", C), ("187 cargo flights", X)])
def test_a_word_the_article_sets_before_another_noun(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number", "187", "On how many of its jet flights were loads cut?", CARGO, CARGO
    )
    assert grade(question, typed).outcome is expected
