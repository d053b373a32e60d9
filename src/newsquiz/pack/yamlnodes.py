"""Reading YAML as nodes with positions, in bounded time and memory.

Values are taken from the text the author wrote, not from YAML 1.1's
guesses, so `no`, `84` and `2022-03-01` mean what they look like.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from newsquiz.facts.text import CONTROL
from newsquiz.pack.model import Position
from newsquiz.pack.problems import Problem

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml is in every wheel we ship with
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_YAML_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 2_000_000


class NodeLimitError(Exception):
    """The document nests too deeply or expands (through aliases) too far."""


def position(path: Path, node: yaml.Node) -> Position:
    mark = node.start_mark
    return Position(path, mark.line + 1, mark.column + 1)


def problem_at(
    path: Path,
    node: yaml.Node | None,
    message: str,
    question_id: str | None = None,
    field: str | None = None,
) -> Problem:
    if node is None:
        return Problem(path, 0, 0, message, question_id, field)
    where = position(path, node)
    return Problem(path, where.line, where.column, message, question_id, field)


# Control characters are never part of a pack, so nothing of a pack can retitle a
# terminal, clear it or hide text from a player: in the game, `key`, `claims`, `check`
# or under `serve`.


def control_problem(path: Path, line: int, column: int, text: str) -> Problem | None:
    """A Problem at the first control character of `text`, if it has one."""
    found = CONTROL.search(text)
    if found is None:
        return None
    before = text[: found.start()]
    line += before.count("\n")
    column = found.start() - before.rfind("\n") if "\n" in before else column + found.start()
    return Problem(
        path,
        line,
        column,
        f"control character U+{ord(found.group()):04X} in the text; remove it "
        "(packs hold printable text only)",
    )


def decode(path: Path, data: bytes) -> tuple[str | None, Problem | None]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        line_start = data.rfind(b"\n", 0, err.start) + 1
        # Count characters, not bytes, so the column matches what an editor shows.
        column = len(data[line_start : err.start].decode("utf-8", "replace")) + 1
        return None, Problem(
            path,
            line,
            column,
            f"{path.name} is not valid UTF-8 (byte 0x{data[err.start]:02x} cannot be decoded); "
            "expected UTF-8 text: save the file as UTF-8",
        )
    # A file saved on Windows ends its lines with CR LF: the CR is part of the line break,
    # not a control character in the text (a lone CR still is one).
    text = text.replace("\r\n", "\n")
    return text, control_problem(path, 1, 1, text)


def _check_depth(text: str) -> None:
    """Refuse pathological nesting before the recursive composer sees it."""
    depth = 0
    deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    if deepest > MAX_DEPTH:
        raise NodeLimitError(f"nested more than {MAX_DEPTH} levels deep")


def compose(path: Path, text: str) -> tuple[yaml.Node | None, Problem | None]:
    """Parse one YAML document into nodes, or say where it is malformed."""
    try:
        if text.count("[") + text.count("{") > MAX_DEPTH:
            _check_depth(text)
        root = yaml.compose(text, Loader=_Loader)
        return root, _control_in_values(path, root)
    except NodeLimitError as err:
        return None, Problem(path, 0, 0, f"YAML {err}")
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        message = err.problem or err.context or "malformed"
        context = err.context_mark
        if err.context and context is not None and context is not mark:
            # Say where the unfinished construct began: that is usually the typo.
            message += (
                f" ({err.context} that starts at line {context.line + 1}, "
                f"column {context.column + 1})"
            )
        message += _hint(message, text, mark)
        if mark is None:
            return None, Problem(path, 0, 0, f"invalid YAML: {message}")
        return None, Problem(path, mark.line + 1, mark.column + 1, f"invalid YAML: {message}")
    except yaml.YAMLError as err:
        return None, Problem(path, 0, 0, f"invalid YAML: {err}")
    except RecursionError:
        return None, Problem(path, 0, 0, f"YAML nested more than {MAX_DEPTH} levels deep")


def _hint(message: str, text: str, mark: yaml.Mark | None) -> str:
    """How to fix the YAML mistakes authors make most, in one line."""
    line = (
        text.splitlines()[mark.line]
        if mark is not None and mark.line < len(text.splitlines())
        else ""
    )
    if "mapping values are not allowed" in message:
        return (
            '; a text with `: ` inside must be quoted: write `question: "Who said: no?"` '
            "(or use single quotes)"
        )
    if "found character '\\t'" in message or "\t" in line[: (mark.column + 1 if mark else 0)]:
        return "; indent with spaces, not tabs"
    if "while scanning a quoted scalar" in message or "found unexpected end of stream" in message:
        return "; a quotation mark is opened and never closed: close it, or quote the whole text"
    if "did not find expected key" in message or "expected <block end>" in message:
        return "; check the indentation here: each field of a question lines up under `id`"
    return ""


def _control_in_values(path: Path, root: yaml.Node | None) -> Problem | None:
    """A control character a YAML escape (`"\\e[2J"`) put into a value."""
    stack = [root] if root is not None else []
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            mark = node.start_mark
            problem = control_problem(path, mark.line + 1, mark.column + 1, str(node.value))
            if problem is not None:
                return Problem(path, mark.line + 1, mark.column + 1, problem.message)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in node.value for item in pair)
    return None


class NodeBudget:
    """Counts nodes visited so alias expansion cannot blow up."""

    def __init__(self, limit: int = MAX_NODES) -> None:
        self.left = limit

    def spend(self, count: int = 1) -> None:
        self.left -= count
        if self.left < 0:
            raise NodeLimitError("expands to too many values (an alias bomb?)")


def mapping_items(node: yaml.MappingNode) -> list[tuple[str, yaml.ScalarNode, yaml.Node]]:
    items: list[tuple[str, yaml.ScalarNode, yaml.Node]] = []
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode):
            items.append((str(key.value), key, value))
    return items


def describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return "nothing"
    if isinstance(node, yaml.ScalarNode) and not str(node.value).strip():
        return "empty text"  # `accept: [""]`: text, but none to grade
    return "text"


def is_null(node: yaml.Node) -> bool:
    return (
        isinstance(node, yaml.ScalarNode)
        and node.tag == "tag:yaml.org,2002:null"
        and node.style is None
        and node.value in ("", "~", "null", "Null", "NULL")
    )
