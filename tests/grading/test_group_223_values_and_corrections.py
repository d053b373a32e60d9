"""Grader faults the two-hundred-and-twenty-third and fourth groups' misses showed, fixed in
general after they were measured; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
P = Outcome.PARTIAL


def _graded(kind: str, key: str, question: str, paragraph: str, quote: str, typed: str) -> Outcome:
    made = make_question(
        kind,
        key,
        question=question,
        citations=(cite(quote, paragraph),),
        article=(paragraph,),
    )
    return grade(made, typed).outcome


WAGE = "Trainee rangers at the reserve are paid NZ$26.40 an hour, and senior rangers NZ$41."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("NZ$26.40 an hour", C),
        ("NZ$26.40/hr", C),  # `hr` is an hour
        ("$26.40 per hr", C),
        ("NZ$26.40/yr", X),  # another period
        ("NZ$26.40 a day", X),
    ],
)
def test_a_rate_abbreviated_is_the_same_period(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "money",
        "NZ$26.40 an hour",
        "How much are trainee rangers paid?",
        WAGE,
        "Trainee rangers at the reserve are paid NZ$26.40 an hour",
        typed,
    )
    assert outcome is expected


LEASE = "The council agreed to keep the kiosk open for a further three years under the old lease."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("three more years", C),
        ("3 additional years", C),
        ("three extra years", C),
        ("another three years", C),
        ("four more years", X),
        ("three more months", X),
    ],
)
def test_more_between_a_count_and_its_unit_of_time(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "duration",
        "three years",
        "For how long will the kiosk stay open under the old lease?",
        LEASE,
        "keep the kiosk open for a further three years",
        typed,
    )
    assert outcome is expected


COURSE = "Cadets will spend six weeks of each year at the naval college in Dartmouth."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("six weeks", C),
        ("six weeks a year", C),  # the period the article gives it per
        ("6 weeks per year", C),
        ("six weeks each year", C),
        ("six weeks in total", X),  # a total where the article gives it each year
        ("six weeks altogether", X),
        ("six weeks a month", X),  # another period
        ("seven weeks a year", X),
    ],
)
def test_a_length_of_time_given_per_period(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "duration",
        "six weeks",
        "How much of each year will cadets spend at the naval college?",
        COURSE,
        "Cadets will spend six weeks of each year at the naval college",
        typed,
    )
    assert outcome is expected


PRACTICE = "She trained for three hours a day, five days a week, all winter."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("three hours a day", C), ("three hours a week", X)],  # the week is the days' period
)
def test_the_period_is_the_one_written_after_the_key(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "duration", "three hours", "For how long each day did she train?", PRACTICE, PRACTICE, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("a decade", C), ("ten years", C), ("half a decade", X)],
)
def test_a_length_of_time_alone_is_no_period(typed: str, expected: Outcome) -> None:
    # `a decade` is a length of time, not `per decade`
    paragraph = "The judge said the offence carries a maximum term of ten years."
    outcome = _graded(
        "duration",
        "ten years",
        "What is the longest term the offence carries?",
        paragraph,
        "a maximum term of ten years",
        typed,
    )
    assert outcome is expected


VOTES = (
    "The recount found 9 votes that had not been included in the first count, "
    "which gave the seat to the challenger."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9 uncounted votes", C),  # a word the article never uses qualifies the votes
        ("9 overlooked votes", C),
        ("9 misplaced votes", C),
        ("9 votes", C),
        ("9 ballots", C),
    ],
)
def test_a_qualifier_the_article_never_uses_before_what_is_counted(
    typed: str, expected: Outcome
) -> None:
    outcome = _graded(
        "number",
        "9",
        "How many votes did the recount find that were not in the first count?",
        VOTES,
        "The recount found 9 votes that had not been included in the first count",
        typed,
    )
    assert outcome is expected


def test_a_group_of_people_typed_before_what_is_counted_counts_others() -> None:
    paragraph = "The blaze killed 23 workers at the plant, among them 9 women from the town."
    outcome = _graded(
        "number",
        "23",
        "How many workers died in the blaze?",
        paragraph,
        paragraph,
        "23 female workers",
    )
    assert outcome is X


RIDERSHIP = (
    "Ridership on the line was 61.2 percent of its capacity last year, down from 70.5 percent "
    "the year before."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("61.2 percent", C),
        ("61.2%, down from 70.5%", C),
        ("61.2 percent, up from 70.5 percent", X),  # the article says it fell
        ("61.2%, rising from 70.5%", X),
    ],
)
def test_the_way_a_figure_moved_in_its_sentence(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "number",
        "61.2 percent",
        "What share of its capacity did the line carry last year?",
        RIDERSHIP,
        "Ridership on the line was 61.2 percent of its capacity last year",
        typed,
    )
    assert outcome is expected


SHOPS = "The chain will sell the cheese in 45 of its shops in Ulster and Connacht from June."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("45 shops", C),
        ("45 shops in Connacht and Ulster", C),
        ("45 shops in Ireland", C),  # the country they are in
        ("45 shops in Munster", X),  # a place the article does not give
        ("45 shops in Dublin", X),
    ],
)
def test_a_place_the_article_does_not_give_the_figure(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "number",
        "45",
        "In how many of the chain's shops will the cheese be sold?",
        SHOPS,
        "in 45 of its shops in Ulster and Connacht",
        typed,
    )
    assert outcome is expected


def _claim(question: str, paragraph: str, quote: str, typed: str, explain: str = "") -> Outcome:
    made = make_question(
        "claim",
        "false",
        question=question,
        citations=(cite(quote, paragraph),),
        article=(paragraph,),
        explain=explain or None,
    )
    return grade(made, typed).outcome


ARREST = "The skipper was detained at the harbour and later released without charge."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, he was released without charge", C),
        ("false, he was not charged", C),  # denies what the claim says
        ("false, he was detained but not charged", C),
        ("false, he was never detained", X),  # denies what the quote says
        ("false, he wasn't detained", X),
    ],
)
def test_a_correction_that_denies_what_the_quote_states(typed: str, expected: Outcome) -> None:
    outcome = _claim(
        "True or false: the skipper was charged after being detained.", ARREST, ARREST, typed
    )
    assert outcome is expected


def test_an_act_the_quote_only_expects_may_be_denied() -> None:
    # `should publish … which it did not do`: no publishing the quote states
    paragraph = "The agency should publish the figures every month, which it did not do in 2023."
    outcome = _claim(
        "True or false: the agency published the figures every month in 2023.",
        paragraph,
        paragraph,
        "false, it did not publish them in 2023",
    )
    assert outcome is C


RULE = "The bylaw requires a runoff only when two candidates finish level on votes."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, only when they are level", C),
        ("false, only when the gap is under five votes", X),  # no figure stated anywhere near
    ],
)
def test_a_correction_gives_a_figure_where_the_quotes_give_none(
    typed: str, expected: Outcome
) -> None:
    article = (RULE, "Five candidates stood for the three seats in the ward.")
    made = make_question(
        "claim",
        "false",
        question="True or false: the bylaw required a runoff because the gap was eight votes.",
        citations=(cite("requires a runoff only when two candidates finish level", RULE),),
        article=article,
    )
    assert grade(made, typed).outcome is expected


SALES = "Visitor numbers had risen by 35 percent on the previous summer, the trust said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, they rose by 35 percent", C),
        ("false, they rose", C),
        ("false, visitor numbers doubled", X),  # a rise of 100 percent, not 35
        ("false, they tripled", X),
    ],
)
def test_a_multiple_typed_where_the_quote_gives_a_change_in_percent(
    typed: str, expected: Outcome
) -> None:
    outcome = _claim(
        "True or false: visitor numbers fell by 35 percent on the previous summer.",
        SALES,
        "Visitor numbers had risen by 35 percent on the previous summer",
        typed,
    )
    assert outcome is expected


LISTING = "The lighthouse is a Grade II listed building, the council said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it is Grade II", C),
        ("false, Grade 2", C),
        ("false, Grade III", X),  # another grade, in Roman numerals
        ("false, grade three", X),
    ],
)
def test_a_label_in_roman_numerals_in_a_correction(typed: str, expected: Outcome) -> None:
    outcome = _claim(
        "True or false: the lighthouse is a Grade I listed building.", LISTING, LISTING, typed
    )
    assert outcome is expected


CURFEW = "Residents asked for no deliveries before 7 a.m. on weekdays."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, no deliveries before 7 a.m.", C),
        ("false, they asked for none after 7 a.m.", X),  # the quote's bound turned
    ],
)
def test_a_bound_turned_in_a_correction(typed: str, expected: Outcome) -> None:
    outcome = _claim(
        "True or false: residents asked for no deliveries after 7 p.m.", CURFEW, CURFEW, typed
    )
    assert outcome is expected


BEDS = "The new hostel will have 28 beds, four fewer than the old one."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, four fewer", C),
        ("false, it will have 28 beds", C),
        ("false, it will have the same number of beds", X),  # the quote compares them
        ("false, as many as before", X),
    ],
)
def test_the_same_where_the_quote_compares(typed: str, expected: Outcome) -> None:
    outcome = _claim(
        "True or false: the new hostel will have more beds than the old one.", BEDS, BEDS, typed
    )
    assert outcome is expected


DUST = "Gauge D2 recorded an average of 380 milligrams per square metre per day in 2022."
# the article gives other figures a year: the key's own rate is still per day
OUTPUT = "The quarry produces about 250,000 tonnes of rock a year."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("380 mg per square metre per day", C),
        ("380", C),  # accepted by the author
        ("380 mg per square metre per year", X),  # the article's rate is per day
        ("380 mg a year", X),
    ],
)
def test_a_second_rate_in_time_after_a_rate_per_thing(typed: str, expected: Outcome) -> None:
    made = make_question(
        "number",
        "380 milligrams per square metre per day",
        question="What average dust deposition did gauge D2 record in 2022?",
        accept=("380 mg per square metre per day", "380"),
        citations=(cite(DUST, DUST),),
        article=(OUTPUT, DUST),
    )
    assert grade(made, typed).outcome is expected


FEE = "The operator pays the city £36,000 a year for its licence, the council said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("£36,000 a year", C),
        ("£36,000", P),  # its rate left off: half the fact
        ("£36,000 over three years", X),  # a rate a year, typed as paid over a span
    ],
)
def test_a_span_typed_beside_a_rate_the_article_gives_per_year(
    typed: str, expected: Outcome
) -> None:
    outcome = _graded(
        "money",
        "£36,000 a year",
        "How much does the operator pay for its licence?",
        FEE,
        FEE,
        typed,
    )
    assert outcome is expected


def test_a_span_the_quotes_paragraph_gives_may_be_typed_beside_the_rate() -> None:
    paragraph = "The club pays a rent of £1 a year under a 25-year lease signed in 2019."
    outcome = _graded(
        "money",
        "£1 a year",
        "What rent does the club pay?",
        paragraph,
        "a rent of £1 a year",
        "£1 a year for 25 years",
    )
    assert outcome is C


SWITCH = "The pumps were switched off at 5 am on Sunday, the company said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true, at 5 am", C),
        ("true, at 5 pm", X),  # the other half of the day
    ],
)
def test_an_hour_with_its_half_of_the_day_is_a_time(typed: str, expected: Outcome) -> None:
    made = make_question(
        "claim",
        "true",
        question="True or false: the pumps were switched off at 5 am on Sunday.",
        citations=(cite(SWITCH, SWITCH),),
        article=(SWITCH,),
    )
    assert grade(made, typed).outcome is expected


def test_a_correction_may_name_the_claims_own_time_to_deny_it() -> None:
    quote = "Residents asked for no deliveries before 7 am."
    made = make_question(
        "claim",
        "false",
        question="True or false: residents asked for no deliveries after 10pm.",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(made, "false - before 7am, not after 10pm").outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("412 mg per square metre per day", C),
        ("412 mg per square metre per year", X),  # was accepted: the key's rate is per day
        ("412 mg a year", X),
    ],
)
def test_the_rate_in_time_of_a_measured_figure_in_a_bench_pack(
    typed: str, expected: Outcome
) -> None:
    """Group 227's `gauge-average`, where the article also counts tonnes a year: the
    invented example above did not reproduce it, so the pack itself is the example."""
    from pathlib import Path

    from newsquiz.pack import load_pack

    bench = Path(__file__).resolve().parents[2] / "bench" / "grading" / "heldout-packs"
    question = load_pack(bench / "knockbrack-quarry-expansion-refused").question("gauge-average")
    assert grade(question, typed).outcome is expected


FELL = "The cost of the scheme fell by 12 percent after the redesign, the council said."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it fell by 12 percent", C),
        ("false, it stayed the same", X),  # the quote says it moved
        ("false, the same", X),
    ],
)
def test_the_same_where_the_quote_says_it_moved(typed: str, expected: Outcome) -> None:
    outcome = _claim(
        "True or false: the cost of the scheme rose after the redesign.", FELL, FELL, typed
    )
    assert outcome is expected


def test_the_same_day_is_no_claim_that_nothing_changed() -> None:
    quote = "The judge refused the injunction, which lowered the risk to the company."
    outcome = _claim(
        "True or false: the judge granted the injunction.",
        quote,
        quote,
        "false - she turned it down the same day",
    )
    assert outcome is C


@pytest.mark.parametrize(("typed", "expected"), [("GII", C), ("gii", C), ("GI", X)])
def test_a_short_code_with_a_numeral_is_no_slip_of_another(typed: str, expected: Outcome) -> None:
    paragraph = "Tests found norovirus of genogroup GII in the oysters, the agency said."
    outcome = _graded(
        "text", "GII", "Which genogroup of norovirus was found?", paragraph, paragraph, typed
    )
    assert outcome is expected
