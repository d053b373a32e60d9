"""Grader faults the hundred-and-forty-eighth and forty-ninth groups' authors' `check`
showed on their own reject entries, fixed before those groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

COUNTIES = (
    "The seed was sold in four counties: Eastern Marra, Western Marra, Ashby and North West.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Eastern Marra, Western Marra, Ashby, North West", C),
        ("Eastern Marra, Western Marra, Ashby and Northern Marra", X),
        ("Eastern Marra, Western Marra, Ashby and Northern Ashby", X),
    ],
)
def test_an_items_word_is_not_borrowed_from_a_word_another_item_holds(
    typed: str, expected: Outcome
) -> None:
    """`Northern Marra` for North West: `Northern` is close to North, but the only `West`
    typed is Western Marra's, another item's word, so North West is typed nowhere."""
    key = ("Eastern Marra", "Western Marra", "Ashby", "North West")
    question = "In which four counties was the seed sold?"
    assert graded("list", key, question, COUNTIES[0], typed, article=COUNTIES) is expected


ASH = (
    "Officials told people in northern Maro to stay indoors as the ash fell.",
    "Farmers in southern Maro and western Zell found ash on their grazing land.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("northern Maro", C),
        ("northern", C),
        ("northern parts", C),
        ("northern Zell", X),
        ("northern Bavaria", X),
        ("southern Maro", X),
    ],
)
def test_the_questions_place_may_be_left_out_of_the_answer_but_not_replaced(
    typed: str, expected: Outcome
) -> None:
    question = "People in which part of Maro were told to stay indoors?"
    assert graded("text", "northern Maro", question, ASH[0], typed, article=ASH) is expected


MILL = ("The old mill stands about six kilometres west of Dunmore East, by the river.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6 km", C),
        ("6 km west", C),
        ("six kilometres west of Dunmore East", C),
        ("6 km east", X),
        ("6 km north", X),
    ],
)
def test_a_compass_word_of_a_places_name_is_no_direction_the_article_gives(
    typed: str, expected: Outcome
) -> None:
    """The question names Dunmore East: its `east` is a name, so `6 km east` is still
    the other way from the article's west."""
    question = "How far from Dunmore East is the old mill?"
    key = "about six kilometres"
    assert graded("number", key, question, MILL[0], typed, article=MILL) is expected


RULES = (
    "From May the club will ban glass bottles, pick only players who are in a regional or "
    "national squad, and close the bar at ten.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "ban glass bottles, pick only players who are in a regional or national squad "
            "and close the bar at ten",
            C,
        ),
        ("ban glass bottles, pick players in a regional or national squad, close the bar", C),
        ("ban glass bottles or close the bar at ten", X),
    ],
)
def test_an_items_own_or_offers_no_choice(typed: str, expected: Outcome) -> None:
    key = (
        "ban glass bottles",
        "pick only players who are in a regional or national squad",
        "close the bar at ten",
    )
    question = "What three rules will the club bring in from May?"
    assert graded("list", key, question, RULES[0], typed, article=RULES) is expected


FERRY = ("The ferry company lost 4.2 million kronor last year, its chief said.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("4.2 million kronor", C),
        ("SEK 4.2 million", C),
        ("4.2 million Swedish kronor", C),
        ("4.2 million Norwegian kroner", X),
        ("4.2 million ISK", X),
    ],
)
def test_a_bare_currency_name_is_the_one_the_accepted_forms_name(
    typed: str, expected: Outcome
) -> None:
    """The key writes `kronor` alone and its accepted form says SEK: Norway's kroner is
    another currency of that name."""
    question = "How much did the ferry company lose last year?"
    key = "4.2 million kronor"
    accept = ("SEK 4.2 million",)
    assert graded("money", key, question, FERRY[0], typed, accept=accept, article=FERRY) is expected


UNION = (
    "The strike was called by the Ostland Federation of Dockers, which has 4,000 members.",
    "The Ostland Federation of Drivers backed it.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ostland Federation of Dockers", C),
        ("the Ostland Federation of Dockers in the port", C),
        ("Ostland Federation of Teachers", X),
        ("Ostland Federation of Drivers", X),
    ],
)
def test_a_word_of_a_name_the_question_states_is_not_replaced_inside_the_name(
    typed: str, expected: Outcome
) -> None:
    question = "Which union of dockers called the strike?"
    key = "Ostland Federation of Dockers"
    assert graded("text", key, question, UNION[0], typed, article=UNION) is expected


POND = ("The pond's area grew by 64 percent between 2010 and 2020, the survey found.",)


