"""Claims faults the blind judging of group 300 (117a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

MILL = """\
Mill reopens after fire
Northern Grain Cooperative (NGC) chief executive Tomas Riley called the reopening "a new start" for the valley.
Helen Marsh, chief executive of the Valley Growers Association (VGA), said members had waited a year.
The mill will send its first flour to Dario Fenn, who has baked for the town for 30 years.
On Friday, Nigeria's ambassador, Paul Okoro, handed over 20 sprayers worth $90,000.
The WHO has sent 5,000 tests, said its representative in the region, Amina Sule.
"""

CHIEF = (
    "  - id: new-start\n"
    "    question: Which chief executive called the reopening a new start?\n"
    "    answer: Tomas Riley\n"
    "    choices: [Tomas Riley, Helen Marsh, Dario Fenn]\n"
    "    kind: choice\n"
    "    cite: Northern Grain Cooperative (NGC) chief executive Tomas Riley called the reopening\n"
)


def test_a_person_the_article_gives_no_post_is_not_offered_for_a_post(
    write_pack: WritePack,
) -> None:
    """117a #14: the colt's trainer (told of only by what he does) offered as the chief
    executive who called the price a vote of confidence."""
    (chief,) = small_bank(write_pack, MILL, CHIEF).by_question
    values = {c.value for c in chief.false_claims}
    assert "Dario Fenn" not in values
    assert values == {"Helen Marsh"}


def test_a_post_of_a_body_named_by_its_initials_in_brackets_stays_with_its_holder(
    write_pack: WritePack,
) -> None:
    """117a #14: `(NZTR) chief executive <another person>`: the cited sentence's post and
    body would be worn by whoever is put there; the claim is said without them."""
    (chief,) = small_bank(write_pack, MILL, CHIEF).by_question
    sentences = [c.sentence for c in chief.false_claims]
    assert sentences
    assert not any("NGC" in s or "Cooperative" in s for s in sentences), sentences


def test_nobody_else_is_offered_for_a_post_the_question_asks_by_any_name(
    write_pack: WritePack,
) -> None:
    """117a #18: `PAHO's representative in Paraguay is <Taiwan's ambassador>.`: any post the
    world's table knows, not just a few titles, asks who holds it."""
    (representative,) = small_bank(
        write_pack,
        MILL,
        "  - id: who-rep\n"
        "    question: Who is the WHO's representative in the region?\n"
        "    answer: Amina Sule\n"
        "    choices: [Amina Sule, Paul Okoro, Dario Fenn]\n"
        "    kind: choice\n"
        "    cite: said its representative in the region, Amina Sule\n",
    ).by_question
    assert not representative.false_claims
