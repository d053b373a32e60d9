"""Properties over the seed pack: the grader never raises, and its own keys grade as they should."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import SEED_PACK

from newsquiz.grading import Outcome, Verdict, grade
from newsquiz.pack import Pack, load_pack
from newsquiz.pack.model import answer_text

PACK: Pack = load_pack(SEED_PACK)
QUESTIONS = PACK.questions

awkward_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.text(alphabet=st.characters(max_codepoint=0x1F, exclude_characters=""), max_size=50),
    st.sampled_from(
        ["", " ", "\x00", "\n\t", "x" * 10_000, "May 13 " * 1500, "٣/١٣", "ｍａｙ１３"]
    ),
)


def check(verdict: Verdict) -> None:
    assert isinstance(verdict, Verdict)
    assert 0.0 <= verdict.score <= 1.0
    assert verdict.outcome in Outcome


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(QUESTIONS) - 1), typed=awkward_text)
def test_grader_never_raises_on_any_text(index: int, typed: str) -> None:
    check(grade(QUESTIONS[index], typed))


# Digits `int()` refuses (`²`, a Brahmi `𑁒`): `str.isdigit` says yes to them.
_NOT_DECIMAL = ["𑁒", "² past six", "³ every week", "𑁒, ², 7", "aged ²"]


@pytest.mark.parametrize(
    "typed", ["", "\x00\x01\x02", "é" * 10_000, "🙂" * 3000, "1" * 10_000, *_NOT_DECIMAL]
)
def test_every_question_survives_extreme_answers(typed: str) -> None:
    for question in QUESTIONS:
        check(grade(question, typed))


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_key_and_accepted_answers_grade_correct(question: object) -> None:
    from newsquiz.pack.model import Question

    assert isinstance(question, Question)
    for answer in (question.answer, *question.accept):
        assert grade(question, answer_text(answer)).correct, answer


@pytest.mark.parametrize("question", [q for q in QUESTIONS if q.reject], ids=lambda q: q.id)
def test_rejected_answers_grade_incorrect(question: object) -> None:
    from newsquiz.pack.model import Question

    assert isinstance(question, Question)
    for answer in question.reject:
        assert grade(question, answer_text(answer)).outcome is Outcome.INCORRECT, answer


@settings(max_examples=60, deadline=None)
@given(index=st.integers(0, len(QUESTIONS) - 1), padding=st.sampled_from(["", " ", "  ", "\t"]))
def test_key_survives_case_and_spacing(index: int, padding: str) -> None:
    question = QUESTIONS[index]
    typed = padding + answer_text(question.answer).upper() + padding
    assert grade(question, typed).correct
