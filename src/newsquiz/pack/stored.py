"""A loaded pack as plain JSON data and back, for the cache of loaded packs.

JSON holds only text, numbers, lists and mappings: reading a cache entry builds a pack and
can run no code, whoever wrote the file (a shared cache folder is no way in).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsquiz.pack.model import (
    Answer,
    Article,
    Citation,
    Kind,
    Pack,
    PartialAnswer,
    Position,
    Question,
)


def pack_to_data(pack: Pack) -> dict[str, Any]:
    article = pack.article
    return {
        "id": pack.id,
        "title": pack.title,
        "path": str(pack.path),
        "digest": pack.digest,
        "format": pack.format,
        "article": {
            "file": str(article.file),
            "paragraphs": list(article.paragraphs),
            "outlet": article.outlet,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "license": article.license,
            "credit": article.credit,
        },
        "questions": [_question_to_data(q) for q in pack.questions],
    }


def pack_from_data(data: dict[str, Any]) -> Pack:
    """The pack the data describes; KeyError, TypeError or ValueError if it describes none."""
    raw = data["article"]
    article = Article(
        file=Path(_text(raw["file"])),
        paragraphs=tuple(_text(p) for p in raw["paragraphs"]),
        outlet=_optional(raw["outlet"]),
        url=_optional(raw["url"]),
        published=date.fromisoformat(raw["published"]) if raw["published"] else None,
        license=_optional(raw["license"]),
        credit=_optional(raw["credit"]),
    )
    questions = tuple(_question_from_data(q, article.paragraphs) for q in data["questions"])
    return Pack(
        id=_text(data["id"]),
        title=_text(data["title"]),
        article=article,
        questions=questions,
        path=Path(_text(data["path"])),
        digest=_text(data["digest"]),
        format=_text(data["format"]),
    )


def _question_to_data(q: Question) -> dict[str, Any]:
    return {
        "id": q.id,
        "question": q.question,
        "answer": _answer_to_data(q.answer),
        "kind": q.kind.value,
        "citations": [[c.quote, c.line, c.text, c.start, c.end] for c in q.citations],
        "accept": [_answer_to_data(a) for a in q.accept],
        "reject": [_answer_to_data(a) for a in q.reject],
        "kind_inferred": q.kind_inferred,
        "choices": list(q.choices),
        "explain": q.explain,
        "tolerance": q.tolerance,
        "claim": q.claim,
        "partial": [[_answer_to_data(p.answer), p.score] for p in q.partial],
        "default_year": q.default_year,
        "has_article": bool(q.article),
        "position": _position_to_data(q.position),
        "field_positions": {k: _position_to_data(v) for k, v in q.field_positions.items()},
    }


def _question_from_data(raw: dict[str, Any], paragraphs: tuple[str, ...]) -> Question:
    position = _position_from_data(raw["position"])
    return Question(
        id=_text(raw["id"]),
        question=_text(raw["question"]),
        answer=_answer_from_data(raw["answer"]),
        kind=Kind(raw["kind"]),
        citations=tuple(
            Citation(_text(quote), int(line), _text(text), int(start), int(end))
            for quote, line, text, start, end in raw["citations"]
        ),
        accept=tuple(_answer_from_data(a) for a in raw["accept"]),
        reject=tuple(_answer_from_data(a) for a in raw["reject"]),
        kind_inferred=bool(raw["kind_inferred"]),
        choices=tuple(_text(c) for c in raw["choices"]),
        explain=_optional(raw["explain"]),
        tolerance=float(raw["tolerance"]) if raw["tolerance"] is not None else None,
        claim=_optional(raw["claim"]),
        partial=tuple(
            PartialAnswer(_answer_from_data(answer), float(score))
            for answer, score in raw.get("partial", [])
        ),
        default_year=int(raw["default_year"]) if raw["default_year"] is not None else None,
        article=paragraphs if raw["has_article"] else (),
        position=position,
        field_positions={
            _text(k): p
            for k, v in raw["field_positions"].items()
            if (p := _position_from_data(v)) is not None
        },
    )


def _answer_to_data(answer: Answer) -> str | list[str]:
    return list(answer) if isinstance(answer, tuple) else answer


def _answer_from_data(raw: Any) -> Answer:
    if isinstance(raw, list):
        return tuple(_text(item) for item in raw)
    return _text(raw)


def _position_to_data(position: Position | None) -> list[Any] | None:
    return None if position is None else [str(position.file), position.line, position.column]


def _position_from_data(raw: Any) -> Position | None:
    if raw is None:
        return None
    file, line, column = raw
    return Position(_path(_text(file)), int(line), int(column))


@lru_cache(maxsize=64)
def _path(text: str) -> Path:
    """One Path for the many positions in one file (building them is most of a load)."""
    return Path(text)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _optional(value: Any) -> str | None:
    return None if value is None else _text(value)
