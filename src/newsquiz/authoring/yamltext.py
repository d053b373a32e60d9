"""Writing pack YAML as text, so generated files read as if a person wrote them.

We write text rather than dumping data: the field order, the comments and
the author's own lines (when appending) stay exactly as they were.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

# Plain (unquoted) YAML is safe for text that starts with a letter or digit and
# holds none of the characters YAML gives a meaning to.
_PLAIN = re.compile(r"^[A-Za-z0-9\u00C0-\u024F][^:#\[\]{},&*!|>'\"%@`\n]*$")


def scalar(value: str) -> str:
    """A YAML scalar that reads back as exactly `value` (as text)."""
    if value and value == value.strip() and _PLAIN.match(value) and not value.endswith(":"):
        return value
    # A JSON string is a valid YAML double-quoted scalar.
    return json.dumps(value, ensure_ascii=False)


def flow_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(scalar(v) for v in values) + "]"


@dataclass
class QuestionText:
    """One question as the lines of a YAML list item."""

    id: str
    question: str
    answer: str | tuple[str, ...]
    cite: str | tuple[str, ...]
    kind: str | None = None
    accept: list[str | tuple[str, ...]] = field(default_factory=list)
    reject: list[str | tuple[str, ...]] = field(default_factory=list)
    choices: tuple[str, ...] = ()
    tolerance: float | None = None
    explain: str | None = None
    claim: str | None = None  # the fact-check template, with `{answer}`
    comment: str | None = None  # a `# ...` line written above the item

    def lines(self, indent: str = "  ") -> list[str]:
        out: list[str] = []
        if self.comment:
            out.extend(f"{indent}# {line}" for line in self.comment.splitlines())
        out.append(f"{indent}- id: {scalar(self.id)}")
        inner = indent + "  "
        out.append(f"{inner}question: {scalar(self.question)}")
        out.append(f"{inner}answer: {_answer(self.answer)}")
        for name, values in (("accept", self.accept), ("reject", self.reject)):
            if values:
                out.append(f"{inner}{name}: [{', '.join(_answer(v) for v in values)}]")
        if self.kind:
            out.append(f"{inner}kind: {self.kind}")
        if self.choices:
            out.append(f"{inner}choices: {flow_list(self.choices)}")
        if self.tolerance is not None:
            out.append(f"{inner}tolerance: {self.tolerance:g}")
        if self.explain:
            out.append(f"{inner}explain: {scalar(self.explain)}")
        if self.claim:
            out.append(f"{inner}claim: {scalar(self.claim)}")
        if isinstance(self.cite, tuple):
            out.append(f"{inner}cite:")
            out.extend(f"{inner}  - {scalar(quote)}" for quote in self.cite)
        else:
            out.append(f"{inner}cite: {scalar(self.cite)}")
        return out


def _answer(value: str | tuple[str, ...]) -> str:
    return flow_list(value) if isinstance(value, tuple) else scalar(value)


def questions_block(questions: Sequence[QuestionText], indent: str = "  ") -> str:
    return "".join("\n".join(q.lines(indent)) + "\n" for q in questions)
