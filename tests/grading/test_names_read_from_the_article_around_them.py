"""What the article writes around a name says who the person is: its order (an article
that shortens one name to its first word writes family names first, so a name it never
shortens is read that way too), the noun of a description set after the name (`the
cooperative's chairwoman`), and the other names it writes (a word of a company's name typed
beside the surname is not the person's name)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

RACE = (
    "The women's race was won by Morikawa Aya, 26, in 2:24:10.",
    '"I ran the last ten kilometres alone," Morikawa said.',
    "Among the runners was Hasegawa Chiharu, 41, a teacher from Otsu, who finished in 3:01:40.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Hasegawa", C), ("Hasegawa Chiharu", C), ("Chiharu Hasegawa", C), ("Chiharu", X)],
)
def test_a_name_never_shortened_is_read_in_the_articles_order(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "choice",
        "Hasegawa Chiharu",
        question="Which teacher from Otsu finished in 3:01:40?",
        choices=("Morikawa Aya", "Hasegawa Chiharu", "Ishii Goro", "Hara Kenta"),
        citations=(cite("Hasegawa Chiharu, 41, a teacher from Otsu", RACE[2], 3),),
        article=RACE,
    )
    assert grade(question, typed).outcome is expected


def test_given_first_names_stay_given_first_where_no_name_is_shortened() -> None:
    report = ("Thomas Moore, the harbour master, closed the port.",)
    question = make_question(
        "person",
        "Thomas Moore",
        question="Who closed the port?",
        citations=(cite("Thomas Moore, the harbour master", report[0]),),
        article=report,
    )
    assert grade(question, "Moore").outcome is C
    assert grade(question, "Thomas").outcome is X


COOPERATIVE = (
    '"We named the price together," Rehema Juma Saidi, 54, the cooperative\'s chairwoman, '
    "told reporters at the signing.",
    "Talks broke down twice, Saidi said.",
    "Omari Saidi, 41, a farmer who is no relation to the chairwoman, said he would repay a loan.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Rehema Saidi", C), ("Ms Saidi", C), ("Mrs Saidi", C), ("Mr Saidi", X)],
)
def test_the_noun_of_a_description_after_the_name_says_their_sex(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "person",
        "Rehema Juma Saidi",
        question="Who chairs the cooperative?",
        accept=("Saidi",),
        citations=(cite("Rehema Juma Saidi, 54, the cooperative's chairwoman", COOPERATIVE[0]),),
        article=COOPERATIVE,
    )
    assert grade(question, typed).outcome is expected


def test_a_description_of_someone_else_after_the_name_says_nothing_of_theirs() -> None:
    report = (
        "Kai Ashdown, a friend of the widow, said the inquest would open on Monday.",
        "Ashdown said the family had asked for privacy.",
    )
    question = make_question(
        "person",
        "Kai Ashdown",
        question="Who said the inquest would open on Monday?",
        citations=(cite("Kai Ashdown, a friend of the widow", report[0]),),
        article=report,
    )
    assert grade(question, "Mr Ashdown").outcome is C
    assert grade(question, "Ms Ashdown").outcome is C


AIRLINE = (
    "Lintang Aviation builds the drones in Shenzhen.",
    "Qiao Ruoxi, the firm's West Africa manager, said the batteries were held at the port.",
    "Qiao said a new shipment would arrive in May.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Qiao", C),
        ("Qiao Ruoxi", C),
        ("manager Qiao", C),
        ("Qiao of Lintang Aviation", C),
        ("Qiao Lintang", X),
        ("Lintang Qiao", C),  # typed so for `Lintang's Qiao` too
        ("Qiao, 38, of Lintang", C),
        ("Qiao Aviation", X),
    ],
)
def test_a_word_of_another_name_typed_as_half_of_the_persons(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "Qiao Ruoxi",
        question="Who is Lintang Aviation's West Africa manager?",
        citations=(cite("Qiao Ruoxi, the firm's West Africa manager", AIRLINE[1], 2),),
        article=AIRLINE,
    )
    assert grade(question, typed).outcome is expected
