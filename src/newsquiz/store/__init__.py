"""The results store: every graded answer, kept behind one small interface.

`open_store(location)` picks the backend from a path or URL (or NEWSQUIZ_DB, or the user data
folder); `Recorder(store, player, group, pack).attach(session)` records a game into it;
`NullStore()` is the store used when recording is turned off.

The names below load on first use (PEP 562): the game names where results go on its
first screen, and opens the store only once that screen is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsquiz.store.location import ENV_VAR, default_path, redact, resolve_location

if TYPE_CHECKING:
    from newsquiz.store.base import (
        ANSWER_MODES,
        MODE_FACTCHECK,
        MODE_QUESTION,
        AnswerFilter,
        FactCheckSummary,
        NewAnswer,
        PlayerSummary,
        QuestionSummary,
        RegradeEntry,
        Store,
        StoreCorruptError,
        StoredAnswer,
        StoreError,
        StoreLockedError,
        StoreReadOnlyError,
        StoreUnreachableError,
        StoreVersionError,
        VerdictChange,
        WrongAnswerCount,
    )
    from newsquiz.store.factory import open_store
    from newsquiz.store.null import NullStore

__all__ = [
    "ANSWER_MODES",
    "ENV_VAR",
    "MODE_FACTCHECK",
    "MODE_QUESTION",
    "AnswerFilter",
    "FactCheckSummary",
    "NewAnswer",
    "NullStore",
    "PlayerSummary",
    "QuestionSummary",
    "RegradeEntry",
    "Store",
    "StoreCorruptError",
    "StoreError",
    "StoreLockedError",
    "StoreReadOnlyError",
    "StoreUnreachableError",
    "StoreVersionError",
    "StoredAnswer",
    "VerdictChange",
    "WrongAnswerCount",
    "default_path",
    "open_store",
    "redact",
    "resolve_location",
]

_HOMES = {"open_store": "newsquiz.store.factory", "NullStore": "newsquiz.store.null"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(_HOMES.get(name, "newsquiz.store.base")), name)
    globals()[name] = value
    return value
