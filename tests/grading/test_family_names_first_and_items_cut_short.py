"""A family name written first that the article never writes alone still names the person
(the Vietnamese way), and a list item typed as the start of two of the article's names names
neither. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_person, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


ARTICLE = (
    "Le Minh Quan, the harbour master, said the dredger would arrive in May.",
    "Pham Thi Lan, 47, a shrimp farmer, said her ponds had flooded twice.",
    '"We lost everything," Lan said. Lan had borrowed 30 million dong.',
    "Quan said the channel would be closed for a week.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Pham Thi Lan", C),
        ("Lan", C),
        ("Ms Lan", C),
        ("Ms Pham", C),
        ("Pham", C),
        ("Ms Thi", X),
        ("Le", X),
    ],
)
def test_a_family_name_written_first_names_the_person(typed: str, expected: Outcome) -> None:
    assert graded_person(ARTICLE, "Pham Thi Lan", "Pham Thi Lan, 47", 1, typed) is expected


def test_a_family_name_two_people_bear_names_neither() -> None:
    article = (
        "Pham Thi Lan, 47, a shrimp farmer, said her ponds had flooded. Lan said so twice.",
        "Pham Van Hai, the district chief, said the dyke would be raised. Hai said so too.",
    )
    assert graded_person(article, "Pham Thi Lan", "Pham Thi Lan, 47", 0, "Ms Pham") is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Hoa Binh, Long Son, Tan Hiep and Krong Pa Nam", C),
        ("Hoa Binh district, Long Son, Tan Hiep and Krong Pa Nam district", C),
        ("Hoa Binh, Long Son, Tan Hiep and Krong Pa", X),
    ],
)
def test_an_item_typed_as_the_start_of_two_names(typed: str, expected: Outcome) -> None:
    paragraph = (
        "The worst damage was in the coastal districts of Hoa Binh, Long Son and Tan Hiep, "
        "and in Krong Pa Nam, where rice covers more land."
    )
    question = make_question(
        "list",
        ("Hoa Binh", "Long Son", "Tan Hiep", "Krong Pa Nam"),
        question="Which four districts had the worst damage?",
        # Accepted forms with `district` after each item once let the cut item through.
        accept=("Hoa Binh district, Long Son district, Tan Hiep district, Krong Pa Nam district",),
        citations=(cite("Hoa Binh, Long Son and Tan Hiep, and in Krong Pa Nam", paragraph),),
        article=(paragraph, "Farmers in Krong Pa Bac lost less."),
    )
    assert grade(question, typed).outcome is expected
