"""Moodle GIFT: writing a pack as GIFT and reading GIFT back as questions.

GIFT holds the question, the answers (`=` right, `~` wrong, `%0%` for an
answer that scores nothing), numbers with a tolerance (`{#84:0}`),
true/false (`{T}`) and feedback (`####` general feedback, where we put the
citation). What GIFT cannot say (the newsquiz id, kind and the verbatim
quote) travels in a `// newsquiz: {...}` comment line, which Moodle
ignores, so pack → GIFT → pack loses nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsquiz.authoring.moodle_xml import nearest_fraction
from newsquiz.pack.model import Answer, Kind, Pack, Question, answer_text

_SPECIAL = "\\~=#{}:"
# Escaped characters are swapped for private-use code points while parsing,
# so the structure can be read with plain string operations.
_PLACEHOLDER = {char: chr(0xE000 + i) for i, char in enumerate(_SPECIAL)}
_RESTORE = {v: k for k, v in _PLACEHOLDER.items()}
META_PREFIX = "// newsquiz:"
# What GIFT cannot say of the pack (its title and article's metadata) travels in this line.
PACK_META_PREFIX = "// newsquiz-pack:"


class GiftError(Exception):
    """A GIFT syntax error, with where it is."""

    def __init__(self, path: Path, line: int, column: int, message: str) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        super().__init__(f"{path}:{line}:{column}: error: {message}")


def escape(text: str) -> str:
    out = "".join("\\" + c if c in _SPECIAL else c for c in text)
    return out.replace("\n", "\\n")


def _unescape(text: str) -> str:
    """Placeholders back to the characters they stand for, and `\\n` to a newline."""
    text = text.replace("\\n", "\n")
    return "".join(_RESTORE.get(c, c) for c in text).strip()


# -- export -------------------------------------------------------------------


def _number(text: str) -> float | None:
    """A number written the way GIFT writes it back (`84`, `2.5`), else None."""
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if f"{value:g}" == text.strip() else None


def _feedback(question: Question) -> str:
    parts = [f"Line {c.line}: “{c.quote}”" for c in question.citations]
    if question.explain:
        parts.append(question.explain)
    return escape(" ".join(parts))


def _meta(question: Question) -> str:
    data: dict[str, object] = {"id": question.id, "kind": str(question.kind)}
    data["cite"] = [c.quote for c in question.citations]
    if question.explain:
        data["explain"] = question.explain
    if question.claim:
        data["claim"] = question.claim
    if question.kind == Kind.CHOICE and question.reject:
        data["reject"] = [answer_text(r) for r in question.reject]  # a wrong choice is just `~`
    if question.partial:
        # GIFT's `%n%` is Moodle's nearest grade: the exact share travels here.
        data["partial"] = [
            [list(p.answer) if isinstance(p.answer, tuple) else p.answer, p.score]
            for p in question.partial
        ]
    if question.kind == Kind.LIST:
        # GIFT answers are text: items holding `and` or `&` would split apart on the way back.
        data["items"] = {
            "answer": list(question.answer) if isinstance(question.answer, tuple) else [],
            "accept": [list(a) if isinstance(a, tuple) else a for a in question.accept],
            "reject": [list(r) if isinstance(r, tuple) else r for r in question.reject],
        }
    return f"{META_PREFIX} {json.dumps(data, ensure_ascii=False)}"


def _pack_meta(pack: Pack) -> str:
    article = pack.article
    data = {
        "id": pack.id,
        "title": pack.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "license": article.license,
        "credit": article.credit,
    }
    kept = {key: value for key, value in data.items() if value}
    return f"{PACK_META_PREFIX} {json.dumps(kept, ensure_ascii=False)}"


def _gift_question(question: Question) -> str:
    head = f"::{escape(question.id)}::{escape(question.question)}"
    feedback = _feedback(question)
    general = f"\n\t####{feedback}" if feedback else ""
    if question.kind == Kind.CLAIM:
        return f"{head}{{{'TRUE' if question.expected == 'true' else 'FALSE'}{general}\n}}"
    shares = {p.answer: _percent(p.score) for p in question.partial}
    if question.kind == Kind.CHOICE:
        options = [
            f"\t{_choice_mark(choice, question.expected, shares)}{escape(choice)}"
            for choice in question.choices
        ]
        return f"{head}{{\n" + "\n".join(options) + f"{general}\n}}"
    keys: list[Answer] = [question.answer, *question.accept]
    texts = [answer_text(k) for k in (*keys, *shares, *question.reject)]
    tolerance = question.tolerance or 0
    if question.kind == Kind.NUMBER and all(_number(t) is not None for t in texts):
        right = [f"\t={_number(answer_text(k)):g}:{tolerance:g}" for k in keys]
        partly = [
            f"\t=%{share}%{_number(answer_text(k)):g}:{tolerance:g}" for k, share in shares.items()
        ]
        wrong = [f"\t=%0%{_number(answer_text(r)):g}:0" for r in question.reject]
        return f"{head}{{#\n" + "\n".join(right + partly + wrong) + f"{general}\n}}"
    right = [f"\t={escape(answer_text(k))}" for k in keys]
    partly = [f"\t=%{share}%{escape(answer_text(k))}" for k, share in shares.items()]
    wrong = [f"\t=%0%{escape(answer_text(r))}" for r in question.reject]
    return f"{head}{{\n" + "\n".join(right + partly + wrong) + f"{general}\n}}"


def _percent(score: float) -> str:
    """A share of the marks as the percentage Moodle would offer nearest to it (`50`)."""
    return nearest_fraction(score * 100, partly=True)


def _choice_mark(choice: str, right: str, shares: dict[Answer, str]) -> str:
    if choice == right:
        return "="
    share = shares.get(choice)
    return f"~%{share}%" if share else "~"


def export_gift(pack: Pack) -> str:
    lines = [
        f"// {pack.title}",
        f"// newsquiz pack `{pack.id}`, exported as Moodle GIFT.",
        _pack_meta(pack),
        f"$CATEGORY: newsquiz/{pack.id}",
        "",
    ]
    for question in pack.questions:
        lines.append(_meta(question))
        lines.append(_gift_question(question))
        lines.append("")
    return "\n".join(lines)


# -- import -------------------------------------------------------------------


@dataclass
class GiftQuestion:
    line: int
    title: str | None
    question: str
    answer: str | tuple[str, ...]
    kind: str | None = None  # None: let newsquiz infer it
    accept: list[str | tuple[str, ...]] = field(default_factory=list)
    reject: list[str | tuple[str, ...]] = field(default_factory=list)
    choices: tuple[str, ...] = ()
    tolerance: float | None = None
    # Answers worth part of the marks (`=%50%Cat`), with their share of them.
    partial: list[tuple[str | tuple[str, ...], float]] = field(default_factory=list)
    feedback: str | None = None
    meta: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Skipped:
    line: int
    reason: str


@dataclass
class GiftFile:
    questions: list[GiftQuestion] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    pack_meta: dict[str, object] = field(default_factory=dict)  # from `// newsquiz-pack:`


@dataclass
class _Block:
    line: int  # 1-based line of the block's first line
    text: str  # escapes replaced by placeholders
    meta: dict[str, object]


def _hide_escapes(line: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(line):
        char = line[index]
        if char == "\\" and index + 1 < len(line) and line[index + 1] in _SPECIAL:
            out.append(_PLACEHOLDER[line[index + 1]])
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


# A comment after a line's text (`F // the article says so`), as the public GIFT parsers
# and editors write them; `//` right after a character (`http://`) is the text's own.
_TRAILING_COMMENT = re.compile(r"(?:^|(?<=\s))//.*$")


def _without_comment(line: str) -> str:
    return _TRAILING_COMMENT.sub("", line)


def _blocks(path: Path, text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    start = 0
    meta: dict[str, object] = {}
    pending_meta: dict[str, object] = {}
    depth = 0  # inside `{...}`, a blank line does not end the question

    def flush() -> None:
        nonlocal current, meta
        if current:
            blocks.append(_Block(start, "\n".join(current), meta))
        current = []
        meta = {}

    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if stripped.startswith(META_PREFIX):
            try:
                value = json.loads(stripped[len(META_PREFIX) :])
            except json.JSONDecodeError:
                raise GiftError(
                    path, number, 1, "the `// newsquiz:` line is not valid JSON"
                ) from None
            if isinstance(value, dict):
                pending_meta = value
            continue
        if stripped.startswith("//") or (not current and stripped.startswith("$CATEGORY:")):
            continue
        if not stripped:
            if depth == 0:
                flush()
            continue
        hidden = _without_comment(_hide_escapes(raw))
        if not hidden.strip():
            continue  # a line that held only its comment: `{ // the right one next`
        if not current:
            start = number
            meta, pending_meta = pending_meta, {}
        current.append(hidden)
        depth += hidden.count("{") - hidden.count("}")
        depth = max(depth, 0)
    flush()
    return blocks


def _position(block: _Block, offset: int) -> tuple[int, int]:
    before = block.text[:offset]
    line = block.line + before.count("\n")
    column = offset - (before.rfind("\n") + 1) + 1
    return line, column


def parse_gift(path: Path, text: str) -> GiftFile:
    """Every question GIFT holds; those newsquiz cannot play are listed, not dropped."""
    result = GiftFile(pack_meta=_read_pack_meta(text))
    for block in _blocks(path, text):
        parsed = _parse_block(path, block)
        if isinstance(parsed, Skipped):
            result.skipped.append(parsed)
        else:
            result.questions.append(parsed)
    return result


def _read_pack_meta(text: str) -> dict[str, object]:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(PACK_META_PREFIX):
            try:
                value = json.loads(stripped[len(PACK_META_PREFIX) :])
            except json.JSONDecodeError:
                return {}
            return value if isinstance(value, dict) else {}
    return {}


def _parse_block(path: Path, block: _Block) -> GiftQuestion | Skipped:
    text = block.text
    title: str | None = None
    body_start = 0
    stripped = text.lstrip()
    if stripped.startswith("::"):
        opening = text.index("::")
        closing = text.find("::", opening + 2)
        if closing < 0:
            line, column = _position(block, opening)
            raise GiftError(path, line, column, "the title opened with `::` is not closed by `::`")
        title = _unescape(text[opening + 2 : closing])
        body_start = closing + 2
    open_at = text.find("{", body_start)
    close_before = text.find("}", body_start)
    if close_before >= 0 and (open_at < 0 or close_before < open_at):
        line, column = _position(block, close_before)
        raise GiftError(path, line, column, "`}` without an opening `{` (write `\\}` for a brace)")
    if open_at < 0:
        return Skipped(block.line, "no answers in `{...}`: a description, not a question")
    close_at = text.find("}", open_at)
    if close_at < 0:
        line, column = _position(block, open_at)
        raise GiftError(path, line, column, "the answers opened with `{` are not closed by `}`")
    nested = text.find("{", open_at + 1)
    if 0 <= nested < close_at:
        line, column = _position(block, nested)
        raise GiftError(path, line, column, "`{` inside answers (write `\\{` for a brace)")
    after = text[close_at + 1 :]
    extra = after.find("{")
    if extra >= 0:
        line, column = _position(block, close_at + 1 + extra)
        raise GiftError(path, line, column, "a question may have only one `{...}` answer block")
    stray = after.find("}")
    if stray >= 0:
        line, column = _position(block, close_at + 1 + stray)
        raise GiftError(path, line, column, "`}` without an opening `{` (write `\\}` for a brace)")
    before = re.sub(r"^\s*\[(?:html|moodle|plain|markdown)\]", "", text[body_start:open_at])
    question = _unescape(before)
    if after.strip():
        question = f"{question} _____ {_unescape(after)}".strip()
    if re.search(r"<[a-z]+[^>]*>", question):
        question = re.sub(r"<[^>]+>", "", question)
    if not question:
        line, column = _position(block, body_start)
        raise GiftError(path, line, column, "the question has no text before `{`")
    return _answers(path, block, title, question, open_at, text[open_at + 1 : close_at])


def _split_feedback(text: str) -> tuple[str, str | None]:
    if "#" in text:
        value, feedback = text.split("#", 1)
        return value, _unescape(feedback)
    return text, None


# A text format written before an answer (`~[plain]blue`): Moodle's, not the answer's.
_FORMAT = re.compile(r"^\s*\[(?:html|moodle|plain|markdown)\]")
_WEIGHT = re.compile(r"\s*%(-?\d+(?:\.\d*)?|-?\.\d+)%")
# Moodle's catch-all: an answer `*` stands for anything else (`=%0%*#Completely wrong`).
_ANYTHING = "*"
MAX_CHOICES = 26


def _answers(
    path: Path, block: _Block, title: str | None, question: str, open_at: int, body: str
) -> GiftQuestion | Skipped:
    general: str | None = None
    if "####" in body:
        body, general_raw = body.split("####", 1)
        general = _unescape(general_raw)
    content = body.strip()
    made = GiftQuestion(block.line, title, question, "", feedback=general, meta=block.meta)
    if not content:
        return Skipped(block.line, "an essay question (`{}`): newsquiz needs an answer to grade")
    if content.startswith("#"):
        return _numerical(path, block, made, content[1:], open_at)
    value, _ = _split_feedback(content)
    if value.strip().upper() in ("T", "TRUE", "F", "FALSE"):
        made.kind = "claim"
        made.answer = "true" if value.strip().upper().startswith("T") else "false"
        return made
    entries = _entries(path, block, content, open_at)
    markers = {marker for marker, _, _ in entries}
    # As Moodle reads it: `~` anywhere makes a multiple choice; `=` with `->`, a matching.
    if "~" not in markers and any("->" in text for _, _, text in entries):
        return Skipped(block.line, "a matching question (`->`) cannot be played in newsquiz")
    if "~" in markers:
        return _choice(block, made, entries)
    right = [(_weight(marker, weight), text) for marker, weight, text in entries]
    answers = [t for w, t in right if w >= 100]
    made.partial = [(t, w / 100) for w, t in right if 0 < w < 100]
    made.reject = [t for w, t in right if w <= 0 and t != _ANYTHING]
    if not answers:
        return Skipped(block.line, "a short answer with no answer worth full marks")
    made.answer = answers[0]
    made.accept = list(answers[1:])
    return made


def _weight(marker: str, weight: float | None) -> float:
    """An answer's share of the marks in percent: `=` is 100 and `~` 0 unless `%n%` says."""
    if weight is not None:
        return weight
    return 100.0 if marker == "=" else 0.0


