"""False accepts the fifty-first to fifty-fourth groups showed on people, fixed in general;
with invented examples: a noun that says a person's sex (`spokeswoman`) before the name rules
out the other sex's honorifics."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "A spokeswoman, Hana Fisher, said the company held contracts worth €90 million.",
    "The growers' spokesman, Tane Walker, said the damage was uneven.",
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Hana Fisher", "Ms Fisher", C),
        ("Hana Fisher", "Fisher", C),
        ("Hana Fisher", "Mr Fisher", X),
        ("Tane Walker", "Mr Walker", C),
        ("Tane Walker", "Mrs Walker", X),
    ],
)
def test_a_noun_before_the_name_says_the_sex(key: str, typed: str, expected: Outcome) -> None:
    quote = ARTICLE[0] if key == "Hana Fisher" else ARTICLE[1]
    assert graded("person", key, "Who said it?", quote, typed, article=ARTICLE) is expected
