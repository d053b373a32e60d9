"""Claims faults the blind judging of group 326 (143a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

HARBOUR = """\
Fog closes harbour
At Varna harbour, visibility fell to 800 metres (about 2,600 feet) at around 7 a.m. on Tuesday, March 17.
The harbour master said visibility had recovered to 3,000 metres by early afternoon.
The ferry fare is 1,000 lev (about $550) a car.
"""

QUESTIONS = (
    "  - id: visibility\n"
    "    question: What did visibility at Varna harbour fall to?\n"
    "    answer: 800 metres\n"
    "    kind: number\n"
    "    cite: visibility fell to 800 metres (about 2,600 feet)\n"
    "    claim: At Varna harbour, visibility fell to {answer} at around 7 a.m.\n"
    "  - id: fare\n"
    "    question: What is the ferry fare for a car?\n"
    "    answer: 1,000 lev\n"
    "    kind: money\n"
    "    cite: The ferry fare is 1,000 lev (about $550) a car.\n"
)


def test_a_changed_figure_loses_the_bracket_that_converts_the_true_one(
    write_pack: WritePack,
) -> None:
    """143a #6: `visibility fell to 8,000 metres (about 2,600 feet)` kept the true figure's
    conversion beside the changed one. A false claim drops the bracket; a true one keeps
    the article's words."""
    bank = small_bank(write_pack, HARBOUR, QUESTIONS)
    false_claims = [c.sentence for q in bank.by_question for c in q.false_claims]
    assert false_claims, "each question makes a false claim"
    assert not any("(about" in sentence for sentence in false_claims)
    true_claims = [c.sentence for q in bank.by_question if (c := q.true_claim) is not None]
    assert any("(about $550)" in sentence for sentence in true_claims)
