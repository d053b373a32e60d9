"""Grader faults the hundred-and-twenty-third to twenty-fifth groups' authors' `check`
showed on their own reject entries, fixed before those groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.facts.values import split_items
from newsquiz.grading import Outcome

C, X, P = Outcome.CORRECT, Outcome.INCORRECT, Outcome.PARTIAL

PAPERS = "The board annulled Chemistry Paper I, History Paper II and Geography Paper I."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Chemistry Paper I, History Paper II and Geography Paper I", C),
        ("History Paper II, Chemistry Paper I, Geography Paper I", C),
        ("chemistry paper i, history paper ii, geography paper i", C),
        ("Chemistry Paper II, History Paper I and Geography Paper I", X),
        ("Chemistry Paper I, History Paper II and Geography Paper II", X),
        ("Chemistry Paper I and History Paper II", P),
    ],
)
def test_a_numeral_of_an_item_is_the_items_own(typed: str, expected: Outcome) -> None:
    key = ("Chemistry Paper I", "History Paper II", "Geography Paper I")
    assert graded("list", key, "Which papers were annulled?", PAPERS, typed) is expected


CENTRES = "Calls go to centres in Ardle, County Lusk, and Brill, County Kerr."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ardle and Brill", C),
        ("Ardle, County Lusk and Brill, County Kerr", C),
        ("Brill in Kerr and Ardle in Lusk", C),
        ("Ardle, County Kerr and Brill, County Lusk", X),
        ("Ardle in Kerr and Brill in Lusk", X),
    ],
)
def test_where_the_article_puts_another_item(typed: str, expected: Outcome) -> None:
    assert graded("list", ("Ardle", "Brill"), "Where are the centres?", CENTRES, typed) is expected


def test_an_accepted_list_keeps_each_items_county() -> None:
    assert split_items("Ardle, County Lusk and Brill, County Kerr") == (
        "Ardle, County Lusk",
        "Brill, County Kerr",
    )
    assert split_items("County Lusk, County Kerr and County Ross") == (
        "County Lusk",
        "County Kerr",
        "County Ross",
    )


FARMS = (
    "Farms at Pell and Tolan were culled.",
    "In Tolan in the Vars, a namesake village 60 km away, the mayor said buyers had called.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Pell and Tolan", C), ("Tolan in the Vars and Pell", X)]
)
def test_a_namesake_the_article_places_elsewhere(typed: str, expected: Outcome) -> None:
    question = "Where were the farms?"
    assert graded("list", ("Pell", "Tolan"), question, FARMS[0], typed, article=FARMS) is expected


OUTPUT = "The salt works ships about 60 percent of its output by water, the rest by rail."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("60 percent", C), ("60 percent of its output", C), ("60 percent of its profit", X)],
)
def test_a_share_of_a_whole_the_article_never_names(typed: str, expected: Outcome) -> None:
    question = "About what share of the salt works' output goes by water?"
    assert graded("number", "60 percent", question, OUTPUT, typed) is expected


WARD = "Councillor Ana Reyes, a Green member for Corvale South, said the scheme had failed."


@pytest.mark.parametrize(
    ("typed", "expected"), [("Corvale South", C), ("South Corvale", C), ("South Corvale Quay", X)]
)
def test_a_quay_named_after_a_place_is_another_place(typed: str, expected: Outcome) -> None:
    assert (
        graded("text", "Corvale South", "Which ward does Reyes represent?", WARD, typed) is expected
    )


CHESS = (
    "International Master Ewan Dale of Leith won the title on Sunday.",
    "The chief arbiter, International Arbiter Freya Dale of Oban, who is no relation to the "
    "new champion, said the event had been calm.",
    '"It was a clean event," Ms Dale said.',
    "Dale said he had not slept.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Freya Dale", C), ("Ms Dale", C), ("Ewan Dale", X), ("Dale", X)],
)
def test_an_arbiter_is_a_post_before_a_name(typed: str, expected: Outcome) -> None:
    question = "Who was the chief arbiter?"
    assert graded("person", "Freya Dale", question, CHESS[1], typed, article=CHESS) is expected


RIVER = (
    "Its chairwoman, Orla Hall, a marine biologist, said the alliance had never opposed the port.",
    "Ms Hall said the alliance had raised €38,000.",
    "Councillor Liam Hall, who is no relation of the alliance's chairwoman, called it a blow.",
    "Cllr Hall said the city could not wait.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Orla Hall", C), ("Ms Hall", C), ("Liam Hall", X), ("Councillor Hall", X), ("Hall", X)],
)
def test_a_surname_that_is_also_a_word_after_a_title(typed: str, expected: Outcome) -> None:
    question = "Who chairs the alliance?"
    assert graded("person", "Orla Hall", question, RIVER[0], typed, article=RIVER) is expected
