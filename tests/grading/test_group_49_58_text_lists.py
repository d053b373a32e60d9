"""False accepts and false rejects of text, list and choice answers that the forty-ninth
to fifty-eighth held-out groups showed, fixed in general; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


# -- a country typed beside a place that an accepted form puts in another country -----------

TOWN = (
    "Major Ruth Akinyi of Kenya's coast guard, who will run the patrols from Vanga, in the "
    "Coast Region, said boats caught fishing would be seized.",
    "Officials from Kenya and Tanzania signed the deal.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Vanga", C), ("Vanga, Kenya", C), ("Vanga, Tanzania", X), ("Vanga in Tanzania", X)],
)
def test_a_country_beside_the_place_that_its_accepted_form_puts_elsewhere(
    typed: str, expected: Outcome
) -> None:
    quote = "who will run the patrols from Vanga, in the Coast Region"
    question = "From which town will Major Ruth Akinyi run the patrols?"
    outcome = graded(
        "text", "Vanga", question, quote, typed, accept=("Vanga, Kenya",), article=TOWN
    )
    assert outcome is expected


# -- a short name with one of its words changed -----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Liberal Party", C),
        ("the Liberals", C),
        ("Liberal", C),
        ("the Liberal Party of Norland", C),
        ("Liberal Front", X),
        ("Liberal Alliance", X),
    ],
)
def test_a_word_of_a_short_name_replaced(typed: str, expected: Outcome) -> None:
    quote = "Sen. Ana Ruiz, of the Liberal Party, said the credits were welcome"
    question = "Which party does Sen. Ana Ruiz belong to?"
    article = (quote + ".", "The Popular Front and the Green Alliance voted against.")
    outcome = graded("text", "Liberal Party", question, quote, typed, article=article)
    assert outcome is expected


# -- a city of the gazetteer typed as where a body is, where the article puts it elsewhere ----

INSTITUTE = (
    "Lyon awards €90 million tender for a new tram line.",
    "Councillor Paul Morel of the Movement for a Greener Lyon said the city had rushed it.",
    "One expert, Dr. Anne Roux, of the Institute for River Ecology in Vienne, declined to comment.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Institute for River Ecology", C),
        ("the Institute for River Ecology in Vienne", C),
        ("Institute for River Ecology in Lyon", X),
    ],
)
def test_a_city_the_article_puts_no_body_in(typed: str, expected: Outcome) -> None:
    quote = "Dr. Anne Roux, of the Institute for River Ecology in Vienne"
    question = "Which institute is Dr. Anne Roux from?"
    outcome = graded(
        "text", "Institute for River Ecology", question, quote, typed, article=INSTITUTE
    )
    assert outcome is expected


# -- a choice written in another unit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("visibility fell below 300 metres", C),
        ("visibility below 300 m", C),
        ("visibility fell below 300 feet", X),
    ],
)
def test_a_choice_in_another_unit(typed: str, expected: Outcome) -> None:
    key = "visibility at Varde fell below 300 metres"
    choices = (key, "a fault on the aircraft", "the crew were ill", "a strike by staff")
    quote = "the airline postponed it after visibility at Varde fell below 300 metres"
    question = "Why did the airline postpone the flight?"
    outcome = graded("choice", key, question, quote, typed, choices=choices)
    assert outcome is expected


# -- an extra item the article lists beside the key's -----------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Alba Nueva and San Telmo", C),
        ("San Telmo, Alba Nueva", C),
        ("Alba Nueva, San Telmo and El Mirador Alto", X),
    ],
)
def test_an_item_the_article_lists_beside_the_key(typed: str, expected: Outcome) -> None:
    article = (
        "The line runs between five stations: El Prado, Alba Nueva, San Telmo, El Mirador "
        "Alto and Loma Verde.",
        "Screens would be fitted at Alba Nueva and San Telmo by May.",
    )
    quote = "Screens would be fitted at Alba Nueva and San Telmo by May"
    question = "At which two stations will screens be fitted?"
    key = ("Alba Nueva", "San Telmo")
    outcome = graded("list", key, question, quote, typed, article=article)
    assert outcome is expected


# -- a figure choice written otherwise --------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2016", C),
        ("in 2016", C),
        ("twenty sixteen", C),
        ("March 2016", C),
        ("in 2012", X),
        ("before 2016", X),
        ("after 2016", X),
        ("2015", X),
    ],
)
def test_a_year_choice_written_otherwise(typed: str, expected: Outcome) -> None:
    quote = "The ferry first sailed in March 2016."
    question = "In which year did the ferry first sail, before this season?"
    choices = ("2012", "2016", "2019", "2021")
    assert graded("choice", "2016", question, quote, typed, choices=choices) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("5-9%", C),
        ("5 to 9 per cent", C),
        ("9 percent", X),
        ("2-5%", X),
    ],
)
def test_a_range_choice_written_otherwise(typed: str, expected: Outcome) -> None:
    key = "between 5 and 9 percent"
    choices = ("between 2 and 5 percent", key, "between 9 and 15 percent", "more than a half")
    quote = "the meters had been set to under-count by between 5 and 9 percent"
    question = "By how much had the meters been set to under-count?"
    assert graded("choice", key, question, quote, typed, choices=choices) is expected


@pytest.mark.parametrize(("typed", "expected"), [("1/4", C), ("25%", C), ("1/3", X)])
def test_a_share_choice_written_otherwise(typed: str, expected: Outcome) -> None:
    key = "roughly a quarter"
    choices = ("about a tenth", key, "about a third", "about a half")
    quote = "the overrun was roughly a quarter above the budget"
    question = "Roughly how far above the budget was the overrun?"
    assert graded("choice", key, question, quote, typed, choices=choices) is expected


@pytest.mark.parametrize(("typed", "expected"), [("1900", C), ("more than 1,900", X)])
def test_a_bound_the_quote_gives_another_figure(typed: str, expected: Outcome) -> None:
    key = "about 1,900"
    choices = (key, "about 2,400", "about 2,900", "about 3,300")
    quote = "Membership has fallen by more than a quarter, to about 1,900."
    question = "About how many members does the club have now?"
    assert graded("choice", key, question, quote, typed, choices=choices) is expected


# -- the short name the quote gives a choice or a text key in brackets ------------------------


@pytest.mark.parametrize(
    ("typed", "expected"), [("KRC", C), ("the KRC", C), ("OBA", X), ("KRB", X)]
)
def test_a_choice_by_the_short_name_the_quote_gives(typed: str, expected: Outcome) -> None:
    key = "Kestrel Rail Consortium"
    choices = (key, "Ostrava Bus Alliance", "Nordline Group", "Harbour Metro")
    quote = "The contract went to the Kestrel Rail Consortium (KRC)"
    question = "Which group won the contract?"
    assert graded("choice", key, question, quote, typed, choices=choices) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Lake Volta Fisheries Board (LVFB)", C),
        ("the Lake Volta Fisheries Board", C),
        ("Lake Volta Fisheries Board (GFA)", X),
        ("Lake Volta Fisheries Board and the GFA", X),
    ],
)
def test_a_text_key_with_its_short_name_in_brackets(typed: str, expected: Outcome) -> None:
    quote = "a meeting of the Lake Volta Fisheries Board (LVFB) in Accra"
    article = (quote + ".", "The Ghana Fisheries Agency (GFA) did not attend.")
    question = "At the meeting of which body was the deal signed?"
    outcome = graded("text", "Lake Volta Fisheries Board", question, quote, typed, article=article)
    assert outcome is expected


# -- a word of the key written short ----------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Tarn Valley Water Corporation", "Tarn Valley Water Corp.", C),
        ("Tarn Valley Water Corporation", "Tarn Valley Water Co.", C),
        ("Tarn Valley Water Corporation", "Tarn Valley Water Cpn", C),
        ("Tarn Valley Water Corporation", "Tarn Valley Water Trust", X),
        ("Ostrava North East", "Ostrava NE", C),
        ("Ostrava North East", "Ostrava NW", X),
        ("Mirna Square", "Mirna Sq.", C),
    ],
)
def test_a_word_of_the_key_shortened(key: str, typed: str, expected: Outcome) -> None:
    quote = f"The contract went to {key} on Monday"
    outcome = graded("text", key, "Who won the contract?", quote, typed)
    assert outcome is expected


# -- a slip in a point of the compass ---------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("northwest", C),
        ("nortwest", C),
        ("nrothwest", C),
        ("northeast", X),
        ("northwset", C),
        ("southwest", X),
    ],
)
def test_a_slip_in_a_point_of_the_compass(typed: str, expected: Outcome) -> None:
    quote = "The dam lies 80 km northwest of Kerava."
    question = "In which direction from Kerava does the dam lie?"
    assert graded("text", "northwest", question, quote, typed) is expected


def test_a_slip_one_letter_from_two_points_names_neither() -> None:
    quote = "The dam lies 80 km southeast of Kerava."
    question = "In which direction from Kerava does the dam lie?"
    assert graded("text", "southeast", question, quote, "southeest") is X


# -- where the key is, in the article's words beside it ---------------------------------------

PORT = (
    "Ore leaves through the port of Valdora, in Tamesa, about 400 km away.",
    "Unions in Corvin said the strike would go on.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Valdora", C),
        ("Valdora, in Tamesa", C),
        ("Valdora, in Corvin", X),
        ("Valdora, Corvin", X),
        ("Valdora and Corvin", X),
    ],
)
def test_where_the_article_puts_the_key(typed: str, expected: Outcome) -> None:
    quote = "Ore leaves through the port of Valdora, in Tamesa"
    question = "Through which port does the ore leave?"
    assert graded("text", "Valdora", question, quote, typed, article=PORT) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Orlosa province, Tamesa region", C), ("Orlosa province, Corvin region", X)],
)
def test_an_area_the_article_writes_beside_the_key(typed: str, expected: Outcome) -> None:
    article = (
        "The mine lies in Orlosa province, Tamesa region, 75 km from the coast.",
        "Unions in Corvin said the strike would go on.",
    )
    quote = "The mine lies in Orlosa province, Tamesa region"
    question = "In which region does the mine lie?"
    assert graded("text", "Tamesa", question, quote, typed, article=article) is expected


# -- a choice by the word it starts with, or a namesake by the title the article gives ----


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Varanad", C), ("the Varanad Town Rowing Club", C), ("Town Rowing Club", X), ("Kollam", X)],
)
def test_a_choice_by_its_first_word(typed: str, expected: Outcome) -> None:
    key = "Varanad Town Rowing Club"
    choices = ("Police Rowing Club", key, "Kollam Rowing Club", "Aroor Rowing Club")
    quote = "Third place went to the Varanad Town Rowing Club's boat in 4 minutes"
    question = "Which club's boat came third?"
    assert graded("choice", key, question, quote, typed, choices=choices) is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("Dr. Moreno", C), ("Moreno", X), ("Lucía Moreno", C)]
)
def test_a_namesake_by_the_title_the_article_gives(typed: str, expected: Outcome) -> None:
    article = (
        '"This is a cut," said Tomás Moreno, 58, leader of the drivers union.',
        "Board chairwoman Dr. Lucía Moreno, 49, who is not related to him, said no.",
    )
    key = "Lucía Moreno"
    choices = ("Tomás Moreno", key, "Pablo Ruiz", "Ana Vidal")
    quote = "Board chairwoman Dr. Lucía Moreno, 49"
    question = "Who chairs the board?"
    outcome = graded("choice", key, question, quote, typed, choices=choices, article=article)
    assert outcome is expected


# -- what the article writes beside a list's items --------------------------------------------

TOWNS = (
    "Police detained the men in Orvana and nearby Belcaro, in the province of Tessa.",
    "In Tessa, prosecutors said more arrests were likely.",
    "Patients from Orvana, about 150 kilometres (93 miles) to the south, will be referred.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Orvana and Belcaro", C),
        ("Orvana and Belcaro, in the province of Tessa", C),
        ("Orvana, Belcaro and Tessa", X),
    ],
)
def test_where_the_article_puts_the_items(typed: str, expected: Outcome) -> None:
    quote = "Police detained the men in Orvana and nearby Belcaro"
    question = "In which two towns were the men detained?"
    outcome = graded("list", ("Orvana", "Belcaro"), question, quote, typed, article=TOWNS)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("Orvana (150 km)", C), ("Orvana (150 kilometres)", C)]
)
def test_a_unit_written_short_beside_an_item(typed: str, expected: Outcome) -> None:
    quote = "Patients from Orvana, about 150 kilometres (93 miles) to the south"
    question = "From which town will patients be referred?"
    outcome = graded("list", ("Orvana",), question, quote, typed, article=TOWNS)
    assert outcome is expected


# -- the part of the day in words, and the day the quote gives -------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6:20 a.m.", C),
        ("6:20 in the morning", C),
        ("about 6:20 in the morning on March 3", C),
        ("6:20 in the evening", X),
        ("6:20 am on March 4", X),
    ],
)
def test_a_time_with_the_part_of_the_day_in_words(typed: str, expected: Outcome) -> None:
    quote = "Temperatures fell to -5 °C at about 6:20 a.m. on March 3, the office said"
    question = "At what time was the lowest reading taken?"
    assert graded("text", "6:20 a.m.", question, quote, typed) is expected


@pytest.mark.parametrize(("typed", "expected"), [("4:15 in the afternoon", C), ("4:15 am", X)])
def test_the_afternoon_is_after_noon(typed: str, expected: Outcome) -> None:
    quote = "The last patient was moved at 4:15 p.m."
    question = "At what time was the last patient moved?"
    assert graded("text", "4:15 p.m.", question, quote, typed) is expected
