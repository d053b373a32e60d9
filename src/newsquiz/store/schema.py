"""The results schema as ordered migrations, written once for every SQL backend.

Each migration's statements use `{pk}` and `{real}` for the two types the dialects spell
differently. Timestamps are ISO-8601 UTC text with a fixed width (see `timestamp_text`), so
they sort and compare the same way on every backend.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


# `{answer_key}`/`{player_key}` are how untrusted text enters an index: whole in SQLite (so
# report queries read only the index), a prefix in PostgreSQL, whose btree refuses entries
# above ~2.7 kB and would otherwise refuse to record a pasted essay or a long name.
DIALECT_TYPES: dict[str, dict[str, str]] = {
    "sqlite": {
        "pk": "INTEGER PRIMARY KEY",
        "real": "REAL",
        "answer_key": "answer",
        "player_key": "player",
    },
    "postgresql": {
        "pk": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        "real": "DOUBLE PRECISION",
        "answer_key": "left(answer, 200)",
        "player_key": "left(player, 200)",
    },
}

VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "answers as graded",
        (
            """CREATE TABLE answers (
                id {pk},
                run_id TEXT NOT NULL,
                player TEXT NOT NULL,
                group_name TEXT NOT NULL DEFAULT '',
                pack_id TEXT NOT NULL,
                pack_digest TEXT NOT NULL,
                question_id TEXT NOT NULL,
                answer TEXT NOT NULL,
                verdict TEXT NOT NULL,
                score {real} NOT NULL,
                reason TEXT,
                seconds {real} NOT NULL,
                attempt INTEGER NOT NULL,
                answered_at TEXT NOT NULL
            )""",
            "CREATE INDEX answers_by_question ON answers (pack_id, question_id)",
            "CREATE INDEX answers_by_player ON answers ({player_key}, group_name)",
            "CREATE INDEX answers_by_time ON answers (answered_at)",
        ),
    ),
    Migration(
        2,
        "disputes and regrades",
        (
            "ALTER TABLE answers ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE answers ADD COLUMN dispute_note TEXT",
            "ALTER TABLE answers ADD COLUMN disputed_at TEXT",
            "ALTER TABLE answers ADD COLUMN regraded INTEGER NOT NULL DEFAULT 0",
            """CREATE TABLE regrades (
                id {pk},
                answer_id INTEGER NOT NULL REFERENCES answers (id),
                regraded_at TEXT NOT NULL,
                pack_digest TEXT NOT NULL,
                old_verdict TEXT NOT NULL,
                old_score {real} NOT NULL,
                old_reason TEXT,
                new_verdict TEXT NOT NULL,
                new_score {real} NOT NULL,
                new_reason TEXT
            )""",
            "CREATE INDEX regrades_by_answer ON regrades (answer_id)",
        ),
    ),
    Migration(
        3,
        "covering indexes for reports",
        # Each report query reads only its index, never the table: 100,000 answers are
        # summarised in tens of milliseconds instead of hundreds.
        (
            "DROP INDEX answers_by_question",
            "DROP INDEX answers_by_player",
            """CREATE INDEX answers_by_question ON answers
                (pack_id, question_id, {player_key}, attempt, verdict, seconds, disputed)""",
            """CREATE INDEX answers_by_player ON answers
                ({player_key}, group_name, run_id, attempt, verdict, score, seconds)""",
            "CREATE INDEX answers_wrong ON answers (pack_id, question_id, verdict, {answer_key})",
        ),
    ),
    Migration(
        4,
        "the kind of round each answer came from",
        # Rows recorded before this version get "question": fact-check calls were stored
        # unmarked only by development builds, and no rule tells them apart from typed
        # answers safely ("true" can be a real answer). Every report query now picks one
        # mode, so the covering indexes lead with it and still answer each query alone.
        (
            "ALTER TABLE answers ADD COLUMN mode TEXT NOT NULL DEFAULT 'question'",
            "DROP INDEX answers_by_question",
            "DROP INDEX answers_by_player",
            "DROP INDEX answers_wrong",
            """CREATE INDEX answers_by_question ON answers
                (mode, pack_id, question_id, {player_key}, attempt, verdict, seconds, disputed)""",
            """CREATE INDEX answers_by_player ON answers
                (mode, {player_key}, group_name, run_id, attempt, verdict, score, seconds)""",
            """CREATE INDEX answers_wrong ON answers
                (mode, pack_id, question_id, verdict, {answer_key})""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def statements_for(migration: Migration, dialect: str) -> list[str]:
    types = DIALECT_TYPES[dialect]
    return [statement.format(**types) for statement in migration.statements]


def timestamp_text(moment: datetime) -> str:
    """Fixed-width UTC text, e.g. 2024-05-13T09:30:00.000000+00:00; naive means UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_timestamp(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)
