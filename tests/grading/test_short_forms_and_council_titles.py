"""Short forms a careful teacher reads as the word they shorten (`N. Sydney`, `Co. Offaly`,
`Cr Kearney`), found where the two-hundred-and-twenty-fourth group's misses showed them;
with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


def _graded(
    kind: str,
    key: str | tuple[str, ...],
    question: str,
    paragraphs: tuple[str, ...],
    typed: str,
    choices: tuple[str, ...] = (),
) -> Outcome:
    made = make_question(
        kind,
        key,
        question=question,
        citations=(cite(paragraphs[0], paragraphs[0]),),
        article=paragraphs,
        choices=choices,
    )
    return grade(made, typed).outcome


FERRY = (
    "The ferry from South Ronay to North Ronay was cancelled, and passengers were taken "
    "to the hall on Harbour Road in Kilmory.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("North Ronay", C),
        ("N. Ronay", C),  # `N.` beside the key's own next word
        ("N Ronay", C),
        ("S. Ronay", X),  # the article's other Ronay
        ("Ronay", X),
    ],
)
def test_a_compass_point_written_short(typed: str, expected: Outcome) -> None:
    outcome = _graded("text", "North Ronay", "Where was the ferry going?", FERRY, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Harbour Road", C), ("Harbour Rd", C), ("Harbour Rd.", C), ("Kilmory", X)],
)
def test_a_road_written_short(typed: str, expected: Outcome) -> None:
    outcome = _graded("text", "Harbour Road", "On which road is the hall?", FERRY, typed)
    assert outcome is expected


MILL = ("The flour comes from a mill near Tullabeg, County Laois, owned by the Doyle family.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("County Laois", C), ("Co. Laois", C), ("Co Laois", C), ("Co. Kildare", X)],
)
def test_a_county_among_choices_is_a_place_not_a_person(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "choice",
        "County Laois",
        "In which county is the mill?",
        MILL,
        typed,
        choices=("County Laois", "County Kildare", "County Offaly"),
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Borneo Esports League", "Borneo E-sports League", C),  # a word split, not shortened
        ("the Royal Academy in London", "the RA in London", C),  # initials of two words
        ("a sun-synchronous orbit", "sun-synchronous or polar", X),  # `or` is no short orbit
    ],
)
def test_what_is_no_short_form(key: str, typed: str, expected: Outcome) -> None:
    paragraph = (
        f"The event was run by {key}, organisers said."
        if "orbit" not in key
        else f"The satellite will fly in {key}."
    )
    outcome = _graded("text", key, "What does the article name?", (paragraph,), typed)
    assert outcome is expected


COUNCIL = (
    "The motion was moved by Councillor Ruth Okoro and opposed by Deputy Mayor Alan Price.",
    "Voting against were Deputy Mayor Alan Price and Councillors Tom Hale and Jo Wren.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ruth Okoro", C),
        ("Cr Ruth Okoro", C),  # `Cr`, as councils in Australia and New Zealand write it
        ("Cr. Okoro", C),
        ("Cllr Okoro", C),
        ("Mayor Okoro", X),
    ],
)
def test_cr_is_councillor(typed: str, expected: Outcome) -> None:
    outcome = _graded("person", "Ruth Okoro", "Who moved the motion?", COUNCIL, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Alan Price, Tom Hale and Jo Wren", C),
        # the article's own titles
        ("Deputy Mayor Alan Price, Cr Tom Hale and Cr Jo Wren", C),
        ("Deputy Mayor Alan Price, Tom Hale, Jo Wren", C),
        ("former Mayor Alan Price, Tom Hale and Jo Wren", X),  # a qualifier it never gives
    ],
)
def test_titles_the_article_writes_beside_a_list_of_people(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "list",
        ("Alan Price", "Tom Hale", "Jo Wren"),
        "Which three councillors voted against?",
        (COUNCIL[1], COUNCIL[0]),
        typed,
    )
    assert outcome is expected


NAMESAKES = (
    "Mayor Helen Gray moved the motion to close the depot.",
    "Councillor Owen Gray, who is no relation to the mayor, opposed it.",
    '"The depot employs forty people," Cr Gray said.',
    "Voting with Gray against the motion were two other councillors.",
)


def test_a_short_title_names_the_one_bearer_its_long_form_does() -> None:
    # `Cr Gray said` is the councillor, so `Gray` alone after it is no name of the mayor
    outcome = _graded("person", "Helen Gray", "Who moved the motion?", NAMESAKES, "Gray")
    assert outcome is X


VOTE = ("The board voted seven to two to close the branch, the chair said.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("seven to two", C),
        ("7-2", C),  # the order of a score's figures picks the choice
        ("7 to 2", C),
        ("Seven-two", C),
        ("2-7", X),
        ("two to seven", X),
    ],
)
def test_a_score_among_choices_that_reverse_it(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "choice",
        "seven to two",
        "By what margin did the board vote?",
        VOTE,
        typed,
        choices=("seven to two", "two to seven", "nine to nil"),
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("eigth weeks", C), ("eight weeks", C), ("eigth days", X)],
)
def test_a_slip_between_a_count_and_its_ordinal_before_a_plural(
    typed: str, expected: Outcome
) -> None:
    paragraph = ("The survey of the seabed took eight weeks, the port said.",)
    outcome = _graded("duration", "eight weeks", "How long did the survey take?", paragraph, typed)
    assert outcome is expected


SHOP = (
    "The ticket was bought at Walsh's Spar on the main street.",
    "The shop, run by the Walsh family for 30 years, sold 900 tickets that week.",
    "Martin Walsh, who owns the shop, said customers had been asking about the winner.",
    "His daughter, Orla Walsh, who was on the till that evening, did not recall the sale.",
    "Mr Walsh said he would share the bonus with his staff.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Martin Walsh", C),
        ("Mr Walsh", C),  # the only man of the two
        # `Walsh's Spar` names a shop and `the Walsh family` a family: the article never
        # calls either Walsh by the surname alone, so alone it names neither
        ("Walsh", X),
    ],
)
def test_a_surname_in_a_business_or_family_name_is_no_use_of_it_alone(
    typed: str, expected: Outcome
) -> None:
    outcome = _graded(
        "person",
        "Martin Walsh",
        "Who owns the shop that sold the ticket?",
        (SHOP[2], *SHOP[:2], *SHOP[3:]),
        typed,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Harbour Road and Mill Lane", C),
        ("Harbour Rd and Mill Ln", C),  # short forms of the items' own words
        ("N. Ronay and Mill Ln", X),  # a place the list does not hold
    ],
)
def test_short_forms_inside_a_list(typed: str, expected: Outcome) -> None:
    paragraph = ("Residents of Harbour Road and Mill Lane objected to the plan.",)
    outcome = _graded(
        "list",
        ("Harbour Road", "Mill Lane"),
        "Residents of which streets objected?",
        paragraph,
        typed,
    )
    assert outcome is expected


def test_a_key_word_the_question_says_in_another_form_need_not_be_typed() -> None:
    paragraph = ("The lower fields were badly flooded for a week, the farmers said.",)
    outcome = _graded(
        "text",
        "badly flooded",
        "How bad was the flooding of the lower fields?",
        paragraph,
        "badly",  # `flooded` of the question's `flooding`
    )
    assert outcome is C


NAMESAKES_TITLED = (
    "The region's director, Superintendent Dean Holt, said two crews had been moved north.",
    "Carol Holt, who chairs the patients' forum and is no relation, said targets were missed.",
    '"You cannot shrink the target," Ms Holt said.',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Dean Holt", C),
        ("Superintendent Holt", C),
        ("Carol Holt", X),  # `Dean` after a post is his given name, so she is another Holt
        ("Ms Holt", X),
    ],
)
def test_a_given_name_that_is_also_a_post_after_a_post(typed: str, expected: Outcome) -> None:
    outcome = _graded(
        "person", "Dean Holt", "Who is the region's director?", NAMESAKES_TITLED, typed
    )
    assert outcome is expected
