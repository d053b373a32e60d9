"""Claims faults the blind judging of group 334 (151a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from pathlib import Path

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.claims.generate import ArticleFacts
from newsquiz.pack.model import Article

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


SCHOOL = """\
Council fines school builder for late finish
The county council has fined the builder of the new Elm Road school 1.9 million euros for finishing late, officials said on Tuesday.
The builder, Harlow Construct, says most of the delay came from flooding in the spring.
Under the contract, a late finish costs the builder 0.1 percent of the contract value a day, up to a ceiling of 5 percent, or 3.2 million euros.
The council also paid 4.6 million euros for new heating in March.
The fine will keep rising until it reaches the ceiling.
"""

FINE = (
    "  - id: fine\n"
    "    question: How much has the council fined the builder for finishing late?\n"
    "    answer: 1.9 million euros\n"
    "    kind: money\n"
    "    cite: fined the builder of the new Elm Road school 1.9 million euros\n"
    "    claim: The council has fined the builder {answer} for finishing late.\n"
)


def test_an_amount_short_of_its_ceiling_is_never_the_ceiling(write_pack: WritePack) -> None:
    """151a #13: `The city has fined the contractor 28.64 million birr for running late`, the
    penalty's ceiling (`up to a ceiling of 10 percent, or 28.64 million birr`) for the fine
    charged so far. A bound the article sets on the asked amount, a ceiling or cap as a
    maximum, said again in another measure after `or`, is no value for an amount short of it."""
    bank = small_bank(write_pack, SCHOOL, FINE)
    (fine,) = bank.by_question
    said = [c.sentence for c in fine.false_claims]
    assert said, fine.problem
    assert not any("3.2 million" in s for s in said), said


def test_a_cap_and_a_restated_ceiling_are_read_as_maximums() -> None:
    text = (
        SCHOOL
        + "Damages are capped at 40,000 euros a claim, with a cap of 12 claims a year.\n"
        + "Severance is capped at 52 weeks' pay.\n"  # an amount of pay, no bound of a time
    )
    facts = ArticleFacts.of(Article(Path("article.txt"), tuple(text.splitlines())))
    paragraphs = facts.figures.paragraphs
    bounds = {
        paragraphs[figure.paragraph][figure.start : figure.end]: kind
        for figure, kind in facts.figures.bounds
    }
    assert bounds == {
        "5": "maximum",
        "3.2 million euros": "maximum",
        "40,000 euros": "maximum",
        "12": "maximum",
    }
