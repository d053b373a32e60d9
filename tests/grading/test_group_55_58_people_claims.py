"""False accepts of people and claims the fifty-fifth to fifty-eighth groups' runs showed,
fixed in general; with invented examples: the surname alone with the description that
tells namesakes apart, a namesake's pronoun read past a hyphenated place, a rank above the
article's, a correction denying what the quote states, and a nationality no quote gives."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

OYSTERS = (
    'Farmers on the estuary said the grants were too small. "How will I pay the boat?" said '
    "Tariq Osei, 51, who has farmed oysters there for thirty years.",
    "The region's Commissioner for Fisheries, Dr. Amara Osei, who is not related to the farmer, "
    'said the state would pay for new nets. "No one will lose a season," she said.',
    'Osei, the farmer, said he had heard such promises before. "We never saw a cent," he said.',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Osei", X), ("Mr Osei", X), ("Tariq Osei", X), ("Dr. Osei", C), ("Amara Osei", C),
     ("Commissioner Osei", C), ("Dr. Amara Osei", C)],
)  # fmt: skip
def test_the_surname_alone_with_the_description_the_no_kin_clause_names(
    typed: str, expected: Outcome
) -> None:
    # `Osei, the farmer,` is the farmer the commissioner is not related to: Tariq.
    quote = "Dr. Amara Osei, who is not related to the farmer, said the state would pay"
    question = "Which official said the state would pay for new nets?"
    outcome = graded("person", "Amara Osei", question, quote, typed, article=OYSTERS)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Osei", X), ("Mr Osei", C), ("Tariq Osei", C), ("Dr. Osei", X), ("Amara Osei", X)],
)
def test_the_farmer_is_his_honorific_and_surname(typed: str, expected: Outcome) -> None:
    quote = "Tariq Osei, 51, who has farmed oysters there for thirty years"
    question = "Which oyster farmer said the grants were too small?"
    outcome = graded("person", "Tariq Osei", question, quote, typed, article=OYSTERS)
    assert outcome is expected


CIDER = (
    '"This is what the stock is for," co-operative president Maria Gagnon, 58, said at a '
    "news conference.",
    "Paul Gagnon, 44, who presses apples near Saint-Jacques in the Mauricie, said he filled 61 "
    "barrels this autumn. He is not related to the co-operative's president.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Mr Gagnon", X), ("Mr. Gagnon", X), ("Paul Gagnon", X), ("Ms Gagnon", C),
     ("Maria Gagnon", C), ("president Maria Gagnon", C)],
)  # fmt: skip
def test_a_hyphenated_place_is_no_person_between_a_name_and_its_pronoun(
    typed: str, expected: Outcome
) -> None:
    # `Saint-Jacques` is one word written with a hyphen: a place, not a person named
    # before `he`; so `he` is Paul's, and `Mr Gagnon` the article's other Gagnon.
    quote = "co-operative president Maria Gagnon, 58, said at a news conference"
    question = "Who is the co-operative's president?"
    outcome = graded("person", "Maria Gagnon", question, quote, typed, article=CIDER)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("Mr Paul Gagnon", C), ("Paul Gagnon", C), ("Ms Gagnon", X)]
)
def test_the_namesake_the_pronoun_names(typed: str, expected: Outcome) -> None:
    quote = "Paul Gagnon, 44, who presses apples near Saint-Jacques"
    question = "Which grower presses apples in the Mauricie?"
    outcome = graded("person", "Paul Gagnon", question, quote, typed, article=CIDER)
    assert outcome is expected


MARCH = (
    "About 400 traders marched to the town hall. Harbour police spokesperson Insp. Peter "
    "Otieno said the march was peaceful and that no one was arrested.",
    "Market board chief executive Joyce Wanjiru said the levy would be reviewed.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Chief Inspector Peter Otieno", X), ("Chief Inspector Otieno", X), ("Ch. Insp. Otieno", X),
     ("Inspector Otieno", C), ("Insp. Peter Otieno", C), ("Peter Otieno", C), ("Otieno", C),
     ("police spokesperson Peter Otieno", C)],
)  # fmt: skip
def test_a_rank_above_the_one_the_article_gives(typed: str, expected: Outcome) -> None:
    quote = "Harbour police spokesperson Insp. Peter Otieno said the march was peaceful"
    question = "Which police spokesperson said the march was peaceful?"
    outcome = graded("person", "Peter Otieno", question, quote, typed, article=MARCH)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Chief Executive Joyce Wanjiru", C), ("CEO Joyce Wanjiru", C),
     ("chief executive officer Wanjiru", C), ("Wanjiru", C)],
)  # fmt: skip
def test_a_post_of_several_words_the_article_gives(typed: str, expected: Outcome) -> None:
    quote = "Market board chief executive Joyce Wanjiru said the levy would be reviewed"
    question = "Who said the levy would be reviewed?"
    outcome = graded("person", "Joyce Wanjiru", question, quote, typed, article=MARCH)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false, there was no march", X), ("False - no march took place", X),
     ("false, it was peaceful", C), ("false, no, it was peaceful", C),
     ("false, there was no violence", C), ("false, no one was arrested", C), ("false", C)],
)  # fmt: skip
def test_a_correction_denying_what_the_quote_states(typed: str, expected: Outcome) -> None:
    quote = "Insp. Peter Otieno said the march was peaceful and that no one was arrested"
    claim = "True or false: police said the march to the town hall was violent."
    assert graded_claim(claim, quote, typed, article=MARCH) is expected


CEMENT = (
    "Norwegian-run cement plant to double output",
    "The ministry said Vestfjord Cement may raise output at its Lotte works. Vestfjord is a "
    "subsidiary of the Haldor Group, which is based in Bergen, Norway.",
    "About a fifth will be sold in Sweden and Denmark, the ministry said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("False, it is run by a Finnish company", X), ("false, a Danish firm runs it", X),
     ("False, it is run by a Norwegian company", C), ("false, it belongs to a group in Bergen", C),
     ("false, it is Norwegian-run", C), ("false, not a Swedish company but a Norwegian one", C),
     ("false", C)],
)  # fmt: skip
def test_a_nationality_no_quote_gives(typed: str, expected: Outcome) -> None:
    quote = "Vestfjord is a subsidiary of the Haldor Group, which is based in Bergen, Norway."
    claim = "True or false: the cement plant is run by a Swedish company."
    assert graded_claim(claim, quote, typed, article=CEMENT) is expected


MUSEUM = (
    "The coins were taken from the Osei Maritime Museum on the quay.",
    "The museum was founded with the collection of cocoa trader Kofi Osei.",
    "Ama Osei, the city's alderman and no relation of the museum's founder, said the city would "
    'pay for an alarm. "We cannot wait," Osei said.',
)


@pytest.mark.parametrize(("typed", "expected"), [("Osei", X), ("Kofi Osei", C)])
def test_a_body_named_for_the_surname_describes_no_one(typed: str, expected: Outcome) -> None:
    # `the Osei Maritime Museum` is no bare mention of the founder described as such.
    quote = "the collection of cocoa trader Kofi Osei"
    question = "With whose collection was the museum founded?"
    outcome = graded("person", "Kofi Osei", question, quote, typed, article=MUSEUM)
    assert outcome is expected
