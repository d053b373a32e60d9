"""False claims that make sense on any article: a person only for a person, a place for a
place, a number of the same shape; never a garbled sentence. On small articles written
here, not the bundled ones."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.generate import ArticleFacts, false_candidates
from newsquiz.claims.people import article_people
from newsquiz.pack import load_pack

ARTICLE = """\
Harbour works to finish by spring
Council leader Jane Okafor said on Tuesday that the harbour works would finish by April 3, 2021.
"The new quay is a Better Idea than the old one," said engineer Tom Baxter of the Civic Renewal Party.
The Space Probe Orion team visited Lisbon and Porto in 2019, Okafor said.
The works employ 420 people and cost 6.5 million euros; the crane weighs 3.4 tonnes.
The first ship docked at 14:37 local time, roughly four weeks after the quay opened.
"""


def bank(write_pack: WritePack, questions: str, article: str = ARTICLE) -> ClaimBank:
    """The claims of a pack of `questions` (pack.yaml's own lines) over `article`."""
    yaml = (
        "format: newsquiz/1\nid: harbour\ntitle: Harbour\n"
        "article: {file: article.txt, published: 2021-03-01}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, article)))


def false_values(write_pack: WritePack, questions: str, article: str) -> list[list[str]]:
    """Each question's false values, in order."""
    return [
        [c.value for c in qc.false_claims]
        for qc in bank(write_pack, questions, article).by_question
    ]


def test_only_people_stand_for_people() -> None:
    paragraphs = ARTICLE.splitlines()
    names = ["Jane Okafor", "Tom Baxter", "Better Idea", "Civic Renewal Party", "Space Probe Orion"]
    assert article_people(paragraphs, names) == ["Jane Okafor", "Tom Baxter"]
    assert article_people(paragraphs, ["Council leader Jane Okafor"]) == ["Jane Okafor"]
    assert article_people(paragraphs, ["Though Okafor"]) == []
    district = ["The rooms in St James urged calm, Okafor said.", "St. James said nothing."]
    assert article_people(district, ["St James", "St. James", "San Marcos"]) == []


def test_a_person_is_swapped_for_a_person_only(write_pack: WritePack) -> None:
    claims = bank(
        write_pack,
        "  - id: leader\n    question: Who said the works would finish by spring?\n"
        "    answer: Jane Okafor\n    kind: person\n"
        "    cite: Council leader Jane Okafor said\n"
        # Not beside `Council leader`: the article makes Baxter an engineer, no leader.
        "    claim: '{answer} said the works would finish by spring.'\n",
    ).by_question[0]
    assert [c.value for c in claims.false_claims] == ["Tom Baxter"]


def test_a_place_never_becomes_a_person(write_pack: WritePack) -> None:
    claims = bank(
        write_pack,
        "  - id: cities\n    question: Which two cities did the team visit?\n"
        "    answer: [Lisbon, Porto]\n    cite: visited Lisbon and Porto\n",
    ).by_question[0]
    for claim in claims.false_claims:
        assert "Okafor" not in claim.value and "Baxter" not in claim.value


def test_numbers_keep_their_shape(write_pack: WritePack) -> None:
    numbers = bank(
        write_pack,
        "  - id: crane\n    question: How many tonnes does the crane weigh?\n    answer: '3.4'\n"
        "    kind: number\n    cite: the crane weighs 3.4 tonnes\n"
        "  - id: staff\n    question: How many people do the works employ?\n    answer: '420'\n"
        "    kind: number\n    cite: The works employ 420 people\n"
        "  - id: visit\n    question: In what year did the team visit Lisbon?\n"
        "    answer: '2019'\n    kind: number\n    cite: in 2019\n",
    )
    weight, staff, year = numbers.by_question
    # Neither 420 people nor the year 2019 is a believable weight of 3.4 tonnes.
    facts = ArticleFacts.of(numbers.pack.article)
    tried = [c.value for c in false_candidates(weight.question, facts)]
    assert tried and all("." in value for value in tried)
    staffed = [c.value for c in staff.false_claims]
    assert staffed and "2019" not in staffed
    # Neighbours and swapped digits, never ten times more or less: 4,200 staff is no slip.
    assert not {"4200", "4,200", "42"} & set(staffed)
    years = [float(c.value) for c in year.false_claims]
    assert years and all(2000 <= y <= 2030 for y in years)  # never 1019, 2109 or 20190


def test_a_clock_time_is_no_number_and_no_word_is_doubled(write_pack: WritePack) -> None:
    docked, weeks = bank(
        write_pack,
        "  - id: docked\n    question: At what time did the first ship dock?\n"
        "    answer: '14:37'\n    kind: text\n    cite: docked at 14:37 local time\n"
        "  - id: weeks\n    question: How long after the quay opened did the first ship dock?\n"
        "    answer: roughly four weeks\n    kind: duration\n    cite: roughly four weeks\n",
    ).by_question
    assert not [c for c in docked.false_claims if ":37" in c.value]
    for claim in weeks.false_claims:
        assert "roughly roughly" not in claim.sentence.lower()


def test_a_position_is_not_scaled_and_one_takes_no_plural(write_pack: WritePack) -> None:
    minute, times = bank(
        write_pack,
        "  - id: minute\n    question: In what minute did the first ship dock?\n"
        "    answer: '62'\n    kind: number\n    cite: docked at 14:37\n"
        "    claim: The first ship docked in minute {answer}.\n"
        "  - id: visits\n    question: How many cities did the team visit?\n"
        "    answer: two\n    kind: number\n    cite: visited Lisbon and Porto\n"
        "    claim: The team visited {answer} cities.\n",
    ).by_question
    assert minute.false_claims and "620" not in [c.value for c in minute.false_claims]
    assert not [c for c in times.false_claims if c.value in ("1", "one")]


def test_a_city_inside_a_persons_name_is_no_city() -> None:
    from newsquiz.claims.perturb import other_cities

    assert other_cities("Lloyd Austin") == []
    assert other_cities("in Austin")  # the city, in Texas


def test_a_man_never_stands_where_the_sentence_says_she() -> None:
    from newsquiz.claims.people import genders, slot_gender

    paragraphs = [
        "Mayor Ann Lutz said she would sign the order.",
        "Mr Karl Brandt said he would not.",
    ]
    assert genders(paragraphs, ["Ann Lutz", "Karl Brandt"]) == ["f", "m"]
    assert slot_gender("Mayor ", " said she would sign the order.") == "f"
    assert slot_gender("", " said Karl Brandt, and she left.") is None  # another's pronoun


def test_a_question_is_never_turned_into_a_garbled_statement() -> None:
    from newsquiz.claims.sentences import _garbled, _statement

    for question in ("Which publication is Jane Roe from", "What sentence has Roe been given"):
        frame = _statement(question.split())
        assert frame is None or _garbled(*frame)


TRIAL = """\
Former commissioner convicted
Former commissioner Dale Rourke, 58, was convicted on seven counts on Friday.
His co-defendant, contractor Gary Pennant, 63, was convicted on 5 counts.
Divers searched the river from a 24-foot boat for 12 days.
The new plant is 54 metres long and serves 40 towns.
Its tower is 61 metres tall.
"""


def trial_claims(write_pack: WritePack, question: str) -> list[str]:
    return false_values(write_pack, question, TRIAL)[0]


def test_an_age_is_swapped_for_another_age_never_a_length(write_pack: WritePack) -> None:
    values = trial_claims(
        write_pack,
        "  - id: age\n    question: How old is Dale Rourke?\n    answer: '58'\n"
        "    kind: number\n    cite: Dale Rourke, 58,\n",
    )
    assert "63" in values  # the other age the article gives
    assert not {"24", "54", "177", "40", "12", "5"} & set(values)


def test_a_measure_is_swapped_for_the_same_measure_only(write_pack: WritePack) -> None:
    values = trial_claims(
        write_pack,
        "  - id: length\n    question: How long is the new plant?\n    answer: 54 metres\n"
        "    kind: number\n    cite: 54 metres long\n",
    )
    assert "61 metres" in values  # the tower's height: another measure in metres
    assert not any(v.startswith(("24 ", "58 ", "63 ", "40 ", "12 ")) for v in values)


COURT = """\
Jury convicts contractor
U.S. District Judge Margaret Hollis set sentencing for May 2.
Assistant U.S. Attorney Daniel Ferris said the jury had seen through the paper trail.
Defense attorney Ann Lowe said her client would appeal.
Judge Paul Reyes had heard the first trial in 2019, when Attorney General Rosa Kent brought the case.
"""


def test_the_court_s_three_sides_never_stand_for_each_other(write_pack: WritePack) -> None:
    question = (
        "  - id: judge\n    question: Who set the sentencing date?\n"
        "    answer: Margaret Hollis\n    kind: person\n"
        "    cite: U.S. District Judge Margaret Hollis set sentencing\n"
    )
    assert false_values(write_pack, question, COURT) == [["Paul Reyes"]]


VACCINE = """\
Vaccine trial ends
Each dose costs $3.80 a dose to make, the institute said.
A full course of four doses costs $15.20, and the trial itself cost $27 million.
A charity paid $6.5 million towards the trial.
"""


def test_a_price_per_item_never_stands_for_a_total(write_pack: WritePack) -> None:
    questions = (
        "  - id: course\n    question: How much does a full course cost?\n"
        "    answer: $15.20\n    kind: money\n    cite: costs $15.20\n"
        "  - id: dose\n    question: How much does one dose cost?\n"
        "    answer: $3.80\n    kind: money\n    cite: $3.80 a dose\n"
    )
    course, dose = false_values(write_pack, questions, VACCINE)
    assert course and "$3.80" not in course  # the price of one dose is no course's price
    assert dose and "$15.20" not in dose


PORT = """\
Port strike ends
Kim Hye-won, the president of the port authority, said the port would reopen on Monday.
Han Ji-hoon, a senior researcher at the maritime institute, said losses were large.
Lee Min-ho, the chairman of the shipping association, said ships had waited for days.
"""


def test_a_person_the_article_calls_something_else_never_holds_the_post(
    write_pack: WritePack,
) -> None:
    question = (
        "  - id: chief\n    question: Who is the president of the port authority?\n"
        "    answer: Kim Hye-won\n    kind: person\n"
        "    cite: Kim Hye-won, the president of the port authority\n"
    )
    # Nor does the chairman of the shipping association: the article gives him a post of
    # his own, in another body (the board's commissioner as a clinic's medical director was
    # judged a person of another role, held-out 17b #19).
    assert false_values(write_pack, question, PORT) == [[]]


FLOODS = """\
Floods in the north
The floods have killed at least 64 people, and 23 are missing, officials said.
Up to 40 villages are cut off.
"""


def test_a_figure_under_a_bound_is_changed_only_where_the_claim_turns_false(
    write_pack: WritePack,
) -> None:
    questions = (
        "  - id: dead\n    question: How many people have the floods killed?\n"
        "    answer: '64'\n    kind: number\n    cite: killed at least 64 people\n"
        "  - id: villages\n    question: How many villages are cut off?\n"
        "    answer: '40'\n    kind: number\n    cite: Up to 40 villages\n"
    )
    dead, villages = false_values(write_pack, questions, FLOODS)
    assert dead and all(int(v) > 64 for v in dead)  # "at least 23 died" would be true
    assert villages and all(int(v) < 40 for v in villages)  # and so would "up to 50"


MISSION = """\
Lander touches down
ISRO project director Kavitha Iyer said the lander was healthy.
Dr. Rebecca Holloway of NASA said the landing site was well chosen.
Anil Rao, an ISRO engineer, said the rover would roll out on Friday.
"""


def test_a_person_of_another_body_never_holds_its_post(write_pack: WritePack) -> None:
    question = (
        "  - id: director\n    question: Who is ISRO's project director?\n"
        "    answer: Kavitha Iyer\n    kind: person\n"
        "    cite: ISRO project director Kavitha Iyer\n"
    )
    (values,) = false_values(write_pack, question, MISSION)
    assert "Rebecca Holloway" not in values and "Anil Rao" in values


AGENCY = """\
Typhoon warning raised
The Philippine Weather and Climate Administration (PWCA) raised Signal No. 4 on Friday.
The Department of Agriculture (DA) said crops worth 2 billion pesos were lost.
"""


def test_a_bracket_restating_a_name_is_never_changed_alone(write_pack: WritePack) -> None:
    question = (
        "  - id: agency\n    question: Which agency raised Signal No. 4?\n"
        "    answer: PWCA\n    kind: choice\n    choices: [PWCA, Department of Agriculture]\n"
        "    cite: The Philippine Weather and Climate Administration (PWCA) raised\n"
    )
    for qc in bank(write_pack, question, AGENCY).by_question:
        assert not any("(Department" in c.sentence or "(DA)" in c.sentence for c in qc.claims)


HARVEST = """\
Harvest falls short
Martín Ruiz, the agriculture secretary, announced the figures in Buenos Aires on Monday.
Héctor Mendoza, a farmer, lost half his crop near Pergamino.
"We will need help," Ruiz said.
Mendoza said the rain came too late.
"""


def test_nobody_takes_a_post_the_article_says_nothing_to_join_them_to(
    write_pack: WritePack,
) -> None:
    questions = (
        "  - id: secretary\n    question: Who announced the figures?\n"
        "    answer: Martín Ruiz\n    kind: person\n"
        "    cite: Martín Ruiz, the agriculture secretary, announced the figures\n"
        "  - id: speaker\n    question: Who said the rain came too late?\n"
        "    answer: Héctor Mendoza\n    kind: person\n"
        "    cite: Mendoza said the rain came too late\n"
    )
    secretary, speaker = false_values(write_pack, questions, HARVEST)
    assert "Héctor Mendoza" not in secretary  # a farmer is no agriculture secretary
    assert speaker  # but anyone could have said the rain came too late


def test_the_tail_of_a_bodys_name_is_no_person() -> None:
    paragraphs = [
        "Economist Rosa Vidal, 47, of the Littoral Centre for Agrarian Econometrics (LCAE), "
        "said so.",
        "The paper appeared in the Journal of Andean Rodent Palaeobiology. Palaeobiology, "
        "its editor said, is young.",
        "Vidal said the Institute of Rosa Vidal was not hers.",
    ]
    names = ["Rosa Vidal", "Agrarian Econometrics", "Andean Rodent Palaeobiology"]
    assert article_people(paragraphs, names) == ["Rosa Vidal"]


def test_an_exact_figure_never_follows_nearly(write_pack: WritePack) -> None:
    article = (
        "Jury meets late\n"
        "The jury met for nearly nine hours on Friday. The film runs 148 minutes and the "
        "ovation lasted 12 minutes.\n"
    )
    (met,) = bank(
        write_pack,
        "  - id: met\n    question: How long did the jury meet?\n    answer: nine hours\n"
        "    kind: duration\n    cite: nearly nine hours\n"
        "    claim: The jury met for nearly {answer} on Friday.\n",
        article,
    ).by_question
    values = [c.value for c in met.false_claims]
    assert values and "148 minutes" not in values


def test_a_country_is_never_swapped_inside_a_post(write_pack: WritePack) -> None:
    article = (
        "Festival closes\n"
        "Alessia Neri, Italy's undersecretary for culture, said the government would keep its "
        "support. France and Spain sent films.\n"
    )
    (post,) = bank(
        write_pack,
        "  - id: post\n    question: What is Alessia Neri's post?\n"
        "    answer: Italy's undersecretary for culture\n    kind: text\n"
        "    cite: Italy's undersecretary for culture\n"
        "    claim: Alessia Neri is {answer}.\n",
        article,
    ).by_question
    assert not [c for c in post.false_claims if "France's" in c.value or "Spain's" in c.value]


def test_two_words_before_the_value_are_not_doubled(write_pack: WritePack) -> None:
    (votes,) = bank(
        write_pack,
        "  - id: votes\n    question: How many valid votes were counted?\n"
        "    answer: just over 18.2 million\n    kind: number\n"
        "    cite: just over 18.2 million valid votes\n"
        "    claim: Just over {answer} valid votes were counted.\n",
        "Runoff count ends\nElection officials said just over 18.2 million valid votes were "
        "counted, against 17.9 million in the first round and 16.4 million in 2019.\n",
    ).by_question
    # A mangled claim is worse than none: the question may go unplayed instead.
    assert votes.false_claims or "reads well" in (votes.problem or "")
    for claim in votes.false_claims:
        assert "just over just over" not in claim.sentence.lower()


def test_a_country_that_begins_a_name_or_ends_a_region_is_not_swapped() -> None:
    from newsquiz.claims.generate import ArticleFacts, _country_candidates

    facts = ArticleFacts((), (), ())
    assert _country_candidates("the Moldova Regional Children's Hospital", facts) == []
    assert _country_candidates("North Iceland", facts) == []
    assert _country_candidates("Southern Chile", facts) == []
    assert _country_candidates("the border with Moldova", facts)  # a country alone still is
    # Nor one that ends a body's name (`Renters' Voice France` was swapped in for the
    # tenants' group of a Dublin article): the rest of the name says which body it is.
    assert _country_candidates("Renters' Voice Ireland", facts) == []
    assert _country_candidates("Tennis Australia", facts) == []
    assert _country_candidates("firms in Ireland", facts)
    assert _country_candidates("Ireland", facts)


def test_a_country_whose_body_a_post_serves_is_not_swapped() -> None:
    """'Additional Secretary in Japan's Ministry of Power' for India's negotiator, who speaks
    for Indian consumers: the post is of the body, the body of the country."""
    from newsquiz.claims.generate import ArticleFacts, _country_candidates

    facts = ArticleFacts((), (), ())
    assert _country_candidates("Deputy Director in Brazil's Ministry of Mines", facts) == []
    assert _country_candidates("a counsellor at the embassy of Peru", facts) == []
    assert _country_candidates("Chile's mining ministry", facts) == []
    assert _country_candidates("the deputy director of the museum in Chile", facts)  # a place
    assert _country_candidates("exports to Brazil's ports", facts)  # no post: a place still
