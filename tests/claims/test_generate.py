"""Claims and rounds from the seed pack and small packs: never accidentally true."""

from __future__ import annotations

import random
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import SEED_PACK, WritePack

from newsquiz.claims import ClaimBank, Family, lint
from newsquiz.claims.generate import MAX_RUN, truth_pattern
from newsquiz.grading import grade
from newsquiz.pack import Pack, Severity, load_pack


@cache
def seed_bank() -> ClaimBank:
    return ClaimBank(load_pack(SEED_PACK))


def longest_run(truths: list[bool]) -> int:
    best = run = 0
    for i, truth in enumerate(truths):
        run = run + 1 if i and truths[i - 1] == truth else 1
        best = max(best, run)
    return best


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32), count=st.one_of(st.none(), st.integers(1, 40))
)
def test_rounds_follow_the_rules_and_no_value_lies_about_its_truth(
    seed: int, count: int | None
) -> None:
    bank = seed_bank()
    claims = bank.round(seed, count)
    assert claims == bank.round(seed, count)  # deterministic per seed
    playable = len(bank.playable)
    assert len(claims) == (playable if count is None else min(count, playable))
    ids = [c.question_id for c in claims]
    assert len(ids) == len(set(ids))  # each question at most once
    truths = [c.truth for c in claims]
    assert abs(truths.count(True) - truths.count(False)) <= 1  # about half and half
    assert longest_run(truths) <= MAX_RUN
    for claim in claims:
        verdict = grade(claim.question, claim.value)
        assert verdict.correct == claim.truth, (claim.question_id, claim.value)
        assert claim.sentence[claim.span[0] : claim.span[1]] == claim.stated


def test_every_claim_of_the_seed_pack_grades_as_its_truth() -> None:
    for claims in seed_bank().by_question:
        for claim in claims.claims:
            assert grade(claim.question, claim.value).correct == claim.truth
            if not claim.truth:
                assert claim.value != claim.true_value
                assert claim.stated in claim.sentence


def test_false_claims_state_the_changed_value_in_the_cited_sentence() -> None:
    claims = next(qc for qc in seed_bank().by_question if qc.question.id == "days-since-last-call")
    assert claims.true_claim is not None and "in 84 days" in claims.true_claim.sentence
    wrong = {c.value: c for c in claims.false_claims}
    assert wrong and all(f"in {value} days" in c.sentence for value, c in wrong.items())
    assert all("84 days" not in c.sentence for c in claims.false_claims)
    # "the first call between the two in 48 days" is true as well: only longer spans are false.
    assert all(int(value) > 84 for value in wrong)


def test_seed_pack_rounds_differ_between_seeds() -> None:
    bank = seed_bank()
    assert bank.round(1) != bank.round(2)


