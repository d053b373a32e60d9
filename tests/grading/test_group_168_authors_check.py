"""Grader faults the hundred-and-sixty-sixth to sixty-ninth groups' misses and authors'
`check` showed, fixed in general; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.facts.units import unit_at
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

MARKETS = ("On Friday the peso was trading at about 18.20 to the US dollar in Mexico City.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("18.20", C),
        ("18.20 to the dollar", C),
        ("18.2 per US dollar", C),
        ("18.20 to the euro", X),
        ("18.20 against the pound", X),
        ("18.20 per yen", X),
    ],
)
def test_a_rate_of_exchange_is_given_against_one_currency(typed: str, expected: Outcome) -> None:
    question = "At about what level was the peso trading against the US dollar on Friday?"
    assert graded("number", "18.20", question, MARKETS[0], typed) is expected


def test_us_alone_is_no_gallon() -> None:
    """`US` before a word is the country; only `US gallons` is the unit."""
    assert unit_at(["us", "dollar"], 0) is None
    assert unit_at(["us", "gallons"], 0) is not None
    assert unit_at(["cubic", "feet"], 0) is not None
    assert unit_at(["cubic", "zirconia"], 0) is None


WORKS = (
    "Rail Wales, the agency that ordered the trains, said the line cost £90 million.",
    "The Welsh Government paid £60 million and the councils paid the rest.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rail Wales", C),
        ("the Welsh Government", X),
        ("Welsh Government", X),
    ],
)
def test_another_name_of_the_article_is_no_slip_of_the_chosen_one(
    typed: str, expected: Outcome
) -> None:
    """`Welsh Government` is close to `Rail Wales` by its letters, but the article names
    it as another body."""
    q = "Which body ordered the trains?"
    choices = ("the councils", "Rail Wales", "the Treasury")
    outcome = graded("choice", "Rail Wales", q, WORKS[0], typed, choices=choices, article=WORKS)
    assert outcome is expected


COURTS = (
    "An appeal would go to the High Court of Review in Northbay.",
    "A similar case went to the Federal High Court in 2019.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the High Court of Review", C),
        ("High Court of Review", C),
        ("the High Court", X),
        ("High Court", X),
    ],
)
def test_part_of_the_key_that_is_another_name_of_the_article_is_that_one_with_or_without_the(
    typed: str, expected: Outcome
) -> None:
    q = "Which court would review the case on appeal?"
    key = "the High Court of Review"
    assert graded("text", key, q, COURTS[0], typed, article=COURTS) is expected


RESERVE = (
    "The bird was first seen by Dr Leo Brandt, an entomologist with the university.",
    '"It is a remarkable find," Dr Brandt said.',
    "The reserve's warden, Mia Brandt, who is no relation of the entomologist, closed the path.",
    "By Sunday some 600 people had come to see the bird.",
    "Cars lined the lanes for a mile and the village shop ran out of bread.",
    '"We have to protect the meadow," Brandt said.',
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Mia Brandt", "Brandt", X),
        ("Leo Brandt", "Brandt", X),
        ("Leo Brandt", "Dr Brandt", C),
    ],
)
def test_a_surname_alone_is_not_the_bearer_the_article_always_titles(
    key: str, typed: str, expected: Outcome
) -> None:
    """The article sets the warden apart as no relation, but always calls the entomologist
    `Dr Brandt`: the untitled `Brandt said` is the warden."""
    question = (
        "Who said the meadow had to be protected?"
        if key.startswith("Mia")
        else ("Who first saw the bird?")
    )
    assert graded("person", key, question, RESERVE[0], typed, article=RESERVE) is expected


RACE = (
    "The old record was set by Kenya's Peter Moyo in 2018. Samuel Moyo, no relation, finished "
    "second behind Ali Hassan, with Tom Reid third.",
    "The start was moved to the beach because of erosion.",
    "Crowds lined the promenade for the first time since 2019.",
    "By the last mile Hassan led Moyo by 20 seconds.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Hassan, Moyo, Reid", C),
        ("Hassan, Samuel Moyo and Reid", C),
        ("Hassan, Peter Moyo and Reid", X),
    ],
)
def test_an_accepted_bare_surname_is_the_bearer_the_answer_names_whoever_else_owns_it(
    typed: str, expected: Outcome
) -> None:
    key = ("Ali Hassan", "Samuel Moyo", "Tom Reid")
    question = "Who were the first three?"
    outcome = graded(
        "list", key, question, RACE[0], typed, accept=(("Hassan", "Moyo", "Reid"),), article=RACE
    )
    assert outcome is expected


PARKING = (
    "About 900 people walked to the hide on Saturday.",
    "On Sunday about 1,300 cars were parked along the lanes around the village.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1,300", C),
        ("1,300 cars", C),
        ("1,300 vehicles", C),
        ("1,300 people", X),
    ],
)
def test_people_are_no_count_of_cars(typed: str, expected: Outcome) -> None:
    question = "About how many cars were parked around the village on Sunday?"
    assert graded("number", "1,300", question, PARKING[1], typed, article=PARKING) is expected


HARBOUR = (
    "The grant will pay for rebuilding the north pier of the harbour at Santa Ana.",
    "The south pier is to be dredged later.",
    "On Tuesday the minister flew to Isla Verde, 90 kilometres to the north-east.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the north pier", C),
        ("north", C),
        ("the north-east pier", X),
        ("the north east pier", X),
        ("the south pier", X),
    ],
)
def test_two_compass_words_the_article_writes_together_are_a_direction_not_a_name(
    typed: str, expected: Outcome
) -> None:
    """The article's `to the north-east` is no name, so `north-east pier` is another pier."""
    question = "Which pier of the harbour will the grant rebuild?"
    outcome = graded(
        "text", "the north pier", question, HARBOUR[0], typed, accept=("north",), article=HARBOUR
    )
    assert outcome is expected


