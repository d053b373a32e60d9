"""Each kind's rules, with every trap from issue 4 as a regression test."""

from __future__ import annotations

from typing import Unpack

import pytest
from tests.grading.helpers import QuestionParts, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


def outcome(
    kind: str, key: str | tuple[str, ...], typed: str, **extra: Unpack[QuestionParts]
) -> Outcome:
    return grade(make_question(kind, key, **extra), typed).outcome


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("84", "84", C),
        ("84", "eighty-four", C),
        ("84", "Eighty four days", C),
        ("84", "The answer is 84", C),
        ("84", "41", X),
        ("14", "41", X),  # a different number that looks alike
        ("84", "84 or 85", X),  # hedging
        ("84", "not 48, 84", C),  # a value named only to be denied
        ("84", "48 rather than 84", X),
        ("3", "third", C),
        ("3", "3rd", C),
        ("3", "the thirteenth", X),
        ("42", "fourty-two", C),  # misspelt number words are still read
        ("90", "ninty", C),
        ("12", "twelth", C),
        ("60", "sixteen", X),  # a misspelling that is another number is that number
        ("1000", "1,000", C),
        ("2", "twice", C),
        ("84", "days", X),
    ],
)
def test_number(key: str, typed: str, expected: Outcome) -> None:
    assert outcome("number", key, typed) is expected


def test_number_tolerance_and_units_the_question_names() -> None:
    assert outcome("number", "100", "103", tolerance=5) is C
    assert outcome("number", "100", "106", tolerance=5) is X
    question = "How many days had passed?"
    assert outcome("number", "84", "12 weeks", question=question) is C


def test_number_ignores_numbers_the_question_itself_states() -> None:
    question = "How many days had passed since the two last spoke?"
    assert outcome("number", "84", "the two had not spoken for 84 days", question=question) is C
    assert outcome("number", "84", "two", question=question) is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("$40 billion", C),
        ("40bn", C),
        ("40 billion dollars", C),
        ("$40,000,000,000", C),
        ("forty billion dollars", C),
        ("USD 40 billion", C),
        ("$40 million", X),  # another scale
        ("$4 billion", X),
        ("$400 billion", X),
        ("€40 billion", X),  # another currency
        ("$40", X),
        ("$40 billion or $30 billion", X),
    ],
)
def test_money(typed: str, expected: Outcome) -> None:
    assert outcome("money", "$40 billion", typed) is expected


def test_money_scale_slips_are_wrong_and_say_why() -> None:
    question = make_question("money", "$15 million")
    assert grade(question, "$15m").correct
    assert grade(question, "15m").correct
    assert not grade(question, "$1.5 million").correct
    assert grade(question, "$15 billion").reason == "wrong scale"


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("an hour and a half", "90 minutes", C),
        ("an hour and a half", "1.5 hours", C),
        ("an hour and a half", "1 hour 30 minutes", C),
        ("an hour and a half", "an hour", X),
        ("half an hour", "30 minutes", C),
        ("half an hour", "30 min", C),
        ("two weeks", "14 days", C),
        ("two weeks", "a fortnight", C),
        ("two weeks", "two weaks", C),
        ("two weeks", "two months", X),
        ("two weeks", "one or two weeks", X),
        ("about an hour", "60 minutes", C),  # `about` on one side
        ("an hour", "about 60 min", C),  # ... or the other
        ("about an hour", "approximately one hour", C),
        ("about an hour", "a few hours", X),
        ("about an hour", "more than an hour", X),
        ("about an hour", "60", X),
    ],
)
def test_duration(key: str, typed: str, expected: Outcome) -> None:
    assert outcome("duration", key, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("May 13", C),
        ("13 May", C),
        ("May 13th", C),
        ("the thirteenth of May", C),
        ("13th of May", C),
        ("5/13", C),  # month first, US style
        ("13/5", C),  # impossible month first: read day first
        ("2022-05-13", C),
        ("13.05.2022", C),
        ("May 13, 2022", C),
        ("Mya 13", C),  # typo in the month
        ("May 31", X),
        ("May 13 or May 31", X),
        ("not May 31, May 13", C),
        ("May", X),  # a month alone is not a date
        ("13", X),  # nor a day alone
        ("They met on May 13", C),
    ],
)
def test_date(typed: str, expected: Outcome) -> None:
    assert outcome("date", "May 13", typed) is expected


def test_date_year_must_match_when_typed() -> None:
    question = make_question("date", "May 13", default_year=2022)
    verdict = grade(question, "May 13, 2021")
    assert verdict.outcome is X and verdict.reason == "wrong year"
    keyed = make_question("date", "13 May 2020", default_year=2022)
    assert grade(keyed, "May 13 2020").correct
    assert not grade(keyed, "May 13 2022").correct


def test_month_and_day_alone_say_why() -> None:
    question = make_question("date", "May 13")
    assert grade(question, "May").reason == "a month alone is not a date"
    assert grade(question, "13").reason == "a day alone is not a date"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Volodymyr Zelensky", C),
        ("Zelensky", C),  # the surname alone
        ("President Zelensky", C),  # titles ignored
        ("Zelensky, Volodymyr", C),
        ("Zelenskiy", C),  # transliterations
        ("Zelenskyy", C),
        ("Volodymyr Zelenskiy", C),
        ("Volodimir Zelensky", C),
        ("Wolodymyr Selenskyj", C),
        ("Zelenksy", C),  # typo
        ("I think it was Zelensky", C),
        ("Volodymyr", X),  # a first name alone
        ("Zelenko", X),  # another surname that merely looks similar
        ("Zelensky or Putin", X),
        ("Zelensky and Putin", X),
        ("Putin rather than Zelensky", X),
        ("Mark Zelensky", X),
    ],
)
def test_person(typed: str, expected: Outcome) -> None:
    assert outcome("person", "Volodymyr Zelensky", typed) is expected


