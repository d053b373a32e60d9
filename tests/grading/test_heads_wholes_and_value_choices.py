"""From groups 312 and 313's misses, each with invented examples: what every item of a list
is (`oil`) names none of them, so a new word before it is one more item; an accepted
correction's figures typed the other way round; a month the explanation gives; a true
verdict that gives only the whole a part is of; a correction that denies what the quote
says will be done; a person put in another item's place; a choice read as the value it
states; an answer followed by the article's own description of it. Then, from the classes
the authors of groups 318 and 319 saw in `check` and the seen misses: what the article says
another figure's members were; the initials of a whole name."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

OILS = (
    "Inspectors said the olive oil contained palm oil.",
    "The laboratory found palm oil in 6 of 10 samples. Two samples also held rapeseed oil, "
    "and one held corn oil.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("palm oil, rapeseed oil and corn oil", C),
        ("palm, rapeseed and corn oil", C),
        ("palm, rapeseed and corn", C),
        ("palm, rapeseed, corn and olive oil", X),
    ],
)
def test_a_new_word_before_what_every_item_is_names_one_more(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("palm oil", "rapeseed oil", "corn oil"),
        question="Which three cheaper oils did the laboratory find in the samples?",
        citations=(cite("found palm oil in 6 of 10 samples", OILS[1], 2),),
        article=OILS,
    )
    assert grade(question, typed).outcome is expected


FORGERIES = "Forgery cases at the registry rose from three in 2022 to nine so far this year."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, three in 2022 against nine so far this year", C),
        ("false, nine so far this year, up from three in 2022", C),
        ("false, nine in 2022 against three so far this year", X),
    ],
)
def test_an_accepted_corrections_figures_the_other_way_round(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim",
        "false",
        question="The registry recorded more forgery cases in 2022 than so far this year.",
        accept=("false", "false, three in 2022 against nine so far this year"),
        citations=(cite(FORGERIES, FORGERIES),),
        article=(FORGERIES,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, there was one in January", C),
        ("false, it was the second", C),
        ("false, there was one in May", X),  # a month the article writes only as a verb
    ],
)
def test_a_month_the_explanation_gives(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "This month's flood was the first flood of the year.",
        "It was the second flood of the year, and more may follow.",
        typed,
        explain="It was the second; in January the river burst its banks for a day.",
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true", C),
        ("true, in three of the eleven", C),
        ("true, 3 of 11", C),
        ("true, in all eleven", X),
        ("true, eleven", X),
    ],
)
def test_a_true_verdict_with_only_the_whole(typed: str, expected: Outcome) -> None:
    said = "In three of the eleven sheep that were treated, the wounds healed within a week."
    assert graded_claim(said, said, typed, key="true") is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it will only appeal the fine", C),
        ("false, it will not appeal the ban", C),
        ("false, it will not appeal the fine", X),
    ],
)
def test_a_correction_that_denies_what_will_be_done(typed: str, expected: Outcome) -> None:
    quote = "Rahimi said the club would appeal the fine but not the ban."
    assert graded_claim("The club will appeal the ban.", quote, typed) is expected


INJURED = (
    "Among the injured is Ana Lopes, 34, a climber from Braga, who broke her arm.",
    "The other two are a boy from Porto, who broke a leg, and Rui Sousa, 58, a guide.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ana Lopes, a boy from Porto and Rui Sousa", C),
        ("Ana Lopes, a boy from Braga and Rui Sousa", X),
    ],
)
def test_a_person_put_where_the_article_puts_another(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("Ana Lopes", "a boy from Porto", "Rui Sousa"),
        question="Who are the three injured?",
        citations=(cite("Ana Lopes", INJURED[0]), cite("a boy from Porto", INJURED[1], 2)),
        article=INJURED,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("choices", "key", "typed", "expected"),
    [
        (("40 lari a day", "14 lari a day", "40 lari a week", "$40 a day"), "40 lari a day",
         "forty lari per day", C),
        (("40 lari a day", "14 lari a day", "40 lari a week", "$40 a day"), "40 lari a day",
         "40 lari per week", X),
        (("S/150", "S/60", "S/90"), "S/60", "60 soles", C),
        (("S/150", "S/60", "S/90"), "S/60", "90 soles", X),
    ],
)  # fmt: skip
def test_a_choice_read_as_the_value_it_states(
    choices: tuple[str, ...], key: str, typed: str, expected: Outcome
) -> None:
    quote = f"Visitors pay {key}, the ministry said."
    question = make_question(
        "choice",
        key,
        question="What do visitors pay?",
        choices=choices,
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("provincial route 43", C),
        ("route 43", C),
        ("national route 43", X),  # the choices differ in more than their values
    ],
)
def test_choices_that_differ_in_words_are_not_read_as_values(typed: str, expected: Outcome) -> None:
    quote = "Strikers blocked provincial route 43 for about nine hours."
    question = make_question(
        "choice",
        "provincial route 43",
        question="Which road did the strikers block?",
        choices=("provincial route 34", "provincial route 43", "national route 40"),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


VILLAGES = (
    "The cooperative presses its oil in Upper Vale, 38 km south-east of Ronda, and runs "
    "a school in Lower Vale, 4 km down the valley.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Upper Vale", C),
        ("Upper Vale, 38 km south-east of Ronda", C),
        ("Lower Vale, 38 km south-east of Ronda", X),
        ("Upper Vale, 4 km down the valley", X),
    ],
)
def test_an_answer_with_the_articles_own_description_of_it(typed: str, expected: Outcome) -> None:
    question = make_question(
        "text",
        "Upper Vale",
        question="Where does the cooperative press its oil?",
        citations=(cite("presses its oil in Upper Vale", VILLAGES[0]),),
        article=VILLAGES,
    )
    assert grade(question, typed).outcome is expected


TREES = ("Of the 48,600 trees surveyed, 11,240 were infested (23.1%) and 3,860 were dead.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("23.1 percent", C),
        ("23.1 percent infested", C),
        ("23.1 percent dead", X),
        ("23.1% were dead", X),
    ],
)
def test_what_the_article_says_another_figures_members_were(typed: str, expected: Outcome) -> None:
    """Known from group 319's `check` before its first run: a share typed with what the
    article says of another figure's members (`dead`, of the 3,860) says it of the key's."""
    question = make_question(
        "number",
        "23.1 percent",
        question="What share of the surveyed trees were infested?",
        citations=(cite("11,240 were infested (23.1%)", TREES[0]),),
        article=TREES,
    )
    assert grade(question, typed).outcome is expected


COURT = (
    "The Supreme Court of Appeal dismissed the appeal on Friday.",
    "The South Coast Authority said it would study the ruling.",
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("the Supreme Court of Appeal", "SCA", X),  # the South Coast Authority too
        ("the Supreme Court of Appeal", "the Supreme Court of Appeal", C),
        ("the National Nurses Organisation", "NNO", C),
        ("the National Nurses Organisation", "the NNO", C),
        ("the National Nurses Organisation", "NNU", X),
        ("the National Nurses Organisation", "NN", X),
        ("the genogroup II strain", "GI", X),  # a numeral is no word to take a letter of
    ],
)
def test_the_initials_of_the_whole_name(key: str, typed: str, expected: Outcome) -> None:
    """From the seen misses: `NZNO` for the New Zealand Nurses Organisation, `SCA` for the
    Supreme Court of Appeal, where the article writes no short form: the initials of every
    word of the name, unless another name of the article has them too."""
    said = (f"Pay talks broke down, said {key[4:]} on Friday.",)
    article = COURT if "Supreme" in key else said
    question = make_question(
        "text",
        key,
        question="Which body said so?",
        citations=(cite(key[4:], article[0]),),
        article=article,
    )
    assert grade(question, typed).outcome is expected


def test_a_paragraph_ending_on_a_figure_and_were_is_read() -> None:
    """A cited paragraph whose last words are a figure and `were` (a pasted fragment, a
    headline) has no state to read after them, and grades all the same."""
    paragraph = "Of the 48,600 trees surveyed, 11,240 were infested (23.1%) and 3,860 were"
    question = make_question(
        "number",
        "23.1 percent",
        question="What share of the surveyed trees were infested?",
        citations=(cite("11,240 were infested (23.1%)", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, "23.1 percent").outcome is C
    assert grade(question, "23.1 percent infested").outcome is C
