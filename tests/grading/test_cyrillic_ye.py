"""A name romanised from Cyrillic may begin with `Ye` or `E` for the same letter
(`Yermek`, `Ermek`; `Yesil`, `Esil`): one name, as other spellings of a name are. Another
name that only shares the rest is still another."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question, graded

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

FOREST = (
    "Ermek Sadykov, who heads the district forestry office, said 40 rangers would patrol "
    "the valley.",
    "His deputy, Bolot Sadykov, no relation, said the patrols would start in May.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ermek Sadykov", C),
        ("Yermek Sadykov", C),
        ("Bolot Sadykov", X),
        ("Yerlan Sadykov", X),
    ],
)
def test_ye_and_e_in_a_given_name(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "person",
        "Ermek Sadykov",
        "Who heads the district forestry office?",
        "Ermek Sadykov, who heads the district forestry office",
        *FOREST,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("Esil", C), ("Yesil", C), ("Isil", X)])
def test_ye_and_e_in_a_place(typed: str, expected: Outcome) -> None:
    quote = "The Esil river burst its banks north of the capital on Monday"
    asked = "Which river burst its banks?"
    assert graded("text", "the Esil", asked, quote, typed) is expected
