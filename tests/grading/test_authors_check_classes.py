"""Classes the authors of the twenty-seventh group's packs found with `check` on their own
reject entries, before any answer was labelled, each with invented examples: a minor unit
of another currency, `c` for cents in money, `cent` alone for a percentage, and
qualifiers swapped between the items of a list."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("70 cent", C),
        ("70c", C),
        ("€0.70", C),
        ("€70", X),
        ("70 pence", X),
        ("70p", X),
    ],
)
def test_an_amount_in_cents(typed: str, expected: Outcome) -> None:
    quote = "a child's ticket stays at 70 cent"
    question = make_question(
        "money",
        "70 cent",
        question="What does a child's ticket cost?",
        accept=("70c",),
        citations=(cite(quote, quote),),
        article=("Adult tickets rise to €2.40, and " + quote + ".",),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("4%", C), ("four per cent", C), ("4 percent", C), ("4 cent", X), ("4 cents", X)],
)
def test_cent_alone_is_no_percentage(typed: str, expected: Outcome) -> None:
    quote = "Season tickets will rise by 4%"
    question = make_question(
        "number",
        "4%",
        question="By how much will season tickets rise?",
        accept=("four per cent",),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ashby North, Kilbride South", C),
        ("Kilbride South and Ashby North", C),
        ("Ashby North", P),
        ("Ashby South, Kilbride North", X),
    ],
)
def test_qualifiers_stay_with_their_items(typed: str, expected: Outcome) -> None:
    quote = "two new stations, Ashby North and Kilbride South, open in March"
    question = make_question(
        "list",
        ("Ashby North", "Kilbride South"),
        question="Which two new stations open in March?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("40 million som", C), ("40 million", C), ("40 million dollars", X), ("$40 million", X)],
)
def test_a_currency_asked_for_by_a_name_that_is_also_a_word(typed: str, expected: Outcome) -> None:
    quote = "The cabinet approved 40 million som (about $460,000) for the repairs"
    question = "How much, in som, did the cabinet approve?"
    outcome = graded("money", "40 million som", question, quote, typed, accept=("KGS 40 million",))
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("950 CFA francs per kilogram", C),
        ("950 CFA francs a kilo", C),
        ("950 CFA francs", C),
        ("950 CFA francs per bag", X),
    ],
)
def test_a_rate_after_a_conversion_in_brackets(typed: str, expected: Outcome) -> None:
    quote = "Growers were paid 950 CFA francs (about $1.60) per kilogram last season."
    question = "What were growers paid last season?"
    assert graded("money", "950 CFA francs", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("15 cm per day", C), ("15 centimetres a day", C), ("15 centimetres a week", X)],
)
def test_another_rate_in_time_is_another_fact(typed: str, expected: Outcome) -> None:
    quote = "enough to lower the lake by about 15 centimetres a day"
    question = make_question(
        "number",
        "about 15 centimetres a day",
        question="By how much would the pumps lower the lake?",
        accept=("15 centimetres a day", "15 cm per day"),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("March 3", C), ("March 3, 2024", C), ("March 3, 2025", X)],
)
def test_the_year_of_a_yearless_key_comes_from_its_accepted_forms(
    typed: str, expected: Outcome
) -> None:
    quote = "the jackpot has rolled over since a ticket last won on March 3"
    question = make_question(
        "date",
        "March 3",
        question="When did a ticket last win the jackpot?",
        accept=("March 3, 2024",),
        citations=(cite(quote, quote),),
        article=(quote,),
        default_year=2025,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("F$45 a day", C), ("FJ$45 a day", C), ("US$45 a day", X), ("F$20 a day", X)],
)
def test_a_local_dollar_by_its_letters(typed: str, expected: Outcome) -> None:
    quote = "Divers were paid F$45 (about US$20) a day."
    assert graded("money", "F$45 a day", "What were divers paid?", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("95 litres", C), ("95 litres per person", C), ("95 litres per household", X)],
)
def test_what_the_quote_counts_a_figure_per(typed: str, expected: Outcome) -> None:
    quote = "bring consumption down to 95 litres per person per day"
    question = make_question(
        "number",
        "95 litres",
        question="To how many litres does the utility want consumption brought down?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


def test_a_post_in_a_short_form_names_the_answers_person() -> None:
    article = (
        "Sita Marsh, 34, a teacher, said the road went dark.",
        "Engineers led by Lt. Col. Omar Marsh cleared the road. Marsh said the soil moved.",
    )
    quote = "Engineers led by Lt. Col. Omar Marsh cleared the road."
    question = make_question(
        "person",
        "Omar Marsh",
        question="Who led the engineers?",
        accept=("Lt. Col. Marsh",),
        citations=(cite(quote, article[1]),),
        article=article,
    )
    assert grade(question, "Lt Col Marsh").outcome is C
    assert grade(question, "Sita Marsh").outcome is X


def test_a_namesakes_post_written_with_an_of_is_theirs() -> None:
    article = (
        '"The rock was hotter than we planned for," said Dr. Tomás Vidal, 52, the chief engineer.',
        "Chile's Minister of Public Works, Ana María Vidal, 58, who is no relation to the "
        "engineer, called it a triumph.",
        "Vidal said the teams checked the alignment every 500 metres.",
    )
    question = make_question(
        "person",
        "Tomás Vidal",
        question="Who is the chief engineer?",
        accept=("Vidal",),
        citations=(cite(article[0], article[0]),),
        article=article,
    )
    assert grade(question, "Dr. Vidal").outcome is C
    assert grade(question, "Minister Vidal").outcome is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("150,000 litres", C), ("39,600 US gallons", C), ("39,600 litres", X)],
)
def test_us_gallons_are_gallons(typed: str, expected: Outcome) -> None:
    quote = "an estimated 150,000 litres (about 39,600 US gallons) of water poured in"
    question = make_question(
        "number",
        "150,000 litres",
        question="How much water poured in?",
        accept=("about 39,600 US gallons",),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("ISK 12–15 billion", C), ("ISK 12–15 million", X)]
)
def test_a_range_read_as_text_keeps_its_scale(typed: str, expected: Outcome) -> None:
    quote = "the cut would reduce export revenue by ISK 12–15 billion"
    question = make_question(
        "money",
        "ISK 12–15 billion",
        question="By how much would the cut reduce export revenue?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("$120 per TEU", C), ("$120 a TEU", C), ("$120 per TEU per day", X)]
)
def test_a_rate_in_time_added_to_an_amount_per_thing(typed: str, expected: Outcome) -> None:
    quote = "the line will add a congestion surcharge of $120 per TEU"
    assert graded("money", "$120 per TEU", "How large is the surcharge?", quote, typed) is expected