@pytest.mark.parametrize(
    ("typed", "expected"), [("64 percent", C), ("64% bigger", C), ("64 percent smaller", X)]
)
def test_smaller_is_the_other_way_from_growth(typed: str, expected: Outcome) -> None:
    question = "By what percentage did the pond's area grow between 2010 and 2020?"
    assert graded("number", "64 percent", question, POND[0], typed, article=POND) is expected


BAIL = ("The magistrate set bail at 300,000 kwacha for each suspect.",)


@pytest.mark.parametrize(
    ("typed", "expected"), [("K300,000", C), ("MK300,000", C), ("ZMW 300,000", X)]
)
def test_malawis_kwacha_is_written_with_a_k_too(typed: str, expected: Outcome) -> None:
    """The key's kwacha is Malawi's (its accepted form says MWK): `K300,000` is how Malawi's
    own papers write it; Zambia's kwacha is another currency."""
    question = "How much bail did the magistrate set for each suspect?"
    key, accept = "300,000 kwacha", ("MWK 300,000",)
    assert graded("money", key, question, BAIL[0], typed, accept=accept, article=BAIL) is expected


CUP = (
    "Ana Roe, the 22-year-old daughter of head coach Mark Roe, scored the first goal.",
    "For the hosts, Ana Roe and Kim Bell scored in the shootout.",
    "Roe, who took charge of the club 18 months ago after eight years coaching its youth "
    "teams, said he was proud.",
)


@pytest.mark.parametrize(
    ("key", "question", "expected"),
    [
        ("Ana Roe", "Who scored the first goal?", X),
        ("Mark Roe", "Who is the club's head coach?", X),
    ],
)
def test_a_bare_surname_two_bear_is_neither_the_coach_nor_the_scorer(
    key: str, question: str, expected: Outcome
) -> None:
    """`Roe, who … coaching …`: whoever the article means by the bare Roe, two people
    bear the surname, and typed alone it names neither."""
    assert graded("person", key, question, CUP[0], "Roe", article=CUP) is expected


LAUNCH = (
    '"We did not get the launch we wanted," agency director Lena Vass told reporters.',
    "Vass said the satellite would raise its orbit on Monday.",
    "Launch director Omar Vass, who is not related to the agency's director, said the engine "
    "stopped early.",
    "Vass said the next rocket would not fly until the inquiry had reported.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Lena Vass", C), ("Vass", C), ("Launch director Vass", X), ("Omar Vass", X)],
)
def test_a_post_written_only_before_the_namesake_names_the_namesake(
    typed: str, expected: Outcome
) -> None:
    """`Launch director` is written only before Omar Vass's name, though the sentence opens
    with it (and Lena's quote says `launch`): typed before the bare surname, it names him."""
    question = 'Who said "We did not get the launch we wanted"?'
    key, accept = "Lena Vass", ("Vass",)
    assert (
        graded("person", key, question, LAUNCH[0], typed, accept=accept, article=LAUNCH) is expected
    )


SHOOTOUT = (
    "The final went to penalties after a 1-1 draw. The shootout lasted 17 minutes. Ann Lee "
    "saved from Roe and Holm, but the hosts still won.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("17 minutes", C),
        ("The shootout lasted 17 minutes", X),
        ("The shootout lasted 17 minutes. Ann Lee saved from Roe and Holm", X),
    ],
)
def test_a_whole_sentence_pasted_with_more_after_it_is_pasted(
    typed: str, expected: Outcome
) -> None:
    question = "How long did the penalty shootout last?"
    quote = "The shootout lasted 17 minutes."
    assert graded("duration", "17 minutes", question, quote, typed, article=SHOOTOUT) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("€5,000", C), ("5,000 euros", C), ("5,000 kroons", X), ("5000 tolars", X)],
)
def test_the_currencies_the_later_euro_joiners_gave_up_are_other_currencies(
    typed: str, expected: Outcome
) -> None:
    quote = "The federation will pay each medallist a bonus of €5,000."
    assert graded("money", "€5,000", "How big is the bonus?", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("12 million rand", C), ("12 million rand each", C), ("12 million rand in all", X)],
)
def test_in_all_is_a_total_where_the_article_gives_each_ones(typed: str, expected: Outcome) -> None:
    quote = "The city bought four buses at a cost of 12 million rand each."
    question = "How much does each new bus cost?"
    assert graded("money", "12 million rand", question, quote, typed) is expected


ISLAND = (
    "The ferry sank off Kibanda, on its way from Lima in North Rasa to Tenga in South Rasa.",
    "The island's two districts, Kibanda North and Kibanda South, will hold a memorial.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kibanda North and Kibanda South", C),
        ("North and South", C),
        ("North Kibanda, South Kibanda", C),
        ("North Rasa, South Rasa", X),
    ],
)
def test_a_compass_word_typed_before_another_name_of_the_article_is_that_place(
    typed: str, expected: Outcome
) -> None:
    key = ("Kibanda North", "Kibanda South")
    question = "Which two districts of Kibanda will hold a memorial?"
    assert graded("list", key, question, ISLAND[1], typed, article=ISLAND) is expected


