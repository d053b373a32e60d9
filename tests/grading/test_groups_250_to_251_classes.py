"""Classes of misses that held-out groups 250, 251 and 252 showed, and a few more the seen
bench's answers showed while they were fixed, each with invented examples:

- values: a conversion rounded past the article's precision (`28 acres` for 11.5 hectares);
  a length of time typed as the change the article states (`extended from three days to 10
  days`); `up 5.3%`; `in less than an hour` for within an hour; a price per kilogram for one
  per tonne; a unit's letters after a slash (`Rs 68,000/t`); a cap the article sets (`no more
  than 24 hours`); signs of comparison (`< 2 minutes`); `a one-off payment`; a unit slipped
  after a number (`six dayz`, `12 dys`); a bare number for a length of time (`19` for 19
  years); a figure with a plus after it (`5+ hours`, `16+`); a count of another thing of the
  same kind (`96 chapters` for pages); a vote's tally (`29 to 16`); milliseconds;
- persons: a post whose relation the person is (`the pilot's cousin`, `no relation to the
  minister`); a pronoun after a shared surname against the given name (`Maurice … she`); a
  form of the given name (`Bob` for Robert); the words of an age (`the 62-year-old farmer`);
- claims: a verdict held back (`partly true`, `not entirely false`); `a second phase`, an
  ordinal the article writes, beside a correction's other one; a correction's other season;
- text: `No.` numbering a place (`School No. 3`); Arabic qaf written `k` (`Kalamsha`);
  `before` for the article's `after`.
"""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question, graded_claim

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

_ORCHARD = "The walled orchard covers 11.5 hectares, the survey found."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("11.5 hectares", C),
        ("28.4 acres", C),  # the exact conversion, as precise as the article
        ("about 28.4 acres", C),
        ("115,000 square metres", C),
        ("28 acres", X),  # rounded past the article's three figures
        ("about 28 acres", X),
        ("29 acres", X),
        ("11.5 acres", X),
    ],
)
def test_a_conversion_rounder_than_the_article_is_another_figure(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "number", "11.5 hectares", "How large is the orchard?", "covers 11.5 hectares", _ORCHARD
    )
    assert grade(question, typed).outcome is expected


_TRAIL = "The new trail runs for about 4.8 km along the river, and 500 feet above it at one point."


@pytest.mark.parametrize(
    ("answer", "asked", "typed", "expected"),
    [
        # A key the article itself rounds (`about`) takes a rounder conversion.
        ("about 4.8 km", "How long is the trail?", "3 miles", C),
        # A round figure's zeros hold no precision: 152 metres is 500 feet.
        ("500 feet", "How high above the river does the trail run?", "152 metres", C),
        ("500 feet", "How high above the river does the trail run?", "160 metres", X),
    ],
)
def test_a_rounder_conversion_of_a_round_or_hedged_key_is_right(
    answer: str, asked: str, typed: str, expected: Outcome
) -> None:
    quote = "about 4.8 km" if "km" in answer else "500 feet above it"
    question = cited_question("number", answer, asked, quote, _TRAIL)
    assert grade(question, typed).outcome is expected


_WINDOW = (
    "Candidates had three days to appeal a score until this year. "
    "The ministry has extended the window to 10 days for all papers."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10 days", C),
        ("extended from three days to 10 days", C),  # the change the article states
        ("from three days to 10 days", C),
        ("10 days, up from three", C),
        ("three days", X),
        ("from 10 days to three days", X),
        ("between three days and 10 days", X),
    ],
)
def test_a_length_of_time_given_as_the_change_the_article_states_is_right(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "duration",
        "10 days",
        "How long do candidates now have to appeal a score?",
        "extended the window to 10 days",
        _WINDOW,
    )
    assert grade(question, typed).outcome is expected


_REVIEW = "The review found no sign that the error was deliberate."


@pytest.mark.parametrize(
    ("typed", "key", "expected"),
    [
        ("true", "true", C),
        ("it is true", "true", C),
        ("partly true", "true", X),
        ("mostly true", "true", X),
        ("half-true", "true", X),
        ("true-ish", "true", X),
        ("kind of true", "true", X),
        ("maybe true", "true", X),
        ("false", "false", C),
        ("partially false", "false", X),
        ("not entirely true", "false", X),
        ("not true", "false", C),
    ],
)
def test_a_verdict_held_back_is_no_verdict(typed: str, key: str, expected: Outcome) -> None:
    claim = "True or false: the review found no sign that the error was deliberate."
    if key == "false":
        claim = "True or false: the review found the error was deliberate."
    assert graded_claim(claim, _REVIEW, typed, key=key) is expected


