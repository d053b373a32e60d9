"""What every SQL backend shares: the queries, written once with a placeholder style.

A backend supplies a DB-API connection, its placeholder (`?` or `%s`), how to insert and get
the new id, how to run one transaction, and how to turn its driver's errors into `StoreError`s.
"""

from __future__ import annotations

import threading
from abc import abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any, Protocol

from newsquiz.store.base import (
    ANSWER_MODES,
    EVERY_ANSWER,
    MODE_FACTCHECK,
    AnswerFilter,
    FactCheckSummary,
    ItemScore,
    NewAnswer,
    PlayerSummary,
    QuestionSummary,
    RegradeEntry,
    RunSummary,
    Store,
    StoredAnswer,
    StoreError,
    StoreVersionError,
    VerdictChange,
    WrongAnswerCount,
    utc_now,
)
from newsquiz.store.schema import (
    LATEST_VERSION,
    MIGRATIONS,
    VERSION_TABLE,
    parse_timestamp,
    statements_for,
    timestamp_text,
)


class Cursor(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Any: ...
    def executemany(self, sql: str, rows: Any, /) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


ANSWER_COLUMNS = (
    "run_id, player, group_name, pack_id, pack_digest, question_id, answer, verdict, "
    "score, reason, seconds, attempt, answered_at, mode"
)
STORED_COLUMNS = f"{ANSWER_COLUMNS}, id, disputed, dispute_note, regraded"


def _no_nul(text: str) -> str:
    return text.replace("\x00", "")


def answer_row(answer: NewAnswer) -> tuple[Any, ...]:
    if answer.mode not in ANSWER_MODES:
        raise ValueError(f"unknown answer mode {answer.mode!r}; expected one of {ANSWER_MODES}")
    # One rule on every backend, where the data comes in: no NUL (PostgreSQL refuses it;
    # every other character is kept exactly, and escaped where it is shown). Ids are
    # bounded where packs come in (the loader takes at most 100 characters).
    return (
        _no_nul(answer.run_id),
        _no_nul(answer.player),
        _no_nul(answer.group),
        _no_nul(answer.pack_id),
        answer.pack_digest,
        _no_nul(answer.question_id),
        _no_nul(answer.answer),
        answer.verdict,
        float(answer.score),
        _no_nul(answer.reason) if answer.reason is not None else None,
        float(answer.seconds),
        int(answer.attempt),
        timestamp_text(answer.answered_at),
        answer.mode,
    )


def where_clause(where: AnswerFilter, mark: str) -> tuple[str, list[Any]]:
    """` WHERE ...` (or "") and its parameters, `mark` being the driver's placeholder."""
    terms: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("pack_id", where.pack_id),
        ("group_name", where.group),
        ("player", where.player),
        ("run_id", where.run_id),
        ("mode", where.mode),
    ):
        if value is not None:
            terms.append(f"{column} = {mark}")
            params.append(value)
    if where.since is not None:
        terms.append(f"answered_at >= {mark}")
        params.append(timestamp_text(where.since))
    if where.disputed is not None:
        terms.append(f"disputed = {mark}")
        params.append(1 if where.disputed else 0)
    return (" WHERE " + " AND ".join(terms) if terms else ""), params