DOCKS = ("Pickets stood at three gates of the Upper Quay and at the Lower Quay office.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the Upper Quay gates and the Lower Quay office", C),
        ("the Lower Quay gates, the Upper Quay office", X),
    ],
)
def test_qualifiers_swapped_between_two_items_name_neither(typed: str, expected: Outcome) -> None:
    key = ("the Upper Quay gates", "the Lower Quay office")
    question = "Where did the pickets stand?"
    assert graded("list", key, question, DOCKS[0], typed, article=DOCKS) is expected


FIRE = (
    "By Sunday evening the two aircraft had made 64 drops on Sunday alone, after 30 on Saturday.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("64", C), ("64 drops on Sunday", C), ("64 drops on Friday", X)]
)
def test_a_figure_typed_for_another_day_is_another_fact(typed: str, expected: Outcome) -> None:
    question = "How many drops did the aircraft make on Sunday?"
    quote = "the two aircraft had made 64 drops on Sunday alone"
    assert graded("number", "64", question, quote, typed, article=FIRE) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, only once the loan is repaid", C),
        ("false, it starts after 5 years", X),
        ("false, it starts after five years", X),
    ],
)
def test_a_correction_spelling_out_a_figure_the_article_never_gives(
    typed: str, expected: Outcome
) -> None:
    quote = "The town gets 25 percent of the net profits once the loan is repaid."
    claim = "True or false: the town gets 25 percent of the net profits from the first year."
    explain = "The share starts once the loan is repaid."
    assert graded_claim(claim, quote, typed, explain=explain) is expected


@pytest.mark.parametrize(("typed", "expected"), [("214", C), ("214 people", C), ("214 deaths", X)])
def test_deaths_are_not_the_people_who_fell_ill(typed: str, expected: Outcome) -> None:
    question = "How many people have been sickened by the outbreak?"
    quote = "The outbreak has sickened 214 people and killed three children."
    assert graded("number", "214", question, quote, typed) is expected


def test_a_claim_never_swaps_one_word_of_a_name_of_two_compass_words() -> None:
    """`Western North Region` made `Northern North Region` was judged a slip no writer
    makes; a name of one compass word still turns (`the North Slope`)."""
    from newsquiz.claims.perturb import related_words

    assert related_words("Western North Region") == []
    assert "the North Slope" in related_words("the West Slope")


RAIL = (
    "The crack was found on Tuesday by Omar Veld, a track inspector sent to walk the line.",
    "Veld, who has worked on the railway for 31 years, said the ground was still moving.",
    "Ruth Veld, an opposition member of parliament who is not related to the track "
    "inspector, said the railway had been warned.",
)


@pytest.mark.parametrize(
    ("key", "question", "typed", "expected"),
    [
        ("Ruth Veld", "Which MP said the railway had been warned?", "Veld", X),
        ("Ruth Veld", "Which MP said the railway had been warned?", "Ruth Veld", C),
        ("Omar Veld", "Who found the crack?", "Veld", X),
    ],
)
def test_what_a_namesake_said_does_not_describe_them(
    key: str, question: str, typed: str, expected: Outcome
) -> None:
    """`Veld, who has worked on the railway…`: Ruth Veld *said* `the railway`; what the
    article says of her stops at the verb of saying."""
    quote = RAIL[2] if key.startswith("Ruth") else RAIL[0]
    assert graded("person", key, question, quote, typed, article=RAIL) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false, she is his cousin", C), ("false", C), ("false, she is his wife", X)],
)
def test_a_correction_giving_other_kin_than_the_article_is_wrong(
    typed: str, expected: Outcome
) -> None:
    quote = "The schools superintendent, Rosa Ilano, is the mayor's cousin."
    claim = "True or false: the schools superintendent is the mayor's sister."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it failed at 10:40 a.m.", C),
        ("false, in the morning", C),
        ("false, at 10:40 p.m.", X),
        ("false, at 9:15", X),
    ],
)
def test_a_correction_giving_a_time_the_article_never_gives_is_wrong(
    typed: str, expected: Outcome
) -> None:
    quote = "The bidding website failed at 10:40 a.m., during the morning session."
    claim = "True or false: the bidding website failed during the evening session."
    assert graded_claim(claim, quote, typed) is expected


TARGETS = ("Before this, the group had attacked a clinic in Peru and a school in Chile.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a clinic in Peru, a school in Chile", C),
        ("a school in Chile and a clinic in Peru", C),
        ("a clinic in Chile, a school in Peru", X),
    ],
)
def test_places_swapped_between_two_items_of_general_words_name_neither(
    typed: str, expected: Outcome
) -> None:
    key = ("a clinic in Peru", "a school in Chile")
    question = "What had the group attacked before?"
    assert graded("list", key, question, TARGETS[0], typed, article=TARGETS) is expected


