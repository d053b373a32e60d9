"""A true-or-false answer that turns the verdict of an accepted correction, a true verdict
with another share than the claim's own, and `nobody was hurt` read as a denial, in an
answer and in a quote. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

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
