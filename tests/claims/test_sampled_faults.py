"""Faults read while sampling held-out packs: a compound length of time changed in its
first part only by a value of its own unit (`47 seconds 47 seconds` for `1 minute 47
seconds`), a listed year never moved across the article's own date (`not held in 2020 and
2031` when the article is of 2025), and no body swapped inside a longer name (`Amazon
Progresso` for the town of Novo Progresso). On small articles written here."""

from __future__ import annotations

import re

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.grading import grade
from newsquiz.pack import load_pack

RACE = """\
Marathon record falls in Addis
Alemu won in 2 hours 4 minutes, breaking the course record by 1 minute 47 seconds.
Jepkorir finished 42 seconds behind, and the roads were closed for six hours.
The race was not held in 2020 and 2021 because of the pandemic.
Jobs at the Novo Progresso sawmill depend on Amazon orders, the mayor said.
"""


def bank(write_pack: WritePack, questions: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: race\ntitle: Race\n"
        "article: {file: article.txt, published: 2025-03-02}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, RACE)), max_false=40)


def test_a_compound_length_of_time_is_never_doubled(write_pack: WritePack) -> None:
    (margin,) = bank(
        write_pack,
        "  - id: margin\n    question: By how much did Alemu break the course record?\n"
        "    answer: 1 minute 47 seconds\n    kind: duration\n"
        "    cite: breaking the course record by 1 minute 47 seconds\n"
        "    claim: Alemu broke the course record by {answer}.\n",
    ).by_question
    for claim in margin.false_claims:
        assert not re.search(r"seconds? \d+ seconds", claim.value), claim.sentence
        assert not re.search(r"(\d+ \w+) \1", claim.value), claim.sentence
        # Its first part stays a whole number of its own unit: never `half a minute 47
        # seconds` (seen in a blind judging, judged-held-out-25b.md #20).
        assert re.fullmatch(r"\d+ minutes? 47 seconds", claim.value), claim.sentence
    assert margin.false_claims, margin.problem


def test_a_listed_year_never_crosses_the_articles_date(write_pack: WritePack) -> None:
    (years,) = bank(
        write_pack,
        "  - id: years\n    question: In which years was the race not held?\n"
        "    answer: ['2020', '2021']\n    kind: list\n"
        "    cite: The race was not held in 2020 and 2021\n"
        "    claim: The race was not held in {answer}.\n",
    ).by_question
    assert years.false_claims, years.problem
    for claim in years.false_claims:
        assert all(int(y) <= 2025 for y in re.findall(r"\b20\d\d\b", claim.value)), claim.value
        assert not grade(years.question, claim.value).correct


def test_no_body_is_swapped_inside_a_longer_name() -> None:
    from newsquiz.claims import perturb

    article = ["Logging licences in the Amazon rainforest were cancelled."]
    assert perturb.other_organisations("Novo Progresso", article) == []
    assert perturb.other_organisations("Novo Nordisk", article)  # the body's own name is


HEAT = """\
Spain sets heat record
Montoro recorded 47.9 °C (118.2 °F) on Sunday, a new national temperature record.
It beat the previous record of 47.4 °C (117.3 °F), set in 2017, and the town of 12,000 people saw 215 admissions.
"""


def test_degrees_of_one_scale_are_never_put_in_the_other(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: heat\ntitle: Heat\n"
        "article: {file: article.txt, published: 2025-08-11}\nquestions:\n"
        "  - id: f\n    question: What is the new record in degrees Fahrenheit?\n"
        "    answer: 118.2 °F\n    kind: number\n    cite: 47.9 °C (118.2 °F)\n"
        "    claim: The new record is {answer}.\n"
    )
    (record,) = ClaimBank(load_pack(write_pack(yaml, HEAT)), max_false=40).by_question
    assert not any(c.value.startswith(("47.", "12,000")) for c in record.false_claims), [
        c.value for c in record.false_claims
    ]
