"""`newsquiz review`: what is due pack by pack, a round of one pack's due facts, or when the
next fact is due when nothing is."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import pytest

from newsquiz.cli import main
from newsquiz.store import NewAnswer, open_store
from newsquiz.store.base import utc_now

from .helpers import TINY_PACK, capture_launch, tiny_pack


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The options `newsquiz review` builds its game with (the game itself is not run)."""
    return capture_launch(monkeypatch)


@pytest.fixture
def library(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tiny pack is one of the player's own packs (folder `tiny`)."""
    monkeypatch.setenv("NEWSQUIZ_PACKS", str(TINY_PACK.parent))


def played(path: Path, player: str, answers: list[tuple[str, str, timedelta]]) -> None:
    pack, now = tiny_pack(), utc_now()
    with open_store(path) as store:
        store.record_answers(
            [
                NewAnswer(
                    "earlier",
                    player,
                    "",
                    pack.id,
                    pack.digest,
                    question_id,
                    "typed",
                    verdict,
                    1.0 if verdict == "correct" else 0.0,
                    None,
                    4.0,
                    1,
                    now - ago,
                )
                for question_id, verdict, ago in answers
            ]
        )


def test_without_a_pack_it_lists_what_is_due_and_how_to_start(
    tmp_path: Path, library: None, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "class.sqlite3"
    played(
        db,
        "Ana Lee",
        [("vote", "incorrect", timedelta(hours=2)), ("cost", "correct", timedelta(hours=2))],
    )
    assert main(["review", "--player", "Ana Lee", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Facts to review for Ana Lee:"
    assert lines[1].split() == ["PACK", "DUE", "NEW", "NEXT", "DUE"]
    row = lines[2].split()
    assert row[:3] == ["tiny", "1", "3"]  # vote due, three never answered
    assert " ".join(row[3:]).startswith(("tomorrow at", "on "))  # cost, two days on
    assert lines[-1] == "Start with: newsquiz review tiny --player 'Ana Lee'"


def test_with_nothing_due_anywhere_it_says_when_the_next_fact_is(
    tmp_path: Path, library: None, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "class.sqlite3"
    played(db, "Ana", [("vote", "correct", timedelta(hours=1))])
    assert main(["review", "--player", "Ana", "--db", str(db)]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("Nothing is due now: the next fact is due ")
    assert last.endswith("(tiny).")


def test_a_player_with_no_answers_is_told_to_play_first(
    tmp_path: Path, library: None, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "class.sqlite3"
    played(db, "Bo", [("vote", "incorrect", timedelta(hours=1))])
    for database in (db, tmp_path / "none-yet.sqlite3"):
        assert main(["review", "--player", "Ana", "--db", str(database)]) == 0
        out = capsys.readouterr().out
        assert out.startswith("Nothing to review yet: no answers are recorded for Ana.")
        assert "newsquiz play" in out
    assert not (tmp_path / "none-yet.sqlite3").exists()  # looking creates no database


def test_a_pack_with_nothing_due_says_when_its_next_fact_is_and_starts_nothing(
    tmp_path: Path, built: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "class.sqlite3"
    played(db, "Ana", [("vote", "incorrect", timedelta(minutes=2))])  # back in 8 minutes
    assert main(["review", str(TINY_PACK), "--player", "Ana", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("A lighthouse comes back\nNothing to review now: the next fact is due")
    assert "in 8 minutes" in out or "in 7 minutes" in out  # however slow the machine
    assert not built["run"]


def test_a_pack_with_facts_due_starts_a_review_round_for_the_player(
    tmp_path: Path, built: dict[str, Any]
) -> None:
    db = tmp_path / "class.sqlite3"
    played(db, "Ana", [("vote", "incorrect", timedelta(hours=1))])
    args = ["review", str(TINY_PACK), "--player", "Ana", "--group", "7b", "--db", str(db)]
    assert main(args) == 0
    assert built["run"] and built["review"] is True
    assert (built["player"], built["group"]) == ("Ana", "7b")
    assert built["results"].where == str(db)


def test_a_pack_that_is_not_there_is_refused_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.db")]) == 1
    assert "no pack at" in capsys.readouterr().err


def _clock_at(moment: datetime) -> type[datetime]:
    """A `datetime` whose `now()` is `moment`: the player's calendar, fixed by the test."""

    class Clock(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Clock:
            return cls.fromtimestamp(moment.timestamp(), tz)

    return Clock


def test_without_player_it_reviews_the_name_last_played_as(
    tmp_path: Path,
    library: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A player who plays as Ana types `newsquiz review` and sees Ana's facts, as the
    game remembers the name; --player still names anyone else."""
    from newsquiz.commands import packs as packs_command
    from newsquiz.settings import Settings, save_settings

    db = tmp_path / "class.sqlite3"
    played(db, "Ana", [("vote", "incorrect", timedelta(hours=2))])
    # `played today` reads the player's calendar: stand its clock at the answer, so the
    # line is the same whatever the hour the test runs (two hours after midnight it read
    # `played yesterday`).
    monkeypatch.setattr(packs_command, "datetime", _clock_at(utc_now() - timedelta(hours=2)))
    save_settings(Settings(player="Ana"))
    assert main(["review", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Facts to review for Ana:"
    assert main(["packs", "--db", str(db)]) == 0
    assert "last 0/1 · played today" in capsys.readouterr().out
    assert main(["review", "--player", "Bo", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith(
        "Nothing to review yet: no answers are recorded for Bo."
    )
