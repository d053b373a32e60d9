"""Grader faults the ninety-ninth group's authors' `check` showed on their own reject
entries, fixed before that group's first run, and classes of its first run's misses fixed
after it (a description after a comma); with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.facts.infer import infer_kind
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

TRIBUNAL = (
    "Judge Amara Osei of the High Court in Kumasi dismissed the appeal on Monday.",
    "In her 40-page ruling, Osei found that the licence had lapsed in 2019.",
    "The miners' leader, Kofi Osei, is no relation of the judge.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Osei", X), ("Judge Osei", C), ("Ms Osei", C), ("Amara Osei", C), ("Mr Osei", X)],
)
def test_a_possessive_opening_gives_the_speakers_gender(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "person", "Amara Osei", "Which judge dismissed the appeal?",
        "Judge Amara Osei of the High Court", typed, article=TRIBUNAL,
    )  # fmt: skip
    assert outcome is expected


def test_a_possessive_opening_before_no_verb_of_saying_says_nothing() -> None:
    article = (
        "Judge Amara Osei of the High Court in Kumasi dismissed the appeal on Monday.",
        "In her absence, Osei was replaced by a deputy.",
    )
    outcome = graded(
        "person", "Amara Osei", "Which judge dismissed the appeal?",
        "Judge Amara Osei of the High Court", "Mr Osei", article=article,
    )  # fmt: skip
    assert outcome is C


COUNCIL = (
    "The mayor of Tarnby, Lars Holm, opened the new harbour on Friday.",
    "Professor Lars Vinther of the University of Aalborg said the harbour was deep enough.",
    "Gen. Ida Berg, who chairs the harbour board, attended too.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Lars Holm", C),
        ("Mayor Holm", C),
        ("Holm", C),
        ("Professor Lars Holm", X),
        ("Professor Holm", X),
        ("Gen. Holm", C),  # a rank outlives the service: no other post's holder
    ],
)
def test_a_title_the_article_writes_before_another_persons_name(
    typed: str, expected: Outcome
) -> None:
    outcome = graded(
        "person", "Lars Holm", "Who is the mayor of Tarnby?",
        "The mayor of Tarnby, Lars Holm", typed, article=COUNCIL,
    )  # fmt: skip
    assert outcome is expected


FIND = (
    "The skull was found by Anders Lund, a retired farmer, on the beach at Hanstholm.",
    '"I thought it was a stone," Mr Lund said.',
    "Dr Birgit Lund, the museum's curator, who is no relation, led the dig.",
    "The museum will show the skull from May, Dr Lund said.",
    "Lund said a second block would be opened next year.",
)


@pytest.mark.parametrize(("typed", "expected"), [("Anders Lund", C), ("Mr Lund", C), ("Lund", X)])
def test_the_bare_surname_after_a_title_only_one_bearer_has(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "person", "Anders Lund", "Who found the skull?",
        "The skull was found by Anders Lund", typed, article=FIND,
    )  # fmt: skip
    assert outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("Birgit Lund", C), ("Dr Lund", C), ("Lund", X)])
def test_the_titled_bearer_is_named_by_title_not_by_the_bare_surname(
    typed: str, expected: Outcome
) -> None:
    outcome = graded(
        "person", "Birgit Lund", "Who led the dig?",
        "Dr Birgit Lund, the museum's curator", typed, article=FIND,
    )  # fmt: skip
    assert outcome is expected


LAKE = (
    "The court capped what may be drawn from the Tana River, the lake's main inflow.",
    "The farms named in the orders are Tana Blooms Ltd and Rift Roses Ltd.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Tana River", C), ("the Tana", C), ("Tana Blooms", X), ("Tana Blooms Ltd", X)],
)
def test_another_name_written_without_its_legal_form(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "text", "Tana River", "Which river is the lake's main inflow?",
        "the Tana River, the lake's main inflow", typed, accept=("Tana",), article=LAKE,
    )  # fmt: skip
    assert outcome is expected


SCAN = (
    "The bones were scanned at Odense University Hospital in March.",
    "The work was led by a researcher at the Department of Biology at Odense University.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Odense University Hospital", C),
        ("the university hospital in Odense", C),
        ("Odense University", X),
        ("the Odense University", X),
    ],
)
def test_a_part_of_the_key_that_the_article_names_on_its_own(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "text", "Odense University Hospital", "At which hospital were the bones scanned?",
        "scanned at Odense University Hospital", typed, article=SCAN,
    )  # fmt: skip
    assert outcome is expected


CREW = "Austria's crew had five rowers from Upper Austria and three from Lower Austria."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3", C), ("three from Lower Austria", C), ("3 from Upper Austria", X)],
)
def test_the_opposite_qualifier_of_the_questions_place(typed: str, expected: Outcome) -> None:
    question = "How many of Austria's rowers came from Lower Austria?"
    outcome = graded("number", "3", question, CREW, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("answer", "kind"),
    [("Sever", "text"), ("Urban Sever", "person"), ("Seven", "number"), ("seven", "number")],
)
def test_a_name_is_not_read_as_a_mistyped_number_word(answer: str, kind: str) -> None:
    # The coxswain Urban Sever: `check` warned that `Sever` reads as a number.
    assert infer_kind(answer) == kind


CLIFFS = (
    "The fossil was found at the foot of the Kalby cliffs on the north coast of Mors.",
    "The cliffs expose the Fur Formation, a layer of moler laid down 55 million years ago.",
    "Other finds have come from the Holmehus Formation.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the Fur Formation", C),
        ("the Fur Formation, a layer of moler", C),  # a description set off by a comma
        ("Fur Formation, laid down 55 million years ago", X),  # opens as no description does
        ("the Fur Formation, the Holmehus Formation", X),  # a second answer
        ("the Fur Formation and Holmehus", X),
        ("the Fur Formation, a layer of chalk", X),  # a description the article does not give
    ],
)
def test_a_description_after_a_comma_is_no_second_answer(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "text", "the Fur Formation", "Which rock formation do the cliffs expose?",
        "The cliffs expose the Fur Formation", typed, article=CLIFFS,
    )  # fmt: skip
    assert outcome is expected


HIGHLANDS = (
    "Farmers in North Kinangop, where the river rises, welcomed the ruling.",
    "Those in South Kinangop said they had not been consulted.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("North Kinangop", C),
        ("Northern Kinangop", C),  # one point of the compass, as a name may say it
        ("South Kinangop", X),
        ("Southern Kinangop", X),
    ],
)
def test_a_compass_point_said_as_an_adjective(typed: str, expected: Outcome) -> None:
    outcome = graded(
        "text", "North Kinangop", "Where did farmers welcome the ruling?",
        "Farmers in North Kinangop", typed, article=HIGHLANDS,
    )  # fmt: skip
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("not related", C), ("false", C), ("related", X), ("true", X)]
)
def test_a_claim_denied_in_a_word_of_its_stem(typed: str, expected: Outcome) -> None:
    quote = "Its chairman, Peter Kamau, is no relation of the judge."
    claim = "True or false: the network's chairman is a relative of the judge."
    assert graded_claim(claim, quote, typed) is expected
