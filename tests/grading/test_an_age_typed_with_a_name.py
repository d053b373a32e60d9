"""An age typed after a name (`Hugo Amoksi, 67`) is part of the answer: where the article
gives that person another age, it names somebody else, and where two people share the
surname, the right age tells them apart (`Amoksi, 49`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_person

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
VILLAGES = (
    "Captain Erwin Talamo, 67, the head of Oud Rivierdorp, said villagers heard the ruling on the radio.",
    "His nephew, Captain Mirel Talamo, 49, who heads Nieuw Rivierdorp, said the village had stopped fishing.",
)
QUOTE = "Captain Mirel Talamo, 49, who heads Nieuw Rivierdorp"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Mirel Talamo", C),
        ("Mirel Talamo, 49", C),
        ("Captain Mirel Talamo, the 49-year-old", C),
        ("Talamo, 49", C),  # the age tells the two Talamos apart
        ("Mirel Talamo, 67", X),  # the uncle's age
        ("Mirel Talamo (58)", X),
        ("Mirel Talamo, 61, the captain", X),
        ("Talamo, 67", X),
        ("Talamo", X),
    ],
)
def test_the_age_the_article_gives(typed: str, expected: Outcome) -> None:
    assert graded_person(VILLAGES, "Mirel Talamo", QUOTE, 1, typed) is expected


def test_no_age_in_the_article_leaves_a_typed_one_alone() -> None:
    article = ("Judge Ana Petreska of Branch 27 ordered the recount on Friday.",)
    quote = "Judge Ana Petreska of Branch 27"
    assert graded_person(article, "Ana Petreska", quote, 0, "Judge Ana Petreska of Branch 27") is C


def test_an_age_the_article_gives_someone_else() -> None:
    """`Lilit Hakobyan, 44`, where the article gives her no age and the captain is 44."""
    article = (
        "The captain, Karen Sargsyan, 44, was suspended for six months.",
        "The company's director, Lilit Hakobyan, said it would not appeal.",
    )
    quote = "Lilit Hakobyan, said it would not appeal"
    assert graded_person(article, "Lilit Hakobyan", quote, 1, "Lilit Hakobyan") is C
    assert graded_person(article, "Lilit Hakobyan", quote, 1, "Lilit Hakobyan, 44") is X
    assert graded_person(article, "Lilit Hakobyan", quote, 1, "Lilit Hakobyan, 52") is C


def test_a_figure_of_thousands_of_digits_is_no_age() -> None:
    """Hostile input: Python refuses to read a figure of over 4,300 digits as a number."""
    huge = "1" * 5000
    article = (f"Ana Petreska, {huge}, said the recount would go ahead.", "Petreska said so.")
    quote = f"Ana Petreska, {huge}, said"
    assert graded_person(article, "Ana Petreska", quote, 0, f"Ana Petreska, {huge}") is C
