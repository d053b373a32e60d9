"""False accepts the fifty-first to fifty-fourth groups' first runs showed in true/false
answers, fixed in general; with invented articles: a correction's numbered label the quote
numbers otherwise (`match two` where it says match four), a count of what the quote says
there was none of, a multiple the quote and the figures do not give (`it triples it` where
it more than doubles, from 400 to 860), the figure of the other thing the quote sets beside
the question's own (`it lasted 48 hours` of the 72-hour stoppage, where 48 hours is the
other stoppage's), a unit of measure the quote does not give, a way a figure moved where
the quote says it stayed the same, the share the quote bounds given as it is (`about half`
where it says fewer than half), and none where it says some."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "Tavira Rovers won the regional volleyball final against Beja in five matches on "
    "Sunday. Mara Quist was struck in the face in match two and needed stitches.",
    "Quist, 27, sat out match four with a knee strain, but returned for match five and "
    "served the winning point.",
    "Constable Ines Varga said three fans were arrested for minor disorder after the final, "
    "and no injuries were reported.",
    "The club also approved a plan that will more than double the port's capacity.",
    "A second line would double output to some 90,000 tonnes a year by 2031.",
    "A 48-hour stoppage in March and a 72-hour stoppage in June were both called off after "
    "last-minute offers.",
    "The track is being resurfaced; each lap is 400 metres, and a unit is one kilowatt-hour.",
    "Tickets sold at an average fare of €41, unchanged from last year, while parking fell to €6.",
    'Director Ama Osei conceded that "fewer than half" of the stallholders had begun trading.',
)


def _claim(claim: str, key: str, quote: str, typed: str, explain: str | None = None) -> Outcome:
    paragraph = next(p for p in ARTICLE if quote in p)
    question = make_question(
        "claim",
        key,
        question=claim,
        citations=(cite(quote, paragraph),),
        article=ARTICLE,
        explain=explain,
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, she missed match two", X),
        ("False, she sat out match three", X),
        ("false, she missed match four", C),
        ("false, she sat out match four but returned for match five", C),
        ("false, she had a knee strain", C),
        ("false", C),
    ],
)
def test_a_numbered_label_the_quote_numbers_otherwise(typed: str, expected: Outcome) -> None:
    claim = "True or false: Mara Quist played in match four."
    quote = "Quist, 27, sat out match four with a knee strain"
    explain = "Quist missed match four with a knee strain and returned for match five."
    assert _claim(claim, "false", quote, typed, explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, only one person was injured", X),
        ("false, three people were injured", X),
        ("false, three fans were arrested and no one was injured", C),
        ("false, no injuries were reported", C),
        ("false, three were arrested", C),
        ("false, nobody was injured", C),
    ],
)
def test_a_count_of_what_the_quote_says_there_was_none_of(typed: str, expected: Outcome) -> None:
    claim = "True or false: police reported injuries after the final."
    quote = "three fans were arrested for minor disorder after the final, and no injuries were"
    explain = "Three fans were arrested, but no injuries were reported."
    assert _claim(claim, "false", quote, typed, explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true, it triples it", X),
        ("true, it will quadruple it", X),
        ("true, it more than doubles it", C),
        ("true, it doubles it", C),
        ("true, from 400 to 860 containers", C),
        ("true", C),
    ],
)
def test_a_multiple_the_quote_and_its_figures_do_not_give(typed: str, expected: Outcome) -> None:
    claim = "True or false: the plan will more than double the port's capacity."
    quote = "a plan that will more than double the port's capacity"
    explain = "Capacity goes from 400 to 860 containers a day."
    assert _claim(claim, "true", quote, typed, explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("true, it roughly triples it", C), ("true, it quadruples it", X)],
)
def test_a_multiple_the_figures_give(typed: str, expected: Outcome) -> None:
    claim = "True or false: the plan will more than double the port's capacity."
    quote = "a plan that will more than double the port's capacity"
    explain = "Capacity goes from 300 to 930 containers a day."
    assert _claim(claim, "true", quote, typed, explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it would quadruple it", X),
        ("false, it would triple it", X),
        ("false, it would double it", C),
        ("false, it would double, not triple it", C),
        ("false, it would only double output", C),
        ("false, to 90,000 tonnes", C),
    ],
)
def test_a_multiple_other_than_the_quotes(typed: str, expected: Outcome) -> None:
    claim = "True or false: the second line would triple output."
    quote = "A second line would double output to some 90,000 tonnes a year by 2031."
    explain = "The second line would double output, from about 45,000 to some 90,000 tonnes."
    assert _claim(claim, "false", quote, typed, explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("False, it lasted only 48 hours", X),
        ("false, it was cut to 48 hours", X),
        ("false, it was called off", C),
        ("false, it and the 48-hour stoppage were both called off", C),
        ("false, it was called off after last-minute offers", C),
    ],
)
def test_the_figure_of_the_other_thing_beside_the_questions(typed: str, expected: Outcome) -> None:
    claim = "True or false: the 72-hour stoppage called in June went ahead."
    quote = (
        "A 48-hour stoppage in March and a 72-hour stoppage in June were both called off after "
        "last-minute offers."
    )
    explain = "Both the March and the June stoppages were called off after last-minute offers."
    assert _claim(claim, "false", quote, typed, explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("False, a unit is one watt-hour", X),
        ("false, a unit is one gigawatt-hour", X),
        ("false, a unit is one kilowatt-hour", C),
        ("false, one kWh", C),
        ("false, it is a kilowatt-hour", C),
    ],
)
def test_a_unit_the_quote_does_not_give(typed: str, expected: Outcome) -> None:
    claim = "True or false: in the article, a unit is one megawatt-hour."
    quote = "a unit is one kilowatt-hour"
    explain = "The article says a unit is one kilowatt-hour."
    assert _claim(claim, "false", quote, typed, explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it is 400 feet", X),
        ("false, 400 metres", C),
        ("false, it is 400 m", C),
    ],
)
def test_a_unit_the_figure_converts_to(typed: str, expected: Outcome) -> None:
    claim = "True or false: each lap is 400 yards."
    quote = "each lap is 400 metres"
    assert _claim(claim, "false", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("False, it fell", X),
        ("false, it decreased slightly", X),
        ("false, it was unchanged", C),
        ("false, it stayed the same at €41", C),
        ("false, it did not rise", C),
        ("false, it neither rose nor fell", C),
    ],
)
def test_a_way_a_figure_moved_where_the_quote_says_it_stayed(typed: str, expected: Outcome) -> None:
    claim = "True or false: the average fare rose compared with last year."
    quote = "at an average fare of €41, unchanged from last year"
    explain = "The average fare, €41, was unchanged from last year."
    assert _claim(claim, "false", quote, typed, explain) is expected


@pytest.mark.parametrize(("typed", "expected"), [("false, it fell", C), ("false, it rose", X)])
def test_a_way_the_quote_says_a_figure_moved(typed: str, expected: Outcome) -> None:
    claim = "True or false: parking rose in price."
    quote = "while parking fell to €6"
    assert _claim(claim, "false", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, only about half", X),
        ("false, half of them", X),
        ("false, none had begun", X),
        ("false, no one had begun trading", X),
        ("false, fewer than half", C),
        ("false, less than half had", C),
        ("false, under half", C),
        ("false, nearly half", C),
        ("false, not even half", C),
        ("false, only a minority", C),
        ("false", C),
    ],
)
def test_a_share_the_quote_bounds(typed: str, expected: Outcome) -> None:
    claim = "True or false: most of the stallholders had begun trading, according to Osei."
    quote = 'Director Ama Osei conceded that "fewer than half" of the stallholders had begun'
    explain = "Osei said fewer than half of the stallholders had begun trading."
    assert _claim(claim, "false", quote, typed, explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("False - the city paid less than half", C),
        ("false, more than half came from the ministry", C),
        ("false, the city paid about half", X),
    ],
)
def test_a_bound_of_the_rest(typed: str, expected: Outcome) -> None:
    claim = "True or false: more than half of the grant came from the city."
    quote = "More than half of that came from the ministry and the rest from the city."
    question = make_question(
        "claim", "false", question=claim, citations=(cite(quote, quote),), article=(quote,)
    )
    assert grade(question, typed).outcome is expected
