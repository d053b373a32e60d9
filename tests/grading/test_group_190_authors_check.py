"""Grader faults the hundred-and-ninetieth and ninety-first groups' misses showed, fixed
in general; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

COUNT = (
    "Officials will recount 215 wards in Ikeja and Bornu LGAs.",
    "The Bornu LGA, in the west of the city, is not to be confused with Borno State.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ikeja and Bornu", C),
        ("Ikeja, Bornu LGA", C),
        ("Ikeja and Borno", C),  # a slip of the item's own name
        ("Ikeja and Borno State", X),  # a place of the world's the article names apart
    ],
)
def test_a_place_the_article_names_apart_is_no_slip_of_an_item(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "list",
        ("Ikeja", "Bornu"),
        question="In which two LGAs will the wards be recounted?",
        citations=(cite("215 wards in Ikeja and Bornu LGAs", COUNT[0]),),
        article=COUNT,
    )
    assert grade(question, typed).outcome is expected


HARBOUR = (
    "Harbour Master Tobias Quintero told reporters the tanker had lost power off the point.",
    '"She is not going anywhere on her own," Quintero said.',
    "The Minister of Fisheries, Adela Quintero, who is not related to the harbour master, "
    "visited the beach on Tuesday.",
)


def test_a_quotes_pronoun_says_nothing_of_the_speakers_sex() -> None:
    """`She` in the quote is the tanker: `Mr Quintero` is still the harbour master."""
    question = make_question(
        "person",
        "Tobias Quintero",
        question="Who is the harbour master?",
        citations=(cite("Harbour Master Tobias Quintero", HARBOUR[0]),),
        article=HARBOUR,
    )
    assert grade(question, "Mr Quintero").outcome is C
    assert grade(question, "Tobias Quintero").outcome is C


RECOUNT = (
    "The board turned down a full recount. Data from 1,190 tablets never reached its servers.",
    "Only 1,260 polling areas will be recounted.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, only 1,260 polling areas will be recounted", C),
        ("false, only 1,190 polling areas will be recounted", X),
    ],
)
def test_a_correction_counts_a_thing_with_the_figure_the_article_gives_it(
    typed: str, expected: Outcome
) -> None:
    """1,190 is the article's, but it counts tablets, not the areas recounted."""
    claim = "True or false: the board agreed to a full recount."
    quote = "The board turned down a full recount."
    explain = "Only 1,260 polling areas will be recounted."
    assert graded_claim(claim, quote, typed, article=RECOUNT, explain=explain) is expected


DELIVERIES = "The first two jets arrive in May, then about one every ten weeks until 2027."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("about one every ten weeks", C),
        ("every ten weeks", C),
        ("one every 10 weeks", C),
        ("two every ten weeks", X),
        ("three every ten weeks", X),
    ],
)
def test_how_many_come_each_time_is_part_of_a_rate(typed: str, expected: Outcome) -> None:
    question = make_question(
        "duration",
        "about one every ten weeks",
        question="After the first two, how often will the jets arrive?",
        accept=("every ten weeks",),
        citations=(cite("about one every ten weeks", DELIVERIES),),
        article=(DELIVERIES,),
    )
    assert grade(question, typed).outcome is expected


VILLAGES = (
    "The slurry reached the river before dawn, said Ernesto Maglaya, a 58-year-old "
    "farmer from the valley who climbed onto the roof of a neighbour's house with his "
    "wife and two grandchildren.",
    "Mayor Rosalinda Maglaya, who is not related to the farmer, visited Mount Kalabaw and "
    "San Gregorio on Monday.",
    '"We are feeding people three times a day," Maglaya said.',
)


def test_places_are_no_people_and_a_who_clause_tells_the_sex() -> None:
    """`Mount Kalabaw` and `San Gregorio` are places, not people; the
    farmer's `his`, in the clause that describes him, makes him a man, so `Mr Maglaya`
    is the farmer, not the mayor the article says nothing of."""
    from newsquiz.facts.article import read_article

    people = {p.name for p in read_article(VILLAGES).people}
    assert ("ernesto", "maglaya") in people and ("rosalinda", "maglaya") in people
    assert not people & {("mount", "kalabaw"), ("san", "gregorio")}
    question = make_question(
        "person",
        "Rosalinda Maglaya",
        question="Who is the mayor?",
        citations=(cite("Mayor Rosalinda Maglaya", VILLAGES[1]),),
        article=VILLAGES,
    )
    assert grade(question, "Mayor Maglaya").outcome is C
    assert grade(question, "Mr Maglaya").outcome is X
