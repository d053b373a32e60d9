"""Claims faults the blind judging of group 331 (148a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

TOWN = """\
Coach cap in the lake village
"We are asking people to come in smaller numbers," Mayor Anna Berger, 52, said on Monday.
Deputy Mayor Franz Huber said the toll would pay for a shuttle boat, and Deputy Mayor Sabine Rastl voted against it.
Karl Huber, who runs the ferry, said bookings had fallen.
Boats from Taiwan, South Korea and Japan, which usually buy most of the fishing days, stayed away because the schools moved east, officials said.
"""

QUESTIONS = (
    "  - id: mayor\n"
    "    question: Who is the mayor of the village?\n"
    "    answer: Anna Berger\n"
    "    kind: person\n"
    "    cite: Mayor Anna Berger, 52, said on Monday\n"
    "    claim: The mayor of the village is {answer}.\n"
    "  - id: fleets\n"
    "    question: Boats from which three places usually buy most of the fishing days?\n"
    "    answer: [Taiwan, South Korea, Japan]\n"
    "    kind: list\n"
    "    cite: Boats from Taiwan, South Korea and Japan, which usually buy most of the fishing days\n"
)


def test_a_deputy_is_not_put_into_the_post_itself(write_pack: WritePack) -> None:
    """148a #11: `The mayor of Hallstatt is Franz Gamsjäger`, whom the article calls Deputy
    Mayor. A claim of who holds a post takes nobody the article gives that post with
    another qualifier."""
    bank = small_bank(write_pack, TOWN, QUESTIONS)
    mayor = next(q for q in bank.by_question if q.question.id == "mayor")
    said = [c.sentence for c in mayor.false_claims]
    assert not any("Franz" in s or "Rastl" in s for s in said), said


def test_a_cited_sentence_keeps_its_verb(write_pack: WritePack) -> None:
    """148a #7: `Boats from Taiwan, South Korea and Pakistan.`, the sentence cut at its
    `, which` before its verb. A cut that leaves no verb is not made."""
    bank = small_bank(write_pack, TOWN, QUESTIONS)
    fleets = next(q for q in bank.by_question if q.question.id == "fleets")
    claims = [c.sentence for c in (fleets.true_claim, *fleets.false_claims) if c is not None]
    assert claims, fleets.problem
    assert all("stayed away" in s for s in claims), claims
