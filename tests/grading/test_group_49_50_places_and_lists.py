"""False accepts the forty-ninth and fiftieth groups' first runs showed, fixed in general;
with invented examples: a place typed after `in` that the quote does not put the answer in,
a compass word the article writes before an item to name another place, and the thing a
question sets aside (`Along with tin, which…?`) typed as an item."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

ARTICLE = (
    "Tomás Ferriter won the Wexford South by-election after a count lasting 14 hours at the "
    "Kilbrook Leisure Centre in Dunmore, County Wexford.",
    '"This seat was won in Ardfield, Dunmore and Moyvale, one door at a time," Ferriter said.',
    "Turnout was highest in Dunmore, at 44 percent, and lowest in parts of North Ardfield, "
    "where fewer than one in three voters went to the polls.",
)
VENUE = "at the Kilbrook Leisure Centre in Dunmore, County Wexford"
PLACES = "This seat was won in Ardfield, Dunmore and Moyvale"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kilbrook Leisure Centre in Ardfield", X),
        ("Kilbrook Leisure Centre in Moyvale", X),
        ("Kilbrook Leisure Centre in Dunmore", C),
        ("Kilbrook Leisure Centre, Dunmore", C),
        ("the Kilbrook Leisure Centre", C),
        ("Kilbrook Leisure Centre", C),
    ],
)
def test_a_place_the_quote_does_not_put_it_in(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "text",
        "Kilbrook Leisure Centre",
        "Where was the count held?",
        VENUE,
        typed,
        accept=("the Kilbrook Leisure Centre", "Kilbrook Leisure Centre in Dunmore"),
        article=ARTICLE,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("North Ardfield, Dunmore and Moyvale", X),
        ("Dunmore, Moyvale and North Ardfield", X),
        ("Ardfield, Dunmore and Moyvale", C),
        ("Moyvale, Ardfield and Dunmore", C),
        ("Ardfield, Dunmore, Moyvale", C),
    ],
)
def test_a_compass_word_the_article_names_another_place_by(typed: str, expected: Outcome) -> None:
    question = "Which three places did Ferriter say the seat was won in?"
    key = ("Ardfield", "Dunmore", "Moyvale")
    outcome = graded("list", key, question, PLACES, typed, article=ARTICLE)
    assert outcome is expected


SMELTER = (
    "The Carrowbeg smelter shipped nearly 90,000 tonnes of tin last year, along with zinc, "
    "lead and silver.",
)
METALS = "along with zinc, lead and silver"


@pytest.mark.parametrize(
    "question",
    [
        "Along with tin, which three metals did the smelter ship last year?",
        "As well as tin, which three metals did the smelter ship last year?",
        "Which three metals, besides tin, did the smelter ship last year?",
        "Apart from tin, which three metals did the smelter ship last year?",
        "In addition to tin, which three metals did the smelter ship last year?",
    ],
)
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("tin, lead and silver", X),
        ("silver, lead and tin", X),
        ("zinc, lead and silver", C),
        ("silver, zinc and lead", C),
        ("zinc, lead, silver and tin", X),
        ("lead and silver", P),
    ],
)
def test_what_the_question_sets_aside_is_no_item(
    question: str, typed: str, expected: Outcome
) -> None:
    key = ("zinc", "lead", "silver")
    outcome = graded("list", key, question, METALS, typed, article=SMELTER)
    assert outcome is expected