_SCHOOL = "A chemistry teacher at School No. 3 in New Darkhan spotted the mistake."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("School No. 3 in New Darkhan", C),
        ("School #3, New Darkhan", C),  # `No.` numbers the school: it denies nothing
        ("school 3, New Darkhan", C),
        ("School No. 4 in New Darkhan", X),
        ("School No. 3 in Old Darkhan", X),
        ("not School No. 3", X),
    ],
)
def test_no_before_a_figure_numbers_a_place(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "text",
        "School No. 3 in New Darkhan",
        "At which school does the teacher work?",
        "School No. 3 in New Darkhan",
        _SCHOOL,
    )
    assert grade(question, typed).outcome is expected


_PAYMENT = (
    "Candidates who travelled to register again will receive a one-off payment of 300,000 tugriks."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a one-off payment of 300,000 tugriks", C),
        ("a one-time payment of 300,000 tugriks", C),
        ("300,000 tugriks, one-off", C),
        ("a one-off payment of 200,000 tugriks", X),
        ("300,000 or 200,000 tugriks", X),
    ],
)
def test_a_one_off_payment_counts_nothing(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "money",
        "300,000 tugriks",
        "How much will candidates who travelled receive?",
        "a one-off payment of 300,000 tugriks",
        _PAYMENT,
    )
    assert grade(question, typed).outcome is expected


_CREW = (
    "The pilot, Murat Demirci, had flown for 11 years. "
    "Hülya Demirci, the company's general manager and the pilot's cousin, apologised."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Hülya Demirci", C),
        ("Hülya Demirci, the pilot's cousin", C),  # whose cousin she is, not her post
        ("Hülya Demirci, the general manager", C),
        ("Hülya Demirci, the pilot", X),
        ("Murat Demirci", X),
    ],
)
def test_a_post_whose_relation_the_person_is_is_not_their_post(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "person",
        "Hülya Demirci",
        "Who is the company's general manager?",
        "Hülya Demirci, the company's general manager",
        _CREW,
    )
    assert grade(question, typed).outcome is expected


_BRIEFING = "The landing briefing given before take-off lasted less than two minutes."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("less than two minutes", C),
        ("< 2 minutes", C),
        ("<2 min", C),
        ("> 2 minutes", X),
        ("2 minutes", X),
    ],
)
def test_a_sign_of_comparison_is_its_words(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration",
        "less than two minutes",
        "How long did the landing briefing last?",
        "lasted less than two minutes",
        _BRIEFING,
    )
    assert grade(question, typed).outcome is expected


_PRICES = (
    "Consumer prices rose 5.3 percent in February from a year earlier, and relative "
    "humidity had fallen to 14 percent on Sunday."
)


@pytest.mark.parametrize(
    ("answer", "asked", "quote", "typed", "expected"),
    [
        ("5.3 percent", "By how much did prices rise?", "rose 5.3 percent", "up 5.3%", C),
        (
            "5.3 percent",
            "By how much did prices rise?",
            "rose 5.3 percent",
            "up 5.3% year on year",
            C,
        ),
        ("5.3 percent", "By how much did prices rise?", "rose 5.3 percent", "down 5.3%", X),
        ("5.3 percent", "By how much did prices rise?", "rose 5.3 percent", "up 5.8%", X),
        # The level a fall reached is no fall by that much.
        ("14 percent", "To what level had humidity fallen?", "fallen to 14 percent", "to 14%", C),
        (
            "14 percent",
            "To what level had humidity fallen?",
            "fallen to 14 percent",
            "down 14 percent",
            X,
        ),
    ],
)
def test_up_or_down_before_a_figure_is_a_change(
    answer: str, asked: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question("number", answer, asked, quote, _PRICES)
    assert grade(question, typed).outcome is expected


_DAM = "The six nearest villages would be flooded within an hour if the embankment failed."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("within an hour", C),
        ("in less than an hour", C),  # a limit, as the article's `within` is
        ("under an hour", C),
        ("in more than an hour", X),
        ("an hour and a half", X),
    ],
)
def test_less_than_a_limit_is_within_it(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration",
        "within an hour",
        "How soon would the villages be flooded?",
        "would be flooded within an hour",
        _DAM,
    )
    assert grade(question, typed).outcome is expected


