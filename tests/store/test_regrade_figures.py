"""Accepting a disputed answer, then regrading: the dry run's figure, and disputes settled."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsquiz.authoring.accept import accept_answer
from newsquiz.cli import main
from newsquiz.pack import Pack, load_pack
from newsquiz.reports import LibraryPacks, build_report, render_json, render_text
from newsquiz.session import Session
from newsquiz.store import AnswerFilter, Store, open_store
from newsquiz.store.recorder import Recorder
from newsquiz.store.regrade import apply_regrade_plan, dispute_settled, plan_regrade

DISPUTED = "the Pentagon chief"  # graded wrong for `who-requested` until the key accepts it


@pytest.fixture
def pack_copy(tmp_path: Path, seed_pack_path: Path) -> Path:
    folder = tmp_path / "austin-shoigu-call"
    shutil.copytree(seed_pack_path, folder)
    return folder


def answer_who_requested(
    store: Store, pack: Pack, player: str, typed: str, *, dispute: bool = False
) -> None:
    session = Session(pack, [pack.question("who-requested")])
    recorder = Recorder(store, player, "7b", pack).attach(session)
    record = session.submit(typed)
    if dispute:
        recorder.dispute(record, "my answer was right")


def test_accept_then_the_dry_run_says_how_many_answers_of_how_many_players_would_change(
    pack_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "class.sqlite3"
    pack = load_pack(pack_copy)
    with open_store(db) as store:
        answer_who_requested(store, pack, "ada", DISPUTED, dispute=True)
        answer_who_requested(store, pack, "bob", DISPUTED)
        answer_who_requested(store, pack, "bob", "the pentagon chief")  # a second game
        answer_who_requested(store, pack, "cy", "Shoigu")
        answer_who_requested(store, pack, "dee", "Lloyd Austin")

    status = main(
        ["accept", str(pack_copy), "who-requested", DISPUTED, "--regrade-dry-run", "--db", str(db)]
    )
    out = capsys.readouterr().out
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"Accepted “{DISPUTED}” for `who-requested`: {pack_copy}/pack.yaml:")
    assert lines[1] == f"$ newsquiz regrade {pack_copy} --dry-run --db {db}"
    assert lines[2].startswith("Regraded 5 answers to austin-shoigu-call with the current pack (")
    assert lines[2].endswith("): would change 3 answers of 2 players.")
    assert lines[-1] == "Dry run: nothing was written."
    with open_store(db) as store:
        assert store.regrades() == []

    assert main(["regrade", str(pack_copy), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "): changed 3 answers of 2 players.\n" in out
    assert main(["regrade", str(pack_copy), "--db", str(db), "--dry-run"]) == 0
    assert "): would change no answers.\n" in capsys.readouterr().out


def test_without_the_flag_accept_prints_the_exact_dry_run_command(
    pack_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["accept", str(pack_copy), "who-requested", DISPUTED, "--db", "my class.db"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.endswith(f"newsquiz regrade {pack_copy} --dry-run --db 'my class.db'")


def test_a_regrade_that_makes_a_disputed_answer_right_settles_the_dispute(
    store: Store, pack_copy: Path
) -> None:
    pack_file = pack_copy / "pack.yaml"
    original = pack_file.read_bytes()
    pack = load_pack(pack_copy)
    answer_who_requested(store, pack, "ada", DISPUTED, dispute=True)
    answer_who_requested(store, pack, "bob", "Shoigu", dispute=True)  # wrong, and stays so
    answer_who_requested(store, pack, "cy", "Austin", dispute=True)  # right all along

    def settled() -> dict[str, bool]:
        disputed = store.answers(AnswerFilter(disputed=True))
        return {a.player: dispute_settled(store, a) for a in disputed}

    assert settled() == {"ada": False, "bob": False, "cy": False}

    fixed = accept_answer(pack_copy, "who-requested", DISPUTED).pack
    apply_regrade_plan(store, plan_regrade(store, fixed))
    assert settled() == {"ada": True, "bob": False, "cy": False}

    # The teacher takes the entry out again and regrades: the dispute is open once more.
    pack_file.write_bytes(original)
    apply_regrade_plan(store, plan_regrade(store, load_pack(pack_copy)))
    assert settled() == {"ada": False, "bob": False, "cy": False}


def test_the_report_shows_a_dispute_a_regrade_settled_as_resolved(
    store: Store, pack_copy: Path
) -> None:
    pack = load_pack(pack_copy)
    answer_who_requested(store, pack, "ada", DISPUTED, dispute=True)
    answer_who_requested(store, pack, "bob", "Shoigu", dispute=True)

    def dispute_lines() -> list[str]:
        text = render_text(build_report(store, packs=LibraryPacks([fixed])))
        return [line.strip() for line in text.splitlines() if "disputed by" in line]

    fixed = accept_answer(pack_copy, "who-requested", DISPUTED).pack
    assert dispute_lines() == [
        f"disputed by ada: “{DISPUTED}” (incorrect) — my answer was right",
        "disputed by bob: “Shoigu” (incorrect) — my answer was right",
    ]
    apply_regrade_plan(store, plan_regrade(store, fixed))
    assert dispute_lines() == [
        f"disputed by ada: “{DISPUTED}” (correct, resolved by a regrade) — my answer was right",
        "disputed by bob: “Shoigu” (incorrect) — my answer was right",
    ]
    (question,) = json.loads(render_json(build_report(store)))["questions"]
    assert [(d["player"], d["resolved"]) for d in question["disputes"]] == [
        ("ada", True),
        ("bob", False),
    ]
