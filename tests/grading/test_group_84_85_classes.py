"""Classes of false accepts the eighty-fourth group's first run showed, fixed in general after
that figure was recorded; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("False, 14 were injured", C),
        ("False, no worker died", C),
        ("False, 14 were killed", X),  # the quote says no worker was killed
    ],
)
def test_a_correction_counting_an_act_the_quote_says_befell_nobody(
    typed: str, expected: Outcome
) -> None:
    outcome = graded_claim(
        "One worker was killed during the construction of the port.",
        "The authority said no worker was killed during the works, although 14 were injured.",
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("False, they got no grace period", C),
        ("False, hotels had 90 days", C),
        ("False, they were given 60 days", X),  # no length of time the article gives
    ],
)
def test_a_correction_giving_a_length_of_time_the_explanation_does_not(
    typed: str, expected: Outcome
) -> None:
    outcome = graded_claim(
        "Market traders were given the same grace period as hotels.",
        "Shops and market traders were given no grace period.",
        typed,
        explain="Hotels had 90 days; shops and market traders were given no grace period.",
        # 60 is a figure of the article, of something else.
        article=(
            "Shops and market traders were given no grace period.",
            "Inspectors visited 60 shops in the first week.",
        ),
    )
    assert outcome is expected


EMBEZZLED = "The manager admitted taking B$1.86 million from 41 accounts, about US$1.38 million."


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("B$1.86 million", "$1.86 million", C),  # a plain `$` is the key's own dollar
        ("B$1.86 million", "1.86 million dollars", C),
        ("B$1.86 million", "US$1.86 million", X),
        ("US$1.38 million", "$1.38 million", C),
        ("US$1.38 million", "B$1.38 million", X),
    ],
)
def test_a_plain_dollar_is_the_keys_own_dollar(key: str, typed: str, expected: Outcome) -> None:
    outcome = graded("money", key, "How much did the manager take?", EMBEZZLED, typed)
    assert outcome is expected


GAP = "The bank paid 6.2 percent on the deposits, 4.4 percentage points above the market rate."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("4.4 percentage points", C),
        ("4.4 percentage pts", C),
        ("440 basis points", C),
        ("44 basis points", X),
        ("4.4 percent", X),
    ],
)
def test_a_gap_in_points_written_short_or_in_basis_points(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "number", "4.4 percentage points", "How far above the market rate was it?", GAP, typed
    )
    assert outcome is expected


CLUB = (
    "Club president Joseph Farrugia said the club works on a budget of about €180,000.",
    '"We have no professional players," Farrugia said.',
    "Karen Farrugia, president of the swimming association (ASM), said the ASM would bid.",
    "Daniel Farrugia, Joseph Farrugia's son, scored twice.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Joseph Farrugia", C),
        ("Farrugia", X),
        ("Karen Farrugia of the ASM", X),  # the namesake's given name, whatever follows
        ("Karen Farrugia", X),
    ],
)
def test_a_namesakes_given_name_names_the_namesake(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "person",
        "Joseph Farrugia",
        "Who said the club has no professionals?",
        CLUB[1],
        typed,
        article=CLUB,
    )
    assert outcome is expected


def test_a_namesakes_given_name_in_a_kinship_description_stays_right() -> None:
    outcome = graded(
        "person",
        "Daniel Farrugia",
        "Who scored twice?",
        CLUB[3],
        "Daniel Farrugia, Joseph Farrugia's son",
        article=CLUB,
    )
    assert outcome is C