ISLAND = ("The island at present gets 88 percent of its electricity from diesel generators.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("88 percent", C),
        ("88% from diesel", C),
        ("88 percent from diesel generators", C),
        ("88 percent from solar", X),
        ("88 percent from the wind", X),
    ],
)
def test_a_share_typed_from_another_source_is_another_fact(typed: str, expected: Outcome) -> None:
    question = "What share of the island's electricity comes from diesel generators?"
    assert graded("number", "88 percent", question, ISLAND[0], typed) is expected


RUN = (
    "The winner crossed the line in 2:07:12.",
    "Jonas Berg finished second in 2:08:40, also inside the old record of 2:09:05.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, he ran 2:08:40", C),
        ("true, 2:08:40 against 2:09:05", C),
        ("true, he ran 2:08:10", X),
    ],
)
def test_a_race_time_the_article_never_gives_is_another_time(typed: str, expected: Outcome) -> None:
    claim = "True or false: the runner-up also ran inside the old record."
    outcome = graded_claim(claim, RUN[1], typed, key="true", article=RUN)
    assert outcome is expected


LEVY = ("The levy would add 0.7 percent to property tax bills each year.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0.7 percent", C),
        ("point seven percent", C),
        ("7 percent", X),
        ("seven percent", X),
    ],
)
def test_point_seven_said_without_its_nought_is_a_decimal(typed: str, expected: Outcome) -> None:
    """An accepted `point seven percent` was read as 7 percent, and took `7 percent`."""
    question = "By what percentage would the levy add to property tax bills each year?"
    outcome = graded(
        "number", "0.7 percent", question, LEVY[0], typed, accept=("point seven percent",)
    )
    assert outcome is expected


CARDS = ("The referee showed six yellow cards during the match.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6", C),
        ("six yellow cards", C),
        ("6 cards", C),
        ("6 red cards", X),
    ],
)
def test_the_thing_counted_with_another_word_before_it_is_another_count(
    typed: str, expected: Outcome
) -> None:
    question = "How many yellow cards did the referee show?"
    assert graded("number", "6", question, CARDS[0], typed) is expected


CUP = (
    "The last kick was taken by Owen Rees, 20, the nephew of the visitors' manager Huw Rees.",
    "The visitors' goalkeeper was Tom Lloyd.",
    "Rees said he was proud of his players and of his nephew.",
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Huw Rees", "Rees", X),
        ("Owen Rees", "Rees", X),
    ],
)
def test_the_surname_alone_beside_the_kin_the_article_gives_names_neither(
    key: str, typed: str, expected: Outcome
) -> None:
    question = "Who said he was proud of his players?"
    assert graded("person", key, question, CUP[2], typed, article=CUP) is expected


