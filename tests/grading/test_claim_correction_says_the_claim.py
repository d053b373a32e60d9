"""A true-or-false answer's correction that says what the claim says, in other ways, with
invented examples: in the claim's own words (`false, he was killed`), with `one` of what
the quote counts more of (`false, only one season`), with the quote's figures swapped
between its years, with a relation the quote qualifies (`brother` of a brother-in-law), or
with a split vote where the quote's was unanimous."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
UNANIMOUS = "the article says the vote was unanimous"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, she survived", C),
        ("false, she was not killed", C),
        ("false, she was killed", X),  # the claim's own words: what it says
        ("False - the pilot was killed.", X),
        ("false, the pilot was injured", C),  # a word of its own
    ],
)
def test_a_correction_in_the_claims_own_words(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the pilot was killed in the crash.",
        "The pilot, Mara Lind, 51, survived with a broken arm.",
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("claim", "typed", "expected"),
    [
        # the words of the claim in another order say something else
        ("True or false: Rovers beat United in the final.", "false, United beat Rovers", C),
        # a claim that sets one thing against another may be corrected in its words
        (
            "True or false: the inspector called the bridge unsafe rather than old.",
            "false, he called it old",
            C,
        ),
    ],
)
def test_the_claims_words_that_say_something_else(
    claim: str, typed: str, expected: Outcome
) -> None:
    quote = "United beat Rovers 2-1, and the inspector called the bridge old rather than unsafe."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, only three harvests", C),
        ("false, only one harvest", X),  # `one` of what the quote counts three of
        ("false, two harvests", X),
        ("false, one of them failed", C),  # no count of harvests
    ],
)
def test_one_of_what_the_quote_counts(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the cooperative expects five harvests from the new groves.",
        "The cooperative expects three harvests from the new groves.",
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, 41 nets in 2023 and 26 nets in 2022", C),
        ("false, 26 nets in 2023 and 41 nets in 2022", X),  # each given the other year
        ("false, there were more in 2023", C),
    ],
)
def test_figures_swapped_between_years(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: inspectors found fewer illegal nets in 2023 than in 2022.",
        "Inspectors found 41 nets in 2023, up from 26 nets in 2022.",
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, she is his sister-in-law", C),
        ("true, she is his sister", X),  # a sister-in-law is no sister
    ],
)
def test_a_relation_by_marriage(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: Ines Boro and Tomas Boro are related.",
        "Ines Boro, the harbour master, is Tomas Boro's sister-in-law.",
        typed,
        key="true",
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, all of them voted for it", C),
        ("true, by 11 votes to 2", X),  # a side against: no unanimous vote
    ],
)
def test_a_split_vote_for_a_unanimous_one(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the board approved the new timetable unanimously.",
        "voted unanimously to approve the new timetable",
        typed,
        key="true",
        paragraph="The board's 11 members and 2 observers voted unanimously to approve the new"
        " timetable.",
    )
    assert outcome is expected


def test_a_split_vote_where_the_quote_denies_a_unanimous_one() -> None:
    paragraph = (
        "The decision was not unanimous. Five of the seven board members backed the plan and"
        " two voted for a delay of a month."
    )
    question = make_question(
        "claim",
        "false",
        question="True or false: the council's decision was unanimous.",
        citations=(cite("The decision was not unanimous.", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, "False, it was five to two").reason != UNANIMOUS
