"""An accepted form writing a list's two places as a span (`from Tarbert to Uig`,
`Tarbert-Uig`) has the span's two ends as its items: one end typed alone is one item of
two, not the whole span named by a word only it has."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, P = Outcome.CORRECT, Outcome.PARTIAL
FERRY = "The ferry runs from Tarbert to Uig twice a day, and to Lochmaddy on Sundays."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tarbert", P),
        ("Uig", P),
        ("from Tarbert to Uig", C),
        ("Uig and Tarbert", C),
        ("Tarbert-Uig", C),
    ],
)
def test_one_end_of_an_accepted_span_is_one_item(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "list",
        "Tarbert, Uig",
        "Between which two ports does the ferry run twice a day?",
        FERRY,
        FERRY,
        accept=("from Tarbert to Uig", "Tarbert-Uig"),
    )
    assert grade(question, typed).outcome is expected