def test_person_typo_is_close_and_shows_the_spelling() -> None:
    verdict = grade(make_question("person", "Sergei Shoigu"), "Shoigo")
    assert verdict.correct and verdict.close
    assert verdict.reason == "close: Shoigu"
    assert verdict.label == "Close enough"


def test_person_known_names_are_not_typos() -> None:
    assert outcome("person", "Mark Milley", "Miller") is X
    assert outcome("person", "Mark Milley", "Miley") is C


def test_person_echo_of_the_question_is_not_an_answer() -> None:
    question = "Whom did Austin call?"
    assert outcome("person", "Sergei Shoigu", "Austin", question=question) is X
    assert outcome("person", "Sergei Shoigu", "Austin called Shoigu", question=question) is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Finland, Sweden and Norway", C),
        ("Norway & Sweden + Finland", C),
        ("sweden and finland and norway", C),
        ("Finland and Sweden", P),
        ("Finland, Sweden, Norway and Denmark", X),  # an extra wrong item
        ("Finland or Sweden", X),
        ("Finland, Sweden and Norway, not Denmark", C),
        ("Denmark", X),
    ],
)
def test_list(typed: str, expected: Outcome) -> None:
    assert outcome("list", ("Finland", "Sweden", "Norway"), typed) is expected


def test_list_partial_has_a_score_and_reason() -> None:
    verdict = grade(make_question("list", ("Finland", "Sweden", "Norway")), "Finland and Sweden")
    assert verdict.score == pytest.approx(2 / 3, abs=0.001)
    assert verdict.reason == "2 of 3 items"


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("true", "true", C),
        ("true", "T", C),
        ("true", "yes", C),
        ("true", "correct", C),
        ("true", "not true", X),
        ("true", "not false", C),
        ("true", "tru", C),
        ("false", "false", C),
        ("false", "f", C),
        ("false", "no", C),
        ("false", "untrue", C),
        ("false", "not true", C),
        ("false", "false, it was Austin", C),  # a correction after the verdict
        ("false", "true", X),
        ("false", "true or false", X),
        ("false", "maybe", X),
    ],
)
def test_claim(key: str, typed: str, expected: Outcome) -> None:
    assert outcome("claim", key, typed) is expected


CHOICES = ("Lloyd Austin", "Mark Milley", "John Kirby", "Vladimir Putin")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("b", C),
        ("B", C),
        ("b)", C),
        ("(b)", C),
        ("option b", C),
        ("Mark Milley", C),
        ("Mark Miley", C),
        ("Milley", C),
        ("a", X),
        ("John Kirby", X),
        ("b or c", X),
        ("e", X),
    ],
)
def test_choice(typed: str, expected: Outcome) -> None:
    assert outcome("choice", "Mark Milley", typed, choices=CHOICES) is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Australia", "Australia", C),
        ("Australia", "Austrlia", C),
        ("Australia", "Austria", X),  # a different country that looks alike
        ("President", "Vice President", X),  # a qualifier changes who is meant
        ("Vice President", "President", X),
        ("Vice President", "vice-president", C),
        ("press secretary", "deputy press secretary", X),
        ("the talks failed", "the talks failed", C),
        ("the talks failed", "the talks never failed", X),  # a negation
        ("the talks failed", "the talks did not fail", X),
        ("the talks failed", "the talks fialed", C),
        ("Geneva", "They met in Geneva", C),
        ("Geneva", "Geneva or Vienna", X),
        ("Geneva", "Geneva and Vienna", X),
        ("Geneva", "not Geneva", X),
        ("Geneva", "not Vienna but Geneva", C),
        ("Angola", "Angora", X),  # a place of its own (Ankara's old name), not a typo
        ("China", "Chiba", X),
        ("an immediate ceasefire", "cease-fire immediately", C),
        ("an immediate ceasefire", "an immediate fire", X),
        ("once or twice a day", "one or two times a day", C),
        ("once or twice a day", "three times a day", X),
        ("NATO", "N.A.T.O.", C),
        ("general-in-chief", "general", X),  # dropping a word that carries the fact
    ],
)
def test_text(key: str, typed: str, expected: Outcome) -> None:
    assert outcome("text", key, typed) is expected


def test_text_question_words_prove_nothing() -> None:
    question = "What did the US and Russia establish on March 1?"
    assert outcome("text", "a deconfliction line", "the US and Russia", question=question) is X


def test_pasted_paragraph_is_wrong() -> None:
    pasted = (
        "On March 24, Pentagon press secretary John Kirby said Austin and Chairman of the "
        "Joint Chiefs of Staff Gen. Mark Milley searched and continue to search for phone "
        "calls with Shoigu and General Valery Gerasimov"
    )
    verdict = grade(make_question("date", "March 24"), pasted)
    assert verdict.outcome is X and verdict.reason == "answer briefly"


def test_accept_and_reject_lists() -> None:
    question = make_question("text", "Kyiv", accept=("Kiev",), reject=("Kyiv Oblast",))
    assert grade(question, "kiev").correct
    assert not grade(question, "Kyiv oblast").correct


def test_empty_answer() -> None:
    verdict = grade(make_question("text", "Geneva"), "   ")
    assert verdict.outcome is X and verdict.score == 0 and verdict.reason == "no answer"
