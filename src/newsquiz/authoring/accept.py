"""`accept`: add a player's answer to a question's `accept` list, editing pack.yaml in place.

The file is the author's: its comments, blank lines, key order and list styles stay exactly
as written, and only the one entry is added. PyYAML keeps no comments, so the new entry is
put into the text at the place PyYAML's node marks point to:

- `accept: [a, b]` (a flow list) gets `, "new"` after its last entry;
- a block list gets one more `- "new"` line after its last entry, lined up with the others;
- `accept: a` (one answer) becomes `accept: [a, "new"]`;
- no `accept` at all: an `accept: ["new"]` line goes right after the question's `answer`.

The new entry is always a YAML double-quoted scalar with every character YAML could read
otherwise escaped, so quotes, colons, `#`, brackets and line breaks in an answer stay text.
The edited file is written beside the original, loaded and checked (the pack loads, the
question accepts exactly one more answer, nothing else changed, and the answer now grades
right) and only then renamed over it: a failed check leaves pack.yaml byte for byte as it
was.
"""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from newsquiz.facts.text import CONTROL, fold_text
from newsquiz.facts.values import split_items
from newsquiz.grading import Outcome, grade
from newsquiz.pack import Kind, Pack, PackError, Question, answer_text, load_pack
from newsquiz.pack.loader import read_limited
from newsquiz.pack.paths import resolve_pack_path
from newsquiz.pack.yamlnodes import MAX_YAML_BYTES, compose


class AcceptRefused(Exception):
    """The answer cannot be added; the message says why, and pack.yaml is unchanged."""


@dataclass(frozen=True)
class Accepted:
    """An answer added to a question's `accept` list, the pack loaded as it now is."""

    pack: Pack
    question: Question
    answer: str  # as written into `accept` (the typed answer without outer spaces)
    path: Path  # the pack.yaml that was edited
    line: int  # 1-based line of pack.yaml that holds the new entry


def accept_answer(target: Path | str, question_id: str, typed: str) -> Accepted:
    """Add `typed` to the `accept` list of question `question_id` of the pack at `target`.

    Raises AcceptRefused (pack.yaml untouched) when the pack does not load, the question is
    unknown, the answer is empty, already accepted or rejected, or the edited pack would not
    load or would not grade the answer right.
    """
    # Absolute, so the edited copy (written beside it) names the same article file.
    path = resolve_pack_path(Path(target)).resolve()
    _refuse_bundled(path)
    pack = _loaded(path)
    question = _question(pack, question_id, path)
    answer = _checked_answer(question, typed)
    data, reason = read_limited(path, MAX_YAML_BYTES, "pack file")
    if data is None:
        raise AcceptRefused(f"{path}: {reason}")
    bom = data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    # A pack saved on Windows keeps its CR LF line endings, the new line's included.
    windows = "\r\n" in text and "\n" not in text.replace("\r\n", "")
    if windows:
        text = text.replace("\r\n", "\n")
    edited, offset = added_accept(text, question_id, answer)
    line = edited.count("\n", 0, offset) + 1
    if windows:
        edited = edited.replace("\n", "\r\n")
    new_data = (b"\xef\xbb\xbf" if bom else b"") + edited.encode("utf-8")
    accepted = _write_checked(path, data, new_data, pack, question, answer)
    return replace(accepted, line=line)


# -- what may be accepted ------------------------------------------------------------------


def _refuse_bundled(path: Path) -> None:
    """A bundled pack is part of the installed program: an edit would be lost at the next
    upgrade and would change the pack for every user of the computer."""
    from newsquiz.library import bundled_dir, user_dir

    if path.is_relative_to(bundled_dir().resolve()):
        raise AcceptRefused(
            f"{path.parent.name} is a bundled pack, part of newsquiz itself, so it was left as "
            f"it was; copy its folder into your pack folder ({user_dir()}) under a new name "
            "and `id`, play and accept answers there"
        )


def _loaded(path: Path) -> Pack:
    try:
        return load_pack(path)
    except PackError as err:
        first = err.problems[0].format() if err.problems else str(path)
        more = len(err.problems) - 1
        others = f" (and {more} more problem{'' if more == 1 else 's'})" if more > 0 else ""
        raise AcceptRefused(
            f"the pack does not load, so nothing was changed: {first}{others}; "
            f"fix it first (`newsquiz check {path.parent}` lists every problem)"
        ) from None


