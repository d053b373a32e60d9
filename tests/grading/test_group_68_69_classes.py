"""Classes of false accepts the sixty-eighth and sixty-ninth groups showed after their first
runs, fixed in general; each with invented examples both ways."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        ("What share of voters favoured the new bridge?", "58 percent", C),
        ("What share of voters favoured the new bridge?", "58 percent in favour", C),
        ("What share of voters favoured the new bridge?", "58 percent against", X),
        ("What share of voters favoured the new bridge?", "58 percent opposed", X),
        ("What share of voters opposed the new bridge?", "35 percent against", C),
        ("What share of voters opposed the new bridge?", "35 percent in favour", X),
    ],
)
def test_the_side_a_question_asks_in_favoured_or_opposed(
    question: str, typed: str, expected: Outcome
) -> None:
    quote = "A poll found 58 percent in favour of the new bridge, 35 percent against."
    key = "35 percent" if "opposed" in question else "58 percent"
    assert graded("number", key, question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("seven years", C),
        ("almost a decade", C),
        ("nearly a decade", C),
        ("a decade", X),
        ("ten years", X),
    ],
)
def test_an_accepted_rounder_length_needs_its_softening(typed: str, expected: Outcome) -> None:
    # `almost a decade` is accepted for seven years only as the author wrote it: a decade is
    # another length.
    quote = "She has driven a taxi in the city for seven years."
    outcome = graded(
        "duration",
        "seven years",
        "How long has she driven a taxi?",
        quote,
        typed,
        accept=("almost a decade",),
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rio Grande and Santos", C),
        ("Santos and Rio Grande", C),
        ("Santos and Rio de Janeiro", X),
        ("Rio de Janeiro", X),
    ],
)
def test_an_item_that_only_begins_with_a_places_short_name(typed: str, expected: Outcome) -> None:
    # `Rio Grande` is no Rio de Janeiro, though `Rio` alone may be.
    quote = "Shippers moved to the Brazilian ports of Rio Grande and Santos."
    outcome = graded(
        "list", ("Rio Grande", "Santos"), "Which two ports gained traffic?", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("64 trucks", C),
        ("64 lorries", C),
        ("64 tanker trucks", C),
        ("64 villages", X),
        ("46 trucks", X),
    ],
)
def test_the_thing_counted_in_another_word(typed: str, expected: Outcome) -> None:
    quote = "The region has hired 64 tanker lorries to carry water to the villages."
    outcome = graded("number", "64", "How many tanker lorries has the region hired?", quote, typed)
    assert outcome is expected


def test_a_synonym_of_a_qualifying_word_counts_another_thing() -> None:
    # `match` may be another word for game, but `match points` are another count.
    quote = "India took 20 of a possible 22 match points and 33 game points."
    outcome = graded(
        "number", "33", "How many game points did India score?", quote, "33 match points"
    )
    assert outcome is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("longer than two hours", C),
        ("more than two hours", C),
        ("shorter than two hours", X),
        ("two hours", X),
    ],
)
def test_longer_than_is_a_bound(typed: str, expected: Outcome) -> None:
    quote = "Any ship docked for more than two hours must plug into shore power."
    outcome = graded(
        "duration", "more than two hours", "How long may a ship stay unplugged?", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("kind", "key", "typed", "expected"),
    [
        ("number", "37 percent", "37 pecent", C),
        ("number", "37 percent", "37 percnet", C),
        ("number", "37 percent", "73 pecent", X),
        ("duration", "90 days", "90 dyas", C),
        ("duration", "90 days", "90 weks", X),
        ("number", "37 votes", "37 nays", X),
    ],
)
def test_a_slip_in_the_articles_unit(kind: str, key: str, typed: str, expected: Outcome) -> None:
    quote = f"The measure reached {key} after the vote, with 12 nays."
    assert graded(kind, key, "What did it reach?", quote, typed) is expected


@pytest.mark.parametrize(("typed", "expected"), [("9", C), ("9 hours", C), ("9 days", X), ("3", X)])
def test_a_bare_figure_in_the_unit_the_question_counts(typed: str, expected: Outcome) -> None:
    # The question names hours and a day: it counts hours.
    quote = "In the old town the mains run for 9 hours every third day."
    outcome = graded(
        "duration", "9 hours", "For how many hours do the mains run on a supply day?", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("quote", "typed", "expected"),
    [
        ("Nearly 900 registered fishermen work the lagoon.", "900 fishermen", C),
        ("Nearly 900 registered fishermen work the lagoon.", "900", C),
        ("Nearly 900 registered fishermen work the lagoon.", "900 families", X),
        ("The farmer stayed behind with his 140 hives.", "140 beehives", C),
        ("The farmer stayed behind with his 140 hives.", "140 cattle", X),
        ("Nearly 900 cattle were sold before the drought.", "900 cows", C),
        ("Nearly 900 cattle were sold before the drought.", "900 sheep", X),
    ],
)
def test_a_count_of_another_kind_of_thing(quote: str, typed: str, expected: Outcome) -> None:
    # Words the article never uses, but of a kind its own words after the figure are not.
    key = "900" if "900" in quote else "140"
    asked = "How many registered fishermen?" if "fishermen" in quote else "How many?"
    assert graded("number", key, asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Rs 9,800", C), ("Rs 9,800 one way", C), ("Rs 9,800 return", X), ("Rs 9,800 round trip", X)],
)
def test_a_fare_of_the_other_kind_of_ticket(typed: str, expected: Outcome) -> None:
    # Group 71's author's reject entry (`Rs 14,500 return`), before its run.
    quote = "A one-way ticket from the capital costs Rs 9,800 (about $73)."
    outcome = graded("money", "Rs 9,800", "How much does a one-way ticket cost?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false", C), ("false, it only doubled", X), ("false, it tripled", X)],
)
def test_a_correction_that_multiplies_by_another_figure(typed: str, expected: Outcome) -> None:
    # Group 71: the quote gives the rise as so many times (`two and a half times`).
    quote = "The bridge ended up costing more than two and a half times the first estimate."
    outcome = graded_claim(
        "True or false: the bridge cost more than three times its first estimate.", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, now he does one", C),
        ("false, four before and one now", C),
        ("false, he now does three", X),
    ],
)
def test_a_correction_ending_on_a_figure_the_quote_does_not_give(
    typed: str, expected: Outcome
) -> None:
    # Group 72: a number word that ends the correction states a figure.
    quote = '"Before the burst I did four trips a day. Now I do one," he said.'
    outcome = graded_claim(
        "True or false: the driver said he now makes two trips a day.", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, on Wednesday afternoon", C),
        ("true, on Thursday morning", X),
        ("true, on Wednesday evening", X),
    ],
)
def test_a_correction_on_another_day_or_time_of_day(typed: str, expected: Outcome) -> None:
    quote = "A second, smaller slide on Wednesday afternoon added to the debris."
    outcome = graded_claim(
        "True or false: a second slide on Wednesday afternoon added to the debris.",
        quote,
        typed,
        key="true",
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("US$335", C), ("US$335 a tonne", C), ("US$335 per ton", C), ("US$335 a kilogram", X)],
)
def test_the_rate_an_accepted_form_gives(typed: str, expected: Outcome) -> None:
    # Group 73: the key writes no rate, its accepted `US$335 a tonne` does.
    quote = "The new price is up from US$335 last season."
    outcome = graded(
        "money",
        "US$335",
        "What was the board's maize price last season?",
        quote,
        typed,
        accept=("US$335 a tonne",),
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("five days", C), ("fiev days", C), ("fvie days", C), ("six days", X), ("fiev weeks", X)],
)
def test_a_slip_in_a_number_word_before_its_unit(typed: str, expected: Outcome) -> None:
    quote = "The strike was extended by five days on Monday."
    assert graded("duration", "five days", "By how long?", quote, typed) is expected


def test_a_unit_word_one_slip_from_a_number_word_stays_a_unit() -> None:
    # `hour` is one letter from `four`: in `a 35-hour week` it is the unit.
    quote = "The union won a 35-hour week."
    outcome = graded("number", "35 hours", "How many hours a week?", quote, "a 35-hour week")
    assert outcome is C


YUKON = (
    "Mayor Gordon Pelletier said about 200 people had stayed behind. Pelletier said the "
    "water supply was safe.",
    "Annie Pelletier, 62, a retired teacher who is not related to the mayor, left with her "
    "two dogs.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Pelletier", X), ("Mr Pelletier", C), ("Ms Pelletier", X)]
)
def test_her_before_a_noun_after_a_preposition_is_the_subjects_own(
    typed: str, expected: Outcome
) -> None:
    # Group 74: `with her two dogs` says Annie Pelletier is a woman, so `Ms Pelletier` is
    # the other Pelletier, not the mayor.
    outcome = graded(
        "person", "Gordon Pelletier", "Who is the mayor?", YUKON[0], typed, article=YUKON
    )
    assert outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("24 rooms", C), ("24", C), ("24 beds", X)])
def test_a_hotels_rooms_are_not_its_beds(typed: str, expected: Outcome) -> None:
    quote = "The lodge has 24 rooms and a restaurant."
    assert graded("number", "24", "How many rooms does the lodge have?", quote, typed) is expected
