"""A choice put into the article's own sentence keeps to the role that sentence gives: the
town's mayor is never the team's coach ("Harbour Mayor Ines Prado" for the coach), and a
court of one place is never turned into the court of a party to the case ("the Ossory Supreme
Court" for the federal one). On small articles written here, not the benchmark's."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.model import ClaimPath
from newsquiz.grading import grade
from newsquiz.pack import load_pack

ARTICLE = """\
Harbour United win the shield
Harbour United beat Kellsbridge 2-1 in the shield final on Sunday.
Harbour coach Ines Prado, 52, said the win was for the fans.
Team doctor Paulo Serra said two players would miss the next match.
Harbour Mayor Tomas Ferreira said the town would hold a parade on Tuesday.
"""

COURT = """\
Appeals court sides with Ossory in river case
A federal appeals court ruled 2-1 that Lenster took more than its share of the river, handing Ossory a win.
Lenster has 90 days to ask the US Supreme Court to hear the case, its attorney general said.
Ossory and Lenster have argued over the river since 1957.
"""


def bank(write_pack: WritePack, questions: str, article: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: shield\ntitle: Shield\n"
        "article: {file: article.txt, published: 2025-05-28}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, article)))


def test_a_person_of_another_role_never_wears_the_cited_title(write_pack: WritePack) -> None:
    (parade,) = bank(
        write_pack,
        "  - id: parade\n    question: Who announced the parade?\n    answer: Tomas Ferreira\n"
        "    choices: [Ines Prado, Tomas Ferreira, Paulo Serra, Rui Matos]\n    kind: choice\n"
        "    cite: Harbour Mayor Tomas Ferreira said the town would hold a parade\n",
        ARTICLE,
    ).by_question
    assert parade.false_claims, parade.problem
    for claim in parade.false_claims:
        assert "Mayor" not in claim.sentence, claim.sentence
    assert parade.path is ClaimPath.QUESTION


def test_a_party_is_never_swapped_into_a_courts_name(write_pack: WritePack) -> None:
    (court,) = bank(
        write_pack,
        "  - id: court\n    question: Which court could Lenster ask to hear the case next?\n"
        "    answer: US Supreme Court\n"
        "    choices: [US Supreme Court, Lenster Supreme Court, US District Court,"
        " Ossory Supreme Court]\n    kind: choice\n"
        "    cite: Lenster has 90 days to ask the US Supreme Court to hear the case\n",
        COURT,
    ).by_question
    values = [c.value for c in court.false_claims]
    assert values == ["US District Court"]
    assert all(not grade(court.question, v).correct for v in values)


BANKS = """\
Two regional banks agree to merge
Shareholders of Lakeside Bank and Hillcrest Bank voted on Thursday to merge the two lenders.
Lakeside's chief executive, Marco Weber, will become deputy chief executive and chief financial officer of the combined bank.
"""


def test_nobody_becomes_a_former_anything(write_pack: WritePack) -> None:
    (role,) = bank(
        write_pack,
        "  - id: role\n    question: What will Marco Weber become?\n"
        "    answer: deputy chief executive and chief financial officer\n    kind: text\n"
        "    cite: will become deputy chief executive and chief financial officer\n"
        "    claim: Marco Weber will become {answer}.\n",
        BANKS,
    ).by_question
    assert all("former" not in c.sentence.lower() for c in role.false_claims), [
        c.sentence for c in role.false_claims
    ]


FISH = """\
Salmon escape off the coast
"This is one of the largest escapes we have recorded," said Sigrid Holm, 54, the inspectorate's regional director.
Halsvik's chief executive, Henrik Aas, said the company would pay for the recapture.
Kari Moen, an analyst at Fjordkapital in Bergen, said investors were worried about the company's licences.
Lars Dahl, an analyst at Nordbank, said the shares could fall further.
"""


def test_a_role_before_the_name_admits_only_people_of_that_role(write_pack: WritePack) -> None:
    (analyst,) = bank(
        write_pack,
        "  - id: analyst\n    question: Which analyst said investors were worried?\n"
        "    answer: Kari Moen\n    kind: person\n"
        "    cite: Kari Moen, an analyst at Fjordkapital in Bergen, said investors were worried\n"
        "    claim: Analyst {answer} said investors were worried about the licences.\n",
        FISH,
    ).by_question
    values = {c.value for c in analyst.false_claims}
    assert values and values <= {"Lars Dahl"}, values


AIRPORT = """\
New airport opens with few flights
Ramesh Bhatta, director general of the aviation authority, said two airlines had signed up.
The authority expects to install runway lights by mid-2027, Bhatta said.
"""


def test_nobody_who_speaks_for_a_body_is_made_its_former_head(write_pack: WritePack) -> None:
    # `Ramesh Bhatta is former director general of the authority` was judged one the
    # article rules out: he speaks for it now (held-out 20b #8, 21b #2).
    (post,) = bank(
        write_pack,
        "  - id: post\n    question: What post does Ramesh Bhatta hold?\n"
        "    answer: director general of the aviation authority\n    kind: text\n"
        "    cite: director general of the aviation authority\n"
        "    claim: Ramesh Bhatta is {answer}.\n",
        AIRPORT,
    ).by_question
    assert all("former" not in c.sentence.lower() for c in post.false_claims), [
        c.sentence for c in post.false_claims
    ]
