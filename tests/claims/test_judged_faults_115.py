"""Claims faults the blind judging of group 298 (115a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

RADAR = """\
Coastal radar enters service
The radar will sweep the whole bay every 12 minutes, and a strip over the harbour mouth every four minutes, against every 20 minutes for the old set, engineers said.
The bank will repay half the loan by March, and the rest within five years.
"""


def test_a_cited_claim_is_never_cut_to_an_object_without_its_verb(
    write_pack: WritePack,
) -> None:
    """115a #17: `A strip over a tropical cyclone every 45 minutes, …, officials said.`, the
    second object of the sentence's verb printed as a sentence of its own."""
    (sweep,) = small_bank(
        write_pack,
        RADAR,
        "  - id: harbour-sweep\n    question: How often will the radar sweep the harbour mouth?\n"
        "    answer: every four minutes\n"
        "    choices: [every four minutes, every 12 minutes, every 20 minutes, every 30 minutes]\n"
        "    kind: choice\n    cite: and a strip over the harbour mouth every four minutes\n",
    ).by_question
    sentences = [c.sentence for c in sweep.false_claims]
    assert sentences
    assert all(s.startswith("The radar will sweep the whole bay") for s in sentences), sentences
