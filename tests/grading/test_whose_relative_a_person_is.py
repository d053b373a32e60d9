"""`Rosendo Apaza, 71, the skipper's uncle`: the skipper is someone else, and the relation
is part of what the article says of the person. A post typed after the name that is the
relative's (`Rosendo Apaza, the skipper`) names the other Apaza, and another relation
(`the skipper's brother`) is another fact."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_person

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
BARGE = (
    "Its skipper, Wilfredo Apaza, 46, had been working with a licence that had expired.",
    "The barge's owner, Rosendo Apaza, 71, the skipper's uncle, was fined Bs 20,000.",
)
QUOTE = "The barge's owner, Rosendo Apaza"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rosendo Apaza", C),
        ("Rosendo Apaza, the owner", C),
        ("Rosendo Apaza, the skipper's uncle", C),
        ("Rosendo Apaza, uncle of the skipper", C),
        ("Rosendo Apaza, the skipper's brother", X),
        ("Rosendo Apaza, brother of the skipper", X),
        ("Rosendo Apaza, the skipper", X),  # the skipper is Wilfredo
    ],
)
def test_whose_relative_the_article_makes_a_person(typed: str, expected: Outcome) -> None:
    assert graded_person(BARGE, "Rosendo Apaza", QUOTE, 1, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Councillor Mulder", C), ("Mayor Mulder", X), ("Mulder", X)],
)
def test_a_post_written_last_still_tells_namesakes_apart(typed: str, expected: Outcome) -> None:
    """`Eva Mulder, 29, a PR councillor.`: the last word after a name is read as every other
    (the relation rule first left it out, as if a relative's word came after it)."""
    council = (
        "The motion was moved by Eva Mulder, 29, a PR councillor.",
        "Jan Mulder, the mayor, voted against it.",
        "Mulder said the vote was close.",
    )
    assert graded_person(council, "Eva Mulder", "Eva Mulder", 0, typed) is expected
