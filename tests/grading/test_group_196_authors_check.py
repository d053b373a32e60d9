"""Grader faults the hundred-and-ninety-sixth and ninety-seventh groups' authors' checks
showed, fixed in general before those groups were measured; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.facts.article import read_article
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

LOCKERS = (
    "The club says repainting a single changing room costs about £3,200, so the grant "
    "covers nine rooms.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("£3,200", C),
        ("about £3,200 per room", C),
        ("£3,200 in total", X),  # the cost of one room, not of them all
    ],
)
def test_what_a_single_one_costs_is_no_total(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "£3,200",
        question="How much does repainting one changing room cost?",
        citations=(cite("a single changing room costs about £3,200", LOCKERS[0]),),
        article=LOCKERS,
    )
    assert grade(question, typed).outcome is expected


KEEPERS = (
    "Senior keeper Rose Hartley, who has cared for the herd for nine years, found the foal.",
    "The river rose overnight.",
    "The vet, Dr. Owen Hartley, her husband, examined it on Monday.",
    '"It is feeding well," Hartley said.',
)


def test_a_given_name_that_is_also_a_word_is_still_a_given_name() -> None:
    """`Rose Hartley`, then `Hartley said`: `rose` is also a word the article might write,
    but the two bear one surname, so she is a person and the surname alone names neither."""
    people = {p.name for p in read_article(KEEPERS).people}
    assert ("rose", "hartley") in people
    question = make_question(
        "person",
        "Owen Hartley",
        question="Who examined the foal?",
        citations=(cite("Dr. Owen Hartley", KEEPERS[2]),),
        article=KEEPERS,
    )
    assert grade(question, "Owen Hartley").outcome is C
    assert grade(question, "Rose Hartley").outcome is X


HEALTH = (
    "Dr Ana Ruiz, a consultant in public health who leads Public Health Wales's team, "
    "spoke on Friday.",
)


def test_a_body_named_for_a_country_is_no_person() -> None:
    """`Public Health Wales`: `Wales` is a country, so `Health Wales` is no one's name."""
    people = {p.name for p in read_article(HEALTH).people}
    assert ("health", "wales") not in people


# Faults of the hundred-and-ninety-sixth and ninety-seventh groups' misses, fixed in
# general after they were measured; with invented examples.

COUNSEL = (
    "Justices Ruth Okafor and Daniel Mensah heard the appeal.",
    "The prisoner's counsel, Grace Mensah SC, who is no relation of the judge, said he "
    "would seek damages.",
    "Mensah said the verdict was long overdue.",
)


def test_letters_after_a_name_are_no_part_of_it() -> None:
    """`Grace Mensah SC`: SC is a rank, not her surname, so she is a Mensah too and the
    judges' list does not take her for Daniel Mensah."""
    people = {p.name for p in read_article(COUNSEL).people}
    assert ("grace", "mensah") in people
    assert not any(name[-1] == "sc" for name in people)
    question = make_question(
        "list",
        ("Ruth Okafor", "Daniel Mensah"),
        question="Which two justices heard the appeal?",
        accept=(("Okafor", "Mensah"),),
        citations=(cite("Justices Ruth Okafor and Daniel Mensah", COUNSEL[0]),),
        article=COUNSEL,
    )
    assert grade(question, "Okafor and Mensah").outcome is C
    assert grade(question, "Ruth Okafor and Grace Mensah").outcome is X
    judge = make_question(
        "person",
        "Daniel Mensah",
        question="Which justice sat beside Ruth Okafor?",
        citations=(cite("Daniel Mensah", COUNSEL[0]),),
        article=COUNSEL,
    )
    assert grade(judge, "Daniel Mensah").outcome is C
    assert grade(judge, "Mensah SC").outcome is X  # the letters the article gives her


STADIUM = (
    "The council will contribute A$40 million, the state A$70 million and the club A$12 million.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, the club gives A$12 million", C),
        ("false, A$12 million", C),
        ("false, the club gives A$70 million", X),  # the state's share
        ("false, the club gives A$12 million and the state A$70 million", C),
    ],
)
def test_a_correction_that_gives_a_figure_to_another_of_a_list(
    typed: str, expected: Outcome
) -> None:
    claim = "True or false: the club will contribute A$40 million."
    assert graded_claim(claim, STADIUM[0], typed) is expected


VOTE = ("The amendment was defeated by seven votes to six, and the motion passed ten to three.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, seven votes to six", C),
        ("false, 7-6", C),
        ("false, it was defeated seven to six", C),
        ("false, seven votes to three", X),
        ("false, 7-3", X),
        ("false, ten to three", X),  # the motion's vote, not the amendment's
    ],
)
def test_a_correction_gives_the_quoted_vote(typed: str, expected: Outcome) -> None:
    claim = "True or false: the amendment was defeated by ten votes to three."
    quote = "The amendment was defeated by seven votes to six"
    assert graded_claim(claim, quote, typed, article=VOTE) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it meets them", X),
        ("false, it does not meet them", C),
        ("false", C),
    ],
)
def test_a_correction_may_not_affirm_a_denied_meeting(typed: str, expected: Outcome) -> None:
    claim = "True or false: the league says the ground meets its standards."
    quote = "which the league has said does not meet its standards"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, police questioned him", X),
        ("false, he was questioned by detectives", X),
        ("false, he was never questioned", C),
        ("false, they never questioned him", C),
    ],
)
def test_never_denies_the_act_after_it(typed: str, expected: Outcome) -> None:
    claim = "True or false: police questioned the neighbour before he died."
    quote = "Police never questioned him about the killing"
    assert graded_claim(claim, quote, typed) is expected


def test_the_explanations_date_is_the_articles_where_the_quote_dates_nothing() -> None:
    claim = "True or false: the project needs no further approval."
    quote = "The project still needs the approval of the regional panel"
    explain = "The regional panel is expected to decide by March 31, 2025."
    article = (quote + ", which is expected to decide by March 31, 2025.",)
    for typed, expected in (
        ("false, the panel decides by March 31, 2025", C),
        ("false, the panel decides by March 31, 2026", X),
    ):
        assert graded_claim(claim, quote, typed, article=article, explain=explain) is expected


def test_a_vote_in_words_is_no_time_of_day() -> None:
    """`eight to five` is read in fives on a clock (`ten to five`), so it is a vote."""
    from newsquiz.facts.clock import as_clock_times

    assert as_clock_times(["eight", "to", "five"]) == ["eight", "to", "five"]
    assert as_clock_times(["ten", "to", "five"]) == ["4:50"]
    assert as_clock_times(["eight", "minutes", "to", "five"]) == ["4:52"]
