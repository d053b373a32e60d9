"""Claims faults the blind judging of group 315 (132a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.claims.generate import ArticleFacts
from newsquiz.pack.model import Article

SEAWALL = """\
Seawall failure delays island airport
The ministry said on Monday that the airport would open 20 months late after a typhoon knocked down part of its seawall.
"The design met the standard of the time," ministry spokesperson Jang Min-ho told reporters in Sejong.
HBCE, the contractor building the seawall, said it would pay for the repairs. "We accept our share of the blame," HBCE spokesperson Yoon Hye-rin said.
Governor Kim Seon-ah said islanders had waited long enough. "Every month counts," Kim said.
"""

QUESTIONS = (
    "  - id: ministry-spokesperson\n"
    "    question: Who is the ministry's spokesperson?\n"
    "    answer: Jang Min-ho\n"
    "    kind: person\n"
    "    cite: ministry spokesperson Jang Min-ho\n"
    "    claim: The ministry's spokesperson is {answer}.\n"
    "  - id: contractor-spokesperson\n"
    "    question: Who is HBCE's spokesperson?\n"
    "    answer: Yoon Hye-rin\n"
    "    kind: person\n"
    "    cite: HBCE spokesperson Yoon Hye-rin\n"
    "    claim: HBCE's spokesperson is {answer}.\n"
    "  - id: waited\n"
    "    question: Who said islanders had waited long enough?\n"
    "    answer: Kim Seon-ah\n"
    "    kind: person\n"
    "    cite: Governor Kim Seon-ah said islanders had waited long enough\n"
    "    claim: '{answer} said islanders had waited long enough.'\n"
)


def test_a_spokesperson_is_no_other_bodys(write_pack: WritePack) -> None:
    """132a #4 and #7: `The ministry's spokesperson is Yoon Hye-rin`, where she speaks for
    the contractor, was judged nonsense; so the other way round. Neither question has
    anyone else to offer, and says so; a quote anyone could have said still moves freely."""
    ministry, contractor, waited = small_bank(write_pack, SEAWALL, QUESTIONS).by_question
    assert not ministry.false_claims and ministry.problem
    assert not contractor.false_claims and contractor.problem
    said = {c.value for c in waited.false_claims}
    assert said and said <= {"Jang Min-ho", "Yoon Hye-rin"}


BARGES = (
    "Low water strands barges on the Paraguay River",
    "The pushboat Itapúa II, which tows 16 barges, ran aground near Asunción on Tuesday, its "
    "owner said.",
    "Kim Jae-won, a Korean-born operator who owns three pushboats and 41 barges, said the "
    'cost was high. "We lose money every day," Kim said.',
    "Teresa M. Giménez, the navy spokeswoman, said divers had checked the hull of the Itapúa "
    "II. Giménez said it was not damaged.",
    "Itapúa II was refloated on Friday, said Carlos Benítez, the port captain.",
)


def test_a_boats_name_is_no_person() -> None:
    """132a #15: `Itapúa II is a Korean-born operator…`: a name written straight after a
    craft's word (`the pushboat Itapúa II`) is the craft's, never offered as a person."""
    article = SimpleNamespace(paragraphs=BARGES, published=None)
    people = ArticleFacts.of(cast(Article, article)).people
    assert "Carlos Benítez" in people and not any("Itapúa" in name for name in people)


RIVER = """\
Barges stranded as river falls
The river fell to its lowest level in a decade on Tuesday, the navy said.
Hydrologist Marta Rojas said the river was low because of below-average rainfall in Brazil's Pantanal.
Exports through the port of Asunción fell 30 percent in September, the chamber of commerce said.
"""

CAUSE = (
    "  - id: low-water-cause\n"
    "    question: Why is the river low, according to Rojas?\n"
    "    answer: below-average rainfall in Brazil's Pantanal\n"
    "    kind: text\n"
    "    cite: below-average rainfall in Brazil's Pantanal\n"
    "    claim: The river is low because of {answer}.\n"
)


def test_a_named_place_keeps_its_country(write_pack: WritePack) -> None:
    """132a #16: `Argentina's Pantanal` (borderline), then `the United States's Pantanal`:
    a country written before a place it names (`Brazil's Pantanal`) is not swapped."""
    (cause,) = small_bank(write_pack, RIVER, CAUSE).by_question
    assert not any(
        "Pantanal" in c.sentence and "Brazil" not in c.sentence for c in cause.false_claims
    )


PASSES = (
    "Barges wait above the river's two shallow passes",
    "Most of the convoys are held above Tacuaral Sur, where a sandbar has grown.",
    "The other nine are above Tacuaral Norte, 14 km upstream, said Carlos Benítez, the port "
    "captain.",
    "Tacuaral Norte was dredged in 2021, Benítez said.",
)


def test_a_place_ending_on_a_compass_point_is_no_person() -> None:
    """Printed for group 315 after 132a: `Tacuaral Norte is a Korean-born operator…`: a name
    ending on a point of the compass in its own language is a place's."""
    article = SimpleNamespace(paragraphs=PASSES, published=None)
    people = ArticleFacts.of(cast(Article, article)).people
    assert "Carlos Benítez" in people and not any("Tacuaral" in name for name in people)