COTTAGE = ("The stone fell through the roof of a cottage on Mill Street late on Monday.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Mill Street", C),
        ("Mill St", C),
        ("mill street", C),
        ("Mill Lane", X),
        ("Mill Road", X),
    ],
)
def test_another_kind_of_street_is_another_street(typed: str, expected: Outcome) -> None:
    question = "On which street is the cottage that was hit?"
    assert graded("text", "Mill Street", question, COTTAGE[0], typed) is expected


COUNTERS = (
    "Counter transactions at the bank had fallen 58 percent since 2017.",
    "Branches nationwide fell from 1,150 in 2012 to about 800 last year.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("58 percent", C),
        ("58% since 2017", C),
        ("58 percent since 2012", X),
    ],
)
def test_a_figure_tied_to_another_year_than_the_questions_is_another_fact(
    typed: str, expected: Outcome
) -> None:
    question = "By what percentage had counter transactions fallen since 2017?"
    outcome = graded("number", "58 percent", question, COUNTERS[0], typed, article=COUNTERS)
    assert outcome is expected


BALE = (
    "The bale sold for NZ$388 a kilogram on Thursday.",
    "The bale fetched NZ$36,472 in total.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("NZ$36,472", C),
        ("NZ$36,472 in total", C),
        ("NZ$36,472 a kilogram", X),
        ("NZ$36,472 per kg", X),
    ],
)
def test_a_total_typed_as_an_amount_per_unit_is_another_fact(typed: str, expected: Outcome) -> None:
    question = "How much did the bale fetch in total?"
    assert graded("money", "NZ$36,472", question, BALE[1], typed, article=BALE) is expected


ISLAND_TOWN = (
    "Patients from Gozo are treated at the general hospital in Victoria, the island's capital.",
    "Malta's health ministry said the waiting lists would be published.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Victoria", C),
        ("Victoria, Gozo", C),
        ("Victoria, Malta", C),
        ("Victoria, Australia", X),
    ],
)
def test_a_place_of_the_tables_is_read_in_the_countries_the_article_names(
    typed: str, expected: Outcome
) -> None:
    """The tables' Victoria is an Australian state; an article on Malta means its own."""
    question = "In which town is Gozo's general hospital?"
    outcome = graded("text", "Victoria", question, ISLAND_TOWN[0], typed, article=ISLAND_TOWN)
    assert outcome is expected


DAM = (
    "Olav Lien, the anglers' association chairman, called the decision a betrayal.",
    "Kari Lien, a niece of the association's chairman, said the review clause was welcome.",
    "The ministry said the flow would be checked every summer.",
    "Lien told the crowd the association would go to court.",
)


@pytest.mark.parametrize(
    ("key", "expected"),
    [("Olav Lien", X), ("Kari Lien", X)],
)
def test_the_surname_alone_is_not_the_bearer_set_out_as_anothers_kin(
    key: str, expected: Outcome
) -> None:
    question = "Who told the crowd the association would go to court?"
    assert graded("person", key, question, DAM[3], "Lien", article=DAM) is expected


PARK = ("International visitors now pay US$35 a day, and Zambian citizens K45.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("US$35", C),
        ("$35", C),
        ("K35", X),
        ("K 35", X),
    ],
)
def test_a_one_letter_sign_of_another_currency_is_another_amount(
    typed: str, expected: Outcome
) -> None:
    """`K` is kwacha, kina or kyat; whichever it is, it is not the US dollar."""
    question = "What daily fee do international visitors now pay?"
    assert graded("money", "US$35", question, PARK[0], typed) is expected


DEFECT = ("The defect was graded category B when it was first logged in 2021.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("category B", C),
        ("Category b", C),
        ("category A", X),
        ("category C", X),
    ],
)
def test_a_grade_of_one_letter_is_no_slip_of_another(typed: str, expected: Outcome) -> None:
    """`category A` was read as `categoryB` written apart, one letter short."""
    question = "What grade was the defect given when it was first logged?"
    assert graded("text", "category B", question, DEFECT[0], typed) is expected
