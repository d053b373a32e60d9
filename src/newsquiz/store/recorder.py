"""Attaching a store to a game: every graded answer is recorded the moment it is graded.

If the store fails mid-game, the answers it could not take wait in `pending` (and `on_error`
is told) so the screen can offer to try again or to continue without recording.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Self

from newsquiz.pack.model import Pack
from newsquiz.session import Answered, Recordable
from newsquiz.store.base import (
    ANSWER_MODES,
    MODE_QUESTION,
    NewAnswer,
    Store,
    StoreError,
    StoreUnreachableError,
    utc_now,
)
from newsquiz.store.null import NullStore


@dataclass
class _Entry:
    record: Answered
    answer: NewAnswer
    answer_id: int | None = None
    dispute: tuple[str | None] | None = None  # a dispute made while the answer was pending


class Recorder:
    """Records one player's answers to one pack into a store.

    `mode` says what kind of round the answers come from (see store.base.ANSWER_MODES):
    "question" for answers to the questions (normal play and drills), "factcheck" for the
    calls of a fact-check round, which reports keep apart and regrading leaves alone.
    """

    def __init__(
        self,
        store: Store,
        player: str,
        group: str,
        pack: Pack,
        *,
        run_id: str | None = None,
        mode: str = MODE_QUESTION,
        now: Callable[[], datetime] = utc_now,
        on_error: Callable[[StoreError], None] | None = None,
    ) -> None:
        self.store = store
        self.player = player
        self.group = group
        self.pack = pack
        self.run_id = run_id or uuid.uuid4().hex
        if mode not in ANSWER_MODES:
            raise ValueError(f"unknown answer mode {mode!r}; expected one of {ANSWER_MODES}")
        self.mode = mode
        self.on_error = on_error
        self.last_error: StoreError | None = None
        self._now = now
        self._entries: list[_Entry] = []

    def attach(self, session: Recordable) -> Self:
        session.subscribe(self._heard)
        return self

    def _heard(self, record: Answered) -> None:
        self.record(record)

    @property
    def recording(self) -> bool:
        return self.store.recording

    @property
    def pending(self) -> list[Answered]:
        """Answers graded but not yet in the store (it failed when they came)."""
        return [e.record for e in self._entries if e.answer_id is None]

    def record(self, record: Answered) -> int | None:
        """Record one answer (after any still pending); its id, or None if the store failed."""
        verdict = record.verdict
        entry = _Entry(
            record,
            NewAnswer(
                run_id=self.run_id,
                player=self.player,
                group=self.group,
                pack_id=self.pack.id,
                pack_digest=self.pack.digest,
                question_id=record.question.id,
                answer=record.typed,
                verdict=verdict.outcome.value,
                score=verdict.score,
                reason=verdict.reason,
                seconds=record.seconds,
                attempt=record.attempt,
                answered_at=self._now(),
                mode=self.mode,
            ),
        )
        self._entries.append(entry)
        self.retry()
        return entry.answer_id

    def retry(self) -> bool:
        """Write every pending answer, oldest first; True when nothing is left pending."""
        for entry in self._entries:
            if entry.answer_id is not None:
                continue
            try:
                entry.answer_id = self._write(entry.answer)
                if entry.dispute is not None:
                    self.store.mark_disputed(entry.answer_id, entry.dispute[0])
                    entry.dispute = None
            except StoreError as err:
                self.last_error = err
                if self.on_error is not None:
                    self.on_error(err)
                return False
        self.last_error = None
        return True

    def _write(self, answer: NewAnswer) -> int:
        try:
            return self.store.record_answer(answer)
        except StoreUnreachableError:
            # A server that restarted leaves a broken connection, found only by using it;
            # the store connects again on the next call, so one more try often just works.
            return self.store.record_answer(answer)

    def stop_recording(self) -> int:
        """Go on without recording (the player chose so); how many pending answers are lost."""
        lost = len(self.pending)
        self.store = NullStore()
        self._entries = [e for e in self._entries if e.answer_id is not None]
        self.last_error = None
        return lost

    def answer_id(self, record: Answered) -> int | None:
        entry = self._entry(record)
        return entry.answer_id if entry else None

    def dispute(self, record: Answered, note: str | None = None) -> None:
        """The player says this verdict is wrong; recorded with the answer, score unchanged."""
        entry = self._entry(record)
        if entry is None:
            raise ValueError("that answer was not graded in this recorder's game")
        if entry.answer_id is None:
            entry.dispute = (note,)  # written along with the answer when the store is back
            return
        self.store.mark_disputed(entry.answer_id, note)

    def _entry(self, record: Answered) -> _Entry | None:
        # By identity: two identical answers (same text, same second) are still two answers.
        return next((e for e in self._entries if e.record is record), None)
