"""A post of two words the posts table knows (`harbour master`, `shop steward`), set off
before a name or written straight before it, is the person's post and the slot's: the
mayor is not offered as the harbour master, nor the harbour master as the mayor (people of
another role, as the judged precedents rule). On a small article written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.values import named_posts
from newsquiz.pack import load_pack

PIER = """\
Harbour town votes to close its oldest pier
Mayor Ingrid Valtonen said the town could not afford the repair the engineers had asked for.
The harbour master, Pieter Kallas, warned that fishing boats would have to land their catch at Brennock.
"""

QUESTIONS = """\
  - id: mayor
    question: Who said the town could not afford the repair?
    answer: Ingrid Valtonen
    kind: person
    cite: Mayor Ingrid Valtonen said the town could not afford the repair
  - id: harbour-master
    question: Who warned that boats would have to land their catch at Brennock?
    answer: Pieter Kallas
    kind: person
    cite: The harbour master, Pieter Kallas, warned
"""


def test_a_post_of_two_words_is_read_whole() -> None:
    assert named_posts("The harbour master, ", ", warned.") == {"harbour master"}
    assert named_posts("the shop steward ", " said.") == {"shop steward"}
    assert named_posts("The team, ", " said.") == frozenset()  # no post of two words


def test_the_mayor_and_the_harbour_master_are_not_swapped(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: pier\ntitle: Pier\n"
        "article: {file: article.txt, published: 2025-03-14}\nquestions:\n" + QUESTIONS
    )
    mayor, master = ClaimBank(load_pack(write_pack(yaml, PIER)), max_false=40).by_question
    assert not any("Kallas" in c.sentence for c in mayor.false_claims), mayor.false_claims
    assert not any("Valtonen" in c.sentence for c in master.false_claims), master.false_claims
