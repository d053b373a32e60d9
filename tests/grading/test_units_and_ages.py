"""Grader faults the two-hundred-and-thirty-third and fourth groups' misses showed, fixed in
general after they were measured; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.facts.units import UNITS_OF_MEASURE
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


def _graded(kind: str, key: str, question: str, paragraph: str, typed: str, **more: str) -> Outcome:
    made = make_question(
        kind,
        key,
        question=question,
        citations=(cite(paragraph, paragraph),),
        article=(paragraph,),
        explain=more.get("explain"),
    )
    return grade(made, typed).outcome


SPOIL = "Engineers estimate that about 450,000 cubic metres of spoil were moved from the cutting."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("450,000 cubic metres", C),
        ("450,000 m3", C),
        ("about 450,000", C),
        ("450,000 cubic yards", X),  # another unit of volume
        ("450,000 cubic kilometres", X),
        ("450,000 cubic feet", X),
        ("450,000 cc", X),
    ],
)
def test_every_common_unit_of_volume_is_another_unit(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "number", "450,000", "How many cubic metres of spoil were moved?", SPOIL, typed
    )
    assert outcome is expected


MAGNET = "The new scanner has a field strength of 3 tesla, twice that of the old one."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3 tesla", C), ("3 teslas", C), ("3", C), ("3 gauss", X), ("3 millisieverts", X)],
)
def test_a_field_strength_in_another_unit_is_wrong(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "number", "3 tesla", "What is the new scanner's field strength?", MAGNET, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("form", "name"),
    [
        (("cubic", "yards"), "cubic yard"),
        (("km", "3"), "cubic kilometre"),
        (("sq", "yd"), "square yard"),
        (("square", "centimetres"), "square centimetre"),
        (("kpa",), "kilopascal"),
        (("psi",), "pound per square inch"),
        (("hp",), "horsepower"),
        (("kcal",), "kilocalorie"),
        (("msv",), "millisievert"),
        (("gigatonnes",), "gigatonne"),
        (("light", "years"), "light year"),
        (("fl", "oz"), "fluid ounce"),
    ],
)
def test_the_units_table_reads_the_common_units_of_each_measure(
    form: tuple[str, ...], name: str
) -> None:
    assert UNITS_OF_MEASURE[form].name == name


LIBRARIAN = (
    "The book was returned by Joan Pettigrew, a 64-year-old retired nurse. "
    '"I was nine when I borrowed it," she said.'
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, she is 64", C),
        ("false, she's 64", C),
        ("false, she is only 64 years old", C),
        ("false, 64", C),
        ("false, she is 9", X),  # the age the article gives her at another time
        ("false, she's nine", X),
        ("false, she is 67", X),
        ("false, she was nine when she borrowed it", C),  # no age now: not a correction of it
    ],
)
def test_a_correction_gives_the_age_the_quote_gives(typed: str, expected: Outcome) -> None:
    made = make_question(
        "claim",
        "false",
        question="True or false: Joan Pettigrew is a 76-year-old retired nurse.",
        citations=(cite("a 64-year-old retired nurse", LIBRARIAN),),
        article=(LIBRARIAN,),
        explain="She is 64.",
    )
    assert grade(made, typed).outcome is expected


def test_a_count_after_a_pronoun_is_no_age_when_it_counts_something() -> None:
    paragraph = "The crew said they were 40 kilometres from the harbour when the engine failed."
    made = make_question(
        "claim",
        "false",
        question="True or false: the crew were 14 kilometres from the harbour.",
        citations=(cite(paragraph, paragraph),),
        article=(paragraph,),
    )
    assert grade(made, "false, they were 40 kilometres out").outcome is C


RULE = "A hall place is guaranteed to every first-year who lives more than 25 miles from campus."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("more than 25 miles", C),
        ("over 25 miles", C),
        ("within 25 miles", X),  # at most 25 miles: the other side of the line
        ("up to 25 miles", X),
    ],
)
def test_within_is_a_ceiling(typed: str, expected: Outcome) -> None:
    # The author accepts the bare figure: `within` must still read as the other bound.
    made = make_question(
        "number",
        "more than 25 miles",
        question="How far away must a first-year live?",
        accept=("25 miles",),
        citations=(cite(RULE, RULE),),
        article=(RULE,),
    )
    assert grade(made, typed).outcome is expected


DEADLINE = "The buyer must restore the keeper's cottage within three years of the sale."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("within three years", C), ("three years", C), ("up to 3 years", C), ("after three years", X)],
)
def test_a_deadline_within_a_length_of_time(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "duration", "within three years", "By when must the cottage be restored?", DEADLINE, typed
    )
    assert outcome is expected


STAY = "Students may stay in the hotels for up to 11 weeks while the block is repaired."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("up to 11 weeks", C), ("11 weeks", C), ("more than 11 weeks", X), ("at least 11 weeks", X)],
)
def test_a_ceiling_in_the_key_allows_the_bare_figure(typed: str, expected: Outcome) -> None:
    # `up to` beside a figure that is itself the most adds nothing, typed or not.
    outcome = _graded("duration", "up to 11 weeks", "How long may students stay?", STAY, typed)
    assert outcome is expected
