"""From groups 314 and 315's misses and the classes the authors of groups 320 and 321 saw in
`check`, each with invented examples: a unit's name that qualifies the noun counted (`140
stone cottages`); a rate of two parts (`per gross tonne a week`) without its period; a
person the question names by their post, named in a correction; a correction that judges
about right what the article calls too much or too little; a unit over a unit after a
figure (`0.6 g/l`); the place after an `of` that ends a choice; a figure every choice
shares; `cheaper` and `dearer`; currencies the table lacked (Surinamese and Bermudian
dollars); a fare `one way`; police ranks; offences counted apart from crashes; a body's
name without the country's adjective it opens with; a name two of the article's names end in
(`Sabanapoe` of Oud and Nieuw Sabanapoe); a refusal where the article leaves the matter open."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, cited_question, graded_claim, make_question

from newsquiz.facts.text import tokenize
from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


def _graded(
    kind: str,
    key: str,
    asked: str,
    paragraph: str,
    quote: str,
    typed: str,
    choices: tuple[str, ...] = (),
) -> Outcome:
    question = cited_question(kind, key, asked, quote, paragraph, choices=choices)
    return grade(question, typed).outcome


COTTAGES = "The trust said 140 cottages were rebuilt after the storm, at a cost of £9 million."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("140 stone cottages", C),
        ("140 cottages", C),
        ("140 stone", X),  # a weight, not a count of cottages
        ("410 stone cottages", X),
        ("140 stone barns", X),
    ],
)
def test_a_units_name_that_qualifies_the_noun_counted(typed: str, expected: Outcome) -> None:
    asked = "How many cottages were rebuilt after the storm?"
    assert _graded("number", "140", asked, COTTAGES, "140 cottages were rebuilt", typed) is expected


DUES = "Barges moored in the harbour now pay $1.15 per gross tonne a week, the port said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("$1.15 per gross tonne a week", C),
        ("$1.15 a week per gross tonne", C),
        ("$1.15 per tonne per week", C),
        ("$1.15 per gross tonne", P),  # what it is per, but not how often
        ("$1.15 a week", X),  # a total a week, not what each tonne pays
        ("$1.15", P),
        ("$1.15 per gross tonne a month", X),
        ("$1.51 per gross tonne a week", X),
    ],
)
def test_a_rate_of_two_parts_is_half_without_its_period(typed: str, expected: Outcome) -> None:
    asked = "What do barges moored in the harbour now pay?"
    key = "$1.15 per gross tonne a week"
    assert _graded("money", key, asked, DUES, key, typed) is expected


RELATED = (
    "Councillor Rhys Pryce, who is no relation to Ardmoor's mayor, voted against the plan.",
    "Gwen Pryce, Ardmoor's mayor, said the vote was a setback. Tom Evans, a farmer, agreed.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, he is no relation to Gwen Pryce", C),
        ("false, he is not related to the mayor", C),
        ("false, he is no relation to Tom Evans", X),  # another person of the article
    ],
)
def test_a_correction_naming_whom_the_question_names_by_post(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "Councillor Rhys Pryce is related to Ardmoor's mayor.",
        "who is no relation to Ardmoor's mayor",
        typed,
        article=RELATED,
        paragraph=RELATED[0],
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it said the offer was too small", C),
        ("false, it said the offer was not adequate", C),
        ("false, it said the offer was about right", X),
        ("false, it called the offer fair", X),
    ],
)
def test_a_correction_judging_about_right_what_was_too_little(
    typed: str, expected: Outcome
) -> None:
    quote = "The nurses' union said the offer was too small and called for talks."
    assert graded_claim("The nurses' union said the offer was too generous.", quote, typed) is (
        expected
    )


def test_a_unit_over_a_unit_after_a_figure_is_read_apart() -> None:
    assert tokenize("0.6 g/l") == ["0.6", "g", "/", "l"]
    assert tokenize("Maersk A/S") == ["maersk", "a/s"]  # a company's form stays one word


@pytest.mark.parametrize(("typed", "expected"), [("0.6 g/l", C), ("0.6g/L", C), ("6 g/l", X)])
def test_grams_per_litre_written_with_a_slash(typed: str, expected: Outcome) -> None:
    paragraph = "Nitrate in the canal has fallen to 0.6 grams per litre from 1.4 grams."
    asked = "To what has nitrate in the canal fallen?"
    key = "0.6 grams per litre"
    assert _graded("number", key, asked, paragraph, key, typed) is expected


MINES = ("the gold mines of Obuasi", "the gold mines of Tarkwa", "cocoa farms in Sefwi")


@pytest.mark.parametrize(("typed", "expected"), [("Obuasi", C), ("Tarkwa", X), ("gold mines", X)])
def test_the_place_after_of_that_ends_a_choice(typed: str, expected: Outcome) -> None:
    paragraph = "Ten years ago young men left for the gold mines of Obuasi, the chief said."
    asked = "Where did young men go ten years ago?"
    assert _graded("choice", MINES[0], asked, paragraph, MINES[0], typed, MINES) is expected


FLOODS = (
    "a flood expected once in 50 years",
    "a flood expected once in 100 years",
    "a flood expected once in 500 years",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a 100-year flood", C),
        ("once in 100 years", C),
        ("a 50-year flood", X),
        ("twice in 100 years", X),
    ],
)
def test_a_figure_every_choice_shares_tells_none_apart(typed: str, expected: Outcome) -> None:
    paragraph = "The levee will be built to hold back a flood expected once in 100 years."
    asked = "What flood will the levee be built to hold back?"
    assert _graded("choice", FLOODS[1], asked, paragraph, FLOODS[1], typed, FLOODS) is expected


BIDS = ("about 6 percent lower", "about 6 percent higher", "about 16 percent lower")


@pytest.mark.parametrize(
    ("typed", "expected"), [("6% cheaper", C), ("about 6 percent dearer", X), ("16% cheaper", X)]
)
def test_cheaper_and_dearer_pick_a_direction(typed: str, expected: Outcome) -> None:
    paragraph = "The winning bid was about 6 percent lower than the next."
    asked = "How did the winning bid compare with the next?"
    assert _graded("choice", BIDS[0], asked, paragraph, BIDS[0], typed, BIDS) is expected


@pytest.mark.parametrize(
    ("key", "paragraph", "typed", "expected"),
    [
        ("SRD 40,000", "Each miner faces a fine of SRD 40,000 (about US$1,100).",
         "40,000 Surinamese dollars", C),
        ("SRD 40,000", "Each miner faces a fine of SRD 40,000 (about US$1,100).",
         "US$40,000", X),
        ("BD$2.5 million", "The regulator fined the insurer BD$2.5 million on Monday.",
         "2.5 million Bermuda dollars", C),
        ("BD$2.5 million", "The regulator fined the insurer BD$2.5 million on Monday.",
         "2.5 million Jamaican dollars", X),
    ],
)  # fmt: skip
def test_surinamese_and_bermudian_dollars(
    key: str, paragraph: str, typed: str, expected: Outcome
) -> None:
    assert _graded("money", key, "How much is the fine?", paragraph, key, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2,500 yen one way", C), ("2,500 yen each way", C), ("2,500 yen return", X)],
)
def test_a_fare_one_way_and_return(typed: str, expected: Outcome) -> None:
    paragraph = "Visitors already pay 2,500 yen for the ferry each way, the owner said."
    asked = "How much do visitors pay for the ferry each way?"
    assert _graded("money", "2,500 yen", asked, paragraph, "2,500 yen", typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Inspector Duarte", C),
        ("Duarte", C),
        ("Insp. Ines Duarte", C),
        ("Sergeant Duarte", X),
        ("Constable Duarte", X),
        ("Chief Inspector Duarte", X),
    ],
)
def test_a_police_rank_the_article_does_not_write(typed: str, expected: Outcome) -> None:
    paragraph = "Inspector Ines Duarte of the harbour police said 12 boats were checked."
    asked = "Which officer said 12 boats were checked?"
    assert _graded("person", "Ines Duarte", asked, paragraph, "Ines Duarte", typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("860 offences", C), ("860 speeding violations", C), ("860 crashes", X)],
)
def test_offences_are_counted_apart_from_crashes(typed: str, expected: Outcome) -> None:
    paragraph = "Police recorded 860 speeding offences on the island road in nine months."
    asked = "How many speeding offences did police record on the island road?"
    quote = "860 speeding offences"
    assert _graded("number", "860", asked, paragraph, quote, typed) is expected


BODIES = (
    "The festival drew 900 camels, the Omani Camel Heritage Committee (OCHC) said.",
    "Judges from the committee used ultrasound for the first time.",
)


@pytest.mark.parametrize(
    ("article", "typed", "expected"),
    [
        (BODIES, "the Camel Heritage Committee", C),
        (BODIES, "the Omani Camel Heritage Committee", C),
        (BODIES, "the Saudi Camel Heritage Committee", X),
        (BODIES, "the Heritage Committee", X),
        # where the article names another such body, the country tells them apart
        ((*BODIES, "The Saudi Camel Heritage Committee sent observers."),
         "the Camel Heritage Committee", X),
    ],
)  # fmt: skip
def test_a_bodys_own_country_adjective_may_go(
    article: tuple[str, ...], typed: str, expected: Outcome
) -> None:
    key = "the Omani Camel Heritage Committee"
    question = make_question(
        "text",
        key,
        question="Which body gave the festival's figures?",
        citations=(cite(f"{key} (OCHC) said", article[0]),),
        article=article,
    )
    assert grade(question, typed).outcome is expected


VILLAGES = (
    "Oud Sabanapoe lies 42 km downstream of the camps; Nieuw Sabanapoe lies 9 km further on.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Oud Sabanapoe", C), ("Sabanapoe", X), ("Nieuw Sabanapoe", X)],
)
def test_a_name_two_of_the_articles_names_end_in(typed: str, expected: Outcome) -> None:
    quote = "Oud Sabanapoe lies 42 km downstream of the camps"
    asked = "Which village lies 42 km downstream of the camps?"
    assert _graded("text", "Oud Sabanapoe", asked, VILLAGES[0], quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("the Water Sports Federation", C), ("the Spanish Water Sports Federation", X)],
)
def test_a_bodys_region_adjective_may_go_but_not_for_its_countrys(
    typed: str, expected: Outcome
) -> None:
    paragraph = "The race was approved by the Catalan Water Sports Federation on Monday."
    key = "the Catalan Water Sports Federation"
    asked = "Which body approved the race?"
    assert _graded("text", key, asked, paragraph, key, typed) is expected


@pytest.mark.parametrize(
    ("claim", "quote", "typed", "expected"),
    [
        ("The insurer has agreed to pay out.", "The insurer has not said whether it will pay.",
         "false, it has not said whether it will pay", C),
        ("The insurer has agreed to pay out.", "The insurer has not said whether it will pay.",
         "false, it refused to pay", X),
        ("The ministry has replied to the request.", "The ministry has not yet replied.",
         "false, it rejected the request", X),
        ("The firm has decided to appeal.", "The firm will study the ruling before deciding "
         "whether to appeal.", "false, it decided not to appeal", X),
        # where the article itself says it was refused, the refusal is the correction
        ("The union accepted the offer.", "The union rejected the offer on Friday.",
         "false, it rejected the offer", C),
    ],
)  # fmt: skip
def test_a_refusal_where_the_article_leaves_the_matter_open(
    claim: str, quote: str, typed: str, expected: Outcome
) -> None:
    assert graded_claim(claim, quote, typed) is expected
