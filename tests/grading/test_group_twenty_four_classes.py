"""Classes of false accepts the twenty-fourth held-out group showed, each with invented
examples: a list item named without its figure, a score's second figure in words, a year
the quote gives another event, and an honorific of the other gender."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("rooms 305 and 309", C),
        ("305, 309", C),
        ("room 309", P),
        ("room 307", X),
    ],
)
def test_a_list_item_is_not_named_without_its_figure(typed: str, expected: Outcome) -> None:
    quote = "The flames spread to rooms 305 and 309 before crews contained them"
    question = make_question(
        "list",
        ("305", "309"),
        question="To which two rooms did the flames spread?",
        accept=(("rooms 305", "309"),),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, four games to one", C),
        ("true, 4 to 1", C),
        ("true, four games to two", X),
        ("true, 4 to 3", X),
    ],
)
def test_the_second_figure_of_a_score_is_weighed_too(typed: str, expected: Outcome) -> None:
    quote = "the Hawks came back after trailing four games to one"
    claim = "True or false: the Hawks came back after trailing four games to one."
    assert graded_claim(claim, quote, typed, key="true") is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true, it was launched in 2003", C),
        ("true, and repainted in 2019", C),
        ("true, it was launched in 2019", X),
    ],
)
def test_a_year_of_another_event_in_the_quote_is_another_date(
    typed: str, expected: Outcome
) -> None:
    quote = "The ferry was launched in 2003 and repainted in 2019."
    claim = "True or false: the ferry was launched in 2003."
    assert graded_claim(claim, quote, typed, key="true") is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Mrs Ashby", C),
        ("Ashby", C),
        ("Ms Ashby", C),
        ("Mr Ashby", X),
        ("Sir Ashby", X),
    ],
)
def test_an_honorific_of_the_other_gender_is_another_person(typed: str, expected: Outcome) -> None:
    article = (
        'Helen Ashby, 68, said the lift had stopped twice. "Nobody came," Ashby said.',
        "Her husband, Frank Ashby, 70, was unhurt.",
    )
    quote = '"Nobody came," Ashby said.'
    question = make_question(
        "person",
        "Helen Ashby",
        question="Who said nobody came when her lift stopped?",
        accept=("Ashby", "Mrs Ashby"),
        citations=(cite(quote, article[0]),),
        article=article,
    )
    assert grade(question, typed).outcome is expected
