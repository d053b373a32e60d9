"""A true-or-false answer that turns an accepted correction's verdict, a true verdict with
another share than the claim's, `nobody was hurt` where the quote says some were, a family
name written first that the article never writes alone, a list item typed as the start of
two of the article's names, and an accepted round figure typed without its hedge. Invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded, graded_claim, graded_person, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("no", C),
        ("false, it is not part of the total", C),
        ("not true", C),
        ("not false", X),
        ("it is not false", X),
    ],
)
def test_an_answer_that_turns_the_accepted_verdict_is_wrong(typed: str, expected: Outcome) -> None:
    paragraph = "The spare parts, worth a further 12,400 dinars, are not part of the total."
    question = make_question(
        "claim",
        "false",
        question="True or false: the spare parts are part of the 90,000 dinar total.",
        accept=("no", "false, it is not part of the total"),
        citations=(cite("are not part of the total", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, they get half", C),
        ("true, half as much", C),
        ("true, 50 percent", C),
        ("true, they get a third of it", X),
        ("True, a quarter", X),
    ],
)
def test_a_true_verdict_gives_the_claims_own_share(typed: str, expected: Outcome) -> None:
    claim = "Growers who lost part of their harvest get half the payment of those who lost all."
    quote = "will receive 8 million rand a farm, and the others 4 million rand a farm"
    assert graded_claim(claim, quote, typed, key="true") is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, none were seriously hurt", C),
        ("false, nobody was seriously hurt", C),
        ("false, nobody was hurt", X),
        ("false, no one was hurt at all", X),
    ],
)
def test_nobody_was_hurt_where_the_quote_says_some_were(typed: str, expected: Outcome) -> None:
    claim = "One of the riders hurt in the crash was seriously injured."
    quote = "Four riders were hurt, none of them seriously."
    assert graded_claim(claim, quote, typed) is expected


ARTICLE = (
    "Le Minh Quan, the harbour master, said the dredger would arrive in May.",
    "Pham Thi Lan, 47, a shrimp farmer, said her ponds had flooded twice.",
    '"We lost everything," Lan said. Lan had borrowed 30 million dong.',
    "Quan said the channel would be closed for a week.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Pham Thi Lan", C),
        ("Lan", C),
        ("Ms Lan", C),
        ("Ms Pham", C),
        ("Pham", C),
        ("Ms Thi", X),
        ("Le", X),
    ],
)
def test_a_family_name_written_first_names_the_person(typed: str, expected: Outcome) -> None:
    assert graded_person(ARTICLE, "Pham Thi Lan", "Pham Thi Lan, 47", 1, typed) is expected


def test_a_family_name_two_people_bear_names_neither() -> None:
    article = (
        "Pham Thi Lan, 47, a shrimp farmer, said her ponds had flooded. Lan said so twice.",
        "Pham Van Hai, the district chief, said the dyke would be raised. Hai said so too.",
    )
    assert graded_person(article, "Pham Thi Lan", "Pham Thi Lan, 47", 0, "Ms Pham") is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Hoa Binh, Long Son and Cam Ranh Dong", C),
        ("Hoa Binh, Long Son and Cam Ranh", X),
    ],
)
def test_an_item_typed_as_the_start_of_two_names(typed: str, expected: Outcome) -> None:
    article = (
        "The worst flooding was in Hoa Binh, Long Son and Cam Ranh Dong, the agency said.",
        "Cam Ranh Tay, further inland, was spared.",
    )
    assert (
        graded(
            "list",
            "Hoa Binh, Long Son, Cam Ranh Dong",
            "Where was the worst flooding?",
            "Hoa Binh, Long Son and Cam Ranh Dong",
            typed,
            article=article,
        )
        is expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, nobody was hurt", C),
        ("false - no one was hurt and nothing was damaged", C),
        ("false, two people were hurt", X),
    ],
)
def test_nobody_was_hurt_where_the_quote_says_so_too(typed: str, expected: Outcome) -> None:
    claim = "Two cleaners were slightly hurt when the ceiling fell."
    assert graded_claim(claim, "Nobody was hurt.", typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, there are tunnels nobody has surveyed", C),
        ("false, all of them have been surveyed", X),
    ],
)
def test_what_the_quote_says_nobody_did_is_denied(typed: str, expected: Outcome) -> None:
    claim = "Every old tunnel under the estate has been surveyed."
    quote = "There are old tunnels under the estate that nobody has surveyed."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("23,718", C),
        ("nearly 24,000", C),
        ("about 24,000", C),
        ("24,000", X),
    ],
)
def test_an_accepted_round_figure_is_right_only_with_its_hedge(
    typed: str, expected: Outcome
) -> None:
    paragraph = "In all, 23,718 pupils sat the paper this year."
    question = make_question(
        "number",
        "23,718",
        question="How many pupils sat the paper?",
        accept=("nearly 24,000",),
        citations=(cite("23,718 pupils", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


def test_an_accepted_amount_in_another_currency_keeps_its_own_reading() -> None:
    paragraph = "The club was fined 48,000 zloty (about $12,100) on Friday."
    question = make_question(
        "money",
        "48,000 zloty",
        question="How much was the club fined?",
        accept=("about $12,100",),
        citations=(cite("48,000 zloty (about $12,100)", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, "about $12,100").outcome is C


def test_a_large_figure_written_short_in_millions_needs_no_hedge() -> None:
    paragraph = "The census put the province's population at 48,317,902."
    question = make_question(
        "number",
        "48,317,902",
        question="What population did the census give the province?",
        accept=("about 48.3 million",),
        citations=(cite("48,317,902", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, "48.3 million").outcome is C
    assert grade(question, "48 million").outcome is X
