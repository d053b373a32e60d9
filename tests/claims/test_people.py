"""Person swaps: someone of the same side and kind of post, never beside a title
the article contradicts."""

from __future__ import annotations

from functools import cache

from tests.conftest import SEED_PACK, WritePack

from newsquiz.claims import ClaimBank, ClaimPath
from newsquiz.claims.generate import ArticleFacts
from newsquiz.claims.values import Profile, describe, person_profiles, slot_profile
from newsquiz.pack import load_pack


@cache
def seed_bank() -> ClaimBank:
    return ClaimBank(load_pack(SEED_PACK))


def by_id(question_id: str):  # type: ignore[no-untyped-def]
    return next(qc for qc in seed_bank().by_question if qc.question.id == question_id)


def test_titles_name_a_side_and_a_kind_of_post() -> None:
    assert describe("Finland’s Ambassador to NATO") == Profile(
        frozenset({"Finland"}), frozenset({"diplomat"})
    )
    assert describe("Pentagon press secretary") == Profile(
        frozenset({"United States"}), frozenset({"spokesperson"})
    )
    assert describe("Chairman of the Joint Chiefs of Staff Gen.").posts == {"military"}
    assert describe("US Secretary of Defense").posts == {"defence"}
    assert describe("the Russian general-in-chief").sides == {"Russia"}
    assert describe("can't stand up to us") == Profile()  # "us" in lower case is a pronoun


def test_the_words_around_a_name_are_read_but_not_a_neighbours_title() -> None:
    before = "Kirby said Austin and Chairman of the Joint Chiefs of Staff Gen. "
    assert slot_profile(before, " “searched”").posts == {"military"}
    assert slot_profile("at the request of ", ", which used the call") == Profile()
    assert slot_profile("", ", Russian Ambassador to the European Union, insisted").sides == {
        "Russia"
    }


def test_every_person_of_the_seed_article_is_profiled_from_all_their_mentions() -> None:
    pack = load_pack(SEED_PACK)
    facts = ArticleFacts.of(pack.article)
    profiles = person_profiles(pack.article.paragraphs, facts.people)
    expected = {
        "Lloyd Austin": ("United States", "defence"),
        "Sergei Shoigu": ("Russia", "defence"),  # "his Russian counterpart", "Defense Secretary"
        "John Kirby": ("United States", "spokesperson"),
        "Mark Milley": ("United States", "military"),
        "Valery Gerasimov": ("Russia", "military"),  # "General …, the Russian general-in-chief"
        "Vladimir Putin": ("Russia", "leader"),
        "Oleksiy Reznikov": ("Ukraine", "defence"),
        "Vladimir Chizhov": ("Russia", "diplomat"),
        "Klaus Korhonen": ("Finland", "diplomat"),
    }
    assert {name: (set(p.sides), set(p.posts)) for name, p in profiles.items()} == {
        name: ({side}, {post}) for name, (side, post) in expected.items()
    }


def test_the_requester_is_swapped_for_someone_of_his_own_side() -> None:
    values = [c.value for c in by_id("who-requested").false_claims]
    assert values and set(values) <= {"Mark Milley", "John Kirby"}


def test_nobody_stands_beside_a_title_the_article_gives_someone_else() -> None:
    for question_id in ("chizhov", "russian-president"):
        claims = by_id(question_id)
        # No one else is a Russian diplomat or a Russian president: the claim becomes the
        # question as a statement, for true and false alike.
        assert claims.path is ClaimPath.QUESTION
        assert claims.true_claim is not None and claims.false_claims
    # No one else is a US general either, and the article's other Americans hold posts of
    # their own (`US Secretary of Defense Lloyd Austin`, `press secretary John Kirby`):
    # neither is made the Chairman of the Joint Chiefs (a person of another role).
    chairman = by_id("joint-chiefs-chairman")
    assert chairman.true_claim is not None and chairman.false_claims == ()
    russians = {"Sergei Shoigu", "Valery Gerasimov", "Vladimir Putin"}
    assert {c.value for c in by_id("chizhov").false_claims} <= russians
    assert {c.value for c in by_id("russian-president").false_claims} <= russians


def test_no_claim_makes_anyone_else_finlands_ambassador() -> None:
    # The article names no other Finn: an honest "no plausible false claim".
    claims = by_id("finland-ambassador")
    assert claims.false_claims == () and claims.problem is not None
    for qc in seed_bank().by_question:
        for claim in qc.false_claims:
            if "Finland’s Ambassador" in claim.sentence or "Finland's Ambassador" in claim.sentence:
                assert "Korhonen" in claim.sentence