def _choice(
    block: _Block, made: GiftQuestion, entries: list[tuple[str, float | None, str]]
) -> GiftQuestion | Skipped:
    """A multiple choice: one right answer (others maybe worth part of the marks), or
    several right ones to pick together, played as a list question over the options."""
    weighted = [(_weight(marker, weight), text) for marker, weight, text in entries]
    options = tuple(text for _, text in weighted)
    full = [t for w, t in weighted if w >= 100]
    positive = [t for w, t in weighted if w > 0]
    several = sum(1 for marker, _, _ in entries if marker == "=") > 1 or len(full) > 1
    if len(full) == 1 and not several:
        if len(options) > MAX_CHOICES:
            return Skipped(
                block.line, f"a choice question with {len(options)} options (at most 26)"
            )
        made.kind = "choice"
        made.choices = options
        made.answer = full[0]
        made.partial = [(t, w / 100) for w, t in weighted if 0 < w < 100]
        return made
    if len(positive) < 2:
        return Skipped(block.line, "a choice question with no answer worth full marks")
    # Several right options, picked together (Moodle's multiple answers).
    made.kind = "list"
    made.question = f"{made.question} (Name every right one of: {'; '.join(options)})"
    made.answer = tuple(positive)
    made.reject = [(t,) for w, t in weighted if w <= 0]
    return made