_WASTE = "The hospital hired a contractor to remove it at 95,000 kwacha per tonne."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("95,000 kwacha per tonne", C),
        ("95 kwacha per kilogram", C),  # the same price, per another unit of weight
        ("95 kwacha a kilo", C),
        ("950 kwacha per kilogram", X),
        ("95,000 kwacha per kilogram", X),
        ("95 kwacha per gram", X),
        ("95 kwacha a litre", X),  # no weight
    ],
)
def test_a_price_per_another_unit_of_the_same_measure_is_converted(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "money",
        "95,000 kwacha per tonne",
        "How much did the contractor charge to remove the waste?",
        "at 95,000 kwacha per tonne",
        _WASTE,
    )
    assert grade(question, typed).outcome is expected


_COSTS = "Cement grout will cost about Rs 68,000 per tonne, and diesel sold for Q31.40 a gallon."


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("about Rs 68,000 per tonne", "Rs 68,000/t", C),
        ("about Rs 68,000 per tonne", "LKR 68,000 /t", C),
        ("about Rs 68,000 per tonne", "Rs 68/kg", C),
        ("about Rs 68,000 per tonne", "Rs 68,000/l", X),  # per litre: no weight
        ("Q31.40 a gallon", "Q31.40/gal", C),
        ("Q31.40 a gallon", "Q31.40/l", X),
    ],
)
def test_a_units_letters_after_a_slash_are_the_unit(
    answer: str, typed: str, expected: Outcome
) -> None:
    quote = "about Rs 68,000 per tonne" if "Rs" in answer else "Q31.40 a gallon"
    question = cited_question("money", answer, "What is the price?", quote, _COSTS)
    assert grade(question, typed).outcome is expected


_SHIFTS = "The agreement caps shifts at 24 hours, down from 36."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24 hours", C),
        ("no more than 24 hours", C),  # the cap the article sets
        ("at most 24 hours", C),
        ("up to 24 hours", C),
        ("more than 24 hours", X),
        ("at least 24 hours", X),
    ],
)
def test_a_cap_is_at_most_the_figure(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration",
        "24 hours",
        "At how long does the agreement cap shifts?",
        "caps shifts at 24 hours",
        _SHIFTS,
    )
    assert grade(question, typed).outcome is expected


_CHIRWAS = (
    "Health Minister Khumbo Chirwa signed the deal. "
    "Its director, Dr Joseph Chirwa, who is no relation to the minister, welcomed it."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Joseph Chirwa", C),
        ("Dr. Joseph Chirwa, no relation to the minister", C),
        ("Joseph Chirwa, the minister", X),
        ("Khumbo Chirwa", X),
    ],
)
def test_a_post_the_person_is_no_relation_to_is_not_their_post(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "person", "Joseph Chirwa", "Who is the hospital's director?", "Dr Joseph Chirwa", _CHIRWAS
    )
    assert grade(question, typed).outcome is expected


_VILLAGES = (
    "The mission hired 64 workers from Upper Qalamsha, across the canal from Lower Qalamsha."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Upper Qalamsha", C),
        ("Upper Kalamsha", C),  # qaf written `k`
        ("Lower Kalamsha", X),
    ],
)
def test_qaf_written_k_is_the_same_name(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "text",
        "Upper Qalamsha",
        "From which village did the mission hire its workers?",
        "from Upper Qalamsha",
        _VILLAGES,
    )
    assert grade(question, typed).outcome is expected


_STRIKE = "The strike lasted six days, and ninety-four percent of members backed the deal."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("six days", C),
        ("six dayz", C),  # a slip of the unit, after a number in words
        ("6 dys", C),  # a short one, a letter short
        ("eleven dyas", X),
        ("six weeks", X),
    ],
)
def test_a_unit_slipped_after_a_number_is_the_unit(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration", "six days", "How long did the strike last?", "lasted six days", _STRIKE
    )
    assert grade(question, typed).outcome is expected


