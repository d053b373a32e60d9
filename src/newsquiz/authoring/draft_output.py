"""Turning drafted candidates into YAML: a whole pack, or lines appended to one."""

from __future__ import annotations

from pathlib import Path

import yaml

from newsquiz.authoring.article_text import normalise_article
from newsquiz.authoring.draft import Candidate, draft_candidates, slugify, without_asked
from newsquiz.authoring.files import InputError, read_text, write_text
from newsquiz.authoring.new import ArticleInfo, pack_header
from newsquiz.authoring.yamltext import questions_block
from newsquiz.facts.text import fold_text, plural
from newsquiz.pack.citations import CitationIndex
from newsquiz.pack.model import Pack
from newsquiz.pack.problems import PackError
from newsquiz.pack.yamlnodes import compose, mapping_items

DRAFT_NOTE = "# Drafted by `newsquiz draft`: keep, reword or delete each question."


class DraftError(Exception):
    """Drafting cannot go ahead; the message says why."""


def _is_pack(path: Path) -> bool:
    return path.is_dir() or path.suffix.lower() in (".yaml", ".yml")


def _load(path: Path) -> Pack:
    from newsquiz.pack import load_pack

    try:
        return load_pack(path)
    except PackError as err:
        listing = "\n".join(p.format() for p in err.problems)
        raise DraftError(f"the pack has problems; fix them first:\n{listing}") from None


def draft_command(source: Path, into: Path | None) -> tuple[str, list[str]]:
    """(text for stdout, messages for stderr)."""
    messages: list[str] = []
    try:
        if _is_pack(source):
            pack = _load(source)
            paragraphs = pack.article.paragraphs
            source_pack: Pack | None = pack
        else:
            text = read_text(source, "article")
            paragraphs = tuple(text.splitlines())
            source_pack = None
            if normalise_article(text).text != text:
                messages.append(
                    f"note: {source} is not one paragraph a line; `newsquiz new` normalises it "
                    "(quotes split across lines cannot be cited)"
                )
    except InputError as err:
        raise DraftError(str(err)) from None
    candidates = draft_candidates(paragraphs)
    if into is not None:
        return _append(into, candidates, messages)
    if source_pack is not None:
        taken = {q.id for q in source_pack.questions}
        fresh = without_asked(candidates, _asked(source_pack), taken)
        messages.append(
            f"{len(fresh)} candidates; paste them under `questions:` or run with --into {source}"
        )
        return f"  {DRAFT_NOTE}\n" + questions_block([c.as_text() for c in fresh]), messages
    if not candidates:
        raise DraftError(f"{source}: found no facts to ask about")
    headline = next((p for p in paragraphs if p.strip()), "")
    pack_id = slugify(source.stem if source.stem != "article" else source.resolve().parent.name)
    header = pack_header(pack_id, headline, ArticleInfo(), source.name)
    messages.append(f"{len(candidates)} candidates")
    return header + f"  {DRAFT_NOTE}\n" + questions_block(
        [c.as_text() for c in candidates]
    ), messages


def _asked(pack: Pack) -> list[tuple[str, int]]:
    asked: list[tuple[str, int]] = []
    for question in pack.questions:
        for line in question.cited_lines:
            asked.append((fold_text(question.expected), line))
    return asked


def _append(into: Path, candidates: list[Candidate], messages: list[str]) -> tuple[str, list[str]]:
    pack = _load(into)
    index = CitationIndex(pack.article.paragraphs)
    citable = [c for c in candidates if all(index.find(q) is not None for q in _quotes(c.cite))]
    if len(citable) < len(candidates):
        messages.append(
            f"skipped {len(candidates) - len(citable)} candidates whose sentence is not in "
            f"{pack.article.file}"
        )
    fresh = without_asked(citable, _asked(pack), {q.id for q in pack.questions})
    skipped = len(citable) - len(fresh)
    if not fresh:
        messages.append(f"nothing to add: the pack already asks every drafted fact ({skipped})")
        return "", messages
    original = read_text(pack.path, "pack file")
    insert_at, indent = _insertion_point(pack.path, original)
    block = f"{indent}{DRAFT_NOTE}\n" + questions_block([c.as_text() for c in fresh], indent)
    lines = original.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    updated = "".join(lines[:insert_at]) + block + "".join(lines[insert_at:])
    write_text(pack.path, updated)
    try:
        _load(pack.path)
    except DraftError as err:
        write_text(pack.path, original)
        raise DraftError(
            f"appending would break the pack, so it was left as it was: {err}"
        ) from None
    messages.append(
        f"added {plural(len(fresh), 'question')} to {pack.path}"
        + (f" (skipped {plural(skipped, 'fact')} it already asks)" if skipped else "")
    )
    return "", messages


def _quotes(cite: str | tuple[str, ...]) -> tuple[str, ...]:
    return cite if isinstance(cite, tuple) else (cite,)


def _insertion_point(path: Path, text: str) -> tuple[int, str]:
    """The line to insert new list items before, and their indentation."""
    root, problem = compose(path, text)
    if problem is not None or not isinstance(root, yaml.MappingNode):
        raise DraftError(f"{path}: cannot find `questions:` to append to")
    for name, _, value in mapping_items(root):
        if name != "questions":
            continue
        if not isinstance(value, yaml.SequenceNode) or value.flow_style or not value.value:
            raise DraftError(
                f"{path}:{value.start_mark.line + 1}: `questions` must be a block list "
                "(one `- id: ...` item a line) for --into to append to it"
            )
        first = value.value[0]
        indent = " " * max(0, first.start_mark.column - 2)
        end = value.end_mark
        # A block list ends where the next key starts (column 0), or at the end of the file.
        last_line = end.line if end.column == 0 else end.line + 1
        return _before_trailing_comments(text, last_line, len(indent)), indent
    raise DraftError(f"{path}: cannot find `questions:` to append to")


def _before_trailing_comments(text: str, line: int, indent: int) -> int:
    """Step back over blank lines and column-0 comments that introduce the next key."""
    lines = text.splitlines()
    line = min(line, len(lines))
    while line > 0:
        previous = lines[line - 1]
        stripped = previous.strip()
        starts_at = len(previous) - len(previous.lstrip())
        if not stripped or (stripped.startswith("#") and starts_at < indent):
            line -= 1
            continue
        break
    return line
