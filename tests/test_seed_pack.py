"""The bundled seed pack: complete, cited throughout, and graded the way its key says."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from newsquiz.grading import Outcome, grade
from newsquiz.pack import Kind, Pack, Question, answer_text, load_pack
from newsquiz.pack.citations import fold

SEED_ID = "austin-shoigu-call"


def _seed() -> Pack:
    from newsquiz.library import bundled_dir

    return load_pack(bundled_dir() / SEED_ID)


SEED = _seed()


def _keys(kind: str) -> list[tuple[Question, str]]:
    """(question, typed answer) for every answer, accept or reject entry of the seed pack."""
    out: list[tuple[Question, str]] = []
    for q in SEED.questions:
        entries = (q.answer, *q.accept) if kind == "right" else q.reject
        out.extend((q, answer_text(entry)) for entry in entries)
    return out


def _id(case: tuple[Question, str]) -> str:
    return f"{case[0].id}={case[1]}"


def test_it_describes_the_article() -> None:
    assert SEED.id == SEED_ID
    assert SEED.article.outlet == "CNN"
    assert SEED.article.published == date(2022, 5, 13)
    assert SEED.article.headline.startswith("US Secretary of Defense Lloyd Austin speaks")
    assert not SEED.article.paragraphs[-1].startswith(("Related", "Advertisement"))


def test_it_has_enough_questions_of_every_kind() -> None:
    assert len(SEED.questions) >= 24
    kinds = Counter(q.kind for q in SEED.questions)
    assert {kind: kinds[kind] for kind in Kind if kinds[kind] < 2} == {}
    # A few leave `kind` to inference, and inference got them right.
    assert sum(q.kind_inferred for q in SEED.questions) >= 3


def test_every_paragraph_of_substance_is_cited() -> None:
    cited = {line for q in SEED.questions for line in q.cited_lines}
    substantive = {
        number
        for number, text in enumerate(SEED.article.paragraphs, start=1)
        if len(text.split()) >= 5
    }
    assert substantive - cited == set()


def test_every_question_has_a_citation_that_is_really_in_its_line() -> None:
    for q in SEED.questions:
        assert q.citations, q.id
        for c in q.citations:
            assert fold(c.text[c.start : c.end]).text == fold(c.quote).text, q.id
            assert SEED.article.line(c.line) == c.text


def test_the_facts_the_issue_asks_about_are_covered() -> None:
    answers = {fold(q.expected).text for q in SEED.questions}
    for fact in (
        "about an hour",
        "Lloyd Austin",
        "84",
        "March 1",
        "Feb. 11",
        "February 18",
        "March 24",
        "$40 billion",
        "Pentagon press secretary",
        "Mark Milley",
        "Ukrainian Defense Minister",
        "Vladimir Chizhov",
        "Klaus Korhonen",
        "Vladimir Putin",
        "Finland, Sweden",
        "Kyiv, Kharkiv",
        "once or twice a day",
    ):
        assert fold(fact).text in answers, fact


def test_ids_are_unique() -> None:
    ids = [q.id for q in SEED.questions]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", _keys("right"), ids=_id)
def test_every_answer_and_accept_entry_grades_correct(case: tuple[Question, str]) -> None:
    question, typed = case
    verdict = grade(question, typed)
    assert verdict.outcome is Outcome.CORRECT, verdict


@pytest.mark.parametrize("case", _keys("wrong"), ids=_id)
def test_every_reject_entry_grades_incorrect(case: tuple[Question, str]) -> None:
    question, typed = case
    verdict = grade(question, typed)
    assert verdict.outcome is Outcome.INCORRECT, verdict


@pytest.mark.parametrize(
    "question", [q for q in SEED.questions if q.kind is Kind.CHOICE], ids=lambda q: q.id
)
def test_choice_letters_grade_by_position(question: Question) -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    right = question.choices.index(answer_text(question.answer))
    for index in range(len(question.choices)):
        verdict = grade(question, letters[index])
        assert verdict.correct == (index == right), (question.id, letters[index])