def test_a_number_word_is_no_slip_of_a_unit() -> None:
    question = cited_question(
        "number",
        "94 percent",
        "What share of members backed the deal?",
        "ninety-four percent",
        _STRIKE,
    )
    assert grade(question, "ninety-four per cent").outcome is C


_GHILLIE = (
    "The head ghillie has worked on the river for 19 years; the season's last meeting lasted "
    "more than five hours, and only those aged 16 or over may fish."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("19", C),  # the key's unit is meant
        ("nineteen", C),
        ("19 years", C),
        ("20", X),
        ("19 months", X),
        ("19 working days", X),
        ("19 km", X),
    ],
)
def test_a_bare_number_for_a_length_of_time_is_in_the_keys_unit(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "duration",
        "19 years",
        "For how long has the head ghillie worked on the river?",
        "for 19 years",
        _GHILLIE,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("kind", "answer", "asked", "quote", "typed", "expected"),
    [
        ("duration", "more than five hours", "How long did the meeting last?",
         "more than five hours", "5+ hours", C),
        ("duration", "more than five hours", "How long did the meeting last?",
         "more than five hours", "6+ hours", X),
        ("number", "16", "What is the minimum age to fish?", "aged 16 or over", "16+", C),
        ("number", "16", "What is the minimum age to fish?", "aged 16 or over", "18+", X),
    ],
)  # fmt: skip
def test_a_plus_after_a_figure_is_the_figure_and_over(
    kind: str, answer: str, asked: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question(kind, answer, asked, quote, _GHILLIE)
    assert grade(question, typed).outcome is expected


_REPORT = (
    "The 96-page report, in 12 chapters, found 46 crashes on the highway this year, which "
    "killed 19 people."
)


@pytest.mark.parametrize(
    ("asked", "typed", "expected"),
    [
        ("How many pages long is the report?", "96 pages", C),
        ("How many pages long is the report?", "96", C),
        ("How many pages long is the report?", "96 chapters", X),  # another part of it
        ("How many pages long is the report?", "96 paragraphs", X),
        ("How many crashes were there on the highway?", "96 accidents", C),  # the same
        ("How many crashes were there on the highway?", "96 deaths", X),
        ("How many crashes were there on the highway?", "96 fatalities", X),
    ],
)
def test_a_count_of_another_thing_of_the_same_kind_is_another_fact(
    asked: str, typed: str, expected: Outcome
) -> None:
    # One invented figure for both questions: only the counted noun decides.
    question = cited_question("number", "96", asked, "The 96-page report", _REPORT)
    assert grade(question, typed).outcome is expected


_NURSES = (
    "The deal was signed by Maurice Odhiambo, the union's branch secretary, and Dr. Rose "
    "Odhiambo, the county health executive. Odhiambo put its cost at KSh 486 million, which "
    "she said would be met by cutting travel budgets."
)


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("Rose Odhiambo", "Ms Odhiambo", C),
        ("Rose Odhiambo", "Dr Odhiambo", C),
        ("Rose Odhiambo", "Mr Odhiambo", X),  # Maurice: `she` after the bare surname is hers
        ("Maurice Odhiambo", "Mr Odhiambo", C),
        ("Maurice Odhiambo", "Ms Odhiambo", X),
    ],
)
def test_a_pronoun_after_a_shared_surname_never_outweighs_the_given_name(
    answer: str, typed: str, expected: Outcome
) -> None:
    question = cited_question("person", answer, "Who signed the deal?", answer, _NURSES)
    assert grade(question, typed).outcome is expected


_DRILL = "The drill reached bedrock shortly after 4:40 a.m. on January 21."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("shortly after 4:40 a.m.", C),
        ("4:40 a.m.", C),
        ("shortly before 4:40 a.m.", X),
        ("before 4:40", X),
    ],
)
def test_the_opposite_small_word_of_any_key_form_is_the_opposite(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "text",
        "shortly after 4:40 a.m.",
        "At about what time did the drill reach bedrock?",
        "shortly after 4:40 a.m.",
        _DRILL,
        accept=("4:40 a.m.",),
    )
    assert grade(question, typed).outcome is expected


