"""Classes of misses held-out groups 246, 247 and folder 7 showed, each with invented
examples: a correction that repeats the claim's own word of comparison (`false, it matures
three weeks later` where the article says earlier); an accepted form that says where the
person works (`Annika Berglund of Ekman Rydén`), which made the firm's name a surname; a
range typed where the question asks for its top (`between €15 and €240`); a family name
written first that is also a word (`Oh`, `Gao`); a year the article never gives typed beside
a length of time (`two years, to June 2026`); a post the article gives only a bare
namesake (`Senator Kennedy`); groups 248 and 249: an amount said to have fallen from less
than itself (`60,000 won, down from 50,000 won`); a pronoun after `said Dr. Choi Mi-rae, …`
that tells her gender."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question, graded_claim

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
P = Outcome.PARTIAL

_MATURES = (
    "The new variety matures in about 95 days, three weeks earlier than Kisanga, the breeders said."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it matures three weeks earlier", C),
        ("false, it matures earlier", C),
        ("false, it matures three weeks later", X),
        ("false, it is later", X),
        ("false, Kisanga matures later", C),  # of the other side: true
    ],
)
def test_a_correction_repeating_the_claims_word_of_comparison_restates_it(
    typed: str, expected: Outcome
) -> None:
    assert graded_claim("TVS-207 matures later than Kisanga.", _MATURES, typed) is expected


_TRUSTEES = (
    "In Östersund, the court named Annika Berglund, a partner at the Stockholm law firm "
    "Ekman Rydén, as trustee of the Swedish company. Oslo lawyer Halvard Moen was named "
    "for Norway."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Annika Berglund", C),
        ("Berglund of Ekman Rydén", C),
        ("Annika Berglund of Ekman Rydén", C),
        ("Ekman Rydén", X),
        ("Rydén", X),
        ("Moen", X),
    ],
)
def test_an_accepted_form_saying_where_the_person_works_names_only_the_person(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "person",
        "Annika Berglund",
        "Who was named trustee of the Swedish company?",
        "the court named Annika Berglund",
        _TRUSTEES,
        accept=("Berglund", "Annika Berglund of Ekman Rydén"),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("€240", C),
        ("240 euros", C),
        ("up to €240", C),
        ("between €15 and €240", X),
        ("€15 to €240", X),
        ("€15", X),
    ],
)
def test_a_range_ending_at_the_answer_is_two_values(typed: str, expected: Outcome) -> None:
    paragraph = "Tickets for the final are priced from €15 to €240, the organisers said."
    question = cited_question(
        "money",
        "€240",
        "How much does the dearest ticket for the final cost?",
        "priced from €15 to €240",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        ("Oh Ji-hoon", "Oh", "Ji-hoon"),  # `oh` is also a word typed before an answer
        ("Gao Yiting", "Gao", "Yiting"),  # `Gao` is also a town in Mali
        ("Do Van Hung", "Do", "Van Hung"),
    ],
)
def test_a_family_name_written_first_that_is_also_a_word_is_the_surname(
    name: str, family: str, given: str
) -> None:
    paragraph = (
        f"Choi Min-jun, the fund's lawyer, said he would appeal. His colleague {name} "
        "said nothing more."
    )
    quote = f"{name} said nothing more"
    person = cited_question("person", name, "Who said nothing more?", quote, paragraph)
    assert grade(person, family).outcome is C
    assert grade(person, given).outcome is X
    assert grade(person, "Choi").outcome is X
    choice = cited_question(
        "choice", name, "Who said nothing more?", quote, paragraph, choices=("Choi Min-jun", name)
    )
    assert grade(choice, family).outcome is C
    assert grade(choice, given).outcome is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("three years", C),
        ("three years, to March 2029", C),
        ("3 years to 2029", C),
        ("three years, to March 2028", X),
        ("three years until 2028", X),
        ("three years, signed in 2024", X),
    ],
)
def test_a_year_the_article_never_gives_beside_a_length_of_time(
    typed: str, expected: Outcome
) -> None:
    paragraph = (
        "The club said Lind had agreed a three-year contract extension, to March 2029, "
        "and had turned down an offer from Porto."
    )
    question = cited_question(
        "duration",
        "three years",
        "How long is Lind's contract extension?",
        "a three-year contract extension, to March 2029",
        paragraph,
        default_year=2026,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Patrick Kennedy", C),
        ("Rep. Kennedy", C),
        ("Representative Kennedy", C),
        ("Senator Kennedy", X),  # the senator who did not vote
        ("Sen. Kennedy", X),
    ],
)
def test_a_post_the_article_gives_only_a_bare_namesake_names_someone_else(
    typed: str, expected: Outcome
) -> None:
    article = (
        "The bill was introduced on March 9 by Rep. Patrick Kennedy of Rhode Island.",
        "It passed the Senate with 74 yeas and 25 nays. Senator Kennedy did not vote.",
    )
    question = cited_question(
        "person",
        "Patrick Kennedy",
        "Which representative introduced the bill?",
        "by Rep. Patrick Kennedy",
        *article,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("60,000 won per runner", C),
        ("60,000 won", P),  # what it is per left off: half the fact
        ("60,000 won per runner, up from 50,000 won", C),
        ("60,000 won, down from 50,000 won", X),
        ("60,000 won, up from 70,000 won", X),
    ],
)
def test_an_amount_said_to_fall_from_less_than_itself(typed: str, expected: Outcome) -> None:
    paragraph = "The entry fee rose to 60,000 won per runner this year, up from 50,000 won."
    question = cited_question(
        "money",
        "60,000 won per runner",
        "What was this year's entry fee?",
        "rose to 60,000 won per runner",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


def test_a_pronoun_after_a_name_said_with_its_title_tells_the_gender() -> None:
    article = (
        "Medical teams treated 214 runners, said Dr. Choi Mi-rae, the race's medical "
        "director. None was in a serious condition, she said.",
        "Park Seo-joon won the men's race. He said he was delighted.",
    )
    question = cited_question(
        "person", "Choi Mi-rae", "Who is the race's medical director?", "Choi Mi-rae", *article
    )
    assert grade(question, "Ms Choi").outcome is C
    assert grade(question, "Dr Choi").outcome is C
    assert grade(question, "Mr Choi").outcome is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("86.4 billion won", C),
        ("86.4 billion won ($62.6 million)", C),
        ("86.4 billion won (about $62.6 million)", C),
        ("86.4 billion won ($70 million)", X),  # not the article's conversion
        ("86.4 billion won ($18 million)", X),  # the article's conversion of another sum
        ("$62.6 million", X),  # the conversion alone: labelled answers mark it wrong
    ],
)
def test_the_amount_with_the_articles_own_conversion_beside_it(
    typed: str, expected: Outcome
) -> None:
    paragraph = (
        "The court found that Kim stole 86.4 billion won ($62.6 million) from the fund, and "
        "prosecutors recovered 24.9 billion won ($18 million)."
    )
    question = cited_question(
        "money",
        "86.4 billion won",
        "How much did Kim steal from the fund?",
        "stole 86.4 billion won ($62.6 million)",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("six minutes", C),
        ("six minutes, from 2:47 to 2:53 a.m.", C),
        ("six minutes, from 2:47 to 2:55 a.m.", X),  # a time the article does not give
        ("seven minutes, from 2:47 to 2:53 a.m.", X),
    ],
)
def test_a_length_of_time_with_the_articles_times_of_day_beside_it(
    typed: str, expected: Outcome
) -> None:
    paragraph = "The thieves were inside for six minutes, from 2:47 to 2:53 a.m., police said."
    question = cited_question(
        "duration",
        "six minutes",
        "How long were the thieves inside?",
        "inside for six minutes",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tesfaye Bekele", C),
        ("Tesfaye Bekele, in 2019", C),
        ("Tesfaye Bekele, in 2017", X),  # a year the article never gives
        ("Bekele in 2017", X),
    ],
)
def test_a_person_with_a_year_the_article_never_gives(typed: str, expected: Outcome) -> None:
    paragraph = (
        "Cheruiyot took 43 seconds off the record of 2:06:31 set by Ethiopia's Tesfaye Bekele "
        "in 2019."
    )
    question = cited_question(
        "person",
        "Tesfaye Bekele",
        "Who set the previous course record?",
        "set by Ethiopia's Tesfaye Bekele in 2019",
        paragraph,
    )
    assert grade(question, typed).outcome is expected
