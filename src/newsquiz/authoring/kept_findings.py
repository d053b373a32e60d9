"""What `check` found in each question, kept so that re-checking a long pack after an edit
re-reads only the questions the edit could change (as a linter keeps its findings per file).

A question's findings depend on the question itself, on its article and the pack's other
metadata (the publication date gives a date its year), and on the code that found them;
they are kept under a digest of exactly those. The one finding that reads other
questions (an accepted answer that is another question's answer) is never kept. Positions
are not part of a finding: a question moved down its file by an edit above it finds the
same things, located at its new lines.

Kept beside the pack cache and like it: JSON (data, which runs no code), written whole or
not at all, one entry per pack holding only its current questions; a damaged, foreign or
outdated entry is a miss, never an error. `NEWSQUIZ_CACHE_DIR` set to nothing turns it off.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from newsquiz.pack.cache import (
    as_json_reads_it,
    cache_dir,
    code_fingerprint,
    entry_name,
    write_json,
)
from newsquiz.pack.model import Pack, Question
from newsquiz.pack.problems import Finding, Severity
from newsquiz.pack.stored import pack_to_data

# The code whose findings are kept: what reads a pack, grades, makes claims and lints.
_CODE_PACKAGES = ("facts", "pack", "grading", "claims", "authoring")
_FORMAT = 1


class KeptFindings:
    """The findings kept for one pack: `get` a question's, `put` new ones, `save` them."""

    def __init__(self, entry: Path | None, code: Any, digests: dict[int, str], kept: Any) -> None:
        self._entry = entry
        self._code = code
        self._digests = digests  # by id() of each of the pack's questions
        self._kept: dict[str, Any] = kept if isinstance(kept, dict) else {}
        self._current: dict[str, list[list[str]]] = {}

    @classmethod
    def of(cls, pack: Pack, folder: Path | None = None) -> KeptFindings:
        """The pack's kept findings (none when caching is turned off or nothing is kept)."""
        folder = cache_dir() if folder is None else folder
        if folder is None:
            return cls(None, None, {}, {})
        code = code_fingerprint(_CODE_PACKAGES)
        entry = folder / "findings" / entry_name(pack.path.absolute())
        return cls(entry, code, _question_digests(pack), _read(entry, code))

    def get(self, question: Question) -> list[Finding] | None:
        digest = self._digests.get(id(question))
        if digest is None:
            return None
        findings = _findings(self._kept.get(digest))
        if findings is not None:
            self._current[digest] = self._kept[digest]
        return findings

    def put(self, question: Question, findings: list[Finding]) -> None:
        digest = self._digests.get(id(question))
        if digest is not None:
            self._current[digest] = [[f.field, f.message, str(f.severity)] for f in findings]

    def save(self) -> None:
        """Keep this check's findings, and only them: an edited question's old findings go."""
        if self._entry is None or not self._current:
            return
        write_json(
            self._entry,
            {"format": _FORMAT, "code": self._code, "findings": self._current},
        )


def _question_digests(pack: Pack) -> dict[int, str]:
    """A digest per question of all its findings read: the question as stored, less where
    it stands in the file, with the article and the pack's metadata."""
    data = pack_to_data(pack)
    questions = data.pop("questions")
    for unread in ("path", "digest", "id", "title"):
        data.pop(unread)
    context = json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
    shared = hashlib.blake2b(context, digest_size=16)
    digests: dict[int, str] = {}
    for question, stored in zip(pack.questions, questions, strict=True):
        stored.pop("position")
        stored.pop("field_positions")
        digest = shared.copy()
        digest.update(json.dumps(stored, sort_keys=True, ensure_ascii=False).encode())
        digests[id(question)] = digest.hexdigest()
    return digests


def _read(entry: Path, code: Any) -> Any:
    try:
        record = json.loads(entry.read_bytes())
        if record["format"] != _FORMAT or record["code"] != as_json_reads_it(code):
            return {}
        return record["findings"]
    except Exception:  # a missing, damaged or foreign entry is only a miss
        return {}


def _findings(raw: Any) -> list[Finding] | None:
    """The findings a kept entry describes; None when it describes none (damaged or
    written by hand), so the question is checked afresh."""
    if not isinstance(raw, list):
        return None
    findings: list[Finding] = []
    for item in raw:
        if not (
            isinstance(item, list) and len(item) == 3 and all(isinstance(i, str) for i in item)
        ):
            return None
        field, message, severity = item
        # A finding reaches the terminal: a kept one holds printable text only.
        if severity not in {s.value for s in Severity} or not (field + message).isprintable():
            return None
        findings.append(Finding(field, message, Severity(severity)))
    return findings
