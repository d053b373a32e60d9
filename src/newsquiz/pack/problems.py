"""Problems found in a pack, each pointing at a file, line and column."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from newsquiz.pack.model import Pack, Position, Question


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    # Not a mistake: what the author may want to know (a question fact-check rounds leave
    # out). Counted in `check`'s summary, listed only when asked for.
    NOTE = "note"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, located like a compiler message."""

    file: Path
    line: int  # 1-based; 0 when the whole file is meant
    column: int  # 1-based; 0 when unknown
    message: str
    question_id: str | None = None
    field: str | None = None
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        where = str(self.file)
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        text = f"{where}: {self.severity}: {self.message}"
        if self.question_id:
            text += f" [{self.question_id}]"
        return text

    def sort_key(self) -> tuple[str, int, int]:
        return (str(self.file), self.line, self.column)


@dataclass(frozen=True)
class Finding:
    """A problem of one question, apart from where the question stands in its file: it is
    located only when reported, so a question moved down its file by an edit above it
    finds the same things at its new lines."""

    field: str  # the question's field it points at: `answer`, `accept`, `reject`, …
    message: str
    severity: Severity = Severity.ERROR

    def located(self, pack: Pack, question: Question) -> Problem:
        """At its field's line; at the question's own line when the field was not written
        (an inferred `kind`)."""
        where = question.field_positions.get(self.field) or question.position
        if where is None:
            where = Position(pack.path, 0, 0)
        return Problem(
            where.file, where.line, where.column, self.message, question.id, self.field,
            self.severity,
        )  # fmt: skip


class PackError(Exception):
    """A pack could not be loaded; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(p.format() for p in self.problems))