def test_truth_patterns_stay_balanced_without_long_runs() -> None:
    rng = random.Random(0)
    for size in range(30):
        pattern = truth_pattern(size - size // 2, size // 2, rng)
        assert longest_run(pattern) <= MAX_RUN and pattern.count(False) == size // 2


PACK = """\
format: newsquiz/1
id: tiny
title: Tiny
article: {{file: article.txt, published: 2022-05-13}}
questions:
{questions}
"""
ARTICLE = (
    "US Secretary of Defense Lloyd Austin spoke with Russian Defense Minister Sergei Shoigu.\n"
    "The call lasted about an hour and was the first in 84 days; they last spoke on February 18.\n"
    "Pentagon press secretary John Kirby said the call was at the request of Austin.\n"
    "Meanwhile, Finland and Sweden are moving closer to NATO, and the US is set to approve $40 billion.\n"
    "The mood was described as cordial.\n"
)


def tiny(write_pack: WritePack, questions: str) -> Pack:
    return load_pack(write_pack(PACK.format(questions=questions), ARTICLE))


def test_false_values_come_from_the_article_first(write_pack: WritePack) -> None:
    pack = tiny(
        write_pack,
        "  - id: asked\n    question: Who asked for the call?\n    answer: Lloyd Austin\n"
        "    kind: person\n    cite: at the request of Austin\n"
        "  - id: date\n    question: When did they last speak?\n    answer: February 18\n"
        "    kind: date\n    cite: they last spoke on February 18\n",
    )
    bank = ClaimBank(pack)
    asked, date = bank.by_question
    people = [c.value for c in asked.false_claims]
    # John Kirby is named in the cited sentence itself: "Kirby said … at the request of Kirby" is nonsense.
    assert people == ["Sergei Shoigu"]
    assert all(c.family is Family.ARTICLE for c in asked.false_claims)
    assert "at the request of Sergei Shoigu." in asked.false_claims[0].sentence
    assert date.false_claims[0].family is Family.NEIGHBOUR  # the article has no other date
    assert [c.value for c in date.false_claims][:2] == ["February 17", "February 19"]


def test_a_value_the_grader_accepts_is_never_a_false_claim(write_pack: WritePack) -> None:
    # 83 is within the author's tolerance, so "83 days" would be accidentally true.
    pack = tiny(
        write_pack,
        "  - id: gap\n    question: How many days since the last call?\n    answer: 84\n"
        "    kind: number\n    tolerance: 1\n    cite: the first in 84 days\n",
    )
    values = [c.value for c in ClaimBank(pack).by_question[0].false_claims]
    assert values and "83" not in values and "85" not in values
    # "the first in 74 days" would be true as well: a shorter span never makes a false claim.
    assert all(int(value) > 85 for value in values)


def test_a_list_swaps_one_item_for_a_neighbour(write_pack: WritePack) -> None:
    pack = tiny(
        write_pack,
        "  - id: nato\n    question: Which two countries are moving closer to NATO?\n"
        "    answer: [Finland, Sweden]\n    cite: Finland and Sweden are moving closer to NATO\n",
    )
    claims = ClaimBank(pack).by_question[0]
    assert claims.true_claim is not None and claims.true_claim.value == "Finland and Sweden"
    assert claims.false_claims[0].value == "Finland and Norway"
    assert claims.false_claims[0].sentence.startswith("Meanwhile, Finland and Norway are moving")


def test_lint_notes_a_question_with_nothing_to_change(write_pack: WritePack) -> None:
    pack = tiny(
        write_pack,
        "  - id: mood\n    question: How was the mood described?\n    answer: cordial\n"
        "    cite: described as cordial\n"
        "  - id: money\n    question: How much is the US set to approve?\n    answer: $40 billion\n"
        "    cite: approve $40 billion\n",
    )
    problems = lint(pack)
    assert [(p.question_id, p.severity) for p in problems] == [("mood", Severity.NOTE)]
    assert "no plausible false claim" in problems[0].message
    assert problems[0].line == 8 and problems[0].file == pack.path
    assert [qc.question.id for qc in ClaimBank(pack).playable] == ["money"]


def test_true_or_false_questions_are_left_out_without_a_warning(write_pack: WritePack) -> None:
    pack = tiny(
        write_pack,
        "  - id: tf\n    question: 'True or false: the call lasted about an hour.'\n"
        "    answer: 'true'\n    kind: claim\n    cite: The call lasted about an hour\n",
    )
    assert lint(pack) == [] and ClaimBank(pack).playable == ()
    assert ClaimBank(pack).round(1) == ()


@pytest.mark.parametrize("count", [1, 2, 3])
def test_a_small_count_is_honoured(count: int) -> None:
    assert len(seed_bank().round(5, count)) == count


HELP_FROM_ABROAD = """\
Floods in the Rhone valley
About 120 rescuers from Germany, Italy and Spain were flown to Lyon on Friday, joining 600 local crews.
The floods are the worst in south-eastern France since 2003.
"""


def test_a_list_of_help_from_abroad_never_gains_the_country_where_it_arrives(
    write_pack: WritePack,
) -> None:
    """Lyon is in France: 'rescuers from Spain, Italy and France were flown to Lyon' gives
    the host as one of the countries sending help (judged a place of another role: Canada
    among the countries sending firefighters to Quebec)."""
    yaml = (
        "format: newsquiz/1\nid: floods\ntitle: Floods\n"
        "article: {file: article.txt, published: 2024-05-02}\nquestions:\n"
        "  - id: help\n    question: From which three countries were rescuers flown to Lyon?\n"
        "    answer: [Germany, Italy, Spain]\n    kind: list\n"
        "    cite: rescuers from Germany, Italy and Spain\n"
        "    claim: Rescuers from {answer} were flown to Lyon.\n"
    )
    (claims,) = ClaimBank(load_pack(write_pack(yaml, HELP_FROM_ABROAD))).by_question
    values = [c.value for c in claims.false_claims]
    assert values, claims.problem
    assert not any("France" in v for v in values), values


def test_a_country_swapped_into_a_list_keeps_its_the(write_pack: WritePack) -> None:
    """'Firefighters from France, Portugal and United States': a country whose name takes
    'the' keeps it in a list as anywhere else."""
    article = "Aid arrives\nDoctors from Japan, Brazil and Chile reached the camp on Sunday.\n"
    yaml = (
        "format: newsquiz/1\nid: aid\ntitle: Aid\n"
        "article: {file: article.txt, published: 2024-05-02}\nquestions:\n"
        "  - id: doctors\n    question: From which three countries did doctors reach the camp?\n"
        "    answer: [Japan, Brazil, Chile]\n    kind: list\n"
        "    cite: Doctors from Japan, Brazil and Chile\n"
        "    claim: Doctors from {answer} reached the camp.\n"
    )
    (claims,) = ClaimBank(load_pack(write_pack(yaml, article))).by_question
    values = [c.value for c in claims.false_claims]
    assert "Japan, Brazil and the United States" in values, values
    assert not any(v.endswith("and United States") for v in values)
    assert all(not grade(claims.question, v).correct for v in values)
