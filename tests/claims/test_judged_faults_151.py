"""Claims faults the blind judging of group 334 (151a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

MILL = """\
Regulator halts the river mill's water permit
The river authority suspended the water permit of the Ostra flour mill for 60 days on Monday.
Dr Anna K. Moreau, the authority's chief executive, said the mill had drawn twice its share in August.
Lena Moreau, who chairs the anglers' club and is no relation to the authority's chief, said the river had run low all summer.
"We have grain for around two weeks," said Tomas Berg, the mill's managing director.
Anna Moreau said two other mills would receive warning letters.
"""

QUESTIONS = (
    "  - id: mill-director\n"
    "    question: Who is the mill's managing director?\n"
    "    answer: Tomas Berg\n"
    "    kind: person\n"
    "    cite: said Tomas Berg, the mill's managing director\n"
    "    claim: The mill's managing director is {answer}.\n"
)


def test_a_post_given_where_the_name_carries_an_initial_is_the_persons(
    write_pack: WritePack,
) -> None:
    """151a #15: `The cannery's managing director is Vincent Labiche`, whom the article calls
    `Dr Vincent R. Labiche, the SMFA's chief executive`. A post the article gives where it
    sets an initial inside the name is the person's all the same: they take no other post."""
    bank = small_bank(write_pack, MILL, QUESTIONS)
    asked = next(q for q in bank.by_question if q.question.id == "mill-director")
    said = [c.sentence for c in asked.false_claims]
    assert not any("Anna" in s for s in said), said