def _entries(
    path: Path, block: _Block, content: str, open_at: int
) -> list[tuple[str, float | None, str]]:
    """`=right`, `~wrong`, `=%50%partly` as (marker, weight in percent, text); a lone
    answer without a marker (`{One}`) is a right one, as Moodle reads it."""
    entries: list[tuple[str, float | None, str]] = []
    parts = re.split(r"([=~])", content)
    lead = parts[0]
    if lead.strip() and len(parts) == 1 and "\n" not in lead.strip():
        parts = ["", "=", lead]
    elif lead.strip():
        offset = block.text.index(lead.strip(), open_at)
        line, column = _position(block, offset)
        raise GiftError(
            path,
            line,
            column,
            f"expected `=` or `~` before `{_unescape(lead)[:30]}` in the answers",
        )
    for marker, raw in zip(parts[1::2], parts[2::2], strict=True):
        value, _ = _split_feedback(raw)
        weight, value = _read_weight(value)
        text = _unescape(_FORMAT.sub("", value))
        if not text:
            line, column = _position(block, open_at)
            raise GiftError(path, line, column, f"an empty answer after `{marker}`")
        entries.append((marker, weight, text))
    return entries


def _read_weight(value: str) -> tuple[float | None, str]:
    """`%50%Cat` as (50, `Cat`); without a weight, (None, the text)."""
    match = _WEIGHT.match(value)
    if not match:
        return None, value
    weight = float(match.group(1))
    return max(-100.0, min(100.0, weight)), value[match.end() :]


