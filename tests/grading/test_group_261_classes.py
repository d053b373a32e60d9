"""Grader faults the two-hundred-and-sixty-first group's misses showed, fixed in general
after its first figure; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, cited_question, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

MAKER = ("Hanseong Cells, a South Korean maker of solar panels, will build the plant.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("South Korea", C),
        ("south korea", C),
        ("b", C),
        ("Korea", X),  # North Korea is a choice too
        ("North Korea", X),
    ],
)
def test_an_accepted_choice_in_other_capitals_is_told_apart_as_the_key_is(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "choice",
        "South Korea",
        question="Where is the panel maker from?",
        choices=("North Korea", "South Korea", "Japan", "Chile"),
        accept=("south korea",),
        citations=(cite("a South Korean maker", MAKER[0]),),
        article=MAKER,
    )
    assert grade(question, typed).outcome is expected


VOTES = (
    "The council passed the budget by 31 votes to 12. A motion to delay it until spring "
    "was defeated by 27 votes to 16 earlier in the day.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it was defeated", C),
        ("false, it was defeated by 27 votes to 16", C),
        ("no", C),
        ("false, it was defeated by 31 votes to 12", X),  # the budget's vote
        ("false, it was defeated by 17 votes", X),
    ],
)
def test_an_accepted_correction_takes_no_figure_the_key_reads_as_false(
    typed: str, expected: Outcome
) -> None:
    quote = "A motion to delay it until spring was defeated by 27 votes to 16"
    question = make_question(
        "claim",
        "false",
        question="True or false: the motion to delay the budget was passed.",
        accept=("no", "false, it was defeated"),
        citations=(cite(quote, VOTES[0]),),
        article=VOTES,
        explain="It was defeated by 27 votes to 16.",
    )
    assert grade(question, typed).outcome is expected


GRANT = (
    "Under the plan, at least 70 percent of the grant must be spent on teachers' pay "
    "rather than on new buildings and buses.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("at least 70 percent", C),
        ("at least 70% on teachers' pay", C),
        ("at least 70 percent on buildings", X),  # what the article sets against it
        ("70 percent on new buses", X),
    ],
)
def test_a_figure_given_to_what_the_article_sets_against_it(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "at least 70 percent",
        "At least what share of the grant must be spent on teachers' pay?",
        "at least 70 percent of the grant must be spent on teachers' pay rather than on new "
        "buildings and buses",
        *GRANT,
    )
    assert grade(question, typed).outcome is expected


BOARD = (
    "Tevita Lomani-Shaw, the board's chief executive, said no money was promised.",
    "The board's lawyer, Mere Shaw, said talks would resume on Monday.",
    "Lomani-Shaw said the board had not yet been paid.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tevita Lomani-Shaw", C),
        ("Lomani-Shaw", C),
        ("Lomani Shaw", C),
        ("Mr Lomani-Shaw", C),
        ("Lomani", X),
    ],
)
def test_a_double_barrelled_surname_whole(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "person",
        "Tevita Lomani-Shaw",
        "Who is the board's chief executive?",
        "Tevita Lomani-Shaw, the board's chief executive",
        *BOARD,
    )
    assert grade(question, typed).outcome is expected


HALVES = ("Sina Tuilagi-Hart, the union's secretary, said the strike would go ahead.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tuilagi-Hart", C),
        ("Sina Tuilagi-Hart", C),
        ("Hart", X),  # half of her surname, which the article never shortens
        ("Ms Hart", X),
        ("Sina", X),
    ],
)
def test_half_a_double_barrelled_surname(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "person",
        "Sina Tuilagi-Hart",
        "Who is the union's secretary?",
        "Sina Tuilagi-Hart, the union's secretary",
        *HALVES,
    )
    assert grade(question, typed).outcome is expected


def test_the_half_the_article_writes_alone_is_the_name() -> None:
    article = (*HALVES, "Hart said members had voted by a wide margin.")
    question = cited_question(
        "person",
        "Sina Tuilagi-Hart",
        "Who is the union's secretary?",
        "Sina Tuilagi-Hart, the union's secretary",
        *article,
    )
    assert grade(question, "Hart").outcome is C
