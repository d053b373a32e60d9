"""Grader faults the eighty-eighth and eighty-ninth groups' authors' `check` showed on
their own reject entries, fixed before those groups' first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

HARBOUR = (
    "Port commissioner Ilse Marten opened the new quay on Monday.",
    "She is no relation of Pieter Marten Vos, the shipping magnate who chairs the port board.",
    '"We waited ten years for this," Marten told reporters on the quay.',
    "Marten said he would call the board together again in June.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Ilse Marten", C), ("Ms Marten", C), ("Marten", X)]
)
def test_the_one_named_as_no_kin_of_another_is_not_the_surnames_owner(
    typed: str, expected: Outcome
) -> None:
    # `She is no relation of Pieter Marten Vos`: she is the one set apart; the surname the
    # article then writes alone is his.
    outcome = graded(
        "person", "Ilse Marten", "Who opened the new quay?", HARBOUR[0], typed, article=HARBOUR
    )
    assert outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("Pieter Marten Vos", C), ("Marten", X)])
def test_the_surname_alone_names_neither_where_one_is_no_kin_of_the_other(
    typed: str, expected: Outcome
) -> None:
    outcome = graded(
        "person",
        "Pieter Marten Vos",
        "Who chairs the port board?",
        HARBOUR[1],
        typed,
        article=HARBOUR,
    )
    assert outcome is expected


RIVER = (
    "The ferry crosses the East Tamar River between East Harwood and Harwood, a smaller town.",
    "Both towns lie in Tamar county.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("East Tamar River", C),
        ("the East Tamar", C),
        ("east tamar river", C),
        ("Tamar River", X),
        ("the Tamar", X),
        ("West Tamar River", X),
    ],
)
def test_a_compass_word_of_the_keys_name_is_required_though_the_question_names_another(
    typed: str, expected: Outcome
) -> None:
    # The question's `East` belongs to East Harwood; the key's is part of the river's name.
    outcome = graded(
        "text",
        "East Tamar River",
        "Which river lies between East Harwood and Harwood?",
        RIVER[0],
        typed,
        article=RIVER,
    )
    assert outcome is expected


LAKESIDE = (
    "The ruling was issued in Corvin, the provincial capital, on Friday.",
    "Residents of Corvin Beach, 50 km away, were not affected.",
)
INLAND = ("The ruling was issued in Corvin, the provincial capital, on Friday.",)


@pytest.mark.parametrize(
    ("typed", "expected", "article"),
    [
        ("Corvin", C, LAKESIDE),
        ("in Corvin", C, LAKESIDE),
        ("Corvin city", C, INLAND),
        ("Corvin Beach", X, LAKESIDE),
        ("Corvin Beach", X, INLAND),
        ("Corvin Springs", X, INLAND),
        ("corvin falls", X, INLAND),
    ],
)
def test_a_feature_of_the_land_after_a_place_names_another_place(
    typed: str, expected: Outcome, article: tuple[str, ...]
) -> None:
    outcome = graded(
        "text", "Corvin", "In which city was the ruling issued?", article[0], typed, article=article
    )
    assert outcome is expected


def test_a_feature_the_quote_writes_with_the_place_is_its_own() -> None:
    quote = "Lifeguards at Bondi Beach pulled 12 swimmers from the water."
    outcome = graded(
        "text", "Bondi", "At which beach were swimmers pulled out?", quote, "Bondi Beach"
    )
    assert outcome is C


COUNCIL = (
    "The deal creates a new board with nine members, five of them chosen by First Nations.",
    "Another 12 First Nations have yet to sign.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9", C), ("nine members", C), ("9 members", C), ("9 First Nations", X), ("nine nations", X)],
)
def test_a_figure_before_a_name_that_begins_with_an_ordinal_counts_that_name(
    typed: str, expected: Outcome
) -> None:
    outcome = graded(
        "number", "9", "How many members will the board have?", COUNCIL[0], typed, article=COUNCIL
    )
    assert outcome is expected