def _question(pack: Pack, question_id: str, path: Path) -> Question:
    for question in pack.questions:
        if question.id == question_id:
            return question
    ids = [q.id for q in pack.questions]
    close = difflib.get_close_matches(question_id, ids, n=1)
    hint = f"; did you mean `{close[0]}`?" if close else ""
    shown = ", ".join(ids[:12]) + (", …" if len(ids) > 12 else "")
    raise AcceptRefused(
        f"{path}: no question `{_shown(question_id)}` in pack `{pack.id}`{hint} "
        f"(its questions: {shown})"
    )


def _same(one: str, other: str) -> bool:
    """Two answers a grader reads alike (case, accents, punctuation, articles aside)."""
    folded = fold_text(one)
    if folded:
        return folded == fold_text(other)
    return " ".join(one.lower().split()) == " ".join(other.lower().split())


def _checked_answer(question: Question, typed: str) -> str:
    answer = typed.strip()
    if not answer:
        raise AcceptRefused("the answer is empty: give the answer to accept, as it was typed")
    control = CONTROL.search(answer)
    if control is not None:
        raise AcceptRefused(
            f"the answer holds the control character U+{ord(control.group()):04X}, which a "
            "pack may not hold (packs hold printable text only)"
        )
    if any("\ud800" <= c <= "\udfff" for c in answer):
        raise AcceptRefused("the answer is not valid text (it holds a lone surrogate)")
    quoted = _shown(answer)
    for wrong in question.reject:
        if _same(answer, answer_text(wrong)):
            raise AcceptRefused(
                f"“{quoted}” is in the `reject` list of `{question.id}` (as "
                f"“{_shown(answer_text(wrong))}”): the pack says it is wrong; take it out of "
                "`reject` first if it is right after all"
            )
    for right in (question.answer, *question.accept):
        if _same(answer, answer_text(right)):
            raise AcceptRefused(
                f"“{quoted}” is already accepted for `{question.id}` "
                f"(as “{_shown(answer_text(right))}”); nothing to add"
            )
    for part in question.partial:
        if _same(answer, answer_text(part.answer)):
            raise AcceptRefused(
                f"“{quoted}” is already in `accept` for `{question.id}` with a score of "
                f"{part.score:g}; to give it full marks, change that entry by hand"
            )
    verdict = grade(question, answer)
    if verdict.outcome is Outcome.CORRECT:
        raise AcceptRefused(
            f"“{quoted}” is already graded right for `{question.id}`; nothing to add"
        )
    return answer


def _shown(text: str, width: int = 60) -> str:
    """Text from a player, safe and short enough for a one-line message."""
    text = CONTROL.sub("", text).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


# -- the text edit -------------------------------------------------------------------------

# Characters a double-quoted YAML scalar may not hold as they are: they would end it, start
# an escape, break the line (YAML counts NEL, LS and PS as line breaks) or not be printable.
_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]')
_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}


