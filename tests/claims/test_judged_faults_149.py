"""Claims faults the blind judging of group 332 (149a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

HARBOUR = """\
Harbour dredging splits the island's members
The island's two members of parliament disagree. Ruth Ngata, MP for Port Awanui, has called for the dredging contract to be cancelled.
Tomas Reid, MP for Kereru Bay, said cancelling it would close the harbour to ferries until spring.
Lena Okafor, the harbour master, said the channel was down to 3 metres.
"""

QUESTIONS = (
    "  - id: mp-cancel\n"
    "    question: Which MP has called for the dredging contract to be cancelled?\n"
    "    answer: Ruth Ngata\n"
    "    choices: [Ruth Ngata, Tomas Reid, Lena Okafor]\n"
    "    kind: choice\n"
    "    cite: Ruth Ngata, MP for Port Awanui, has called for the dredging contract to be"
    " cancelled.\n"
)


def test_another_mp_is_not_put_into_the_seat_a_cited_sentence_gives(
    write_pack: WritePack,
) -> None:
    """149a #15: `Esnart Chimwaza, MP for Zomba Malosa, has called …`, where the article
    makes her MP for Zomba Changalume. A post set off after the name with the seat it is held
    for (`MP for Port Awanui`) describes the true one alone: the claim is stated without it."""
    bank = small_bank(write_pack, HARBOUR, QUESTIONS)
    asked = next(q for q in bank.by_question if q.question.id == "mp-cancel")
    said = [c.sentence for c in asked.false_claims]
    assert said, asked.problem
    assert not any("Port Awanui" in s and "Ngata" not in s for s in said), said
