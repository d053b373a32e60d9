"""Claims faults the blind judging of group 296 (113a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

VOTE = """\
Council approves the harbour plan
Councillor Ewan Ross voted in favour; Councillor Mairi Bain voted against.
The plan passed by nine votes to four.
"""


def test_a_choice_that_is_a_verb_of_its_own_never_follows_the_sentences_verb(
    write_pack: WritePack,
) -> None:
    """113a #19: `Councillor Flora Steele voted abstained`, a choice put after `voted`."""
    (vote,) = small_bank(
        write_pack,
        VOTE,
        "  - id: ross-vote\n    question: How did Councillor Ewan Ross vote?\n"
        "    answer: in favour\n"
        "    choices: [in favour, against, abstained, did not attend]\n"
        "    kind: choice\n    cite: Councillor Ewan Ross voted in favour\n",
    ).by_question
    sentences = [c.sentence for c in vote.false_claims]
    assert sentences
    assert not any("voted abstained" in s or "voted did" in s for s in sentences), sentences