def quoted_scalar(value: str) -> str:
    """`value` as a YAML double-quoted scalar that reads back as exactly `value`."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return _SHORT_ESCAPES.get(char) or f"\\u{ord(char):04x}"

    return '"' + _NEEDS_ESCAPE.sub(escape, value) + '"'


# A plain scalar that may stand unchanged as an item of a flow list.
_FLOW_SAFE = re.compile(r"^[A-Za-z0-9\u00C0-\u024F$][A-Za-z0-9\u00C0-\u024F $.%'()/-]*$")


@dataclass(frozen=True)
class _Edit:
    at: int  # character index in the text
    insert: str
    remove: int = 0  # characters replaced from `at`

    def applied(self, text: str) -> str:
        return text[: self.at] + self.insert + text[self.at + self.remove :]


def added_accept(text: str, question_id: str, answer: str) -> tuple[str, int]:
    """The pack text with `answer` added to question `question_id`'s `accept` list, and the
    index in the new text where the new entry is. Everything else is left as written."""
    # The loader's own composer and limits, so the edit reads the file exactly as the pack
    # was read (and a file changed since is held to the same nesting and size guards); its
    # marks count characters (not bytes), as the edit needs.
    root, problem = compose(Path("pack.yaml"), text)
    if problem is not None:
        raise AcceptRefused(f"pack.yaml is not valid YAML: {problem.message}")
    question = _question_node(root, question_id)
    uses = _uses(question if root is None else root)
    if uses.get(id(question), 0) > 1:
        raise AcceptRefused(_by_hand(question_id, "the question is repeated through a YAML alias"))
    entry = quoted_scalar(answer)
    field = _field(question, "accept")
    if field is None:
        edit = _new_accept(text, question, entry, question_id)
    else:
        node = field[1]
        if any(uses.get(id(part), 0) > 1 for part in _walk(node)):
            raise AcceptRefused(
                _by_hand(question_id, "its `accept` is shared with another through a YAML alias")
            )
        if isinstance(node, yaml.SequenceNode) and node.flow_style:
            edit = _flow_list_entry(node, entry)
        elif isinstance(node, yaml.SequenceNode):
            edit = _block_list_entry(text, node, entry)
        else:
            edit = _one_made_a_list(text, node, entry, question_id)
    edited = edit.applied(text)
    return edited, edit.at + edit.insert.rindex(entry)


def _by_hand(question_id: str, why: str) -> str:
    return f"cannot add to `accept` of `{question_id}` safely: {why}; add the answer by hand"


def _question_node(root: yaml.Node | None, question_id: str) -> yaml.MappingNode:
    if isinstance(root, yaml.MappingNode):
        questions = _field(root, "questions")
        if questions is not None and isinstance(questions[1], yaml.SequenceNode):
            for item in questions[1].value:
                if not isinstance(item, yaml.MappingNode):
                    continue
                found = _field(item, "id")
                if (
                    found is not None
                    and isinstance(found[1], yaml.ScalarNode)
                    and str(found[1].value).strip() == question_id
                ):
                    return item
    raise AcceptRefused(f"no question `{_shown(question_id)}` in pack.yaml")


def _field(node: yaml.MappingNode, name: str) -> tuple[yaml.Node, yaml.Node] | None:
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.value == name:
            return key, value
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    """A list's entries, or a mapping's keys and values, in the order written."""
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _walk(node: yaml.Node) -> Iterator[yaml.Node]:
    stack, seen = [node], set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack.extend(_children(current))


def _uses(root: yaml.Node) -> dict[int, int]:
    """How many places each node appears in: more than one means a YAML alias."""
    uses: dict[int, int] = {id(root): 1}
    for node in _walk(root):
        for child in _children(node):
            uses[id(child)] = uses.get(id(child), 0) + 1
    return uses


def _end(text: str, node: yaml.Node) -> int:
    """The index just after the last character the node's value is written with."""
    if isinstance(node, yaml.ScalarNode):
        if node.style in ("|", ">"):
            return _block_scalar_end(text, node)
        return int(node.end_mark.index)
    if getattr(node, "flow_style", False) or not node.value:
        return int(node.end_mark.index)
    # A block collection's end mark is where the next token starts (possibly after comments
    # and blank lines): its last entry says where it really ends.
    if isinstance(node, yaml.MappingNode):
        key, value = node.value[-1]
        empty = isinstance(value, yaml.ScalarNode) and value.value == "" and value.style is None
        return _end(text, key) if empty else _end(text, value)
    last: yaml.Node = node.value[-1]
    return _end(text, last)


def _block_scalar_end(text: str, node: yaml.ScalarNode) -> int:
    """A `|` or `>` scalar ends with its last line indented as its content; a comment below
    it, indented less, is not part of it."""
    start, stop = int(node.start_mark.index), int(node.end_mark.index)
    header_end = text.find("\n", start, stop)
    if header_end < 0:
        return stop
    end = header_end
    indent: int | None = None
    position = header_end + 1
    while position < stop:
        line_end = text.find("\n", position, stop)
        line_end = stop if line_end < 0 else line_end
        line = text[position:line_end]
        if line.strip():
            own = len(line) - len(line.lstrip(" "))
            if indent is None:
                indent = own
            if own >= indent:
                end = line_end
        position = line_end + 1
    return end


def _line_end(text: str, index: int) -> int:
    found = text.find("\n", index)
    return len(text) if found < 0 else found


def _new_accept(text: str, question: yaml.MappingNode, entry: str, question_id: str) -> _Edit:
    answer = _field(question, "answer")
    if answer is None:
        raise AcceptRefused(f"question `{question_id}` has no `answer`")
    key, value = answer
    if question.flow_style:  # `- {id: a, answer: b, cite: c}`
        return _Edit(_end(text, value), f", accept: [{entry}]")
    indent = " " * key.start_mark.column
    return _Edit(_line_end(text, _end(text, value)), f"\n{indent}accept: [{entry}]")