def _numerical(
    path: Path, block: _Block, made: GiftQuestion, content: str, open_at: int
) -> GiftQuestion | Skipped:
    made.kind = "number"
    parts = re.split(r"([=~])", content)
    if parts[0].strip() and len(parts) > 1:
        line, column = _position(block, open_at)
        raise GiftError(
            path, line, column, f"expected `=` or `~` before `{_unescape(parts[0])[:30]}`"
        )
    items = (
        [("=", parts[0])] if len(parts) == 1 else list(zip(parts[1::2], parts[2::2], strict=True))
    )
    answers: list[tuple[str, float]] = []
    partly: list[tuple[str, float, float]] = []
    for marker, item in items:
        value, _ = _split_feedback(item)
        weight, value = _read_weight(value)
        value = _unescape(value)
        if marker == "~" and value in ("", _ANYTHING):
            continue  # Moodle's catch-all wrong answer (`~#Completely wrong`)
        number, tolerance = _read_numeric(value)
        if number is None:
            line, column = _position(block, open_at)
            raise GiftError(
                path, line, column, f"`{value}` is not a number for a `{{#...}}` answer"
            )
        share = _weight(marker, weight)
        if share <= 0:
            made.reject.append(number)
        elif share < 100:
            partly.append((number, share / 100, tolerance))
        else:
            answers.append((number, tolerance))
    if not answers:
        return Skipped(block.line, "a numerical question with no answer worth full marks")
    made.answer = answers[0][0]
    made.accept = [a for a, _ in answers[1:]]
    made.tolerance = answers[0][1] or None
    if any(tolerance != answers[0][1] for _, _, tolerance in partly):
        return Skipped(
            block.line,
            "a numerical answer with partial credit for another margin (newsquiz has one "
            "tolerance a question)",
        )
    made.partial = [(number, share) for number, share, _ in partly]
    return made


def _read_numeric(value: str) -> tuple[str | None, float]:
    """`84`, `84:2` or `80..88` as (answer text, tolerance)."""
    value = value.strip()
    span = re.fullmatch(r"(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)", value)
    if span:
        low, high = float(span.group(1)), float(span.group(2))
        return f"{(low + high) / 2:g}", abs(high - low) / 2
    match = re.fullmatch(r"(-?\d+(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?", value)
    if not match:
        return None, 0.0
    return f"{float(match.group(1)):g}", float(match.group(2) or 0)