class SQLStore(Store):
    """The queries of the results store over a DB-API connection."""

    #: the driver's parameter placeholder
    mark = "?"
    #: what locks a row read for a change until the transaction ends (SQLite's write
    #: transaction already holds the whole file)
    lock_row = ""

    def __init__(self) -> None:
        # One connection per store; the game may answer from a worker thread.
        self._lock = threading.RLock()

    # -- what a backend provides -------------------------------------------------------

    @abstractmethod
    def _cursor(self) -> AbstractContextManager[Cursor]:
        """A cursor whose driver errors come out as StoreErrors."""

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Cursor]:
        """A cursor inside one write transaction, committed on success."""

    @abstractmethod
    def _insert_answer(self, cursor: Cursor, row: tuple[Any, ...]) -> int: ...

    # -- schema ------------------------------------------------------------------------

    def _apply_migrations(self, cursor: Cursor, dialect: str, where: str) -> None:
        """Bring the schema up to date inside the caller's transaction and lock."""
        cursor.execute(VERSION_TABLE)
        cursor.execute("SELECT MAX(version) FROM schema_version")
        version = int(cursor.fetchone()[0] or 0)
        if version > LATEST_VERSION:
            raise StoreVersionError(
                f"{where} was written by a newer newsquiz (schema version {version}; "
                f"this one knows up to {LATEST_VERSION}): upgrade newsquiz to use it"
            )
        for migration in MIGRATIONS:
            if migration.version <= version:
                continue
            for statement in statements_for(migration, dialect):
                cursor.execute(statement)
            cursor.execute("DELETE FROM schema_version")
            cursor.execute(f"INSERT INTO schema_version VALUES ({self.mark})", (migration.version,))

    # -- writes ------------------------------------------------------------------------

    def _placeholders(self, count: int) -> str:
        return ", ".join([self.mark] * count)

    def _answer_insert_sql(self) -> str:
        return f"INSERT INTO answers ({ANSWER_COLUMNS}) VALUES ({self._placeholders(14)})"

    def record_answer(self, answer: NewAnswer) -> int:
        with self._lock, self._transaction() as cursor:
            return self._insert_answer(cursor, answer_row(answer))

    def record_answers(self, answers: Sequence[NewAnswer]) -> None:
        with self._lock, self._transaction() as cursor:
            cursor.executemany(self._answer_insert_sql(), [answer_row(a) for a in answers])

    def mark_disputed(self, answer_id: int, note: str | None = None) -> None:
        m = self.mark
        with self._lock, self._transaction() as cursor:
            cursor.execute(f"SELECT id FROM answers WHERE id = {m}", (answer_id,))
            if cursor.fetchone() is None:
                raise StoreError(f"no recorded answer has id {answer_id}")
            cursor.execute(
                f"UPDATE answers SET disputed = 1, dispute_note = {m}, disputed_at = {m} "
                f"WHERE id = {m}",
                (note, timestamp_text(utc_now()), answer_id),
            )

    def apply_regrade(self, changes: Sequence[VerdictChange], pack_digest: str) -> None:
        m = self.mark
        now = timestamp_text(utc_now())
        with self._lock, self._transaction() as cursor:
            for change in changes:
                cursor.execute(
                    f"SELECT verdict, score, reason FROM answers WHERE id = {m}{self.lock_row}",
                    (change.answer_id,),
                )
                old = cursor.fetchone()
                if old is None:
                    raise StoreError(f"no recorded answer has id {change.answer_id}")
                if old[0] == change.verdict and abs(float(old[1]) - float(change.score)) < 1e-9:
                    continue  # another regrade made this change already: no history of a no-op
                cursor.execute(
                    "INSERT INTO regrades (answer_id, regraded_at, pack_digest, old_verdict, "
                    "old_score, old_reason, new_verdict, new_score, new_reason) "
                    f"VALUES ({self._placeholders(9)})",
                    (
                        change.answer_id,
                        now,
                        pack_digest,
                        old[0],
                        old[1],
                        old[2],
                        change.verdict,
                        float(change.score),
                        change.reason,
                    ),
                )
                cursor.execute(
                    f"UPDATE answers SET verdict = {m}, score = {m}, reason = {m}, regraded = 1 "
                    f"WHERE id = {m}",
                    (change.verdict, float(change.score), change.reason, change.answer_id),
                )

    # -- reads -------------------------------------------------------------------------

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock, self._cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _filtered(
        self, head: str, where: AnswerFilter, tail: str = "", extra: str = ""
    ) -> list[Any]:
        clause, params = where_clause(where, self.mark)
        if extra:
            clause = f"{clause} AND {extra}" if clause else f" WHERE {extra}"
        return self._query(f"{head}{clause}{tail}", params)

    def answers(self, where: AnswerFilter = EVERY_ANSWER) -> list[StoredAnswer]:
        rows = self._filtered(f"SELECT {STORED_COLUMNS} FROM answers", where, " ORDER BY id")
        return [_stored_answer(row) for row in rows]

    def player_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[PlayerSummary]:
        rows = self._filtered(
            "SELECT player, group_name, COUNT(DISTINCT run_id), "
            "SUM(CASE WHEN attempt = 1 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN attempt = 1 THEN score ELSE 0 END), "
            "SUM(CASE WHEN attempt = 1 AND verdict = 'correct' THEN 1 ELSE 0 END), "
            "COUNT(*), SUM(seconds) FROM answers",
            where,
            " GROUP BY player, group_name ORDER BY player, group_name",
        )
        return [
            PlayerSummary(
                r[0], r[1], int(r[2]), int(r[3]), float(r[4]), int(r[5]), int(r[6]), float(r[7])
            )
            for r in rows
        ]

    def question_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[QuestionSummary]:
        rows = self._filtered(
            "SELECT pack_id, question_id, COUNT(DISTINCT player), "
            "SUM(CASE WHEN attempt = 1 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN attempt = 1 AND verdict = 'correct' THEN 1 ELSE 0 END), "
            "COUNT(*), AVG(seconds), SUM(disputed) FROM answers",
            where,
            " GROUP BY pack_id, question_id ORDER BY pack_id, question_id",
        )
        return [
            QuestionSummary(
                r[0], r[1], int(r[2]), int(r[3]), int(r[4]), int(r[5]), float(r[6]), int(r[7])
            )
            for r in rows
        ]

    def factcheck_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[FactCheckSummary]:
        # A fact-check call is stored as typed: "true", "false" or "false, <value>"; its
        # verdict is incorrect exactly when the call was wrong, correct when a true claim was
        # confirmed or a false one corrected, partial when a false one was only spotted.
        said_true = "answer = 'true'"
        rows = self._filtered(
            "SELECT pack_id, question_id, COUNT(DISTINCT player), COUNT(*), "
            "SUM(CASE WHEN verdict <> 'incorrect' THEN 1 ELSE 0 END), "
            f"SUM(CASE WHEN verdict = 'incorrect' AND {said_true} THEN 1 ELSE 0 END), "
            f"SUM(CASE WHEN verdict = 'incorrect' AND NOT {said_true} THEN 1 ELSE 0 END), "
            f"SUM(CASE WHEN verdict <> 'incorrect' AND NOT {said_true} THEN 1 ELSE 0 END), "
            f"SUM(CASE WHEN verdict = 'correct' AND NOT {said_true} THEN 1 ELSE 0 END), "
            "AVG(seconds) FROM answers",
            replace(where, mode=MODE_FACTCHECK),
            " GROUP BY pack_id, question_id ORDER BY pack_id, question_id",
        )
        return [
            FactCheckSummary(
                r[0],
                r[1],
                int(r[2]),
                int(r[3]),
                int(r[4]),
                int(r[5]),
                int(r[6]),
                int(r[7]),
                int(r[8]),
                float(r[9]),
            )
            for r in rows
        ]

    def wrong_answer_counts(self, where: AnswerFilter = EVERY_ANSWER) -> list[WrongAnswerCount]:
        rows = self._filtered(
            "SELECT pack_id, question_id, answer, COUNT(*) FROM answers",
            where,
            " GROUP BY pack_id, question_id, answer ORDER BY pack_id, question_id, answer",
            extra="verdict <> 'correct'",
        )
        return [WrongAnswerCount(r[0], r[1], r[2], int(r[3])) for r in rows]

    def regrades(self, answer_id: int | None = None) -> list[RegradeEntry]:
        sql = (
            "SELECT answer_id, regraded_at, pack_digest, old_verdict, old_score, old_reason, "
            "new_verdict, new_score, new_reason FROM regrades"
        )
        params: list[Any] = []
        if answer_id is not None:
            sql += f" WHERE answer_id = {self.mark}"
            params.append(answer_id)
        rows = self._query(sql + " ORDER BY id", params)
        return [
            RegradeEntry(
                r[0], parse_timestamp(r[1]), r[2], r[3], float(r[4]), r[5], r[6], float(r[7]), r[8]
            )
            for r in rows
        ]

    def schema_version(self) -> int:
        rows = self._query("SELECT MAX(version) FROM schema_version")
        return int(rows[0][0] or 0)

    def run_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[RunSummary]:
        rows = self._filtered(
            "SELECT run_id, player, pack_id, mode, "
            "SUM(CASE WHEN attempt = 1 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN attempt = 1 THEN score ELSE 0 END), "
            "SUM(CASE WHEN attempt = 1 AND verdict = 'correct' THEN 1 ELSE 0 END), "
            "COUNT(*), MIN(answered_at), MAX(answered_at) FROM answers",
            where,
            " GROUP BY run_id, player, pack_id, mode ORDER BY MAX(answered_at), run_id",
            # Every mode named, so that a player's games are found through the players'
            # index (it leads with the mode), not by reading every answer.
            extra="" if where.mode is not None else f"mode IN ({_QUOTED_MODES})",
        )
        return [
            RunSummary(
                r[0],
                r[1],
                r[2],
                r[3],
                int(r[4]),
                float(r[5]),
                int(r[6]),
                int(r[7]),
                parse_timestamp(r[8]),
                parse_timestamp(r[9]),
            )
            for r in rows
        ]

    def item_scores(
        self, where: AnswerFilter = EVERY_ANSWER, *, every_game: bool = False
    ) -> list[ItemScore]:
        # Per player, not per (player, group): the grouping then reads only the
        # answers_by_question index, and the first answer's row says its group.
        clause, params = where_clause(where, self.mark)
        clause = f"{clause} AND attempt = 1" if clause else " WHERE attempt = 1"
        per = "pack_id, question_id, player" + (", run_id" if every_game else "")
        rows = self._query(
            "SELECT pack_id, question_id, player, group_name, run_id, score FROM answers "
            f"WHERE id IN (SELECT MIN(id) FROM answers{clause} GROUP BY {per}) ORDER BY id",
            params,
        )
        return [ItemScore(r[0], r[1], r[2], r[3], r[4], float(r[5])) for r in rows]

    def latest_games(self, where: AnswerFilter = EVERY_ANSWER) -> list[StoredAnswer]:
        # The games from the players' index alone, then only the stretches of ids they
        # span (a class's games overlap: merged, each row is read once): a live board over
        # a year of answers reads one class's games, not the year. A game is one player's
        # play of one pack in one mode, so `where` picked it whole; only `since` and
        # `disputed` pick among its answers.
        last: dict[tuple[str, str], tuple[int, int, str]] = {}
        for player, group, run_id, first, newest in self._filtered(
            "SELECT player, group_name, run_id, MIN(id), MAX(id) FROM answers",
            where,
            " GROUP BY player, group_name, run_id",
        ):
            if (player, group) not in last or newest > last[(player, group)][1]:
                last[(player, group)] = (int(first), int(newest), run_id)
        games = {run_id for _, _, run_id in last.values()}
        spans: list[list[int]] = []
        for first, newest, _ in sorted(last.values()):
            if spans and first <= spans[-1][1] + 1:
                spans[-1][1] = max(spans[-1][1], newest)
            else:
                spans.append([first, newest])
        m = self.mark
        found: list[StoredAnswer] = []
        for start in range(0, len(spans), 100):  # within every driver's parameter limit
            chunk = spans[start : start + 100]
            rows = self._query(
                f"SELECT {STORED_COLUMNS} FROM answers WHERE "
                + " OR ".join([f"id BETWEEN {m} AND {m}"] * len(chunk)),
                [bound for span in chunk for bound in span],
            )
            found += [
                answer
                for answer in map(_stored_answer, rows)
                if answer.run_id in games
                and (where.since is None or answer.answered_at >= where.since)
                and (where.disputed is None or answer.disputed == where.disputed)
            ]
        return sorted(found, key=lambda a: a.id)


_QUOTED_MODES = ", ".join(f"'{mode}'" for mode in ANSWER_MODES)


def _stored_answer(r: Sequence[Any]) -> StoredAnswer:
    return StoredAnswer(
        run_id=r[0],
        player=r[1],
        group=r[2],
        pack_id=r[3],
        pack_digest=r[4],
        question_id=r[5],
        answer=r[6],
        verdict=r[7],
        score=float(r[8]),
        reason=r[9],
        seconds=float(r[10]),
        attempt=int(r[11]),
        answered_at=parse_timestamp(r[12]),
        mode=r[13],
        id=int(r[14]),
        disputed=bool(r[15]),
        dispute_note=r[16],
        regraded=bool(r[17]),
    )
