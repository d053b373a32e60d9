"""A correction that gives a limit's figure as the thing's own (`a ceiling of 6.5 mm`), says
two figures the article sets apart are the same, or names a place in an order the article
never writes; an ordinal typed for a count beside places in an order; a choice of people
with a Welsh patronymic; a bare figure for a choice of lengths of time, a count per day
without its day, a price per the key's unit in other words; a correction giving the figure
of before to now, or a share no figure of the cited paragraphs makes. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, cited_question, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it was 5.9 mm", C),
        ("false, it was within the ceiling", C),
        ("false, it was 6.5 mm", X),
        ("false, the ceiling was 6.5 mm", C),
        ("false, it was under the 6.5 mm limit", C),
    ],
)
def test_a_correction_giving_the_ceiling_as_the_figure_is_wrong(
    typed: str, expected: Outcome
) -> None:
    claim = "The inspectors found the cracks wider than the permitted ceiling."
    quote = "The widest crack, 5.9 mm, was within the permitted ceiling of 6.5 mm."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, the county office inspected more", C),
        ("false, the agency inspected fewer", C),
        ("false, they inspected the same number", X),
        ("false, both inspected the same", X),
    ],
)
def test_a_correction_calling_figures_the_article_sets_apart_the_same_is_wrong(
    typed: str, expected: Outcome
) -> None:
    claim = "The agency inspected more farms than the county office."
    quote = "The county office inspected 64 farms; the agency inspected 23."
    assert graded_claim(claim, quote, typed) is expected


def test_a_claim_of_the_same_number_may_be_corrected_the_same_way() -> None:
    """Where the quote says they are the same, `the same` is the article's word."""
    claim = "The agency inspected more farms than the county office."
    quote = "The agency inspected the same number of farms as the county office, 23 each."
    assert graded_claim(claim, quote, "false, they inspected the same number") is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it is ninth", C),
        ("false, it is 9th", C),
        ("false, it is 10th", X),
        ("false, it is fourth from bottom", C),
        ("false, only a quarter of the clubs are below it", C),
    ],
)
def test_a_correction_naming_a_place_the_article_never_writes_is_wrong(
    typed: str, expected: Outcome
) -> None:
    paragraph = (
        "The penalty dropped Brackwell from fourth to ninth in the 12-team league. "
        "Only three clubs now sit below them."
    )
    claim = "After the penalty, Brackwell are bottom of the league."
    assert (
        graded_claim(claim, "Only three clubs now sit below them.", typed, paragraph=paragraph)
        is expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("22", C), ("22 points", C), ("twenty-two", C), ("22nd", X), ("twenty-second", X)],
)
def test_an_ordinal_for_a_count_beside_places_in_an_order_is_wrong(
    typed: str, expected: Outcome
) -> None:
    paragraph = (
        "The penalty cut Brackwell's tally from 35 points to 22 and dropped the club from "
        "fourth to ninth in the league."
    )
    question = cited_question(
        "number",
        "22",
        "How many points does Brackwell have after the penalty?",
        "cut Brackwell's tally from 35 points to 22",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


def test_an_ordinal_is_a_count_where_the_article_writes_the_count_so() -> None:
    paragraph = "It was her 14th goal of the season, a club record."
    question = cited_question(
        "number",
        "14",
        "How many goals had she scored this season?",
        "It was her 14th goal of the season",
        paragraph,
    )
    assert grade(question, "14th").outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Carys ap Dafydd", C), ("ap Dafydd", C), ("b", C), ("Carys", X), ("Gwen Lloyd", X)],
)
def test_a_choice_of_people_reads_a_welsh_patronymic_as_a_name(
    typed: str, expected: Outcome
) -> None:
    paragraph = (
        "Carys ap Dafydd, who represents the valley in the Senedd, said she had written to "
        "the minister. Gwen Lloyd, Rhian Evans and Owain T. Price also wrote."
    )
    choices = ("Gwen Lloyd", "Carys ap Dafydd", "Owain T. Price", "Rhian Evans")
    assert (
        graded_choice(
            paragraph,
            "Carys ap Dafydd, who represents the valley",
            "Which member of the Senedd wrote to the minister?",
            choices,
            "Carys ap Dafydd",
            typed,
        )
        is expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("41", C), ("forty-one", C), ("it is 41", C), ("41 years", C), ("29", X), ("41 months", X)],
)
def test_a_bare_figure_picks_the_choice_of_that_many_years(typed: str, expected: Outcome) -> None:
    paragraph = "The MV Harwood Star, now 41 years old, will be sold when the new ferry arrives."
    choices = ("29 years old", "41 years old", "58 years old", "73 years old")
    assert (
        graded_choice(
            paragraph,
            "now 41 years old",
            "How old is the MV Harwood Star?",
            choices,
            "41 years old",
            typed,
        )
        is expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("from three shifts to two", C),
        ("cut from three shifts to two", C),
        ("three shifts to two", C),
        ("from two shifts to one", X),
        ("from three shifts a week to two", X),
    ],
)
def test_a_count_given_per_day_picks_its_choice_without_the_day(
    typed: str, expected: Outcome
) -> None:
    paragraph = "The Harwood mill said it had cut from three shifts a day to two since March."
    choices = (
        "cut from three shifts a day to two",
        "cut from two shifts a day to one",
        "added a third shift a day",
        "closed for 11 weeks",
    )
    assert (
        graded_choice(
            paragraph,
            "had cut from three shifts a day to two",
            "How did the Harwood mill change its shifts?",
            choices,
            "cut from three shifts a day to two",
            typed,
        )
        is expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("620 kwacha per kilo", C), ("620 kwacha a kilo", C), ("MK620 per tonne", X)],
)
def test_a_choice_of_prices_takes_the_keys_unit_in_other_words(
    typed: str, expected: Outcome
) -> None:
    paragraph = "The board will sell its maize at MK620 a kilogram in its own markets."
    choices = ("MK480 a kilogram", "MK620 a kilogram", "MK710 a kilogram")
    assert (
        graded_choice(
            paragraph,
            "at MK620 a kilogram",
            "At what price will the board sell its maize?",
            choices,
            "MK620 a kilogram",
            typed,
        )
        is expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, he now makes one", C),
        ("false, he now makes five", X),
        ("false, he made five before", C),
        ("false, he made one before", X),
    ],
)
def test_a_correction_giving_the_earlier_figure_to_now_is_wrong(
    typed: str, expected: Outcome
) -> None:
    claim = "The ferryman said he now makes three crossings a day."
    quote = '"Before the storm I made five crossings a day. Now I make one," he said.'
    assert graded_claim(claim, quote, typed) is expected


