"""False accepts the thirty-eighth group's first run showed, fixed in general; each with
invented examples: the other side of a vote (`no votes` for the ayes), a motion carried
answered as rejected, and a correction that counts what the quote says there was none of."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("41,220", C),
        ("41,220 yes votes", C),
        ("41,220 in favour", C),
        ("41,220 no votes", X),
        ("41,220 against", X),
    ],
)
def test_the_other_side_of_a_vote(typed: str, expected: Outcome) -> None:
    quote = "The levy was approved with 41,220 votes in favour and 39,870 against"
    outcome = graded(
        "number", "41,220", "How many votes were cast in favour of the levy?", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("true", C), ("true, Lucerne backed it", C), ("True, Lucerne rejected it", X)],
)
def test_a_motion_carried_is_not_rejected(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the canton of Lucerne voted for the levy.",
        "Besides Zug, the levy carried Uri, Glarus and Lucerne.",
        typed,
        key="true",
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false", C), ("false, only its 9 crew", C), ("false, it was carrying 9 passengers", X)],
)
def test_a_count_of_what_the_quote_says_there_was_none_of(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the ferry was carrying passengers when it ran aground.",
        "The ferry, carrying no passengers, ran aground with its 9 crew",
        typed,
    )
    assert outcome is expected


KOREAN = (
    "Prosecutors indicted the chief executive, Park Ji-hoon, the plant manager, Yoon Sang-woo,"
    " and the safety head, Han Min-jae.",
    '"We will appeal," Park said. "We waited too long," said the union leader, Ms. Park'
    " Eun-ji, who is no relation.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Park, Yoon and Han", C),
        ("Park Ji-hoon, Yoon Sang-woo, Han Min-jae", C),
        ("Park Eun-ji, Yoon Sang-woo, Han Min-jae", X),
    ],
)
def test_a_list_item_named_by_a_family_name_written_first(typed: str, expected: Outcome) -> None:
    quote = "Prosecutors indicted the chief executive, Park Ji-hoon"
    outcome = graded(
        "list",
        ("Park Ji-hoon", "Yoon Sang-woo", "Han Min-jae"),
        "Whom did prosecutors indict?",
        quote,
        typed,
        accept=(("Park", "Yoon", "Han"),),
        article=KOREAN,
    )
    assert outcome is expected