ABBREVIATED = [
    "Rowing Ireland (RI) raised the regatta's prize money to €400,000.",
    '"We are proud of the course," said Orla Brennan, RI\'s chief executive.',
    "Brennan said Hockey Chile (HC) would join next year. Declan Walsh agreed.",
]


def test_a_name_the_article_abbreviates_by_its_initials_is_a_body() -> None:
    """'Hockey Chile (HC)': nobody writes a person's initials after their name, so the
    run is a body ('TA stands for Craig Tillotson', Tennis Australia's chief executive put
    where the body's name stood, was judged a person in a body's slot)."""
    from newsquiz.claims.people import article_people

    people = article_people(
        ABBREVIATED, ["Rowing Ireland", "Orla Brennan", "Hockey Chile", "Declan Walsh"]
    )
    assert "Rowing Ireland" not in people and "Hockey Chile" not in people
    assert "Orla Brennan" in people


NAMESAKE = """\
Physicists share Lindqvist Medal
The Nordic Academy of Physics awarded its Lindqvist Medal to Tomas Okonkwo and Priya Raman on Monday.
Okonkwo, 58, learned of the award by telephone, his university's press office said.
Raman, a professor at the University of Leeds, said the prize was "a shock".
The Lindqvist Medal was founded in 1971 with a bequest from the engineer Gustav Lindqvist.
"""


def test_whom_a_prize_is_named_after_stands_in_for_no_laureate(write_pack: WritePack) -> None:
    """Gustav Lindqvist is named only as the medal's founder: 'Gustav Lindqvist said the
    prize was a shock' gives a laureate's words to him (judged a person of another role:
    the prize's dead founder as the laureate whose name a press office wrote)."""
    yaml = (
        "format: newsquiz/1\nid: medal\ntitle: Medal\n"
        "article: {file: article.txt, published: 2024-05-02}\nquestions:\n"
        "  - id: shock\n    question: Which laureate said the prize was a shock?\n"
        "    answer: Priya Raman\n    kind: person\n"
        '    cite: said the prize was "a shock"\n'
        "    claim: '{answer} said the prize was \"a shock\".'\n"
    )
    (shock,) = ClaimBank(load_pack(write_pack(yaml, NAMESAKE))).by_question
    values = [c.value for c in shock.false_claims]
    assert values == ["Tomas Okonkwo"], values


def test_a_run_that_opens_with_an_abbreviation_is_no_person() -> None:
    """'TU Delft said …': a word in capitals of two letters or more is an abbreviation (a
    body's), not a given name ('The press office wrote TU Delft's name' would be nonsense)."""
    from newsquiz.claims.people import article_people

    paragraphs = [
        "Marta Kowalski, who leads the lab at TU Delft, said the result was clear.",
        "TU Delft said the filters were cheap. Kowalski agreed.",
        "Pope Leo XIV visited the lab.",
    ]
    people = article_people(paragraphs, ["Marta Kowalski", "TU Delft"])
    assert people == ["Marta Kowalski"]


BENCH = """\
Appeals court sides with the farmers
Judge Ana Ruiz wrote the majority opinion, which Judge Tom Hale joined, in a 2-1 ruling.
Judge Mia Stone dissented, saying the contract was clear.
"The farmers were owed the water," Hale said after the hearing.
"""


def test_nobody_takes_a_part_the_answers_own_sentence_gives_another(
    write_pack: WritePack,
) -> None:
    """'Judge Ruiz wrote the majority opinion, which Judge Tom Hale joined': Ruiz did not
    join the opinion she wrote ('Judge Harriet Lindqvist joined the majority opinion' was
    judged a person of another role)."""
    yaml = (
        "format: newsquiz/1\nid: bench\ntitle: Bench\n"
        "article: {file: article.txt, published: 2024-05-02}\nquestions:\n"
        "  - id: joined\n    question: Which judge joined the majority opinion?\n"
        "    answer: Tom Hale\n    kind: person\n"
        "    cite: which Judge Tom Hale joined\n"
        "    claim: Judge {answer} joined the majority opinion.\n"
    )
    (joined,) = ClaimBank(load_pack(write_pack(yaml, BENCH))).by_question
    assert all("Ruiz" not in c.value for c in joined.false_claims), joined.false_claims


def test_the_head_of_a_longer_name_is_no_person() -> None:
    """'the Christian Social Union (CSU)': with its last word read as a body's, the rest
    is no person ('Christian Social said not one pensioner would receive a cent less')."""
    from newsquiz.claims.people import article_people

    paragraphs = [
        "The Bundestag approved the budget on Friday, fifteen days after the governing "
        "coalition of the Christian Democratic Union (CDU), its Bavarian sister party the "
        "Christian Social Union (CSU) and the Social Democratic Party (SPD) announced a deal.",
        '"No," said Anna Weber, the party leader.',
    ]
    assert article_people(paragraphs, ["Christian Social", "Anna Weber"]) == ["Anna Weber"]


