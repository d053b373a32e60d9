"""A claim's correction is weighed against what the explanation says the article says too:
the opposite of its deed (`Huanca opposed it`, where he backed the cap) and the deed denied
of everyone (`neither backed it`) are wrong, where the cited lines alone do not say it."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Question

C, X = Outcome.CORRECT, Outcome.INCORRECT


def _false_claim(
    asked: str, paragraph: str, quote: str = "", explain: str | None = None
) -> Question:
    """A false claim asking `asked` of a one-paragraph article, citing `quote` (else the
    whole paragraph)."""
    return make_question(
        "claim",
        "false",
        question=asked,
        citations=(cite(quote or paragraph, paragraph, 1),),
        article=(paragraph,),
        explain=explain,
    )


MAYORS = (
    "The mayors of the two towns were divided.",
    "Eulogio Huanca, mayor of San Pedro, backed the cap, saying the town's fish sellers had "
    "lost customers.",
    "Dora Flores, mayor of San Pablo, called for the cap to be delayed until the grants are paid.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, they were divided", C),
        ("false, only Huanca backed it", C),
        ("false, Dora Flores wants it delayed", C),
        ("false, Eulogio Huanca opposed it", X),
        ("false, Huanca opposed the cap", X),
        ("false, neither backed it", X),
        ("false, neither of them backed it", X),
    ],
)
def test_the_explanation_says_what_was_done(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: the mayors of the two towns both backed the fare cap.",
        citations=(
            cite("The mayors of the two towns were divided.", MAYORS[0], 1),
            cite("called for the cap to be delayed until the grants are paid", MAYORS[2], 3),
        ),
        article=MAYORS,
        explain="Eulogio Huanca backed the cap; Dora Flores wants it delayed until the grants "
        "are paid.",
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, the county says 38 and the builders 57", C),
        ("false, both count 38", X),
        ("false, they both say 57 boats", X),
        ("false, both say 57", X),
        ("false, they both count 38 boats", X),
    ],
)
def test_one_figure_for_both_sides(typed: str, expected: Outcome) -> None:
    """Two sides the quote gives two counts (38 and 57): one figure for both is wrong."""
    paragraph = "The county says 38 boats are affected by the ban, but the builders count 57."
    asked = "True or false: the county and the builders agree on how many boats."
    question = _false_claim(asked, paragraph)
    assert grade(question, typed).outcome is expected


def test_the_explanation_writing_both_opposites_turns_neither_over() -> None:
    """`He was born in Dolgellau but died in London`: `born` is no opposite of the claim's
    `died` where the explanation itself writes both."""
    paragraph = "The painting had been in the family since the artist's death in London in 1874."
    question = _false_claim(
        "True or false: the artist died in Dolgellau.",
        paragraph,
        "since the artist's death in London in 1874",
        explain="He was born in Dolgellau but died in London, in 1874.",
    )
    assert grade(question, "false, he was born there but died in London").outcome is C
    assert grade(question, "false, he died in London").outcome is C


def test_a_word_of_order_in_the_explanation_turns_nothing_over() -> None:
    """`the first came in 1987`: `last` is no opposite of the claim's `first` there."""
    paragraph = "Penrhyn Bay won the Welsh Cup for the second time in their history on Sunday."
    question = _false_claim(
        "True or false: this was the first Welsh Cup win in Penrhyn Bay's history.",
        paragraph,
        explain="It was their second Welsh Cup; the first came in 1987.",
    )
    assert grade(question, "false, they last won it in 1987").outcome is C


def test_a_single_hour_makes_no_year_another_figure() -> None:
    """`did not lose a single hour … In 2023 we lost 19 days`: a year typed beside the
    quote's days is no count of one."""
    quote = '"We did not lose a single hour to load-shedding this year. In 2023 we lost 19 days."'
    asked = "True or false: the mill lost crushing time to load-shedding this season."
    question = _false_claim(asked, quote)
    assert grade(question, "False - none this year; it lost 19 days in 2023").outcome is C
