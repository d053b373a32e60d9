"""Claims faults the blind judging of groups 217 and 218 (95a, 95b) found, fixed in
general; with invented articles."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

HARBOUR = """\
Harbour works funded
The port will spend the grant over the next two years, the board said.
"""


def test_a_single_one_after_next_is_said_without_one(write_pack: WritePack) -> None:
    """95a #18: `over the next one year` reads as a slip; a changed length of one after
    `the next` (or `the past`) is `the next year`."""
    (period,) = small_bank(
        write_pack,
        HARBOUR,
        "  - id: period\n    question: Over how long will the port spend the grant?\n"
        "    answer: the next two years\n    kind: duration\n"
        "    cite: over the next two years\n"
        "    claim: The port will spend the grant over {answer}.\n",
    ).by_question
    sentences = [c.sentence for c in period.false_claims]
    assert sentences
    assert not [s for s in sentences if "next one" in s or "next 1 " in s], sentences
