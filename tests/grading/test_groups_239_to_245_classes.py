"""Classes of misses held-out groups 239 to 245 showed, each with invented examples: a
profit typed for a loss; honorifics read from pronouns that speak of someone else (`his
solicitor, Jane Roe, said he…`; `Brennan asked Kane … she`; a question whose pronoun follows
another name); people counted in other words of their group (`41 workers` for
employees); what a figure fell to given as what it fell by, and a yearly sum typed as
the total over its span (groups 241 and 242); `incomplete` for complete (group 243); a
choice typed with the word the quote denies (`that meet Euro VI`, group 245)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, cited_question, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("£84,000", C),
        ("a loss of £84,000", C),
        ("a profit of £84,000", X),
        ("£84,000 surplus", X),
    ],
)
def test_a_profit_is_not_a_loss(typed: str, expected: Outcome) -> None:
    paragraph = "The ferry service lost £84,000 last winter, the trust said."
    question = cited_question(
        "money",
        "£84,000",
        "How much did the ferry service lose last winter?",
        "lost £84,000 last winter",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


_ROES = (
    "Tom Hale, a carpenter, fell into the trench on Monday.",
    "His solicitor, Priya Lund, said he would sue the contractor.",
    "Dr Sara Lund, a surgeon at the county hospital, said she had set his leg.",
    "Hale asked Lund for an estimate, and she said the claim could reach £20,000.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Priya Lund", C),
        ("Ms Lund", C),
        ("Mr Lund", X),
        ("Dr Lund", X),  # the surgeon
    ],
)
def test_a_pronoun_after_a_name_described_as_anothers_is_the_others(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "person",
        "Priya Lund",
        question="Who is Tom Hale's solicitor?",
        accept=("Lund",),
        citations=(cite("His solicitor, Priya Lund", _ROES[1], 2),),
        article=_ROES,
    )
    assert grade(question, typed).outcome is expected


_CREW = (
    "Aoife Kerr was pulled from the water at 4 p.m. after swimming for ten hours.",
    "Her brother and crew chief, Ruairi Kerr, asked her twice whether she could go on.",
    "Kerr said the water had been colder than forecast.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Ruairi Kerr", C), ("Mr Kerr", C), ("Ms Kerr", X), ("Aoife Kerr", X)],
)
def test_a_question_pronoun_after_another_name_is_that_ones(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "Ruairi Kerr",
        question="Who asked Kerr twice whether she could go on?",
        citations=(cite("Ruairi Kerr, asked her twice", _CREW[1], 2),),
        article=_CREW,
    )
    assert grade(question, typed).outcome is expected


# Each article counts the same group elsewhere (`12 workers`, `20 children`), which makes no
# other count of the people the quote gives.
_BAKERY = (
    "The bakery had 64 employees when it closed, the receiver said.",
    "Some 12 workers from a temp agency were also sent home.",
)
_SCHOOL = (
    "The new school has room for 75 pupils, the council said.",
    "Some 20 children from the next village will travel by bus.",
)
_EMPLOYEES = (_BAKERY, "How many employees did the bakery have?", "The bakery had 64 employees")
_PUPILS = (_SCHOOL, "How many pupils does the new school have room for?", "room for 75 pupils")


@pytest.mark.parametrize(
    ("asked", "typed", "expected"),
    [
        (_EMPLOYEES, "64 employees", C),
        (_EMPLOYEES, "64 workers", C),
        (_EMPLOYEES, "sixty-four staff", C),
        (_EMPLOYEES, "64 families", X),
        (_EMPLOYEES, "64 men", X),
        (_EMPLOYEES, "46 workers", X),
        (_PUPILS, "75 pupils", C),
        (_PUPILS, "75 children", C),
        (_PUPILS, "75 homes", X),
        (_PUPILS, "57 children", X),
    ],
)
def test_people_counted_in_other_words_of_their_group(
    asked: tuple[tuple[str, ...], str, str], typed: str, expected: Outcome
) -> None:
    article, text, quote = asked
    key = quote.split()[-2]  # the figure the quote gives
    question = cited_question(
        "number",
        key,
        text,
        quote,
        *article,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("64 percent", C),
        ("it fell to 64 percent", C),
        ("fell by 64 percent", X),
        ("down by 64%", X),
    ],
)
def test_what_it_fell_to_is_not_what_it_fell_by(typed: str, expected: Outcome) -> None:
    paragraph = "Attendance at the clinic fell to 64 percent of its usual level in June."
    question = cited_question(
        "number",
        "64 percent",
        "What was attendance at the clinic in June, against its usual level?",
        "fell to 64 percent of its usual level",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("£2.4 million a year", C),
        ("£2.4 million", C),
        ("£2.4m a year for four years", C),
        ("£2.4 million over four years", X),
        ("£2.4 million for four years", X),
    ],
)
def test_a_yearly_sum_typed_as_the_total_over_its_span(typed: str, expected: Outcome) -> None:
    paragraph = "The county will fund the ferry at £2.4 million a year for four years."
    question = make_question(
        "money",
        "£2.4 million a year",
        question="At what level will the county fund the ferry?",
        accept=("£2.4 million",),
        citations=(cite("£2.4 million a year for four years", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("70 percent", C), ("70 percent complete", C), ("70 percent incomplete", X)],
)
def test_incomplete_is_not_complete(typed: str, expected: Outcome) -> None:
    paragraph = "The engineer said the bridge was about 70 percent complete in March."
    question = cited_question(
        "number",
        "70 percent",
        "About what share of the bridge was complete in March?",
        "about 70 percent complete",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


_STANDARD = "Buses that do not meet the Euro VI standard pay 80 zł a day."


_FAIL = "Buses that fail Euro VI"
_DO_NOT_MEET = "Buses that do not meet Euro VI"  # a choice that writes the denial itself


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        (_FAIL, "buses that fail Euro VI", C),
        (_FAIL, "b", C),
        (_FAIL, "buses that meet Euro VI", X),
        (_FAIL, "Buses that meet the Euro VI standard", X),
        (_DO_NOT_MEET, "Buses that do not meet Euro VI", C),
        (_DO_NOT_MEET, "buses that meet Euro VI", X),
    ],
)
def test_a_choice_typed_with_the_word_the_quote_denies(
    key: str, typed: str, expected: Outcome
) -> None:
    question = make_question(
        "choice",
        key,
        question="Which vehicles pay 80 zł a day?",
        choices=("Cars built before 2005", key, "Historic vehicles"),
        citations=(cite(_STANDARD, _STANDARD),),
        article=(_STANDARD,),
    )
    assert grade(question, typed).outcome is expected


def test_the_denied_word_is_the_reason() -> None:
    question = make_question(
        "choice",
        _FAIL,
        question="Which vehicles pay 80 zł a day?",
        choices=("Cars built before 2005", _FAIL, "Historic vehicles"),
        citations=(cite(_STANDARD, _STANDARD),),
        article=(_STANDARD,),
    )
    assert grade(question, "buses that meet Euro VI").reason == "the article says not meet"
