"""From groups 310 and 311's misses, and the classes the authors of groups 316 and 317 saw
the grader take in their `check` output, each with invented examples: an honorific both
bearers of a surname share tells neither apart; a ratio's second figure in words is a
figure (`one in every twelve`); crates are no pallets; a figure typed in a value's detail
that the article gives another count of is the typist's own (`on 23 servers`); `trebled`
is `tripled`; a true verdict counts the part, not the whole it is of (`true, all 1,911
did`); two things set in an order are wrong the other way round (`soft clay under
weathered rock`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

TRUFFLE = (
    "The truffle was found on Saturday by Dario Horvat, 47, a hunter from Donja Vala.",
    "Horvat, who has hunted truffles for 31 years, said he found it with his two dogs.",
    "His cousin Boris Horvat, who runs a truffle shop, abstained in the board's vote.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Dario Horvat", C),
        ("Mr Dario Horvat", C),
        ("Horvat", X),
        ("Mr Horvat", X),
    ],
)
def test_an_honorific_both_bearers_share_tells_neither_apart(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "Dario Horvat",
        question="Which hunter found the truffle?",
        citations=(cite("by Dario Horvat, 47", TRUFFLE[0]),),
        article=TRUFFLE,
    )
    assert grade(question, typed).outcome is expected


RATIO = "Roughly one in every eight matatus we stopped had a governor that had been switched off."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, one in every eight", C),
        ("false, one in eight", C),
        ("false, it was one in every twelve", X),
        ("false, one in twelve", X),
    ],
)
def test_a_ratios_second_figure_in_words(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "The commander said roughly one in every ten matatus stopped had a tampered governor.",
        RATIO,
        typed,
        explain="He said roughly one in every eight.",
        paragraph=f"{RATIO} Police impounded 12 of them on Monday.",
    )
    assert outcome is expected


CARGO = (
    "Customs officers found 4,870 fake watches in 14 crates declared as bathroom fittings.",
    "Investigators say the site stored about 380 terabytes of episodes on 14 servers.",
    "The operators had been warned 23 times.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("14", C), ("14 crates", C), ("14 pallets", X), ("14 containers", X)],
)
def test_crates_are_no_pallets(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "14",
        question="In how many crates were the watches found?",
        citations=(cite("in 14 crates", CARGO[0]),),
        article=CARGO,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("about 380 terabytes", C),
        ("380 terabytes on 14 servers", C),
        ("380 terabytes on 23 servers", X),
        ("380 terabytes, on 31 servers", X),
    ],
)
def test_a_figure_of_the_typists_own_in_the_detail(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "about 380 terabytes",
        question="How much data did the site store?",
        citations=(cite("about 380 terabytes", CARGO[1]),),
        article=CARGO,
    )
    assert grade(question, typed).outcome is expected


ORDERS = ("Orders to the firm have tripled since March, its manager said.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("tripled", C), ("trebled", C), ("increased threefold", C), ("doubled", X)],
)
def test_trebled_is_tripled(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "tripled",
        question="How have orders changed since March?",
        choices=("doubled", "tripled", "halved", "unchanged"),
        citations=(cite("have tripled", ORDERS[0]),),
        article=ORDERS,
    )
    assert grade(question, typed).outcome is expected


RESPONSES = "The consultation drew 1,911 responses, and 1,402 of them came from outside the region."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, 1,402 of the 1,911", C),
        ("true, most of them", C),
        ("true, all 1,911 did", X),
        ("true, 1,911 did", X),
    ],
)
def test_a_true_verdict_counts_the_part(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "Most of the consultation's responses came from outside the region.",
        RESPONSES,
        typed,
        key="true",
    )
    assert outcome is expected


GROUND = (
    "The tunnel runs through weathered rock under a layer of soft clay about nine metres "
    "thick, engineers said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("weathered rock under a layer of soft clay", C),
        ("soft clay under a layer of weathered rock", X),
        ("clay under rock", X),
    ],
)
def test_two_things_set_in_an_order(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "weathered rock under a layer of soft clay",
        question="What is the ground around the tunnel made of?",
        citations=(cite("weathered rock under a layer of soft clay", GROUND[0]),),
        article=GROUND,
    )
    assert grade(question, typed).outcome is expected
