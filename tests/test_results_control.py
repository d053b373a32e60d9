"""The results store behind a game, decided without a terminal: opening, waiting answers
retried by themselves, the player's choice, what the player is told."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from newsquiz.store import NullStore, Store, StoreError, StoreLockedError
from newsquiz.tui.recording import Results, results_at
from newsquiz.tui.results_control import MAX_WAITING_ANSWERS, ResultsControl


class FakeUI:
    """Runs what it is given at once; keeps what the player would see."""

    def __init__(self, *, web: bool = False) -> None:
        self.is_web = web
        self.said: list[tuple[str, bool]] = []
        self.asked: list[tuple[str, int]] = []
        self.timers: list[tuple[float, Callable[[], None]]] = []
        self.settled = 0

    def run_in_thread(self, work: Callable[[], None]) -> None:
        work()

    def hand_back(self, callback: Callable[[Any], None], value: object) -> bool:
        callback(value)
        return True

    def run_soon(self, work: Coroutine[Any, Any, None]) -> None:
        asyncio.run(work)

    def later(self, seconds: float, callback: Callable[[], None]) -> None:
        self.timers.append((seconds, callback))

    def say(self, message: str, *, warning: bool = False) -> None:
        self.said.append((message, warning))

    def ask_about_store(self, problem: str, pending: int) -> None:
        self.asked.append((problem, pending))

    def answer_not_saved(self, error: StoreError, pending: int) -> None:
        raise AssertionError("not used here")

    def store_settled(self) -> None:
        self.settled += 1


class RecordingStore(NullStore):
    recording = True

    @property
    def location(self) -> str:
        return "/srv/school/results.sqlite3"


def opened(ui: FakeUI, store: Store | None = None) -> ResultsControl:
    chosen = store or RecordingStore()
    control = ResultsControl(Results("/srv/school/results.sqlite3", lambda: chosen), ui)
    control.open()
    return control


def test_a_game_waits_for_a_store_that_failed_and_the_player_chooses() -> None:
    ui = FakeUI()

    def broken() -> Store:
        raise StoreError("cannot open the results database /srv/school/results.sqlite3")

    control = ResultsControl(Results("/srv/school/results.sqlite3", broken), ui)
    control.open()
    assert not control.ready()
    control.wait()
    assert ui.asked == [("cannot open the results database /srv/school/results.sqlite3", 0)]
    control.choose("continue")
    assert isinstance(control.store, NullStore) and not control.recording
    assert ui.settled == 1 and ui.said[-1] == (
        "Recording is off: your answers are not saved.",
        False,
    )
    assert control.note() == "Recording is off: answers are not saved"


def test_a_passing_failure_waits_and_is_tried_again_less_often() -> None:
    ui = FakeUI()
    control = opened(ui)
    control.retry_delays = (1.0, 4.0)
    busy = StoreLockedError("the results database is locked by another program")
    control.not_saved(busy, 1)
    control.not_saved(busy, 2)  # a try is already due: nothing new
    assert ui.asked == [] and [d for d, _ in ui.timers] == [1.0]
    assert ui.said == [
        (
            "the results database is locked by another program Your answers wait here and "
            "are saved by themselves once it is back.",
            True,
        )
    ]
    _, due = ui.timers[0]
    due()  # no game recorded yet: nothing to retry, and the next failure waits longer
    control.not_saved(busy, 3)
    assert [d for d, _ in ui.timers] == [1.0, 4.0]
    assert len(ui.said) == 1  # said once per outage


def test_too_many_waiting_answers_or_a_lasting_failure_ask_the_player() -> None:
    ui = FakeUI()
    control = opened(ui)
    control.not_saved(StoreLockedError("locked"), MAX_WAITING_ANSWERS + 1)
    control.not_saved(StoreError("the disk is full"), 1)
    assert ui.asked == [("locked", MAX_WAITING_ANSWERS + 1), ("the disk is full", 1)]
    assert ui.timers == []


def test_a_student_in_a_browser_is_never_shown_the_servers_paths() -> None:
    ui = FakeUI(web=True)
    control = opened(ui)
    assert control.note() == "Your answers go to your teacher's results"
    control.not_saved(StoreError("cannot write /srv/school/results.sqlite3"), 1)
    assert ui.asked == [("Your teacher's results database is not available. Tell your teacher.", 1)]
    local = opened(FakeUI())
    assert local.note() == "Results go to /srv/school/results.sqlite3"


def test_a_player_on_their_own_is_not_shown_the_default_files_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("NEWSQUIZ_DB", raising=False)
    assert results_at().chosen is False  # the player's own default file
    assert results_at(str(tmp_path / "class.db")).chosen is True  # named for a class
    monkeypatch.setenv("NEWSQUIZ_DB", str(tmp_path / "school.db"))
    assert results_at().chosen is True
    own = ResultsControl(
        Results("/home/ana/.local/share/newsquiz/results.sqlite3", RecordingStore, chosen=False),
        FakeUI(),
    )
    own.open()
    assert own.note() == "Your answers are saved: `newsquiz report` shows them"
