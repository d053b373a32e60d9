"""Small questions built in tests, so each grading rule is tested on its own."""

from __future__ import annotations

from typing import TypedDict

from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Answer, Citation, Kind, Question


def cite(quote: str, paragraph: str, line: int = 1) -> Citation:
    """A citation of `quote`, found inside the article paragraph `paragraph`."""
    start = paragraph.index(quote)
    return Citation(quote, line, paragraph, start, start + len(quote))


class QuestionParts(TypedDict, total=False):
    """make_question's keywords, for helpers that pass them on."""

    question: str
    accept: tuple[Answer, ...]
    reject: tuple[Answer, ...]
    choices: tuple[str, ...]
    tolerance: float | None
    default_year: int | None
    citations: tuple[Citation, ...]


def make_question(
    kind: str,
    answer: Answer,
    *,
    question: str = "What does the article say?",
    accept: tuple[Answer, ...] = (),
    reject: tuple[Answer, ...] = (),
    choices: tuple[str, ...] = (),
    tolerance: float | None = None,
    default_year: int | None = 2022,
    citations: tuple[Citation, ...] = (),
    article: tuple[str, ...] = (),
    explain: str | None = None,
) -> Question:
    """A question; `article` gives the paragraphs the grader learns names from."""
    return Question(
        id=f"q-{kind}",
        question=question,
        answer=answer,
        kind=Kind(kind),
        citations=citations,
        accept=accept,
        reject=reject,
        choices=choices,
        tolerance=tolerance,
        default_year=default_year,
        article=article,
        explain=explain,
    )


def cited_question(
    kind: str,
    answer: Answer,
    asked: str,
    quote: str,
    *paragraphs: str,
    accept: tuple[Answer, ...] = (),
    reject: tuple[Answer, ...] = (),
    choices: tuple[str, ...] = (),
    default_year: int | None = 2022,
) -> Question:
    """A question asking `asked`, citing `quote` in the first of `paragraphs` (the article)
    that holds it, else in the first."""
    line = next((n for n, p in enumerate(paragraphs, 1) if quote in p), 1)
    return make_question(
        kind,
        answer,
        question=asked,
        accept=accept,
        reject=reject,
        choices=choices,
        default_year=default_year,
        citations=(cite(quote, paragraphs[line - 1], line),),
        article=paragraphs,
    )


def graded_claim(
    claim: str,
    quote: str,
    typed: str,
    *,
    key: str = "false",
    article: tuple[str, ...] | None = None,
    explain: str | None = None,
    paragraph: str | None = None,
) -> Outcome:
    """How a true-or-false `claim`, proved by `quote`, grades the typed answer. The quote
    stands in `paragraph` where one is given (the article's first), else on its own."""
    cited = paragraph or quote
    question = make_question(
        "claim",
        key,
        question=claim,
        citations=(cite(quote, cited),),
        article=article or (cited,),
        explain=explain,
    )
    return grade(question, typed).outcome


def graded(
    kind: str,
    key: Answer,
    question: str,
    quote: str,
    typed: str,
    *,
    accept: tuple[Answer, ...] = (),
    choices: tuple[str, ...] = (),
    article: tuple[str, ...] = (),
) -> Outcome:
    """How a question of `kind`, proved by `quote` (the whole article unless `article`
    is given), grades the typed answer."""
    q = make_question(
        kind,
        key,
        question=question,
        accept=accept,
        choices=choices,
        citations=(cite(quote, quote),),
        article=article or (quote,),
    )
    return grade(q, typed).outcome


def graded_person(article: tuple[str, ...], key: str, quote: str, line: int, typed: str) -> Outcome:
    """How a person question whose key `quote` stands in the `line`-th paragraph (0-based)
    of `article` grades the typed answer."""
    question = make_question(
        "person", key, citations=(cite(quote, article[line]),), article=article
    )
    return grade(question, typed).outcome
