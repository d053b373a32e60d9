"""Another figure of the article is never put where the article rules it out: a year of the
past stays in the past and a target year in the future (a record "set in 2030" from an article
that looks forward to a pledge by 2030), and a position (`round 9`) is never a figure that
counts something else (a captain's age, a game's moves). On small articles written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.grading import grade
from newsquiz.pack import load_pack

ARTICLE = """\
Forest loss falls for a second year
Clearing fell to 6,100 square kilometres in the year to July, the lowest since 2015.
The record, 27,800 square kilometres, was set in 2003.
The government has pledged to end illegal clearing by 2030 and to restore forest by 2035.
"""


def test_a_past_year_never_moves_past_the_articles_date(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: forest\ntitle: Forest\n"
        "article: {file: article.txt, published: 2024-11-06}\nquestions:\n"
        "  - id: record\n    question: In which year was the record set?\n"
        "    answer: '2003'\n    kind: number\n    cite: was set in 2003\n"
        "    claim: The record was set in {answer}.\n"
        "  - id: pledge\n    question: By which year has the government pledged to end illegal"
        " clearing?\n    answer: '2030'\n    kind: number\n    cite: by 2030\n"
        "    claim: The government has pledged to end illegal clearing by {answer}.\n"
    )
    record, pledge = ClaimBank(load_pack(write_pack(yaml, ARTICLE))).by_question
    for claims, past in ((record, True), (pledge, False)):
        values = [c.value for c in claims.false_claims]
        assert values, claims.problem
        assert all((int(v) <= 2024) == past for v in values), values
        assert all(not grade(claims.question, v).correct for v in values)
    assert "2015" in [c.value for c in record.false_claims]


MATCH = """\
Kestrel club win the league on the last day
Kestrel beat Harrow 3-1 in the 9th and final round on Sunday to win the league.
Kestrel's captain, Ana Lind, 31, won on board two; the game on board one was drawn in 28 moves.
Kestrel had lost only in round 4, to Harrow.
"""


def test_a_position_is_never_another_figure_of_the_article(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: league\ntitle: League\n"
        "article: {file: article.txt, published: 2024-11-06}\nquestions:\n"
        "  - id: final-round\n    question: Which round was the final round?\n"
        "    answer: '9'\n    kind: number\n    cite: the 9th and final round\n"
        "    claim: The league's final round was round {answer}.\n"
    )
    (final,) = ClaimBank(load_pack(write_pack(yaml, MATCH))).by_question
    values = [c.value for c in final.false_claims]
    assert values, final.problem
    assert not {"31", "28"} & set(values), values  # an age, a count of moves
    assert "4" in values  # a round the article names is a believable slip


RIVER = """\
Court rules on the Tarn river
The Tarn rises on the West Slope, and the Holm Tunnel carries its water under the divide to towns on the East Slope.
Ranchers on the West Slope say they have lost crops.
"""


def test_a_named_side_is_never_swapped_for_the_other_side_the_article_names(
    write_pack: WritePack,
) -> None:
    yaml = (
        "format: newsquiz/1\nid: river\ntitle: River\n"
        "article: {file: article.txt, published: 2024-11-06}\nquestions:\n"
        "  - id: source\n    question: Where does the Tarn rise?\n"
        "    answer: West Slope\n    kind: text\n    cite: The Tarn rises on the West Slope\n"
        "    claim: The Tarn rises on the {answer}.\n"
    )
    (source,) = ClaimBank(load_pack(write_pack(yaml, RIVER))).by_question
    values = [c.value for c in source.false_claims]
    assert values, source.problem
    assert "East Slope" not in values
