"""Batch grading for `newsquiz grade`: JSON Lines or CSV records in, graded records out.

Each record names a question (`question`) and gives an `answer`; its other keys
pass through. The output adds `verdict`, `score`, `expected`, `reason` (when
there is one) and `source` (the cited line). A record that cannot be graded
gets `error` instead, and the caller exits non-zero.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from newsquiz.facts.text import spreadsheet_cell
from newsquiz.grading.grader import Grader, grader_for
from newsquiz.pack.model import Pack, Question

CSV_KEYS = ("verdict", "score", "expected", "reason", "source_line", "source_text", "error")

# A CSV field longer than this is that row's error, not the end of the run.
MAX_CSV_FIELD = 1 << 20

# JSON escapes C0 controls itself; C1 controls (a terminal may read U+009B as an
# escape) and lone surrogates (not encodable as UTF-8) are escaped here.
_UNSAFE_IN_OUTPUT = re.compile("[\x80-\x9f\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class Batch:
    """Grades records against one pack; counts the records that had an error."""

    def __init__(self, pack: Pack) -> None:
        self._questions: dict[str, tuple[Question, Grader, dict[str, Any], str]] = {}
        for question in pack.questions:
            citation = question.citations[0] if question.citations else None
            source = {"line": citation.line, "text": citation.text} if citation else {}
            self._questions[question.id] = (
                question,
                grader_for(question),
                source,
                question.expected,
            )
        self.errors = 0

    def grade(self, record: dict[str, Any]) -> dict[str, Any]:
        """The record with its verdict added (or an `error`)."""
        question_id = record.get("question")
        answer = record.get("answer")
        entry = self._questions.get(question_id) if isinstance(question_id, str) else None
        if entry is None:
            problem = (
                "missing `question` (a question id)"
                if question_id is None or question_id == ""
                else f"unknown question `{question_id}`"
            )
            return self._error(record, problem)
        if answer is None:
            answer = ""
        if not isinstance(answer, str):
            return self._error(record, "`answer` must be a string")
        if _SURROGATE.search(answer):
            return self._error(record, "`answer` is not UTF-8 text (or holds a lone surrogate)")
        _, grader, source, expected = entry
        verdict = grader(answer)
        graded = dict(record)
        graded["verdict"] = verdict.outcome.value
        graded["score"] = verdict.score
        graded["expected"] = expected
        if verdict.reason:
            graded["reason"] = verdict.reason
        if source:
            graded["source"] = source
        return graded

    def _line_error(self, number: int, problem: str) -> dict[str, Any]:
        self.errors += 1
        return {"line": number, "error": f"line {number}: {problem}"}

    def _error(self, record: dict[str, Any], problem: str) -> dict[str, Any]:
        self.errors += 1
        failed = dict(record)
        failed["error"] = problem
        return failed

    def jsonl(self, lines: Iterable[str], write: Callable[[str], object]) -> None:
        """Grade JSON Lines, writing one output line per input line, in order."""
        dumps = json.dumps
        loads = json.loads
        pending: list[str] = []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = loads(line)
            except ValueError as err:
                out = self._line_error(number, f"not JSON ({err})")
            except RecursionError:
                out = self._line_error(number, "nested too deeply to be an answer")
            else:
                if not isinstance(record, dict):
                    out = self._line_error(number, "expected a JSON object")
                else:
                    out = self.grade(record)
            text = dumps(out, ensure_ascii=False)
            if _UNSAFE_IN_OUTPUT.search(text):
                text = _UNSAFE_IN_OUTPUT.sub(_json_escape, text)
            pending.append(text)
            if len(pending) >= 512:
                write("\n".join(pending) + "\n")
                pending.clear()
        if pending:
            write("\n".join(pending) + "\n")

    def csv(self, source: TextIO, target: TextIO) -> None:
        """Grade CSV with a header row; the output has the input's columns and the verdict's."""
        reader = csv.DictReader(source)
        columns = list(reader.fieldnames or [])
        for key in CSV_KEYS:
            if key not in columns:
                columns.append(key)
        writer = csv.DictWriter(target, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        if reader.fieldnames is None or "question" not in reader.fieldnames:
            self.errors += 1
            writer.writerow({"error": "the CSV needs a header row with `question` and `answer`"})
            return
        for row in _rows(reader):
            if isinstance(row, str):
                self.errors += 1
                writer.writerow({"error": row})
                continue
            record: dict[str, Any] = {k: v for k, v in row.items() if k is not None}
            graded = self.grade(record)
            source = graded.pop("source", None)
            if isinstance(source, dict):
                graded["source_line"] = source.get("line")
                graded["source_text"] = source.get("text")
            writer.writerow({key: spreadsheet_cell(value) for key, value in graded.items()})


def _rows(reader: csv.DictReader[str]) -> Iterator[dict[str, str] | str]:
    """The reader's rows; a row the csv module cannot read becomes its error message."""
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CSV_FIELD)
    try:
        for number in itertools.count(1):
            try:
                yield next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                yield f"row {number}: {err}"
    finally:
        csv.field_size_limit(limit)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