GENDERED = """\
Strike ends at the airport
Victor Quispe, 51, the union's leader, said he would call off the strike. "It is a fair deal," Quispe said.
Lucia Quispe, 34, a nurse from Arequipa who is not related to the union leader, said she had waited 30 hours.
Carlos Rivas, a congressman, said he would present a bill on staffing.
Marta Lopez, the ombudsman, hosted the talks.
"""


def test_a_sentence_s_pronoun_admits_only_people_the_article_shows_of_that_gender(
    write_pack: WritePack,
) -> None:
    yaml = (
        "format: newsquiz/1\nid: strike\ntitle: Strike\n"
        "article: {file: article.txt, published: 2025-03-14}\nquestions:\n"
        "  - id: bill\n    question: Who said he would present a bill on staffing?\n"
        "    answer: Carlos Rivas\n    kind: person\n    cite: Carlos Rivas, a congressman\n"
        '    claim: "{answer} said he would present a bill on staffing."\n'
    )
    (bill,) = ClaimBank(load_pack(write_pack(yaml, GENDERED))).by_question
    swapped = {c.value for c in bill.with_false_claims(10).false_claims}
    # Lucia Quispe shares a surname with a man: his `he` says nothing of her; Marta Lopez is
    # shown as no one's `he` or `she`.
    assert "Lucia Quispe" not in swapped and "Marta Lopez" not in swapped
    assert "Quispe" not in {v.split()[-1] for v in swapped if v.startswith("Lucia")}


def test_the_tail_of_a_body_s_name_is_no_person() -> None:
    """'Forest Watch Sulawesi (FWS)': with its first word written in lower case elsewhere
    ('forest') and its last alone ('in Sulawesi'), the rest reads as a name, but the initials
    in brackets are the whole body's ('Watch Kalimantan said some 1,200 soldiers would
    help', the tail of an environmental group's name, was judged a fragment)."""
    from newsquiz.claims.people import article_people
    from newsquiz.claims.values import find_people

    paragraphs = [
        "Forest Watch Sulawesi (FWS), a green group based in Makassar, said 2,000 hectares "
        "of forest had been lost. Its director, Rudi Hartono, called the plan reckless.",
        "Some forest land in Sulawesi was cleared, Major Dewi Lestari said.",
        "Hartono said Reef Care Maluku (RCM) had counted the damage.",
    ]
    names = [found.name for paragraph in paragraphs for found in find_people(paragraph)]
    people = article_people(paragraphs, names)
    assert people == ["Rudi Hartono", "Dewi Lestari"]


def test_a_name_always_followed_by_a_body_s_word_is_no_person() -> None:
    """'the 1,340 MW Nyera Chhu project' ('Nyera Chhu said staff had learnt of the deal'):
    a run the article only ever writes before `project`, `river`, `dam` names those."""
    from newsquiz.claims.people import article_people
    from newsquiz.claims.values import find_people

    paragraphs = [
        "The plant stands on the Kori Chhu river, said engineer Pema Wangdi.",
        "Wangdi said the 900 MW Lhari Chhu project upstream would start in 2027.",
        "Water in the Kori Chhu falls in winter, Wangdi added.",
    ]
    names = [found.name for paragraph in paragraphs for found in find_people(paragraph)]
    assert article_people(paragraphs, [*names, "Lhari Chhu"]) == ["Pema Wangdi"]


def test_a_name_written_only_after_in_or_in_a_list_after_it_is_a_place() -> None:
    """`hospitals in Mendoza city, Godoy Cruz and Las Heras`: `Godoy Cruz said …` was judged
    a place given as a speaker (32b #5); a name set off after a place (`in Ham-Sud, Chantal
    Nadeau, said`) is still a person."""
    from newsquiz.claims.people import article_people

    paragraphs = [
        "Two children were moved to the hospital in Godoy Cruz on Monday.",
        "The drive runs at hospitals in Mendoza city, Godoy Cruz, Puerto Molina and Las Heras.",
        "His neighbour in Ham-Sud, Chantal Nadeau, said she had lost half her trees.",
        '"We were ready," said Rodolfo Benegas, the hospital director.',
    ]
    names = ["Godoy Cruz", "Puerto Molina", "Las Heras", "Chantal Nadeau", "Rodolfo Benegas"]
    assert article_people(paragraphs, names) == ["Chantal Nadeau", "Rodolfo Benegas"]
