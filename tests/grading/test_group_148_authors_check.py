"""Grader faults the hundred-and-forty-eighth and forty-ninth groups' authors' `check`
showed on their own reject entries, fixed before those groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

COUNTIES = (
    "The seed was sold in four counties: Eastern Marra, Western Marra, Ashby and North West.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Eastern Marra, Western Marra, Ashby, North West", C),
        ("Eastern Marra, Western Marra, Ashby and Northern Marra", X),
        ("Eastern Marra, Western Marra, Ashby and Northern Ashby", X),
    ],
)
def test_an_items_word_is_not_borrowed_from_a_word_another_item_holds(
    typed: str, expected: Outcome
) -> None:
    """`Northern Marra` for North West: `Northern` is close to North, but the only `West`
    typed is Western Marra's, another item's word, so North West is typed nowhere."""
    key = ("Eastern Marra", "Western Marra", "Ashby", "North West")
    question = "In which four counties was the seed sold?"
    assert graded("list", key, question, COUNTIES[0], typed, article=COUNTIES) is expected


ASH = (
    "Officials told people in northern Maro to stay indoors as the ash fell.",
    "Farmers in southern Maro and western Zell found ash on their grazing land.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("northern Maro", C),
        ("northern", C),
        ("northern parts", C),
        ("northern Zell", X),
        ("northern Bavaria", X),
        ("southern Maro", X),
    ],
)
def test_the_questions_place_may_be_left_out_of_the_answer_but_not_replaced(
    typed: str, expected: Outcome
) -> None:
    question = "People in which part of Maro were told to stay indoors?"
    assert graded("text", "northern Maro", question, ASH[0], typed, article=ASH) is expected


MILL = ("The old mill stands about six kilometres west of Dunmore East, by the river.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6 km", C),
        ("6 km west", C),
        ("six kilometres west of Dunmore East", C),
        ("6 km east", X),
        ("6 km north", X),
    ],
)
def test_a_compass_word_of_a_places_name_is_no_direction_the_article_gives(
    typed: str, expected: Outcome
) -> None:
    """The question names Dunmore East: its `east` is a name, so `6 km east` is still
    the other way from the article's west."""
    question = "How far from Dunmore East is the old mill?"
    key = "about six kilometres"
    assert graded("number", key, question, MILL[0], typed, article=MILL) is expected


RULES = (
    "From May the club will ban glass bottles, pick only players who are in a regional or "
    "national squad, and close the bar at ten.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "ban glass bottles, pick only players who are in a regional or national squad "
            "and close the bar at ten",
            C,
        ),
        ("ban glass bottles, pick players in a regional or national squad, close the bar", C),
        ("ban glass bottles or close the bar at ten", X),
    ],
)
def test_an_items_own_or_offers_no_choice(typed: str, expected: Outcome) -> None:
    key = (
        "ban glass bottles",
        "pick only players who are in a regional or national squad",
        "close the bar at ten",
    )
    question = "What three rules will the club bring in from May?"
    assert graded("list", key, question, RULES[0], typed, article=RULES) is expected
