"""Runs of capitalised words that no person's name is shaped like never stand where a person
stands in a false claim: a feature of the land first (`Mount …`), a noun of action last (the
tail of an agency's name), and a name whose last word is a country written alone elsewhere,
with nothing else presenting it as a person (an airline). Such claims were judged a body or
a place in a person's slot (held-out 47a #18). On a small article written here."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.generate import ArticleFacts
from newsquiz.grading import grade
from newsquiz.pack import load_pack
from newsquiz.pack.model import Article

VOLCANO = """\
Alert raised for Mount Keluvo
Authorities on Tuesday raised the alert for Mount Keluvo, the volcano above the port of Sarimba.
The Centre for Seismology and Coastal Hazard Mitigation (PSMBK) announced the change at noon.
Keluvo, one of the most active volcanoes in Malaysia, last erupted in 2011.
Flights were operated by Nordair Malaysia and Lintas Air, which cancelled 14 departures.
Malaysia has 40 active volcanoes, the centre said.
"Nobody should go above the tree line," said Dr. Aisha Rahman, who heads the observation post.
The district chief, Farid Osman, said 2,300 residents had been moved.
Sarimba's mayor, Daud Karim, said the schools would close on Wednesday.
"We left everything behind," said Lina Tahir, 52, whose house is in the closed zone.
"""

MAYOR = (
    "  - id: mayor\n    question: Who is the mayor of Sarimba?\n"
    "    answer: Daud Karim\n    kind: person\n"
    "    cite: Sarimba's mayor, Daud Karim\n"
)


def facts() -> ArticleFacts:
    return ArticleFacts.of(Article(Path("article.txt"), tuple(VOLCANO.splitlines())))


def test_a_mountain_an_agencys_tail_and_an_airline_are_not_presented_as_people() -> None:
    presented = facts().presented
    assert {"Aisha Rahman", "Farid Osman", "Daud Karim"} <= presented
    assert not {"Mount Keluvo", "Coastal Hazard Mitigation", "Nordair Malaysia"} & presented


def test_the_mayor_is_swapped_only_for_people(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: volcano\ntitle: Volcano\n"
        "article: {file: article.txt, published: 2025-03-04}\nquestions:\n" + MAYOR
    )
    (mayor,) = ClaimBank(load_pack(write_pack(yaml, VOLCANO))).by_question
    values = {c.value for c in mayor.false_claims}
    assert values, mayor.problem
    assert "Lina Tahir" in values
    assert not values & {"Mount Keluvo", "Coastal Hazard Mitigation", "Nordair Malaysia"}
    assert all(not grade(mayor.question, v).correct for v in values)


def test_a_surname_that_is_also_a_country_still_counts_alone() -> None:
    article = (
        "Coach named",
        "The club named Marcus Jordan as its new coach on Friday.",
        "Jordan won two titles in Spain.",
    )
    assert "Marcus Jordan" in ArticleFacts.of(Article(Path("a.txt"), article)).presented
