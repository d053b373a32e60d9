"""False accepts the forty-ninth and fiftieth groups' first runs showed on people, fixed in
general; with invented examples: a deputy's qualifier typed for their chief, an honorific
that names the other bearer of a surname, and a speaker's gender given by the pronoun of the
quote that follows."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

BOARD = (
    "Chair Lena Okoro, 61, opened the meeting in Lagos.",
    "Voting for the plan were Okoro, Deputy Chair Tunde Bello and Deputy Chair Ife Adeyemi.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Okoro", C), ("Chair Okoro", C), ("Lena Okoro", C), ("Deputy Chair Okoro", X)],
)
def test_a_deputys_qualifier_is_not_the_chiefs(typed: str, expected: Outcome) -> None:
    quote = "Chair Lena Okoro, 61, opened the meeting"
    outcome = graded("person", "Lena Okoro", "Who opened the meeting?", quote, typed, article=BOARD)
    assert outcome is expected


REGATTA = (
    "The result was confirmed by the chief judge, Dr. Mira Castell, 58.",
    "The winning cox, Pau Castell, 29, said he had never rowed faster.",
    'Castell said his crew had trained for a year. "We were ready," he said.',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Dr Castell", C), ("Mira Castell", C), ("Ms Castell", C), ("Mr Castell", X), ("Castell", X)],
)
def test_an_honorific_of_the_other_bearer(typed: str, expected: Outcome) -> None:
    quote = "the chief judge, Dr. Mira Castell, 58"
    question = "Who was the chief judge?"
    outcome = graded("person", "Mira Castell", question, quote, typed, article=REGATTA)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("Castell", C), ("Mr Castell", C), ("Dr Castell", X)]
)
def test_the_other_bearer_keeps_his_own_honorific(typed: str, expected: Outcome) -> None:
    quote = "The winning cox, Pau Castell, 29"
    outcome = graded("person", "Pau Castell", "Who was the winning cox?", quote, typed,
                     article=REGATTA)  # fmt: skip
    assert outcome is expected


BANK = (
    "Deputy Governor Sara Lind and Governor Ole Berg voted to hold.",
    'Lind, 47, who oversees markets, said the vote was close. "It was a fair debate," she said.',
    "The move surprised Jon Lind, 39, an economist at Nordbank, who is not related to her.",
    "Jon Lind said he expected a cut in June.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Lind", C), ("Ms Lind", C), ("Mr Lind", X), ("Sara Lind", C)]
)
def test_the_pronoun_of_the_quote_that_follows(typed: str, expected: Outcome) -> None:
    quote = "Lind, 47, who oversees markets"
    question = "Which deputy governor oversees markets?"
    outcome = graded("person", "Sara Lind", question, quote, typed, article=BANK)
    assert outcome is expected


CAMP = (
    "Tomas Reyes, 44, the camp's logistics chief, said fuel came in by tractor train.",
    "Lucia Reyes, 47, of the air force, who is not related to him, said her crews flew 38 times.",
)


@pytest.mark.parametrize(("typed", "expected"), [("Mr Reyes", C), ("Reyes", C), ("Ms Reyes", X)])
def test_an_object_pronoun_is_someone_elses(typed: str, expected: Outcome) -> None:
    quote = "Tomas Reyes, 44, the camp's logistics chief"
    outcome = graded("person", "Tomas Reyes", "Who is the logistics chief?", quote, typed,
                     accept=("Reyes",), article=CAMP)  # fmt: skip
    assert outcome is expected


CANAL = (
    "Adm. Omar Saleh, 58, the chairman of the authority, announced the new fees.",
    "Dr. Leila Saleh, an economist at Cairo University who is not related to him, said "
    "the rise was modest.",
    "Saleh said the fees would be reviewed in a year.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Admiral Saleh", C), ("Adm. Saleh", C), ("Dr Saleh", X)]
)
def test_a_post_written_out_that_the_article_abbreviates(typed: str, expected: Outcome) -> None:
    # The accepted `Admiral Saleh` names the article's Adm. Omar Saleh, not a stranger.
    quote = "Adm. Omar Saleh, 58, the chairman of the authority"
    outcome = graded("person", "Omar Saleh", "Who chairs the authority?", quote, typed,
                     accept=("Saleh", "Admiral Saleh"), article=CANAL)  # fmt: skip
    assert outcome is expected