def graded_choice(
    paragraph: str, quote: str, asked: str, choices: tuple[str, ...], key: str, typed: str
) -> Outcome:
    """How a choice question on a one-paragraph article grades the typed answer."""
    question = make_question(
        "choice",
        key,
        question=asked,
        choices=choices,
        citations=(cite(quote, paragraph),),
        article=(paragraph,),
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, the railway pays the rest", C),
        ("false, it pays half", X),
        ("false, only about a third", X),
        ("false, it paid 3.2 million lari", C),
    ],
)
def test_a_correction_giving_a_share_the_article_never_gives_is_wrong(
    typed: str, expected: Outcome
) -> None:
    claim = "The government's reserve fund is to pay the whole cost of the repairs."
    paragraph = (
        "The reserve fund will give 3.2 million lari, and the railway is to pay the rest from "
        "its own budget."
    )
    quote = "the railway is to pay the rest from its own budget"
    assert graded_claim(claim, quote, typed, paragraph=paragraph) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false, only half of the 240,000 dinars", C), ("false, only a third of it", X)],
)
def test_a_share_two_figures_of_the_paragraph_make_is_said(typed: str, expected: Outcome) -> None:
    claim = "The ministry will pay the whole 240,000 dinar cost of the move."
    paragraph = "The ministry will pay 120,000 dinars of the 240,000 dinar cost of the move."
    assert graded_claim(claim, paragraph, typed, paragraph=paragraph) is expected
