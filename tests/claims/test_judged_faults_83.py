"""Claims faults the blind judging of group 193 (83a) found, fixed in general; with
invented articles."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

TRAM = """\
Tram line delayed
Mayor Ines Varga told reporters on Tuesday, March 12 that the 8.5-kilometre line, which was due to open in May, would open in October.
"""


def test_a_cut_keeps_the_verb_of_a_that_clause_whose_words_hold_a_point(
    write_pack: WritePack,
) -> None:
    """83a #4: `told a news conference on Tuesday, August 7 that the 14.2-kilometre line.`:
    a figure with a decimal point is still one word of the that-clause's subject."""
    (announced,) = small_bank(
        write_pack,
        TRAM,
        "  - id: announced\n    question: On what date did the mayor speak to reporters?\n"
        "    answer: March 12\n    kind: date\n"
        "    cite: told reporters on Tuesday, March 12\n",
    ).by_question
    sentences = [c.sentence for c in (*announced.false_claims, announced.true_claim) if c]
    assert sentences
    assert not [s for s in sentences if s.endswith("8.5-kilometre line.")], sentences
    assert all("would open in October" in s for s in sentences), sentences
