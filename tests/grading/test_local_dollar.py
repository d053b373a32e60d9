"""A plain `$` in an accepted form of a key in another dollar (`A$`, `NZ$`, `C$`) is that
dollar: a plain `$` typed is right, while `US$`, `USD` or `US dollars` name another currency."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("key", "accepted", "typed", "expected"),
    [
        ("A$3.2 million", "$3.2 million", "$3.2 million", C),
        ("A$3.2 million", "$3.2 million", "3.2 million dollars", C),
        ("A$3.2 million", "$3.2 million", "3.2 million Australian dollars", C),
        ("A$3.2 million", "$3.2 million", "US$3.2 million", X),
        ("A$3.2 million", "$3.2 million", "U.S. $3.2 million", X),
        ("A$3.2 million", "$3.2 million", "3.2 million US dollars", X),
        ("A$3.2 million", "$3.2 million", "USD 3.2 million", X),
        ("NZ$48,500", "$48,500", "US$48,500", X),
        ("NZ$48,500", "$48,500", "$48,500", C),
        ("$48,500", "48,500 dollars", "US$48,500", C),
        ("US$48,500", "$48,500", "$48,500", C),
    ],
)
def test_a_plain_dollar_accepted_is_the_keys_own_dollar(
    key: str, accepted: str, typed: str, expected: Outcome
) -> None:
    question = make_question("money", key, question="How much was paid?", accept=(accepted,))
    assert grade(question, typed).outcome is expected
