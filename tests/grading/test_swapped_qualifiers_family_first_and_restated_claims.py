"""A list's item given another item's own word (`a silver flask … an iron key` for an iron
flask and a silver key) is wrong, even through an accepted form without those words; two
names that begin alike, one said to be no relation of the other, share a family name
written first; a true claim restated with the whole its count is of (`true, 940 members
voted`) is wrong; a false claim's own words with a day added (`false, it approved it on
Friday`) correct nothing; a point of the compass with a letter too many is a slip.
Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, cited_question, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

WRECK = (
    "Divers lifted 14 finds from the wreck, among them an iron flask, a comb and a silver "
    "key, the museum said on Tuesday.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("an iron flask, a comb and a silver key", C),
        ("flask, comb and key", C),
        ("the flask in iron, the comb and the key in silver", C),
        ("a silver key, an iron flask and a comb", C),
        ("a silver flask, a comb and an iron key", X),
        ("silver flask, comb and key", X),
        ("an iron flask, a silver comb and a silver key", X),
    ],
)
def test_an_item_given_another_items_word(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("an iron flask", "a comb", "a silver key"),
        question="Which three of the finds does the museum name?",
        accept=("flask, comb and key",),
        citations=(cite("an iron flask, a comb and a silver key", WRECK[0]),),
        article=WRECK,
    )
    assert grade(question, typed).outcome is expected


FERRY = (
    "Harbour master Oshiro Kenta said the ferry would not sail before Monday.",
    "Oshiro Mai, 64, a fish trader who is no relation to the harbour master, said she had "
    "lost a week of sales.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Oshiro Kenta", C),
        ("Kenta Oshiro", C),
        ("Harbour master Oshiro", C),
        ("Kenta", X),
        ("Oshiro Mai", X),
    ],
)
def test_a_family_name_written_first_and_shared(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "person",
        "Oshiro Kenta",
        "Who is the harbour master?",
        "Harbour master Oshiro Kenta",
        *FERRY,
    )
    assert grade(question, typed).outcome is expected


VOTE = "Union secretary Ines Brand said 312 of the branch's 940 members voted to strike."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, 312 members voted to strike", C),
        ("true, 312 of the 940 members", C),
        ("true, 940 members voted to strike", X),
    ],
)
def test_a_true_claim_restated_with_its_whole(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: 312 branch members voted to strike.",
        "312 of the branch's 940 members voted to strike",
        typed,
        key="true",
        paragraph=VOTE,
    )
    assert outcome is expected


COUNCIL = "The council declined on Friday to approve the quarry's new permit."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it refused it on Friday", C),
        ("false, the council approved it on Friday", X),
        ("false, the council approved it", X),
    ],
)
def test_a_false_claims_own_words_with_a_day(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the council approved the quarry's new permit.",
        "declined on Friday to approve the quarry's new permit",
        typed,
        paragraph=COUNCIL,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Lake Sourth", C),
        ("Lake South", C),
        ("Lake Souths", X),
        ("Lake North", X),
    ],
)
def test_a_compass_point_with_a_letter_too_many(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "text",
        "Lake South",
        "Which ward did she win?",
        "won Lake South",
        "She won Lake South by 41 votes, and her sister lost Lake North.",
    )
    assert grade(question, typed).outcome is expected


CLUB = (
    "Club chairman Marcus Pendle said the vote saved the club.",
    "The motion was moved by Councillor Marcus Adeyemi and seconded by Deputy Mayor Ruth "
    "Calloway, who is not related to the mayor.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Marcus Pendle", C), ("Pendle", C), ("Marcus", X), ("Marcus Adeyemi", X)],
)
def test_a_given_name_shared_beside_another_no_relation(typed: str, expected: Outcome) -> None:
    """The no-relation is said of someone named after the shared word's bearer: the shared
    word stays a given name."""
    question = cited_question(
        "person",
        "Marcus Pendle",
        "Who is the club's chairman?",
        "Club chairman Marcus Pendle",
        *CLUB,
    )
    assert grade(question, typed).outcome is expected
