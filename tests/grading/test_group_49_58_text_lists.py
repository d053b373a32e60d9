"""False accepts and false rejects of text, list and choice answers that the forty-ninth
to fifty-eighth held-out groups showed, fixed in general; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded, make_question

from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Answer

C, X = Outcome.CORRECT, Outcome.INCORRECT


def _graded(
    kind: str,
    key: Answer,
    question: str,
    quote: str,
    typed: str,
    *,
    accept: tuple[Answer, ...] = (),
    choices: tuple[str, ...] = (),
    article: tuple[str, ...] = (),
) -> Outcome:
    q = make_question(
        kind,
        key,
        question=question,
        accept=accept,
        choices=choices,
        citations=(cite(quote, quote),),
        article=article or (quote,),
    )
    return grade(q, typed).outcome


# -- a country typed beside a place that an accepted form puts in another country -----------

TOWN = (
    "Major Ruth Akinyi of Kenya's coast guard, who will run the patrols from Vanga, in the "
    "Coast Region, said boats caught fishing would be seized.",
    "Officials from Kenya and Tanzania signed the deal.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Vanga", C), ("Vanga, Kenya", C), ("Vanga, Tanzania", X), ("Vanga in Tanzania", X)],
)
def test_a_country_beside_the_place_that_its_accepted_form_puts_elsewhere(
    typed: str, expected: Outcome
) -> None:
    quote = "who will run the patrols from Vanga, in the Coast Region"
    question = "From which town will Major Ruth Akinyi run the patrols?"
    outcome = _graded(
        "text", "Vanga", question, quote, typed, accept=("Vanga, Kenya",), article=TOWN
    )
    assert outcome is expected


# -- a short name with one of its words changed -----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Liberal Party", C),
        ("the Liberals", C),
        ("Liberal", C),
        ("the Liberal Party of Norland", C),
        ("Liberal Front", X),
        ("Liberal Alliance", X),
    ],
)
def test_a_word_of_a_short_name_replaced(typed: str, expected: Outcome) -> None:
    quote = "Sen. Ana Ruiz, of the Liberal Party, said the credits were welcome"
    question = "Which party does Sen. Ana Ruiz belong to?"
    article = (quote + ".", "The Popular Front and the Green Alliance voted against.")
    outcome = graded("text", "Liberal Party", question, quote, typed, article=article)
    assert outcome is expected


# -- a city of the gazetteer typed as where a body is, where the article puts it elsewhere ----

INSTITUTE = (
    "Lyon awards €90 million tender for a new tram line.",
    "Councillor Paul Morel of the Movement for a Greener Lyon said the city had rushed it.",
    "One expert, Dr. Anne Roux, of the Institute for River Ecology in Vienne, declined to comment.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Institute for River Ecology", C),
        ("the Institute for River Ecology in Vienne", C),
        ("Institute for River Ecology in Lyon", X),
    ],
)
def test_a_city_the_article_puts_no_body_in(typed: str, expected: Outcome) -> None:
    quote = "Dr. Anne Roux, of the Institute for River Ecology in Vienne"
    question = "Which institute is Dr. Anne Roux from?"
    outcome = graded(
        "text", "Institute for River Ecology", question, quote, typed, article=INSTITUTE
    )
    assert outcome is expected


# -- a choice written in another unit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("visibility fell below 300 metres", C),
        ("visibility below 300 m", C),
        ("visibility fell below 300 feet", X),
    ],
)
def test_a_choice_in_another_unit(typed: str, expected: Outcome) -> None:
    key = "visibility at Varde fell below 300 metres"
    choices = (key, "a fault on the aircraft", "the crew were ill", "a strike by staff")
    quote = "the airline postponed it after visibility at Varde fell below 300 metres"
    question = "Why did the airline postpone the flight?"
    outcome = _graded("choice", key, question, quote, typed, choices=choices)
    assert outcome is expected


# -- an extra item the article lists beside the key's -----------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Alba Nueva and San Telmo", C),
        ("San Telmo, Alba Nueva", C),
        ("Alba Nueva, San Telmo and El Mirador Alto", X),
    ],
)
def test_an_item_the_article_lists_beside_the_key(typed: str, expected: Outcome) -> None:
    article = (
        "The line runs between five stations: El Prado, Alba Nueva, San Telmo, El Mirador "
        "Alto and Loma Verde.",
        "Screens would be fitted at Alba Nueva and San Telmo by May.",
    )
    quote = "Screens would be fitted at Alba Nueva and San Telmo by May"
    question = "At which two stations will screens be fitted?"
    key = ("Alba Nueva", "San Telmo")
    outcome = graded("list", key, question, quote, typed, article=article)
    assert outcome is expected
