"""Classes of false rejects and accepts the sixty-sixth and sixty-seventh groups showed after
their first runs, fixed in general; each with invented examples both ways."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Sept. 2019", C),
        ("Sep 2019", C),
        ("09/2019", C),
        ("9/2019", C),
        ("in sept 2019", C),
        ("08/2019", X),
        ("Sept. 2018", X),
        ("Oct 2019", X),
        ("13/2019", X),
    ],
)
def test_a_month_and_year_written_short(typed: str, expected: Outcome) -> None:
    quote = "The ferry line opened in September 2019 after two years of delays."
    outcome = graded("date", "September 2019", "When did the ferry line open?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12 members", C),
        ("12 board members", C),
        ("12", C),
        ("12 abstentions", X),
        ("5 members", X),
    ],
)
def test_a_count_in_the_noun_the_question_counts(typed: str, expected: Outcome) -> None:
    # The article counts votes and abstentions; the question counts members.
    quote = "The merger passed by 12 votes to 5, with two abstentions."
    outcome = graded("number", "12", "How many board members voted for the merger?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("12 boxes", C), ("12 ballot boxes", C), ("12 ballots", X)]
)
def test_a_word_that_qualifies_what_is_counted_is_not_counted(
    typed: str, expected: Outcome
) -> None:
    quote = "Twelve ballot boxes holding 3,000 ballots were recounted."
    outcome = graded("number", "12", "How many ballot boxes were recounted?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2,400 l", C), ("2400 L", C), ("2,400 litres", C), ("2,400 ml", X), ("2,400 kg", X)],
)
def test_a_lone_l_after_a_figure_is_litres_where_the_article_counts_litres(
    typed: str, expected: Outcome
) -> None:
    quote = "Each tanker carries 2,400 litres of drinking water."
    outcome = graded("number", "2,400 litres", "How much water does a tanker carry?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("36 km²", C),
        ("36 km2", C),
        ("36 sq km", C),
        ("36 km", X),
        ("36 m²", X),
        ("36 km² or 40 km²", X),
    ],
)
def test_squared_units_written_with_a_power(typed: str, expected: Outcome) -> None:
    quote = "The fire burned 36 square kilometres of pine forest."
    outcome = graded("number", "36 square kilometres", "How much forest burned?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("€9.80/m²", C), ("9.80 euros per m2", C), ("€9.80 per m³", X), ("€9.80 per minute", X)],
)
def test_a_price_per_square_metre_written_with_a_power(typed: str, expected: Outcome) -> None:
    quote = "Office space now lets for €9.80 per square metre a month."
    outcome = graded(
        "money",
        "€9.80 per square metre",
        "What does office space let for, per square metre?",
        quote,
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        ("What level, in micrograms per cubic metre, triggers an alert?", "80 µg/m³", C),
        ("What level, in micrograms per cubic metre, triggers an alert?", "80 mg/m³", X),
        ("What level triggers an alert?", "80 kg", X),
    ],
)
def test_a_unit_the_question_asks_the_figure_in(
    question: str, typed: str, expected: Outcome
) -> None:
    quote = "An alert is declared when the level reaches 80."
    assert graded("number", "80", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("100 metres", C),
        ("at least 100 metres", C),
        ("a minimum of 100 metres", C),
        ("more than 100 metres", X),
        ("at most 100 metres", X),
    ],
)
def test_a_bound_the_quote_sets_and_the_key_leaves_out(typed: str, expected: Outcome) -> None:
    quote = "Drones must stay at least 100 metres from the runway."
    outcome = graded("number", "100 metres", "How far must drones stay from it?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("quote", "typed", "expected"),
    [
        ("The grant will be spread over eight years.", "more than eight years", X),
        ("The crew had worked on it over nearly eight years.", "more than eight years", X),
        ("The grant will be spread over eight years.", "eight years", C),
    ],
)
def test_a_period_spent_over_sets_no_floor(quote: str, typed: str, expected: Outcome) -> None:
    outcome = graded("duration", "eight years", "Over how long?", quote, typed)
    assert outcome is expected


HANOI = (
    '"The air is dangerous," said Nguyen Van Thanh, 54, the city\'s vice chairman.',
    "Thanh said the ban would start in July.",
    "Dr. Nguyen Thu Ha, 51, a lung doctor, said admissions rose. Dr. Ha said children suffer.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Nguyen Van Thanh", C), ("Thanh", C), ("Nguyen", X), ("Ha", X), ("Nguyen Van", X)],
)
def test_a_family_name_written_first_that_two_people_bear(typed: str, expected: Outcome) -> None:
    # The article calls its two Nguyens by their given names: `Nguyen` alone names neither.
    outcome = graded(
        "person",
        "Nguyen Van Thanh",
        "Who is the vice chairman?",
        HANOI[0],
        typed,
        accept=("Thanh",),
        article=HANOI,
    )
    assert outcome is expected


def test_a_given_name_that_is_another_persons_surname_does_not_share_it() -> None:
    # `Jackson` of Jackson Reid is his given name, not a family name written first.
    article = (
        "The coach, Peter Jackson, 47, said the side was ready.",
        "Its captain, Jackson Reid, scored twice.",
    )
    outcome = graded(
        "person", "Peter Jackson", "Who is the coach?", article[0], "Jackson", article=article
    )
    assert outcome is C
