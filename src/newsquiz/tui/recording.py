"""Where a game's answers go: the store to open, and the place to name to the player.

Kept apart from the screens: the app opens the store (in a worker thread), attaches a
Recorder to every Session it starts, and asks the player what to do when the store fails.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from newsquiz.store.location import default_path, redact, resolve_location

if TYPE_CHECKING:
    from newsquiz.session import Answered, Recordable
    from newsquiz.store import Store
    from newsquiz.store.recorder import Recorder


@dataclass(frozen=True)
class Results:
    """How to open the results store, and where it is (a path, or a URL without password)."""

    where: str
    open: Callable[[], Store]
    # Named by --db or NEWSQUIZ_DB (a class's database), not the player's own default file.
    chosen: bool = True


def results_at(location: str | None = None, *, busy_timeout: float | None = None) -> Results:
    """The results store at `location` (else NEWSQUIZ_DB, else the user data folder)."""
    chosen = resolve_location(location)

    def open_chosen() -> Store:
        from newsquiz.store import open_store

        return open_store(chosen, busy_timeout=busy_timeout)

    return Results(redact(chosen), open_chosen, chosen=chosen != str(default_path()))


T = TypeVar("T")


class RecordingLine:
    """Runs every call to one Recorder on a thread of its own, one at a time, in order.

    Writing an answer can wait (a busy file waits up to its busy timeout, a far server up to
    its connect timeout); the player sees the verdict at once all the same. Only this thread
    touches the Recorder, so it needs no locks; results come back as futures.
    """

    def __init__(self, recorder: Recorder) -> None:
        from concurrent.futures import ThreadPoolExecutor  # not before a game is played

        self.recorder = recorder
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsquiz-recorder")
        self._last: Future[Any] | None = None

    def attach(self, session: Recordable) -> RecordingLine:
        session.subscribe(self._graded)
        return self

    def _graded(self, record: Answered) -> None:
        self.call(self.recorder.record, record)

    def call(self, function: Callable[..., T], *args: Any) -> Future[T]:
        future = self._pool.submit(function, *args)
        self._last = future
        return future

    async def settled(self, timeout: float | None = None) -> bool:
        """Wait until every call made so far has run, or `timeout` seconds; True if they have.

        Timing out leaves the calls queued: they still run, in order.
        """
        if self._last is None:
            return True
        # Waited for on a helper thread, not chained to this loop: a call still running when
        # the wait gives up can never cancel nor call back into a loop that has closed.
        done, _ = await asyncio.to_thread(futures.wait, [self._last], timeout)
        return bool(done)  # a failure is the recorder's to report (its on_error), not ours

    def close(self) -> None:
        """No new calls; those queued still run (Python waits for them before it exits)."""
        self._pool.shutdown(wait=False)
