"""False accepts the forty-ninth and fiftieth groups' first runs showed in true/false
answers, fixed in general; with an invented article: a correction's figure that the article
gives to someone or something else than the one the correction gives it to, a vote typed
in words that the article never gives, and a percentage it never gives."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

COUNT = (
    "Maeve Lindqvist, 44, of the Harbour Party won the Kilbride North by-election on the "
    "fifth count. She was declared elected on 9,214 votes, short of the quota.",
    "Rupert Lindqvist, 57, a vet standing for the Civic Union, was second.",
    "Tobias Okafor, 39, took 3,870 first preferences and Hattie Dorsey, 51, took 1,185.",
    "Dorsey's 1,185 votes were distributed on the second count. Lindqvist received 640 of "
    "them, more than half, and Okafor 310.",
    "Okafor's elimination on the fourth count gave Rupert Lindqvist 1,930 votes and "
    "Lindqvist 1,702.",
    "Rupert Lindqvist congratulated her and said he would stand again. Okafor said the "
    "result was no surprise.",
    "Returning officer Gwen Ashdown put the quota at 9,650.",
)


def _claim(claim: str, key: str, quote: str, typed: str, explain: str | None = None) -> Outcome:
    paragraph = next(p for p in COUNT if quote in p)
    question = make_question(
        "claim",
        key,
        question=claim,
        citations=(cite(quote, paragraph),),
        article=COUNT,
        explain=explain,
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("True, she got 310", X),
        ("true, she received 310 of them", X),
        ("True, she got 640", C),
        ("true, Lindqvist got 640", C),
        ("true, Okafor got 310", C),
        ("true", C),
    ],
)
def test_a_figure_the_quote_gives_to_another(typed: str, expected: Outcome) -> None:
    claim = "True or false: Maeve Lindqvist received more than half of Dorsey's votes."
    quote = "Lindqvist received 640 of them, more than half, and Okafor 310."
    assert _claim(claim, "true", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("False, she got 1,930", X),
        ("false, Maeve got 1,930", X),
        ("false, Rupert got 1,930", C),
        ("false, he got 1,930", C),
        ("False, she got 1,702", C),
        ("false, she only got 1,702 and he got 1,930", C),
        ("false, 1,930 went to Rupert", C),
    ],
)
def test_a_figure_the_explanation_gives_to_another_of_the_same_name(
    typed: str, expected: Outcome
) -> None:
    # The pronoun is the one the article writes of each: `he` is Rupert, `she` is Maeve.
    claim = (
        "True or false: Maeve Lindqvist received more of Okafor's votes than Rupert Lindqvist did."
    )
    quote = "gave Rupert Lindqvist 1,930 votes and Lindqvist 1,702"
    explain = "Rupert Lindqvist received 1,930 of Okafor's votes and Maeve Lindqvist 1,702."
    assert _claim(claim, "false", quote, typed, explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("False, she got 9,650 votes", X),
        ("False, she got 9,214 votes", C),
        ("false, she fell short of the quota of 9,650", C),
        ("false, she had 9,214 and the quota was 9,650", C),
    ],
)
def test_a_figure_the_explanation_gives_to_a_thing(typed: str, expected: Outcome) -> None:
    claim = "True or false: Maeve Lindqvist reached the quota before she was declared elected."
    quote = "She was declared elected on 9,214 votes, short of the quota."
    explain = "She was declared elected on 9,214 votes, below the quota of 9,650."
    assert _claim(claim, "false", quote, typed, explain) is expected


RATES = (
    "The central bank of Veloria held its main rate at 4.75 percent on Thursday.",
    "The decision was not unanimous. Six of the nine members backed a hold and three a cut.",
    "The krona firmed after the decision, about 0.6 percent stronger than before. "
    "Flour cost bakers about 20 percent more than a year ago, one said.",
)


def _rates(claim: str, quote: str, explain: str, typed: str) -> Outcome:
    paragraph = next(p for p in RATES if quote in p)
    question = make_question(
        "claim",
        "false",
        question=claim,
        citations=(cite(quote, paragraph),),
        article=RATES,
        explain=explain,
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, seven to two", X),
        ("false, 7-2", X),
        ("false, six to three", C),
        ("false, 6-3", C),
        ("false, six members to three", C),
        ("false", C),
    ],
)
def test_a_vote_the_article_never_gives(typed: str, expected: Outcome) -> None:
    claim = "True or false: the decision was unanimous."
    quote = "The decision was not unanimous."
    explain = "Six of the nine members backed a hold and three voted for a cut."
    assert _rates(claim, quote, explain, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it strengthened by 5 percent", X),
        ("false, it firmed by 4%", X),
        ("false, it firmed by about 0.6 percent", C),
        ("false, it firmed 0.6%", C),
        ("false, it firmed", C),
    ],
)
def test_a_percentage_the_article_never_gives(typed: str, expected: Outcome) -> None:
    # `Flour` is no misspelt `four`: the article is edited, its words are what they say.
    claim = "True or false: the krona weakened after the decision."
    quote = "The krona firmed after the decision"
    explain = "It firmed, to about 0.6 percent stronger than before."
    assert _rates(claim, quote, explain, typed) is expected
