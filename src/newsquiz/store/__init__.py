"""The results store: every graded answer, kept behind one small interface.

`open_store(location)` picks the backend from a path or URL (or NEWSQUIZ_DB, or the user data
folder); `Recorder(store, player, group, pack).attach(session)` records a game into it;
`NullStore()` is the store used when recording is turned off.
"""

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
    StoreVersionError,
    VerdictChange,
    WrongAnswerCount,
)
from newsquiz.store.factory import ENV_VAR, default_path, open_store, redact, resolve_location
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
    "StoreVersionError",
    "StoredAnswer",
    "VerdictChange",
    "WrongAnswerCount",
    "default_path",
    "open_store",
    "redact",
    "resolve_location",
]
