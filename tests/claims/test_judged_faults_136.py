"""Claims faults the blind judging of group 319 (136a) found, fixed in general; with
invented articles."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.claims.generate import ArticleFacts
from newsquiz.claims.sentences import question_frame
from newsquiz.pack.model import Article, Kind, Question

COURT = """\
Herders win halt to turbines
A court ordered a wind developer on Thursday to stop work on 14 turbines on the herders' calving grounds.
"The calves are born there every May," said Anna Sarre, a lawyer for the herders' cooperative.
Heidi Lindqvist, a lawyer for the developer, said it would appeal.
The cooperative's chairman, Nils Aikio, said the herders were relieved.
"""

LAWYER = (
    "  - id: coop-lawyer\n"
    "    question: Who is the cooperative's lawyer?\n"
    "    answer: Anna Sarre\n"
    "    kind: person\n"
    "    cite: said Anna Sarre, a lawyer for the herders' cooperative\n"
    "    claim: '{answer}, a lawyer for the cooperative, spoke after the ruling.'\n"
)


def test_a_lawyer_is_no_other_sides(write_pack: WritePack) -> None:
    """136a #17: `Heidi Lindqvist, a lawyer for the cooperative`, where she is the
    developer's lawyer, was judged nonsense: a lawyer speaks for one side."""
    (lawyer,) = small_bank(write_pack, COURT, LAWYER).by_question
    assert "Heidi Lindqvist" not in {c.value for c in lawyer.false_claims}


def _asked(question: str, answer: str = "not cap prices but inspect stalls") -> Question:
    return Question(
        id="q",
        question=question,
        answer=answer,
        kind=Kind.CHOICE,
        citations=(),
        choices=(answer, "cap prices"),
    )


def test_what_someone_said_they_would_do_reads_whole() -> None:
    """136a #6: `The ministry said cap the price … it would do about prices`: the value
    is what is done, and takes the place of `do`."""
    frame = question_frame(_asked("What did the ministry say it would do about prices?"))
    assert frame.before + "cap prices" + frame.after == "The ministry said it would cap prices."
    frame = question_frame(_asked("What did the council vote to do before the election?"))
    voted = frame.before + "sell it" + frame.after
    assert voted == "The council voted to sell it before the election."
    frame = question_frame(_asked("What did the brewery do?"))
    assert frame.before + "recalled the sake" + frame.after == "The brewery recalled the sake."


def test_which_of_these_asks_for_the_one_that_is() -> None:
    """Printed after 136a, once names in any alphabet's capitals were read as people:
    `Markus Öfner buried survivors is the oldest.` The question's `which of these …`
    chooses among its nouns; the statement keeps only what the one chosen is."""
    frame = question_frame(_asked("Which of these buried survivors is the oldest?", "Ana Roe"))
    assert frame.before + "Ana Roe" + frame.after == "Ana Roe is the oldest."


def test_a_name_in_any_alphabets_capitals_is_a_person() -> None:
    """`Ánte Guttorm told the court she had found two calves` (printed for group 319): a
    name opening on a capital beyond A to Z went unread, so the chairman's sex was unknown
    and a man could stand where the sentence says `she`."""
    paragraphs = (
        "Herders find abandoned calves",
        '"We have nowhere else to go," said Ánte Guttorm, 58, chairman of the cooperative.',
        "A herder, Łucja Kallio, told the court she had found two calves near the road.",
    )
    article = SimpleNamespace(paragraphs=paragraphs, published=None)
    facts = ArticleFacts.of(cast(Article, article))
    assert dict(zip(facts.people, facts.genders, strict=True)) == {
        "Ánte Guttorm": "m",
        "Łucja Kallio": "f",
    }
