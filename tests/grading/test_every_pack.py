"""Properties over every bundled pack: its keys grade as written, and no other value of the
same kind that its own article states (another number, date, amount, duration, person or
place) is ever graded correct."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsquiz.facts.article import read_article
from newsquiz.facts.text import tokenize
from newsquiz.facts.values import DATE, DURATION, MONEY, NUMBER, Mention, scan
from newsquiz.facts.world import places_in
from newsquiz.grading import Outcome, grade
from newsquiz.library import bundled_dir
from newsquiz.pack import Kind, Pack, Question, load_pack
from newsquiz.pack.model import answer_text

PACKS: list[Pack] = sorted(
    (load_pack(folder) for folder in bundled_dir().iterdir() if (folder / "pack.yaml").is_file()),
    key=lambda pack: pack.id,
)
QUESTIONS = [(pack, q) for pack in PACKS for q in pack.questions]


def test_there_is_a_choice_of_packs_on_different_articles() -> None:
    assert len(PACKS) >= 7
    assert len({pack.article.headline for pack in PACKS}) == len(PACKS)
    for pack in PACKS:
        if pack.id == "austin-shoigu-call":
            continue
        assert len(pack.questions) >= 25, pack.id
        assert pack.article.license and pack.article.credit, pack.id
        kinds = [q.kind for q in pack.questions]
        for kind in (Kind.TEXT, Kind.PERSON, Kind.NUMBER, Kind.LIST, Kind.CLAIM, Kind.CHOICE):
            assert kinds.count(kind) >= 2, (pack.id, kind)


@pytest.mark.parametrize(
    ("pack", "question"), QUESTIONS, ids=[f"{p.id}:{q.id}" for p, q in QUESTIONS]
)
def test_keys_and_accepted_answers_grade_correct_and_rejected_ones_wrong(
    pack: Pack, question: Question
) -> None:
    for key in (question.answer, *question.accept):
        typed = answer_text(key)
        assert grade(question, typed).outcome is Outcome.CORRECT, (pack.id, question.id, typed)
    for key in question.reject:
        typed = answer_text(key)
        assert grade(question, typed).outcome is not Outcome.CORRECT, (pack.id, question.id, typed)


@dataclass(frozen=True)
class Stated:
    """A value the article states, as it writes it."""

    text: str
    mention: Mention


def _stated_values(pack: Pack) -> list[Stated]:
    found: list[Stated] = []
    for paragraph in pack.article.paragraphs:
        words = paragraph.split()
        for size in (1, 2, 3, 4):
            for start in range(len(words) - size + 1):
                text = " ".join(words[start : start + size]).strip(".,;:()\"“”'’")
                mentions = [m for m in scan(tokenize(text)) if not m.denied]
                if len(mentions) == 1 and mentions[0].end - mentions[0].start == len(
                    tokenize(text)
                ):
                    found.append(Stated(text, mentions[0]))
    return found


VALUES = {pack.id: _stated_values(pack) for pack in PACKS}
_KIND_OF = {Kind.NUMBER: NUMBER, Kind.MONEY: MONEY, Kind.DURATION: DURATION, Kind.DATE: DATE}


def _same_value(a: Mention, b: Mention) -> bool:
    if a.kind == DATE:
        return (a.month, a.day) == (b.month, b.day)
    if a.value is None or b.value is None:
        return True
    return abs(a.value - b.value) <= 1e-9 * max(1.0, abs(a.value))


def _keys_mentions(question: Question) -> list[Mention]:
    keys = [answer_text(k) for k in (question.answer, *question.accept)]
    return [m for key in keys for m in scan(tokenize(key))]


VALUE_QUESTIONS = [(p, q) for p, q in QUESTIONS if q.kind in _KIND_OF]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_another_value_the_article_states_is_never_correct(data: st.DataObject) -> None:
    pack, question = data.draw(st.sampled_from(VALUE_QUESTIONS))
    kind = _KIND_OF[question.kind]
    keys = _keys_mentions(question)
    candidates = [
        v
        for v in VALUES[pack.id]
        if v.mention.kind == kind
        and v.mention.bound is None
        and not any(_same_value(v.mention, k) for k in keys)
        and not (
            question.tolerance
            and v.mention.value is not None
            and any(
                k.value is not None and abs(v.mention.value - k.value) <= question.tolerance
                for k in keys
            )
        )
    ]
    if not candidates:
        return
    other = data.draw(st.sampled_from(candidates))
    verdict = grade(question, other.text)
    assert verdict.outcome is not Outcome.CORRECT, (pack.id, question.id, other.text)


PERSON_QUESTIONS = [(p, q) for p, q in QUESTIONS if q.kind is Kind.PERSON]


@pytest.mark.parametrize(
    ("pack", "question"), PERSON_QUESTIONS, ids=[f"{p.id}:{q.id}" for p, q in PERSON_QUESTIONS]
)
def test_another_person_the_article_names_is_never_correct(pack: Pack, question: Question) -> None:
    """Every other person, by whole name and by surname, graded without the author's
    `reject` list: the grader must know them apart on its own (a pack's rejects only
    name a few)."""
    names = read_article(pack.article.paragraphs)
    key_words = {t for k in (question.answer, *question.accept) for t in tokenize(answer_text(k))}
    unguarded = replace(question, reject=())
    for other in names.people:
        if key_words & set(other.name):
            continue
        for typed in (" ".join(other.name), other.surname):
            verdict = grade(unguarded, typed)
            assert verdict.outcome is not Outcome.CORRECT, (pack.id, question.id, typed)


PLACE_QUESTIONS = [
    (p, q)
    for p, q in QUESTIONS
    if q.kind is Kind.TEXT and places_in(tokenize(answer_text(q.answer)))
]


@pytest.mark.parametrize(
    ("pack", "question"), PLACE_QUESTIONS, ids=[f"{p.id}:{q.id}" for p, q in PLACE_QUESTIONS]
)
def test_another_place_the_article_names_is_never_correct(pack: Pack, question: Question) -> None:
    key_words = {t for k in (question.answer, *question.accept) for t in tokenize(answer_text(k))}
    names = read_article(pack.article.paragraphs)
    for place in names.places:
        name = place.names[0]
        if key_words & set(name) or any(key_words & set(n) for n in place.names):
            continue
        typed = place.name
        assert grade(question, typed).outcome is not Outcome.CORRECT, (pack.id, question.id, typed)
