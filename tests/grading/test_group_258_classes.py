"""Classes of false rejects that held-out group 258 showed (after its first figure), each
with invented examples:

- the Malay `binti` (`binte`, short `bte`), `daughter of`, inside a name is a particle of
  it, as `bin` is: `Siti Rohana bte Ismail` names Siti Rohana binte Ismail, and another
  father's name after it names someone else;
- (a false accept) the Arctic for the Antarctic (`the Arctic Research Station` for the
  Antarctic one, whose initials are those of the key's accepted short form): the other end
  of the earth, as north is of south;
- choices that each give a post, then a name (`committee chair Ruth Hallett`, `Fisheries
  Minister Craig Loftus`) are choices of people: the name alone, or its surname, picks
  one, as the post alone does;
- (a false accept) a claim corrected with the article's amount in another currency
  (`false, they were promised 290 dollars` where it gives 290 pesos, about $7.25).
"""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question, graded, graded_claim

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

CLINIC = (
    "The clinic's director, Siti Rohana binte Ismail, said the new wing would open in May.",
    "Ahmad Faiz bin Hamid, a nurse, said staff had waited four years for the wing.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Siti Rohana binte Ismail", C),
        ("Siti Rohana bte Ismail", C),
        ("Siti Rohana binti Ismail", C),
        ("Siti Rohana", C),
        ("Siti Rohana bte Hamid", X),
        ("Ahmad Faiz bin Hamid", X),
    ],
)
def test_a_malay_patronymic_particle(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "person",
        "Siti Rohana binte Ismail",
        "Who is the clinic's director?",
        "Siti Rohana binte Ismail",
        *CLINIC,
        accept=("Siti Rohana",),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, they were promised 290 pesos a kilogram", C),
        ("false, 290 pesos", C),
        ("false, about $7.25 a kilogram", C),
        ("false", C),
        ("false, they were promised 290 dollars a kilogram", X),
        ("false, 290 euros", X),
    ],
)
def test_a_correction_in_another_currency(typed: str, expected: Outcome) -> None:
    quote = "Growers had been promised 290 pesos (about $7.25) per kilogram for fine wool."
    claim = "Growers had been promised 210 pesos per kilogram for fine wool."
    explain = "They had been promised 290 pesos per kilogram; 210 pesos is the new advance."
    assert graded_claim(claim, quote, typed) is expected
    assert graded_claim(claim, quote, typed, explain=explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the Institute for Ocean and Antarctic Science", C),
        ("Institute for Ocean and Antartic Science", C),
        ("IOAS", C),
        ("Institute for Ocean and Arctic Science", X),
    ],
)
def test_the_arctic_is_not_the_antarctic(typed: str, expected: Outcome) -> None:
    quote = "said Dr Ana Molina, a glaciologist at the Institute for Ocean and Antarctic Science"
    asked = "At which institute does Dr Molina work?"
    key = "Institute for Ocean and Antarctic Science"
    assert graded("text", key, asked, quote, typed, accept=("IOAS",)) is expected


HARBOUR = (
    "Council leader Ines Varga said the harbour would reopen on Monday, after talks with "
    "harbour master Tomas Ekdahl and police chief Daniel Obi.",
    "Harbour Board Chairman Ben Aziz said the board would meet again in June.",
)
HARBOUR_CHOICES = (
    "harbour master Tomas Ekdahl",
    "council leader Ines Varga",
    "police chief Daniel Obi",
    "Harbour Board Chairman Ben Aziz",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("council leader Ines Varga", C),
        ("Ines Varga", C),
        ("Varga", C),
        ("b", C),
        ("the council leader", C),
        ("the police chief", X),
        ("Ines", X),
        ("Obi", X),
        ("Tomas Ekdahl", X),
    ],
)
def test_choices_of_a_post_and_a_name(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "choice",
        "council leader Ines Varga",
        "Who said the harbour would reopen on Monday?",
        "Ines Varga said the harbour would reopen on Monday",
        *HARBOUR,
        choices=HARBOUR_CHOICES,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Harbour Board Chairman Ben Aziz", C),
        ("Ben Aziz", C),
        ("Aziz", C),
        ("the Harbour Board Chairman", C),
        ("the council leader", X),
        ("Ben", X),
    ],
)
def test_a_capitalised_post_before_a_name(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "choice",
        "Harbour Board Chairman Ben Aziz",
        "Who said the harbour board would meet again in June?",
        "Harbour Board Chairman Ben Aziz said the board would meet again in June",
        *HARBOUR,
        choices=HARBOUR_CHOICES,
    )
    assert grade(question, typed).outcome is expected
