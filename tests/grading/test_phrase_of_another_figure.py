"""A figure typed with the phrase the article gives another figure beside it is another
fact (`€3.20 for other riders` of the students' €3.20 fare); its own phrase, or one
the article shares between the two, is still right."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Question

C, X = Outcome.CORRECT, Outcome.INCORRECT

FARES = "Fares are capped at €3.20 for students and €5.80 for other riders, the operator said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("€3.20", C),
        ("€3.20 for students", C),
        ("€3.20 for a student", C),
        ("€3.20 for other riders", X),
        ("€3.20 for riders", X),
    ],
)
def test_an_amount_for_another_group(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "money", "€3.20", "At what are students' fares capped?", "€3.20 for students", FARES
    )
    verdict = grade(question, typed)
    assert verdict.outcome is expected, typed
    if expected is X:
        assert verdict.reason == "the article says `riders` of another figure"


def test_a_phrase_past_each() -> None:
    paragraph = "Each family will receive €900 for every child at school and €400 for every infant."
    question = cited_question(
        "money", "€900", "How much will a family receive per child at school?", "€900", paragraph
    )
    assert grade(question, "€900 for every child at school").outcome is C
    assert grade(question, "€900 for every infant").outcome is X


TRIAL = (
    "Over two years, 42 infections were recorded among the vaccinated volunteers and 97 "
    "among those given a dummy injection."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("42", C),
        ("42 infections among the vaccinated volunteers", C),
        ("42 among those given a dummy injection", X),
        ("42 infections among the dummy injection group", X),
    ],
)
def test_a_count_in_another_group(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "42",
        "How many infections were recorded among the vaccinated volunteers?",
        "42 infections were recorded among the vaccinated volunteers",
        TRIAL,
    )
    assert grade(question, typed).outcome is expected, typed


PROCEEDS = "Under the deal, farmers receive 58 percent of the sale price and processors 42 percent."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("58 percent of the sale price", C),
        ("58 percent for the farmers", C),
        ("58 percent for the processors", X),
    ],
)
def test_a_share_of_another_party(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "58 percent",
        "What share of the sale price do farmers receive?",
        "farmers receive 58 percent of the sale price",
        PROCEEDS,
        accept=("58%",),
    )
    assert grade(question, typed).outcome is expected, typed


def _faults(paragraph: str, quote: str) -> Question:
    return cited_question(
        "number", "12", "How many faults did inspectors find in 2024?", quote, paragraph
    )


def test_a_phrase_the_figures_share() -> None:
    # The later figure leaves the line out: it is the same line's, not set apart from it.
    shared = "Inspectors found 31 faults on the freight line in 2023 and 12 in 2024."
    assert grade(_faults(shared, "12 in 2024"), "12 on the freight line").outcome is C
    apart = "Inspectors found 31 faults on the freight line and 12 on the passenger line."
    question = _faults(apart, "12 on the passenger line")
    assert grade(question, "12 on the freight line").outcome is X
    assert grade(question, "12 on the passenger line").outcome is C


REGION_FARES = (
    "Bus fares across the region rose 6.1% in the year to June, the authority said.",
    "The survey covered 14,000 journeys.",
    "In Kellby, fares rose 8.4%, the steepest rise outside the city.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("6.1%", C), ("6.1% across the region", C), ("6.1% in Kellby", X)],
)
def test_a_place_another_paragraph_gives_another_figure(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "6.1%",
        "By how much did bus fares rise across the region in the year to June?",
        "Bus fares across the region rose 6.1%",
        *REGION_FARES,
    )
    verdict = grade(question, typed)
    assert verdict.outcome is expected, typed
    if expected is X:
        assert verdict.reason == "the article says `Kellby` of another figure"


def test_a_name_before_an_age_is_the_figures_own() -> None:
    # `41` set off by commas is Ana Ruiz's age, not a figure her name belongs to.
    paragraph = (
        "Ana Ruiz, 41, of the Harbour Party came second with 18,420 votes, and "
        "12,900 went to Tomas Vela of the Civic List."
    )
    question = cited_question(
        "number",
        "18,420",
        "How many votes did the runner-up receive?",
        "came second with 18,420 votes",
        paragraph,
    )
    assert grade(question, "18,420 votes for Ana Ruiz of the Harbour Party").outcome is C
    assert grade(question, "18,420 votes for Tomas Vela").outcome is X


CLINIC = (
    "Mensah said 41 percent of the clinic's patients have asthma and 27 percent have "
    "heart disease, the two commonest conditions there."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("41 percent", C),
        ("41 percent have asthma", C),
        ("41 percent of patients have asthma", C),
        ("41 percent have heart disease", X),
        ("41% are asthma patients", C),
        ("41% are heart patients", X),
    ],
)
def test_what_is_said_of_another_figure_after_a_verb(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "41 percent",
        "What share of the clinic's patients have asthma?",
        "41 percent of the clinic's patients have asthma",
        CLINIC,
    )
    assert grade(question, typed).outcome is expected, typed