def _flow_list_entry(node: yaml.SequenceNode, entry: str) -> _Edit:
    if not node.value:  # `accept: []`
        return _Edit(int(node.start_mark.index) + 1, entry)
    last = node.value[-1]
    end = int(last.end_mark.index)
    return _Edit(end, f", {entry}")


def _block_list_entry(text: str, node: yaml.SequenceNode, entry: str) -> _Edit:
    dash = int(node.start_mark.index)
    last = node.value[-1]
    # The space after the dash as the author wrote it (`- x` or `-   x`).
    gap = text[dash + 1 : int(node.value[0].start_mark.index)]
    if not gap or gap.strip(" "):
        gap = " "
    indent = " " * node.start_mark.column
    return _Edit(_line_end(text, _end(text, last)), f"\n{indent}-{gap}{entry}")


def _one_made_a_list(text: str, node: yaml.Node, entry: str, question_id: str) -> _Edit:
    """`accept: a` becomes `accept: [a, "new"]`, `a` kept as written when a flow list can
    hold it so."""
    start, end = int(node.start_mark.index), _end(text, node)
    written = text[start:end]
    if isinstance(node, yaml.ScalarNode) and node.style not in ("|", ">"):
        if node.style in ("'", '"') or _FLOW_SAFE.match(written):
            kept = written
        else:
            kept = quoted_scalar(str(node.value).strip())
    elif isinstance(node, yaml.MappingNode) and node.flow_style and "\n" not in written:
        kept = written  # `{answer: Cat, score: 0.5}`
    else:
        raise AcceptRefused(_by_hand(question_id, "its `accept` is written as a block, not a list"))
    return _Edit(start, f"[{kept}, {entry}]", remove=end - start)


# -- writing -------------------------------------------------------------------------------


def _write_checked(
    path: Path, original: bytes, new_data: bytes, pack: Pack, question: Question, answer: str
) -> Accepted:
    """Write the edited pack beside the original, check it, then put it in its place."""
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=".pack.accept-", suffix=".yaml", dir=folder)
    except OSError as err:
        raise AcceptRefused(f"{path}: cannot write in {folder}: {err.strerror or err}") from None
    written = Path(temporary)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(new_data)
            out.flush()
            os.fsync(out.fileno())
        accepted = check_accepted(written, pack, question, answer)
        if path.read_bytes() != original:
            raise AcceptRefused(
                f"{path} changed while the answer was being added; nothing was written, try again"
            )
        os.chmod(written, path.stat().st_mode & 0o7777)
        os.replace(written, path)
    except OSError as err:
        raise AcceptRefused(f"{path}: cannot write: {err.strerror or err}") from None
    finally:
        written.unlink(missing_ok=True)
    return replace(accepted, path=path, pack=replace(accepted.pack, path=path))


def check_accepted(written: Path, before: Pack, question: Question, answer: str) -> Accepted:
    """The edited file loads, accepts exactly one more answer for the question and nothing
    else changed, and the answer now grades right; else AcceptRefused saying which."""
    unchanged = f"{before.path.name} was left as it was"
    try:
        after = load_pack(written)
    except PackError as err:
        first = err.problems[0].message if err.problems else "it does not load"
        raise AcceptRefused(f"the edited pack would not load ({first}); {unchanged}") from None
    entry: str | tuple[str, ...] = split_items(answer) if question.kind == Kind.LIST else answer
    new = next((q for q in after.questions if q.id == question.id), None)
    if (
        new is None
        or new.accept != (*question.accept, entry)
        or replace(new, accept=question.accept) != question
        or [q for q in after.questions if q.id != question.id]
        != [q for q in before.questions if q.id != question.id]
        or (after.id, after.title, after.article) != (before.id, before.title, before.article)
    ):
        raise AcceptRefused(
            f"the edit would have changed more than the `accept` list of `{question.id}`; "
            f"{unchanged}"
        )
    verdict = grade(new, answer)
    if verdict.outcome is not Outcome.CORRECT:
        why = f": {verdict.reason}" if verdict.reason else ""
        raise AcceptRefused(
            f"even in `accept`, “{_shown(answer)}” would grade {verdict.outcome.value}{why}; "
            f"{unchanged}"
        )
    return Accepted(after, new, answer, written, 0)