_PIER = "The south pier, used mainly by fishing boats, is to be dredged in a second phase."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, in a second phase", C),
        ("false, in the second phase", C),
        ("false, it is dredged in a third phase", X),  # `a second` is the article's ordinal
        ("false, in the fourth phase", X),
    ],
)
def test_a_second_before_a_noun_is_an_ordinal_the_article_states(
    typed: str, expected: Outcome
) -> None:
    claim = "True or false: the south pier is to be dredged in the first phase of the work."
    assert graded_claim(claim, _PIER, typed) is expected


_PILOTS = "Lachance said the number of pilots leaving had fallen by a third since the spring."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, since the spring", C),
        ("true, since the summer", X),  # the article's season is spring
        ("true, since last autumn", X),
        ("true, they fall by a third", C),  # `fall`, a verb as often as a season
    ],
)
def test_a_correction_naming_another_season_is_another_time(typed: str, expected: Outcome) -> None:
    claim = "True or false: Lachance said the number of pilots leaving had fallen by a third since the spring."
    assert graded_claim(claim, _PILOTS, typed, key="true") is expected


_CALL = "The call lasted about an hour, and the water stayed above 30 °C for 41 consecutive days."


@pytest.mark.parametrize(
    ("answer", "accept", "typed", "expected"),
    [
        ("about an hour", ("60 minutes",), "1", C),
        # A bare number is in the answer's own unit, never an accepted form's other one.
        ("about an hour", ("60 minutes",), "60", X),
        ("41 consecutive days", ("41 days",), "41", C),
        ("41 consecutive days", ("41 days",), "40", X),
    ],
)
def test_a_bare_number_is_in_the_answers_own_unit(
    answer: str, accept: tuple[str, ...], typed: str, expected: Outcome
) -> None:
    quote = "about an hour" if "hour" in answer else "for 41 consecutive days"
    question = cited_question(
        "duration", answer, "How long did it last?", quote, _CALL, accept=accept
    )
    assert grade(question, typed).outcome is expected


_VOTE = "The council approved the zone in June by 29 votes to 16, with two abstentions."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("29", C),
        ("29 to 16", C),  # the tally the article writes, the answer first
        ("29 votes to 16", C),
        ("16 to 29", X),  # the other side first
        ("29 to 15", X),
        ("29 or 16", X),
    ],
)
def test_the_articles_tally_typed_after_the_answer_is_right(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "29",
        "How many councillors voted for the zone?",
        "by 29 votes to 16, with two abstentions",
        _VOTE,
    )
    assert grade(question, typed).outcome is expected


_HEAT = "Ferrer won his heat by 2.6 seconds; Ms Ortiz finished third."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2.6 seconds", C),
        ("2,600 milliseconds", C),
        ("2600 ms", C),
        ("2,600 seconds", X),
        ("26 milliseconds", X),
    ],
)
def test_milliseconds_are_a_unit_of_time(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration", "2.6 seconds", "By how much did Ferrer win his heat?", "by 2.6 seconds", _HEAT
    )
    assert grade(question, typed).outcome is expected


_BOARD = "Robert Tindall, the finance director, and Graeme Foster, the shopkeeper, spoke."


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("Robert Tindall", "Bob Tindall", C),  # a short form of the given name
        ("Robert Tindall", "Rob Tindall", C),
        ("Robert Tindall", "Richard Tindall", X),
        ("Graeme Foster", "Graham Foster", C),  # another spelling of it
        ("Graeme Foster", "Gordon Foster", X),
    ],
)
def test_a_form_of_the_given_name_is_the_person(answer: str, typed: str, expected: Outcome) -> None:
    question = cited_question("person", answer, "Who spoke?", answer, _BOARD)
    assert grade(question, typed).outcome is expected


_FARMER = (
    '"Higher prices do not help a man who has nothing to sell," said Le Van Tam, 62, a farmer.'
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Le Van Tam", C),
        ("Le Van Tam, the 62-year-old farmer", C),  # an age, as `62` alone is
        ("Le Van Tam, 62 years old", C),
        ("the 62-year-old farmer", X),
    ],
)
def test_the_words_of_an_age_beside_a_name_are_an_age(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "person", "Le Van Tam", "Which farmer said prices do not help?", "Le Van Tam", _FARMER
    )
    assert grade(question, typed).outcome is expected
