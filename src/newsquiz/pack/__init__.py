"""Packs: the article and its questions, loaded with positions.

The model and its problems import at once; the loader (PyYAML, kind inference)
loads on first use (PEP 562), so a game started from a cached pack never pays
for it before its first screen is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsquiz.pack.model import Answer, Article, Citation, Kind, Pack, Question, answer_text
from newsquiz.pack.paths import PACK_FILE, resolve_pack_path
from newsquiz.pack.problems import PackError, Problem, Severity

if TYPE_CHECKING:
    from newsquiz.pack.loader import load_pack

__all__ = [
    "PACK_FILE",
    "Answer",
    "Article",
    "Citation",
    "Kind",
    "Pack",
    "PackError",
    "Problem",
    "Question",
    "Severity",
    "answer_text",
    "load_pack",
    "resolve_pack_path",
]


def __getattr__(name: str) -> Any:
    if name != "load_pack":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from newsquiz.pack.loader import load_pack

    globals()[name] = load_pack
    return load_pack