PIPE = ("The East-West Main was shut for 11 days after a burst near Palla.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("the East-West Main", C), ("East West Main", C), ("West-East Main", X)],
)
def test_a_names_two_opposite_halves_typed_the_other_way_round(
    typed: str, expected: Outcome
) -> None:
    question = "Which pipeline was shut after a burst near Palla?"
    key = "the East-West Main"
    assert graded("text", key, question, PIPE[0], typed, article=PIPE) is expected


def test_a_chess_title_before_a_name_is_no_part_of_it() -> None:
    from newsquiz.facts.article import read_article

    names = read_article(("On board one, Latvia's Grandmaster Ilze Ozola drew with Anna Berg.",))
    assert ("ilze", "ozola") in [person.name for person in names.people]


SHOW = ('The opening exhibition, "Songs of a River", shows 90 items from the archive.',)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Songs of a River", C), ("songs of the river", C), ("A River of Songs", X)],
)
def test_a_title_with_its_words_either_side_of_of_swapped_is_another_title(
    typed: str, expected: Outcome
) -> None:
    question = "What is the opening exhibition called?"
    assert graded("text", "Songs of a River", question, SHOW[0], typed, article=SHOW) is expected


CREW = (
    "The club's head coach, Ruth Lind, rowed in the 1991 crew.",
    '"It was a long wait for four thousandths of a second," Lind said on the dock.',
    "The boat was stroked by Tom Lind, 24, the coach's nephew.",
    "The younger Lind said the crew had trained six days a week.",
)


@pytest.mark.parametrize(
    ("key", "question", "expected"),
    [("Tom Lind", "Who stroked the boat?", X), ("Ruth Lind", "Who is the head coach?", X)],
)
def test_a_bare_surname_after_a_quote_names_neither_bearer(
    key: str, question: str, expected: Outcome
) -> None:
    """`…of a second," Lind said`: the article's bare `Lind` is the coach's, but typed
    alone the surname two people bear names neither."""
    quote = CREW[2] if key.startswith("Tom") else CREW[0]
    assert graded("person", key, question, quote, "Lind", article=CREW) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("18.4 million tonnes", C), ("18.4m tonnes", C), ("18,400,000 t", C), ("18.4 tonnes", X)],
)
def test_a_millions_letter_before_a_unit_is_a_scale_not_minutes(
    typed: str, expected: Outcome
) -> None:
    """The accepted `18.4m tonnes` was read as 18.4 minutes, and took `18.4 tonnes`."""
    quote = "The ministry put the harvest at 18.4 million tonnes."
    key, accept = "18.4 million tonnes", ("18.4m tonnes",)
    question = "How big was the harvest?"
    assert graded("number", key, question, quote, typed, accept=accept) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("negative ₹90 crore", C),
        ("-₹90 crore", C),
        ("minus ₹90 crore", C),
        ("a deficit of ₹90 crore", C),
        ("₹90 crore", X),
    ],
)
def test_a_figure_below_zero_typed_without_its_sign_is_another_figure(
    typed: str, expected: Outcome
) -> None:
    quote = "At the end of March the bank's net worth stood at negative ₹90 crore."
    question = "What was the bank's net worth at the end of March?"
    assert graded("money", "negative ₹90 crore", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("ten years", C), ("two five-year terms", C), ("five years", X)]
)
def test_a_count_of_terms_of_a_length_is_their_whole_length(typed: str, expected: Outcome) -> None:
    """The accepted `two five-year terms` was read as five years, and took `five years`."""
    quote = "She could not stand again after two five-year terms."
    key, accept = "ten years", ("two five-year terms",)
    question = "How long had she led the college?"
    assert graded("duration", key, question, quote, typed, accept=accept) is expected


CLUB = (
    "Midfielder Ola Brekk, the 23-year-old son of head coach Arne Brekk, scored the second.",
    '"We were three minutes from staying up," Brekk told reporters.',
    "Brekk, 56, was appointed in September.",
)


@pytest.mark.parametrize(
    ("key", "question", "expected"),
    [("Ola Brekk", "Who scored the second goal?", X), ("Arne Brekk", "Who is the head coach?", X)],
)
def test_a_bare_surname_of_father_and_son_names_neither(
    key: str, question: str, expected: Outcome
) -> None:
    """`Brekk, 56,` is the coach, not the 23-year-old son, but `Brekk` typed alone could be
    either."""
    quote = CLUB[0]
    assert graded("person", key, question, quote, "Brekk", article=CLUB) is expected
