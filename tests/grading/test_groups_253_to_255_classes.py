"""Classes of misses that held-out groups 253 and 254 showed, and that the authors of groups
254 and 255 found with `check` on their own reject entries, each with invented examples:

- claims: a correction counting a thing the cited paragraph counts with another figure
  (`three approaches` where it says two); another generation of kin (`great-grandfather`
  for a grandfather) and the claim's own relation given as the correction; a place in an
  order the author's explanation gives (`dropped from fourth to ninth`);
- counts: a count of another thing the article names, though it never counts it (`86
  teachers` for pupils), beside the synonyms of what was asked (`14 planes` for aircraft);
- lengths of time: a date typed beside one that the article never gives (`12 months, until
  June 30, 2025` where it says 2026);
- compounds written as one word or two (`groundfloor` for ground-floor, `west about` for
  westabout), where the answer's entries write it only one way;
- slips of words the synonyms' table reads as others (`liqour` for liquor, read as
  `alcohol`; `staf`, `executve`);
- choices: a figure with the key's unit in its own name (`97.4 megahertz` for 97.4 MHz);
- text: figures the cited paragraph gives, added beside the answer (`Lower Brennan, 41 km
  downstream`), though not by a choice of several nor a rejected entry;
- text: a name the article writes beside the answer, after a comma (`Mindelo, São Vicente`),
  says where it is: no second answer;
- text: a name followed by its own initials (`Premier Lotteries Ireland (PLI)`);
- text: a name two letters from an ordinal (`Foulah`, `fourth`) holds no figure;
- persons: a middle initial in another alphabet's capital (`Sigríður Á. Jónsdóttir`) ends no
  sentence, so two people sharing a surname stay two; a given name a letter from the
  surname (`Seo-yeon` of Yoon Seo-yeon) is the given name alone, no slip of the surname; a
  surname a letter or two out beside the person's own given name (`Dana Halverson`); a
  description in other forms of the article's words (`timber exporter` for `runs a timber
  export company`).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.grading.helpers import cited_question, graded_claim

from newsquiz.facts.article import sentences_of
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


_BANNED = (
    "Her cousin Rafael Ong, 26, a reserve who did not play in any of the three matches, "
    "was banned for a year for failing to report two approaches from the gang."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, he was a reserve who did not play", C),
        ("false, he failed to report approaches", C),
        ("false, he failed to report three approaches", X),  # the paragraph says two
        ("false, he was banned for not reporting 3 approaches", X),
    ],
)
def test_a_correction_counting_what_the_cited_paragraph_counts_otherwise(
    typed: str, expected: Outcome
) -> None:
    quote = "a reserve who did not play in any of the three matches"
    asked = "True or false: Rafael Ong played in one of the three matches."
    question = cited_question("claim", "false", asked, quote, _BANNED)
    assert grade(question, typed).outcome is expected


_SALE = "Her best sale was the filly's grandfather, a stallion called Black Duke."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, he was her grandfather", C),
        ("no, he was her grandfather", C),
        ("false, not her father but her grandfather", C),
        ("false, he was her great-grandfather", X),  # another generation
        ("false, he was her great grandfather", X),
        ("false, he was her father", X),  # the claim's own relation
        ("false, he was her uncle", X),
    ],
)
def test_a_correction_giving_another_relation(typed: str, expected: Outcome) -> None:
    claim = "True or false: Black Duke was the filly's father."
    assert graded_claim(claim, _SALE, typed, explain="Black Duke was her grandfather.") is (
        expected
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, they dropped to ninth", C),
        ("false, they fell from fourth to ninth", C),
        ("false, they dropped to seventh", X),
        ("false, they dropped to 7th place", X),
    ],
)
def test_a_correction_giving_a_place_the_explanation_does_not(
    typed: str, expected: Outcome
) -> None:
    claim = "True or false: after the penalty, the Harriers can still reach the playoffs."
    quote = "ending their hopes of reaching the playoffs"
    explain = "The penalty drops them from fourth to ninth, ending their hopes."
    assert graded_claim(claim, quote, typed, explain=explain) is expected


_DIRECTOR = "Sigríður Á. Jónsdóttir"
_GROWERS = (
    "Sigríður Á. Jónsdóttir, the managing director of the grower, said the tariff rose.",
    "Helga Jónsdóttir, who chairs the growers' association, said members were worried.",
)


@pytest.mark.parametrize(
    ("key", "quote", "typed", "expected"),
    [
        ("Helga Jónsdóttir", "Helga Jónsdóttir, who chairs", "Helga Jonsdottir", C),
        ("Helga Jónsdóttir", "Helga Jónsdóttir, who chairs", "Sigridur Jonsdottir", X),
        ("Helga Jónsdóttir", "Helga Jónsdóttir, who chairs", "Sigríður Jónsdóttir", X),
        (_DIRECTOR, f"{_DIRECTOR}, the managing", "Sigridur A. Jonsdottir", C),
        (_DIRECTOR, f"{_DIRECTOR}, the managing", "Helga Jonsdottir", X),
    ],
)
def test_a_middle_initial_in_any_alphabet_keeps_two_namesakes_apart(
    key: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question("person", key, "Who is it?", quote, *_GROWERS)
    assert grade(question, typed).outcome is expected


_POLISH = "The fine was 500 zloty. Łódź officials said it was fair. Ewa Ó. Nowak disagreed."


def test_a_sentence_may_open_with_any_alphabets_capital() -> None:
    from newsquiz.claims.sentences import split_sentences

    sentences = [
        "The fine was 500 zloty.",
        "Łódź officials said it was fair.",
        "Ewa Ó. Nowak disagreed.",
    ]
    assert sentences_of(_POLISH) == sentences
    assert [_POLISH[a:b] for a, b in split_sentences(_POLISH)] == sentences


_ABSENT = (
    "The head said 86 of the school's 1,240 pupils had been absent with fever.",
    '"The teachers were calling the parents one by one," he said.',
    "The airline leases 14 aircraft, and about 380 homes were left out of the flood scheme.",
)


@pytest.mark.parametrize(
    ("key", "asked", "quote", "typed", "expected"),
    [
        ("86", "How many of the pupils had been absent?", "86 of the school's", "86 pupils", C),
        ("86", "How many of the pupils had been absent?", "86 of the school's", "86", C),
        ("86", "How many of the pupils had been absent?", "86 of the school's", "86 children", C),
        # others the article names, though it never counts them
        ("86", "How many of the pupils had been absent?", "86 of the school's", "86 teachers", X),
        ("86", "How many of the pupils had been absent?", "86 of the school's", "86 parents", X),
        # words of one thing: the table of synonyms, and of things counted alike
        ("14", "How many aircraft does the airline lease?", "leases 14 aircraft", "14 planes", C),
        ("about 380", "How many homes were left out?", "about 380 homes", "roughly 380 houses", C),
    ],
)
def test_a_count_of_another_thing_the_article_names(
    key: str, asked: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question("number", key, asked, quote, *_ABSENT)
    assert grade(question, typed).outcome is expected


_QUOTA = (
    "The quota took effect on July 1 and will run for 12 months, until June 30, 2026.",
    "The hearing lasted two days, on January 28 and 29.",
)


@pytest.mark.parametrize(
    ("key", "quote", "typed", "expected"),
    [
        ("12 months", "run for 12 months", "12 months", C),
        ("12 months", "run for 12 months", "12 months, until June 30, 2026", C),
        ("12 months", "run for 12 months", "a year from July 1", C),
        ("12 months", "run for 12 months", "12 months, until June 30", C),
        ("12 months", "run for 12 months", "12 months, until June 30, 2025", X),  # its year
        ("12 months", "run for 12 months", "a year from August 1", X),  # no such day
        ("two days", "lasted two days", "two days, 28 and 29 January", C),  # `28 and 29`
        ("two days", "lasted two days", "two days, 28 and 30 January", X),
    ],
)
def test_a_date_typed_beside_a_length_of_time_is_the_articles(
    key: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question("duration", key, "For how long?", quote, *_QUOTA)
    assert grade(question, typed).outcome is expected


_GALLERY = "Yoon Seo-yeon, director of the Hangang Gallery in Seoul, said she was disappointed."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Yoon Seo-yeon", C),
        ("Yoon", C),
        ("Ms Yoon", C),
        ("Seo-yeon Yoon", C),
        ("Yon", C),  # a slip of the surname
        ("Seo-yeon", X),  # the given name alone, though `yeon` is a letter from `yoon`
        ("Seoyeon", X),
    ],
)
@pytest.mark.parametrize("accept", [(), ("Ms Yoon", "Yoon")])
def test_a_given_name_near_the_surname_is_no_slip_of_it(
    typed: str, expected: Outcome, accept: tuple[str, ...]
) -> None:
    # An accepted form without the given name still knows the person's (`Ms Yoon`).
    quote = "Yoon Seo-yeon, director of the Hangang Gallery"
    asked = "Who directs the Hangang Gallery?"
    question = cited_question("person", "Yoon Seo-yeon", asked, quote, _GALLERY, accept=accept)
    assert grade(question, typed).outcome is expected


_TOWN = "The station broadcasts from the town of Médina Yoro Foulah in Kolda region."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Médina Yoro Foulah", C),
        ("Medina Yoro Foulha", C),  # a slip of a name, though `foulah` is two from `fourth`
        ("Medina Yoro", X),
    ],
)
def test_a_name_two_letters_from_an_ordinal_is_no_figure(typed: str, expected: Outcome) -> None:
    asked = "From which town does the station broadcast?"
    question = cited_question("text", "Médina Yoro Foulah", asked, "the town of Médina", _TOWN)
    assert grade(question, typed).outcome is expected


_STATION = "The station, which broadcasts on 97.4 MHz, reaches about 40 km."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("97.4 MHz", C),
        ("97.4 megahertz", C),  # the key's unit in its own name
        ("b", C),
        ("94.7 megahertz", X),
        ("97.4 kilohertz", X),
    ],
)
def test_a_choice_picked_by_its_figure_in_the_units_name(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "choice",
        "97.4 MHz",
        "On what frequency does the station broadcast?",
        "broadcasts on 97.4 MHz",
        _STATION,
        choices=("94.7 MHz", "97.4 MHz", "99.1 MHz"),
    )
    assert grade(question, typed).outcome is expected


_GLASS = (
    "The fire started in a ground-floor warehouse. The furnace melts sand, soda ash and "
    "limestone, and the yacht sailed westabout; about 14 per cent of the traffic is lorries."
)


@pytest.mark.parametrize(
    ("kind", "key", "quote", "typed", "expected"),
    [
        (
            "text",
            "a ground-floor warehouse",
            "a ground-floor warehouse",
            "a groundfloor warehouse",
            C,
        ),
        (
            "text",
            "a ground-floor warehouse",
            "a ground-floor warehouse",
            "a ground floor warehouse",
            C,
        ),
        (
            "text",
            "a ground-floor warehouse",
            "a ground-floor warehouse",
            "a first-floor warehouse",
            X,
        ),
        ("text", "westabout", "sailed westabout", "west about", C),
        ("text", "westabout", "sailed westabout", "west", X),
    ],
)
def test_a_compound_written_as_one_word_or_two(
    kind: str, key: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question(kind, key, "What?", quote, _GLASS)
    assert grade(question, typed).outcome is expected


def test_a_compound_in_a_list_and_a_rejected_entry_written_both_ways() -> None:
    materials = cited_question(
        "list",
        ("sand", "soda ash", "limestone"),
        "What does the furnace melt?",
        "sand, soda ash and limestone",
        _GLASS,
    )
    assert grade(materials, "sand, sodaash, limestone").outcome is C
    # The author writes `per cent` and `percent`: the rejected entry stays rejected.
    share = cited_question(
        "number",
        "about 14 per cent",
        "What share of the traffic is lorries?",
        "about 14 per cent of the traffic",
        _GLASS,
        accept=("14 percent",),
    )
    share = replace(share, reject=("14 per cent of cars",))
    assert grade(share, "14 per cent").outcome is C
    assert grade(share, "14 per cent of cars").outcome is X


_LANDING = (
    "The flight was diverted and landed at Brisbane Airport at 5:40 a.m. on Tuesday, and "
    "the passengers were taken to Lower Brennan, 41 km downstream."
)


@pytest.mark.parametrize(
    ("key", "quote", "typed", "expected"),
    [
        ("Brisbane Airport", "landed at Brisbane Airport", "Brisbane Airport at 5:40 a.m.", C),
        ("Brisbane Airport", "landed at Brisbane Airport", "Brisbane Airport at 6:40 a.m.", X),
        ("Lower Brennan", "taken to Lower Brennan", "Lower Brennan 41 km from the airport", C),
        ("Lower Brennan", "taken to Lower Brennan", "Lower Brennan 14 km from the airport", X),
        ("Lower Brennan", "taken to Lower Brennan", "Lower Brennan in 2019", X),  # a year
    ],
)
def test_a_text_answer_may_add_figures_its_paragraph_gives(
    key: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question("text", key, "Where?", quote, _LANDING)
    assert grade(question, typed).outcome is expected


def test_a_choice_and_a_rejected_entry_take_no_figure_of_the_paragraph() -> None:
    rank = "It is the country's third-largest brandy maker, ahead of the fourth-largest."
    choice = cited_question(
        "choice",
        "third-largest",
        "Where does it rank?",
        "third-largest brandy maker",
        rank,
        choices=("largest", "second-largest", "third-largest", "fourth-largest"),
    )
    assert grade(choice, "3rd largest").outcome is C  # picks one choice, not `largest` too
    wages = "Each worker will receive between six and twelve months' wages, the firm said."
    severance = cited_question(
        "text",
        "between six and twelve months' wages",
        "How much will each worker receive?",
        "between six and twelve months' wages",
        wages,
        accept=("6 to 12 months' wages",),
    )
    severance = replace(severance, reject=("six months' wages",))
    assert grade(severance, "6 to 12 months' wages").outcome is C
    assert grade(severance, "six months' wages").outcome is X


_TAXES = (
    "The budget raised taxes on fuel, liquor and land, and the staff faced compulsory arbitration."
)


def test_a_slip_of_a_word_the_synonyms_table_rewrites() -> None:
    taxed = cited_question(
        "list",
        ("fuel", "liquor", "land"),
        "What three things did the budget tax?",
        "fuel, liquor and land",
        _TAXES,
    )
    # `liquor` is read as `alcohol`: its slip must still meet it
    assert grade(taxed, "fuel, liqour, land").outcome is C
    assert grade(taxed, "fuel, alcohol, land").outcome is C
    assert grade(taxed, "fuel, lumber, land").outcome is X
    faced = cited_question(
        "text", "compulsory arbitration", "What?", "compulsory arbitration", _TAXES
    )
    assert grade(faced, "compulsary arbitration").outcome is C
    assert grade(faced, "voluntary arbitration").outcome is X


_FERRY = (
    "Speaking in Mindelo, on São Vicente island, where the company has its base, the chief "
    "executive said the ferries would sail again. Inspectors will be based in Bolgatanga, "
    "the Upper East regional capital."
)


@pytest.mark.parametrize(
    ("key", "quote", "typed", "expected"),
    [
        ("Mindelo", "Speaking in Mindelo", "Mindelo, São Vicente", C),
        ("Bolgatanga", "based in Bolgatanga", "Bolgatanga, Upper East", C),
        ("Bolgatanga", "based in Bolgatanga", "Bolgatanga, Mindelo", X),  # not beside it
        ("Mindelo", "Speaking in Mindelo", "Mindelo, Praia", X),
    ],
)
def test_a_name_the_article_writes_beside_the_answer_after_a_comma(
    key: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question("text", key, "Where?", quote, _FERRY)
    assert grade(question, typed).outcome is expected


_HEAD = (
    "Morag Sinclair, the head teacher, said the school would close. Her deputy, Hamish "
    "Sinclare, is no relation. Fahrudin Begić runs the café."
)


@pytest.mark.parametrize(
    ("key", "quote", "typed", "expected"),
    [
        ("Morag Sinclair", "Morag Sinclair, the head teacher", "Morag Sinclair", C),
        ("Fahrudin Begić", "Fahrudin Begić runs", "Fahrudin Begic", C),
        ("Fahrudin Begić", "Fahrudin Begić runs", "Fahrudin Begi", C),
        ("Fahrudin Begić", "Fahrudin Begić runs", "Fahrudin Begovic", X),  # another name
        ("Fahrudin Begić", "Fahrudin Begić runs", "Begovic", X),
        ("Morag Sinclair", "Morag Sinclair, the head teacher", "Morag Sinclare", X),  # his
        ("Morag Sinclair", "Morag Sinclair, the head teacher", "Morag Smith", X),
    ],
)
def test_a_surname_misspelt_beside_the_persons_own_given_name(
    key: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question("person", key, "Who?", quote, _HEAD)
    assert grade(question, typed).outcome is expected


def test_a_surname_two_letters_out_beside_the_given_name() -> None:
    article = ("Dana Halvorsen skipped the practice draw, the club said.",)
    question = cited_question(
        "person", "Dana Halvorsen", "Who?", "Dana Halvorsen skipped", *article
    )
    assert grade(question, "Dana Halverson").outcome is C
    assert grade(question, "Halverson").outcome is X  # the slip alone names nobody sure


def test_a_person_described_in_other_forms_of_the_articles_words() -> None:
    article = ("Tiit Kask, who runs a timber export company on the quay, turned two ships away.",)
    question = cited_question(
        "person", "Tiit Kask", "Who runs it?", "Tiit Kask, who runs", *article
    )
    assert grade(question, "Tiit Kask, timber exporter").outcome is C  # `export`
    assert grade(question, "Tiit Kask, a banker").outcome is X


def test_a_name_followed_by_its_own_initials() -> None:
    article = ("A spokeswoman for Premier Lotteries Ireland, which runs the draw, confirmed it.",)
    quote = "Premier Lotteries Ireland, which runs the draw"
    question = cited_question("text", "Premier Lotteries Ireland", "Who runs it?", quote, *article)
    assert grade(question, "Premier Lotteries Ireland (PLI)").outcome is C
    assert grade(question, "Premier Lotteries Ireland, PLI").outcome is C
    assert grade(question, "Premier Lotteries Ireland (PLC)").outcome is X  # other letters
