"""Batch grading for `newsquiz grade`: JSON Lines or CSV records in, graded records out.

Each record names a question (`question`) and gives an `answer`; its other keys
pass through. The output adds `verdict`, `score`, `expected`, `reason` (when
there is one) and `source` (the cited line). A record that cannot be graded
gets `error` instead, and the caller exits non-zero.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from newsquiz.grading.grader import Grader, grader_for
from newsquiz.pack.model import Pack, Question

CSV_KEYS = ("verdict", "score", "expected", "reason", "source_line", "source_text", "error")


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
                self.errors += 1
                out: dict[str, Any] = {"line": number, "error": f"line {number}: not JSON ({err})"}
            else:
                if isinstance(record, dict):
                    out = self.grade(record)
                else:
                    self.errors += 1
                    out = {"line": number, "error": f"line {number}: expected a JSON object"}
            pending.append(dumps(out, ensure_ascii=False))
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
        for row in reader:
            record: dict[str, Any] = {k: v for k, v in row.items() if k is not None}
            graded = self.grade(record)
            source = graded.pop("source", None)
            if isinstance(source, dict):
                graded["source_line"] = source.get("line")
                graded["source_text"] = source.get("text")
            writer.writerow(graded)
