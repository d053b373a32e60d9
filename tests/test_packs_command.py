"""`newsquiz packs`: every pack with what it is about, a player's scores, and --json."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.store.store_helpers import answer

from newsquiz.cli import main
from newsquiz.library import bundled_dir
from newsquiz.store import open_store

WritePack = Callable[..., Path]

MINE = """\
format: newsquiz/1
id: my-pack
title: "My pack [bold]"
article: {file: article.txt, published: 2024-05-13}
questions:
  - id: length
    question: How long did the call last?
    answer: about an hour
    cite: The call lasted about an hour
  - id: when
    question: When was the line set up?
    answer: March 1
    cite: On March 1
"""

BROKEN = """\
format: newsquiz/1
id: broken-pack
title: Broken
article: {file: article.txt}
questions:
  - id: length
    question: How long did the call last?
    answer: about an hour
    cite: a sentence that is not in the article
"""

BUNDLED = sorted(p.name for p in bundled_dir().iterdir() if (p / "pack.yaml").is_file())


@pytest.fixture
def own_packs(write_pack: WritePack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "my packs"
    folder.mkdir()
    write_pack(MINE, name="my packs/my-pack")
    write_pack(BROKEN, name="my packs/broken-pack")
    monkeypatch.setenv("NEWSQUIZ_PACKS", str(folder))
    return folder


@pytest.fixture
def results(tmp_path: Path) -> Path:
    """Ana played my-pack twice (1 of 2, then 2 of 2); a replay of one question after."""
    path = tmp_path / "results.sqlite3"
    with open_store(path) as store:
        store.record_answers(
            [
                answer("Ana", "length", pack_id="my-pack", run_id="first"),
                answer("Ana", "when", "no", "incorrect", pack_id="my-pack", run_id="first"),
                answer("Ana", "length", pack_id="my-pack", run_id="second", minutes=5),
                answer("Ana", "when", pack_id="my-pack", run_id="second", minutes=6),
                answer("Ana", "when", "no", "incorrect", pack_id="my-pack", run_id="r", minutes=9),
                answer("Bob", "length", pack_id="my-pack", run_id="bob", minutes=7),
            ]
        )
    return path


def test_lists_every_pack_with_its_title_date_and_questions(
    own_packs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["packs"]) == 0
    out = capsys.readouterr().out
    for name in BUNDLED:
        assert name in out
    assert "My pack [bold]" in out  # as written: no markup
    assert "my-pack · 2024-05-13 · 2 questions · yours" in out
    # a broken pack: its one-line problem, no traceback
    (broken,) = [line for line in out.splitlines() if "does not load" in line]
    assert "pack.yaml" in broken and "error:" in broken and "Traceback" not in out
    assert f"Your pack folder: {own_packs}" in out
    assert "`newsquiz new`, or copy a pack folder there" in out


def test_with_a_player_shows_their_best_and_last_score_and_when_they_played(
    own_packs: Path, results: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["packs", "--player", "Ana", "--db", str(results)]) == 0
    out = capsys.readouterr().out.splitlines()
    mine = out.index("  my-pack · 2024-05-13 · 2 questions · yours")
    # the replay of one question is her last game; her best is the whole round of 2
    assert out[mine + 1].startswith("  best 2/2 · last 0/1 · played ")
    bundled = next(i for i, line in enumerate(out) if line.startswith("  austin-shoigu-call"))
    assert out[bundled + 1] == "  not played yet"


def test_json_has_every_pack_and_the_players_progress(
    own_packs: Path, results: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["packs", "--json", "--player", "Ana", "--db", str(results)]) == 0
    document = json.loads(capsys.readouterr().out)
    by_name = {p["name"]: p for p in document["packs"]}
    assert set(by_name) == {*BUNDLED, "my-pack", "broken-pack"}
    mine = by_name["my-pack"]
    assert mine["title"] == "My pack [bold]" and mine["source"] == "yours"
    assert (mine["published"], mine["questions"], mine["problem"]) == ("2024-05-13", 2, None)
    progress = mine["progress"]
    assert progress["games"] == 3 and progress["days_in_a_row"] == 0  # played in 2024
    assert progress["best"] == {"score": 2.0, "questions": 2}
    assert progress["last"] == {"score": 0.0, "questions": 1}
    assert progress["last_played"].startswith("2024-05-13T09:09")
    broken = by_name["broken-pack"]
    assert broken["title"] is None and "error:" in broken["problem"]
    assert by_name[BUNDLED[0]]["progress"]["games"] == 0
    assert document["your_pack_folder"] == str(own_packs) and document["player"] == "Ana"


def test_no_results_database_yet_is_no_scores_yet(
    own_packs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["packs", "--player", "Ana", "--db", str(tmp_path / "none.sqlite3")]) == 0
    assert "not played yet" in capsys.readouterr().out
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_damaged_results_database_still_lists_the_packs_and_says_why(
    own_packs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is no database" * 100)
    assert main(["packs", "--player", "Ana", "--db", str(damaged)]) == 1
    captured = capsys.readouterr()
    assert "my-pack" in captured.out
    (line,) = captured.err.splitlines()
    assert line.startswith("newsquiz packs: ") and "without scores" in line


def test_a_folder_named_with_an_escape_sequence_cannot_drive_the_terminal(
    own_packs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (own_packs / "evil\x1b[2J").mkdir()
    (own_packs / "evil\x1b[2J" / "pack.yaml").write_text("not: [a pack")
    assert main(["packs"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "evil\\x1b[2J" in out
