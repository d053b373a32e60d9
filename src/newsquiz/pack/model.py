"""The immutable pack model: an article and the questions asked about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

FORMAT = "newsquiz/1"


class Kind(StrEnum):
    TEXT = "text"
    PERSON = "person"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    DURATION = "duration"
    LIST = "list"
    CLAIM = "claim"
    CHOICE = "choice"


@dataclass(frozen=True)
class Position:
    file: Path
    line: int  # 1-based
    column: int  # 1-based


@dataclass(frozen=True)
class Citation:
    """A quote from the article and where it stands.

    `start`/`end` index the quoted span inside `text`, the whole paragraph,
    so a presenter can highlight it.
    """

    quote: str
    line: int  # 1-based article line
    text: str
    start: int
    end: int


Answer = str | tuple[str, ...]


def answer_text(answer: Answer) -> str:
    """An answer as a player would type it."""
    if isinstance(answer, tuple):
        return ", ".join(answer)
    return answer


@dataclass(frozen=True)
class PartialAnswer:
    """An answer worth part of the marks: `accept: [{answer: Cat, score: 0.5}]`."""

    answer: Answer
    score: float  # more than 0, less than 1


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answer: Answer
    kind: Kind
    citations: tuple[Citation, ...]
    accept: tuple[Answer, ...] = ()
    reject: tuple[Answer, ...] = ()
    kind_inferred: bool = False
    choices: tuple[str, ...] = ()
    explain: str | None = None
    tolerance: float | None = None
    claim: str | None = None
    # Answers worth part of the marks (an `accept` entry with a `score`).
    partial: tuple[PartialAnswer, ...] = ()
    # The year a date typed without one is read in (the article's year).
    default_year: int | None = None
    # The article's paragraphs: what the grader learns names and descriptions from.
    article: tuple[str, ...] = field(default=(), compare=False, repr=False)
    position: Position | None = field(default=None, compare=False)
    field_positions: dict[str, Position] = field(default_factory=dict, compare=False, hash=False)

    @property
    def expected(self) -> str:
        return answer_text(self.answer)

    @property
    def cited_lines(self) -> tuple[int, ...]:
        return tuple(sorted({c.line for c in self.citations}))


@dataclass(frozen=True)
class Article:
    file: Path
    paragraphs: tuple[str, ...]  # one per line of the file, blank lines kept
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    license: str | None = None  # the article's licence, e.g. `CC BY 2.5`
    credit: str | None = None  # the attribution its licence asks to travel with it

    @property
    def headline(self) -> str:
        return next((p for p in self.paragraphs if p.strip()), "")

    def line(self, number: int) -> str:
        return self.paragraphs[number - 1]


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    article: Article
    questions: tuple[Question, ...]
    path: Path  # the pack.yaml
    digest: str  # sha256 of pack.yaml and the article, to tie results to a version
    format: str = FORMAT

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    @property
    def folder(self) -> Path:
        return self.path.parent
