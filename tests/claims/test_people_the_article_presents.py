"""A person's place in a false claim takes only someone the article presents as a person:
a speaker, someone with a post, an age or a pronoun of their own, or whose surname it writes
alone. A company whose name opens with `Madrid-based` is no person ("Madrid-based Redexa
Energía said the blackout was not an act of God" was judged a body in a person's slot,
held-out 17b #15). On small articles written here, not the benchmark's."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.generate import ArticleFacts
from newsquiz.grading import grade
from newsquiz.pack import load_pack
from newsquiz.pack.model import Article

FERRY = """\
Ferry operator fined over harbour collision
The Coastal Transport Authority on Monday fined Baltrek Ferries €2.4 million over a collision in the harbour of Varnholm.
"The crash was no accident of the weather," said authority chair Irina Vasko, 61.
Baltrek is a joint venture of Oslo-based Nordwave Utilities and Lisbon-based Atlantica Energía, which reported a profit of €40 million last year.
Captain Henrik Strand, 47, who was on the bridge that night, said the radar had failed.
Baltrek chief executive Pavel Moravec said the company would appeal.
A former harbour engineer, Ruth Keller, was fined in 2021 for a similar collision.
"""


def bank(write_pack: WritePack, questions: str, article: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: ferry\ntitle: Ferry\n"
        "article: {file: article.txt, published: 2025-05-28}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, article)))


WEATHER = (
    "  - id: weather\n    question: Who said the crash was no accident of the weather?\n"
    "    answer: Irina Vasko\n    kind: person\n"
    "    cite: said authority chair Irina Vasko\n"
    "    claim: '{answer} said the crash was no accident of the weather.'\n"
)


def test_a_company_never_stands_where_a_person_speaks(write_pack: WritePack) -> None:
    (weather,) = bank(write_pack, WEATHER, FERRY).by_question
    values = {c.value for c in weather.false_claims}
    assert values, weather.problem
    assert not any("Nordwave" in v or "Atlantica" in v for v in values), values
    assert all(not grade(weather.question, v).correct for v in values)


def test_the_article_presents_speakers_posts_ages_and_set_off_posts_as_people() -> None:
    facts = ArticleFacts.of(Article(Path("article.txt"), tuple(FERRY.splitlines())))
    assert {"Irina Vasko", "Henrik Strand", "Pavel Moravec", "Ruth Keller"} <= facts.presented
    assert not {p for p in facts.presented if "Nordwave" in p or "Atlantica" in p}


CLINIC = """\
Regulator fines power company over blackout
The three-member energy board voted 2-1 to fine Norgrid €4 million on Thursday.
"This was no act of nature," said board chair Marta Olsen, 58.
Commissioner Jonas Berg, 46, who cast the dissenting vote, said the fine was too small.
Norgrid president Erik Dahl said the company would appeal.
At St Olav's clinic a generator failed, and 12 patients were moved.
"Our nurses worked by torchlight for an hour," said Dr. Anna Lie, 49, the clinic's medical director.
Tor Haugen, 71, said his neighbour ran a cable to his oxygen machine.
Lie said the clinic had asked for a new generator in 2023.
"""

DIRECTOR = (
    "  - id: director\n    question: Who is the medical director of St Olav's clinic?\n"
    "    answer: Anna Lie\n    kind: person\n"
    "    cite: said Dr. Anna Lie, 49, the clinic's medical director\n"
    '    claim: "{answer} is the medical director of St Olav\'s clinic."\n'
)


def test_a_person_the_article_gives_another_post_never_holds_the_claims_post(
    write_pack: WritePack,
) -> None:
    # The board's dissenting commissioner is no clinic's medical director (held-out 17b #19),
    # nor is its chair, nor the company's president: each holds a post of their own there.
    (director,) = bank(write_pack, DIRECTOR, CLINIC).by_question
    values = {c.value for c in director.false_claims}
    assert not values & {"Jonas Berg", "Marta Olsen", "Erik Dahl"}, values


CHAIR = (
    "  - id: chair\n    question: Who chairs the energy board?\n"
    "    answer: Marta Olsen\n    kind: person\n"
    "    cite: said board chair Marta Olsen\n"
    "    claim: Board chair {answer} said the blackout was no act of nature.\n"
)


def test_a_speakers_post_in_the_claim_admits_nobody_of_another_post(
    write_pack: WritePack,
) -> None:
    (chair,) = bank(write_pack, CHAIR, CLINIC).by_question
    values = {c.value for c in chair.false_claims}
    assert not values & {"Anna Lie", "Erik Dahl", "Jonas Berg"}, values


def test_the_post_a_sentence_gives_a_name_is_read_word_for_word() -> None:
    from newsquiz.claims.values import named_posts

    assert named_posts("said board chair ", ", 58.") == {"chair"}
    assert named_posts("Commissioner ", ", 46, who cast the dissenting vote") == {"commissioner"}
    assert named_posts("", " is the medical director of St Olav's clinic.") == {"director"}
    assert named_posts("The third commissioner, ", ", 63, voted") == {"commissioner"}
    # Past an honorific, to the post before it; a post set off without an article; a post
    # said by its verb; a doer's word the language writes in lower case, never a name.
    assert named_posts("the economist Dr. ", "; and") == {"economist"}
    assert named_posts("Its chief scientific officer, Dr. ", ", 61, said") == {"officer"}
    assert named_posts("said ", ", head of the district mountain rescue.") == {"head"}
    assert named_posts("said Dr. ", ", 47, who leads the observatory.") == {"head"}
    assert named_posts("", " was the agency accountant who turned state witness.") == {"accountant"}
    assert named_posts("Cllr. ", " of the Socialist Party said") == {"councillor"}
    assert named_posts("said Javier ", ", 49,") == set()
    assert named_posts("GM ", " of India won") == set()  # a rank, not a post
    assert named_posts("", " said the company would appeal.") == set()


HEADS = """\
Heat record broken
"It is the hottest day we have measured," said Dr. Lena Moor, 52, head of climatology at the NWI.
Dr. Karl Ruhn, 49, who runs the emergency department of the city hospital, said admissions had doubled.
NWI forecaster Ida Berg said the heat would last until Friday.
"""


def test_the_head_of_another_body_never_heads_this_one(write_pack: WritePack) -> None:
    (head,) = bank(
        write_pack,
        "  - id: head\n    question: Who is the NWI's head of climatology?\n"
        "    answer: Lena Moor\n    kind: person\n"
        "    cite: said Dr. Lena Moor, 52, head of climatology at the NWI\n"
        '    claim: "{answer} is the NWI\'s head of climatology."\n',
        HEADS,
    ).by_question
    assert "Karl Ruhn" not in {c.value for c in head.false_claims}


def test_a_body_spoken_of_or_listed_is_not_presented_as_a_person() -> None:
    # `vice-president of Osaka-based Nordvik Kisen, said his company …` is Morita speaking;
    # `Morita said Nordvik Kisen would …` speaks of the company; `Hanbada Marine, Nordvik
    # Kisen and …` lists lines. None makes the company a person (`Truck driver Osaka-based
    # Nankai Kisen said he had slept in his cab` read as a body in a person's slot).
    lines = (
        "Lines hit",
        "Lines affected included Hanbada Marine, Nordvik Kisen and Blue Strait Lines.",
        "Morita Kenji, 61, executive vice-president of Osaka-based Nordvik Kisen, said his"
        " company had lost about 1.2 billion yen.",
        "Morita said Nordvik Kisen would restore its weekly service.",
        "According to the team's coach, Alireza Mehraban, the robot won.",
    )
    facts = ArticleFacts.of(Article(Path("article.txt"), lines))
    assert "Morita Kenji" in facts.presented and "Alireza Mehraban" in facts.presented
    assert not {p for p in facts.presented if "Kisen" in p}


def test_the_head_of_one_body_never_runs_another(write_pack: WritePack) -> None:
    (runs,) = bank(
        write_pack,
        "  - id: runs\n    question: Who runs the city hospital's emergency department?\n"
        "    answer: Karl Ruhn\n    kind: person\n"
        "    cite: Dr. Karl Ruhn, 49, who runs the emergency department of the city hospital\n"
        "    claim: '{answer} runs the emergency department of the city hospital.'\n",
        HEADS,
    ).by_question
    assert "Lena Moor" not in {c.value for c in runs.false_claims}
