"""Grader faults the eightieth and eighty-first groups' authors' `check` showed on their own
reject entries, fixed before those groups' first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

CABINET = (
    "Production Minister Carmen Vidal told reporters in Lima that the quota would fall.",
    "Vice Minister of Fisheries Raúl Vidal, who is not related to the minister, said no boat "
    "would fish in the north.",
    "Vice Minister Vidal said inspectors would close any area for five days.",
    "Minister Vidal said a second survey would follow in May.",
    "The ministry will place 310 inspectors at the ports, Vidal said.",
)


@pytest.mark.parametrize(
    ("key", "question", "typed", "expected"),
    [
        # The article writes the bare surname for the minister only; with a post before it
        # (`Vice Minister Vidal`) it tells the two apart and is no use of the surname alone.
        ("Raúl Vidal", "Who is the vice minister of fisheries?", "Vidal", X),
        ("Raúl Vidal", "Who is the vice minister of fisheries?", "Vice Minister Vidal", C),
        ("Raúl Vidal", "Who is the vice minister of fisheries?", "Raúl Vidal", C),
        ("Carmen Vidal", "Who is the production minister?", "Vidal", X),
        ("Carmen Vidal", "Who is the production minister?", "Vice Minister Vidal", X),
    ],
)
def test_a_surname_after_a_post_is_no_use_of_it_alone(
    key: str, question: str, typed: str, expected: Outcome
) -> None:
    cited = CABINET[0] if key.startswith("Carmen") else CABINET[1]
    outcome = graded("person", key, question, cited, typed, article=CABINET)
    assert outcome is expected


PLAN = (
    "The gap will be filled by battery storage at Paldiski, offshore wind farms in the Gulf "
    "of Riga and imports from Finland."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("battery storage, offshore wind farms, imports from Finland", C),
        ("battery storage, ofshore wind farms, imports from Finland", C),
        ("battery storage, onshore wind farms, imports from Finland", X),
    ],
)
def test_an_opposite_is_never_a_typo_of_an_items_word(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "list",
        ("battery storage", "offshore wind farms", "imports from Finland"),
        "What will fill the gap?",
        PLAN,
        typed,
    )
    assert outcome is expected
