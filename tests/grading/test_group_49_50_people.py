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
    ("typed", "expected"), [("Castell", X), ("Mr Castell", C), ("Dr Castell", X)]
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
    ("typed", "expected"), [("Lind", X), ("Ms Lind", C), ("Mr Lind", X), ("Sara Lind", C)]
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


FIRES = (
    "Those arrested are Dario Fois, 34, and Carlo Mura, 47, who runs a clearing firm.",
    "A volunteer, Elio Mura, 61, was treated for burns; police said he is not related to "
    "the suspect.",
    "Firefighters worked through the night.",
    "Mura's firm was paid €185,000 for clearing burnt land, the prosecutor said.",
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [("Elio Mura", "Mura", X), ("Elio Mura", "Elio Mura", C), ("Carlo Mura", "Mura", X)],
)
def test_the_namesake_said_to_be_no_kin_is_not_the_surname_alone(
    key: str, typed: str, expected: Outcome
) -> None:
    quote = "Elio Mura, 61" if key == "Elio Mura" else "Carlo Mura, 47"
    outcome = graded("person", key, "Who is it?", quote, typed, article=FIRES)
    assert outcome is expected


MUSEUM = (
    "The coins were taken from the Claeys Numismatic Museum in Ghent.",
    "The museum was founded in 1961 with the collection of merchant Albert Claeys.",
    "Sofie Claeys, the alderman for culture and no relation of the founder, said the city "
    'would pay for an alarm. "Small museums cannot pay for this alone," Claeys said.',
)


@pytest.mark.parametrize(("key", "expected"), [("Sofie Claeys", X), ("Albert Claeys", X)])
def test_the_surname_alone_in_her_own_paragraph_still_names_neither(
    key: str, expected: Outcome
) -> None:
    quote = "Sofie Claeys, the alderman" if key == "Sofie Claeys" else "merchant Albert Claeys"
    outcome = graded("person", key, "Who is it?", quote, "Claeys", article=MUSEUM)
    assert outcome is expected


def test_a_title_before_the_namesake_keeps_her_pronoun_hers() -> None:
    article = (
        '"They take our salt," said Mateo Quispe, 39, president of the federation.',
        "Gov. Rosa Quispe, 47, who is not related to the protest leader, backed the plan.",
        "Gov. Quispe said she would challenge the contract.",
        "Quispe said the federation would talk only in Potosí.",
    )
    quote = "said Mateo Quispe, 39, president of the federation"
    outcome = graded("person", "Mateo Quispe", "Who leads the federation?", quote,
                     "Mr. Quispe", article=article)  # fmt: skip
    assert outcome is C
