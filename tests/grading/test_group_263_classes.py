"""Grader faults the two-hundred-and-sixty-third group's misses showed, fixed in general
after its first figure; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

COUNT = ("The count was held in a school gym at Korvala rather than at the town hall in Ruska.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a school gym at Korvala", C),
        ("the Korvala school gym", C),
        ("the school gym", C),
        ("a school gym at Ruska", X),  # the key's hall, another choice's town
        ("the school gym in Tervo", X),  # likewise, by another choice's village
    ],
)
def test_a_choice_mixed_with_another_choices_place(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "a school gym at Korvala",
        question="Where was the count held?",
        choices=(
            "the town hall in Ruska",
            "a school gym at Korvala",
            "the fire station at Tervo",
            "Helsinki",
        ),
        citations=(cite("in a school gym at Korvala", COUNT[0]),),
        article=(*COUNT, "Firefighters from the fire station at Tervo kept order."),
    )
    assert grade(question, typed).outcome is expected


HARBOUR = (
    "Fishers blocked the channel into Caraquet, New Brunswick, on Tuesday. Boats from "
    "Yarmouth, Nova Scotia, joined them on Wednesday. Canada's fisheries minister said "
    "talks would resume.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Caraquet", C),
        ("Caraquet, New Brunswick", C),
        ("Caraquet, Canada", C),  # the country the accepted province is in
        ("Caraquet, Nova Scotia", X),  # another province than the accepted form's
    ],
)
def test_a_province_beside_the_key_other_than_the_accepted_forms(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "text",
        "Caraquet",
        question="The channel into which town was blocked on Tuesday?",
        accept=("Caraquet, New Brunswick",),
        citations=(cite("Fishers blocked the channel into Caraquet", HARBOUR[0]),),
        article=HARBOUR,
    )
    assert grade(question, typed).outcome is expected


def test_the_keys_own_place_in_another_tongue_puts_it_nowhere_else() -> None:
    article = (
        "The four ski tourers from South Tyrol spent the night in the winter room. Two "
        "guides from Tyrol reached them on Sunday.",
    )
    question = make_question(
        "text",
        "South Tyrol",
        question="Where were the ski tourers from?",
        accept=("Südtirol",),
        citations=(cite("from South Tyrol", article[0]),),
        article=article,
    )
    assert grade(question, "South Tirol").outcome is C
