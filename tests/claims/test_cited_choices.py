"""A choice put into the article's own sentence must not leave the true answer's words
behind: another person wearing the true one's title and age, a body labelled with another's
initials, a city followed by another city's region, a stray bracket or quotation mark, a
count the same sentence already gives. On a small article written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank, ClaimPath
from newsquiz.claims.sentences import cited_frame
from newsquiz.pack import load_pack

ARTICLE = """\
Harbour deal signed
Dr. Ana Ferreira, 54, the port company's finance director, called the deal "costly but fair". Union leader Rui Costa, 61, said it was a victory.
Rainfall of 80 mm was recorded in Faro, according to the Portuguese Sea and Atmosphere Institute (IPMA). The Civil Protection Authority (ANEPC) issued a warning.
"We are ready," the harbour master said at the control room in Porto, Portugal, after the first ship docked.
Ferries such as the line from Lisbon to Ponte de Sor (Norte) were unaffected.
The report has 12 authors, five of them Portuguese and seven Spanish.
"""


def bank(write_pack: WritePack, questions: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: harbour\ntitle: Harbour\n"
        "article: {file: article.txt, published: 2021-03-01}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, ARTICLE)))


def test_a_person_chosen_in_a_cited_sentence_never_wears_anothers_title(
    write_pack: WritePack,
) -> None:
    (fair,) = bank(
        write_pack,
        "  - id: fair\n    question: Who called the deal costly but fair?\n"
        "    answer: Ana Ferreira\n    kind: choice\n    choices: [Ana Ferreira, Rui Costa]\n"
        "    cite: called the deal\n",
    ).by_question
    assert fair.false_claims
    for claim in fair.false_claims:
        assert "54" not in claim.sentence and "finance director" not in claim.sentence
    assert fair.path is ClaimPath.QUESTION


def test_a_body_chosen_never_keeps_anothers_initials(write_pack: WritePack) -> None:
    (source,) = bank(
        write_pack,
        "  - id: source\n    question: Which body recorded the rainfall?\n"
        "    answer: Portuguese Sea and Atmosphere Institute\n    kind: choice\n"
        "    choices: [Portuguese Sea and Atmosphere Institute, National Weather Office]\n"
        "    cite: according to the Portuguese Sea and Atmosphere Institute\n",
    ).by_question
    assert source.false_claims
    assert all("(IPMA)" not in c.sentence for c in source.claims)


def test_a_body_the_article_names_for_something_else_is_no_choice_to_swap_in(
    write_pack: WritePack,
) -> None:
    # The article says the Civil Protection Authority issued a warning: that it recorded
    # the rainfall is ruled out by the article itself.
    (source,) = bank(
        write_pack,
        "  - id: source\n    question: Which body recorded the rainfall?\n"
        "    answer: Portuguese Sea and Atmosphere Institute\n    kind: choice\n"
        "    choices: [Portuguese Sea and Atmosphere Institute, Civil Protection Authority,"
        " National Weather Office]\n"
        "    cite: according to the Portuguese Sea and Atmosphere Institute\n",
    ).by_question
    assert [c.value for c in source.with_false_claims(5).false_claims] == [
        "National Weather Office"
    ]


def test_a_body_the_article_names_by_its_initials_is_no_choice_either(
    write_pack: WritePack,
) -> None:
    # `the ANEPC` and `the ANEPC's board` are the Civil Protection Authority, which the
    # article says issued a warning: written by its initials, or as the owner of another
    # body, it is still the article's own body of another role (the treaty commission's
    # board as the body that must ratify the treaty was judged so, held-out 17b #9).
    (source,) = bank(
        write_pack,
        "  - id: source\n    question: Which body recorded the rainfall?\n"
        "    answer: Portuguese Sea and Atmosphere Institute\n    kind: choice\n"
        "    choices: [Portuguese Sea and Atmosphere Institute, the ANEPC, the ANEPC's board,"
        " National Weather Office]\n"
        "    cite: according to the Portuguese Sea and Atmosphere Institute\n",
    ).by_question
    assert [c.value for c in source.with_false_claims(5).false_claims] == [
        "National Weather Office"
    ]


def test_a_city_chosen_never_keeps_the_true_citys_region(write_pack: WritePack) -> None:
    (room,) = bank(
        write_pack,
        "  - id: room\n    question: In which city is the control room?\n"
        "    answer: Porto\n    kind: choice\n    choices: [Porto, Madrid, Lisbon]\n"
        "    cite: at the control room in Porto\n",
    ).by_question
    assert room.false_claims
    assert all("Madrid, Portugal" not in c.sentence for c in room.false_claims)
    # The sentence opened inside a quotation: its closing mark is paired, never stray.
    for claim in room.claims:
        assert claim.sentence.count('"') % 2 == 0


def test_a_bracket_of_the_answer_goes_with_it(write_pack: WritePack) -> None:
    (line,) = bank(
        write_pack,
        "  - id: line\n    question: Which ferry line was unaffected?\n"
        "    answer: Lisbon to Ponte de Sor (Norte)\n    kind: choice\n"
        "    choices: [Lisbon to Ponte de Sor (Norte), Faro to Porto]\n"
        "    cite: the line from Lisbon to Ponte de Sor (Norte)\n",
    ).by_question
    assert line.false_claims
    for claim in line.claims:
        assert claim.sentence.count("(") == claim.sentence.count(")")


def test_a_count_the_sentence_already_gives_is_never_the_changed_one(
    write_pack: WritePack,
) -> None:
    (spanish,) = bank(
        write_pack,
        "  - id: spanish\n    question: How many of the authors are Spanish?\n"
        "    answer: seven\n    kind: choice\n    choices: [seven, five, twelve, nine]\n"
        "    cite: seven Spanish\n",
    ).by_question
    values = [c.value for c in spanish.false_claims]
    assert values and "twelve" not in values and "five" not in values


def test_a_person_chosen_never_takes_the_true_ones_body_or_post(write_pack: WritePack) -> None:
    article = (
        "Sentence handed down\n"
        "The prosecutor, Adv. Lindiwe Dube of the National Prosecuting Authority (NPA), had "
        "asked for 20 years. Pieter Kruger, for the defence, asked for ten.\n"
    )
    yaml = (
        "format: newsquiz/1\nid: court\ntitle: Court\n"
        "article: {file: article.txt, published: 2021-03-01}\nquestions:\n"
        "  - id: asked\n    question: Who asked for 20 years?\n    answer: Lindiwe Dube\n"
        "    kind: choice\n    choices: [Lindiwe Dube, Pieter Kruger]\n"
        "    cite: had asked for 20 years\n"
    )
    (asked,) = ClaimBank(load_pack(write_pack(yaml, article))).by_question
    assert asked.false_claims
    for claim in asked.false_claims:
        assert "National Prosecuting" not in claim.sentence and "Adv." not in claim.sentence


LISTED = """\
Bridge reopens
Three former mayors attended the reopening: Ruiz; Spain's Carla Mendes, who served until 2019; and Portuguese João Silva, 80, who cut the ribbon.
"""


def test_a_cited_sentence_is_never_cut_inside_the_list_it_announces(
    write_pack: WritePack,
) -> None:
    """'Three previous champions watched from the stands: Zanardelli; Serbia's Timur
    Abdrakhmanov.' announced three and listed two (judged a mangled sentence): a sentence
    whose colon opens a list of items set apart by semicolons keeps them all."""
    yaml = (
        "format: newsquiz/1\nid: bridge\ntitle: Bridge\n"
        "article: {file: article.txt, published: 2021-03-01}\nquestions:\n"
        "  - id: mendes\n    question: Which country is Carla Mendes from?\n"
        "    answer: Spain\n    kind: choice\n    choices: [Spain, France, Italy]\n"
        "    cite: Spain's Carla Mendes, who served until 2019\n"
    )
    (mendes,) = ClaimBank(load_pack(write_pack(yaml, LISTED))).by_question
    assert mendes.false_claims
    for claim in mendes.claims:
        assert ":" not in claim.sentence or "João Silva" in claim.sentence, claim.sentence


WAVES = """\
Ministries move north
Under the plan, some 9,600 staff from 24 ministries are to move in three waves: about 3,100 from March, roughly 3,300 in late 2027, and the last 3,200 or so by June 1, 2029, when the new parliament opens.
"""


def test_a_count_that_announces_a_list_keeps_the_whole_list(write_pack: WritePack) -> None:
    """'…to relocate in five waves: roughly 4,200 from January, about 4,100 in mid-2027.'
    was cut before its list's closing 'and the remaining 3,500' (judged mangled): a
    sentence is never cut after the colon that opens its list."""
    yaml = (
        "format: newsquiz/1\nid: move\ntitle: Move\n"
        "article: {file: article.txt, published: 2026-03-01}\nquestions:\n"
        "  - id: waves\n    question: In how many waves are the staff to move?\n"
        "    answer: three\n    kind: choice\n    choices: [two, three, four, five]\n"
        "    cite: are to move in three waves\n"
    )
    (waves,) = ClaimBank(load_pack(write_pack(yaml, WAVES))).by_question
    assert waves.true_claim is not None
    for claim in waves.claims:
        assert "3,100" not in claim.sentence or "the last 3,200 or so" in claim.sentence
    staff = cited_frame(load_pack(write_pack(yaml, WAVES)).questions[0])
    assert staff is not None and "the last 3,200 or so" in staff[0].after


def test_a_count_is_not_changed_before_the_list_that_counts_it(write_pack: WritePack) -> None:
    """'in five waves: A, B, and the remaining C' lists three: the claim would contradict
    itself, so it is stated plainly instead."""
    yaml = (
        "format: newsquiz/1\nid: move\ntitle: Move\n"
        "article: {file: article.txt, published: 2026-03-01}\nquestions:\n"
        "  - id: waves\n    question: In how many waves are the staff to move?\n"
        "    answer: three\n    kind: choice\n    choices: [two, three, four, five]\n"
        "    cite: are to move in three waves\n"
    )
    (waves,) = ClaimBank(load_pack(write_pack(yaml, WAVES))).by_question
    assert waves.false_claims
    for claim in waves.false_claims:
        assert "3,100" not in claim.sentence, claim.sentence


HARVEST = """\
Honey harvest falls
Beekeepers collected 84 million kilograms of honey this year, down 40 percent from 140 million kilograms in 2025, the cooperative said.
Prices rose 12 percent, and exports to Japan fell by a quarter.
"""


def test_a_percent_its_own_sentence_derives_is_not_changed_there(write_pack: WritePack) -> None:
    """'137 million pounds, down 50 percent from 198 million' (judged to contradict its own
    figures, which make 31): a share or change the cited sentence's figures give is changed
    only where they are not beside it."""
    yaml = (
        "format: newsquiz/1\nid: honey\ntitle: Honey\n"
        "article: {file: article.txt, published: 2026-03-01}\nquestions:\n"
        "  - id: drop\n    question: By what percentage did the harvest fall?\n"
        "    answer: 40 percent\n    kind: choice\n"
        "    choices: [20 percent, 40 percent, 60 percent]\n"
        "    cite: down 40 percent from 140 million kilograms\n"
        "  - id: prices\n    question: By what percentage did prices rise?\n"
        "    answer: 12 percent\n    kind: choice\n"
        "    choices: [12 percent, 20 percent, 40 percent]\n"
        "    cite: Prices rose 12 percent\n"
    )
    drop, prices = ClaimBank(load_pack(write_pack(yaml, HARVEST))).by_question
    assert drop.false_claims and prices.false_claims
    for claim in drop.false_claims:
        assert "140 million" not in claim.sentence or "84 million" not in claim.sentence
    assert any(c.path is ClaimPath.CITED for c in prices.false_claims)  # nothing derives it


ENVOY = """\
Port deal signed
Chile's Ambassador to Peru, Ana Soto, called the deal "a bridge across the desert."
Peru's trade minister, Luis Vega, signed for Lima; port chief Rosa Quispe said work starts in May.
"""


def test_a_post_set_off_before_the_name_is_the_true_one_s(write_pack: WritePack) -> None:
    """'India's Ambassador to Bhutan, Ugyen Namgay, called the deal …': Bhutan's minister
    made India's ambassador by a choice put after the post. The question is stated."""
    yaml = (
        "format: newsquiz/1\nid: envoy\ntitle: Envoy\n"
        "article: {file: article.txt, published: 2026-03-01}\nquestions:\n"
        "  - id: bridge\n    question: Who called the deal a bridge across the desert?\n"
        "    answer: Ana Soto\n    kind: choice\n    choices: [Ana Soto, Luis Vega, Rosa Quispe]\n"
        "    cite: Chile's Ambassador to Peru, Ana Soto, called the deal \"a bridge\n"
    )
    (bridge,) = ClaimBank(load_pack(write_pack(yaml, ENVOY))).by_question
    assert bridge.false_claims
    for claim in bridge.false_claims:
        assert "Ambassador to Peru, Luis" not in claim.sentence, claim.sentence
        assert "Ambassador to Peru, Rosa" not in claim.sentence, claim.sentence


GOVERNOR = """\
Dam budget approved
Wadi Province Gov. Salma Idris said about 700 families had been paid.
Nadia Karim, a lawmaker of the Unity Party, voted against the budget.
River Care Wadi (RCW), a green group, said 300 hectares had been cleared. Its director, Tarek Aziz, 41, called the budget reckless.
"""


def test_nobody_the_article_names_in_another_role_is_offered_as_the_post_holder(
    write_pack: WritePack,
) -> None:
    """'The governor of East Kalimantan is Yohanes Tarigan', the director of a green group
    the article names: a person of another role. Names the article does not give stay."""
    yaml = (
        "format: newsquiz/1\nid: dam\ntitle: Dam\n"
        "article: {file: article.txt, published: 2026-03-01}\nquestions:\n"
        "  - id: governor\n    question: Who is the governor of Wadi Province?\n"
        "    answer: Salma Idris\n    kind: choice\n"
        "    choices: [Salma Idris, Nadia Karim, Tarek Aziz, Huda Mansour]\n"
        "    cite: Wadi Province Gov. Salma Idris said\n"
    )
    (governor,) = ClaimBank(load_pack(write_pack(yaml, GOVERNOR))).by_question
    assert [c.value for c in governor.false_claims] == ["Huda Mansour"]
