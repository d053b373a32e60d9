"""A dispute, a key fix, a regrade: the disputed answer flips and the old verdict is kept."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from tests.store.store_helpers import Backend

from newsquiz.cli import main
from newsquiz.pack import Pack, load_pack
from newsquiz.session import TIME_UP, AnswerRecord, Session
from newsquiz.store import AnswerFilter, Store, StoreLockedError, open_store
from newsquiz.store.recorder import Recorder
from newsquiz.store.regrade import apply_regrade_plan, plan_regrade

DISPUTED = "the Pentagon chief"
ACCEPT_LINE = "    accept: [Austin, Secretary Austin]\n"


@pytest.fixture
def pack_copy(tmp_path: Path, seed_pack_path: Path) -> Path:
    folder = tmp_path / "austin-shoigu-call"
    shutil.copytree(seed_pack_path, folder)
    return folder


def fix_the_key(folder: Path) -> None:
    """The author accepts the disputed answer."""
    pack_file = folder / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    assert text.count(ACCEPT_LINE) == 1
    fixed = ACCEPT_LINE.replace("]", f", {DISPUTED}]")
    pack_file.write_text(text.replace(ACCEPT_LINE, fixed), encoding="utf-8")


def play(store: Store, pack: Pack, player: str, typed: str) -> tuple[Recorder, AnswerRecord]:
    """One game on `who-requested` only."""
    session = Session(pack, [pack.question("who-requested")])
    recorder = Recorder(store, player, "7b", pack).attach(session)
    return recorder, session.submit(typed)


def test_regrade_after_a_key_fix_flips_the_disputed_answer(
    pack_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "class.sqlite3"
    before = load_pack(pack_copy)
    with open_store(db) as store:
        disputer, graded = play(store, before, "ada", DISPUTED)
        assert not graded.verdict.correct
        disputer.dispute(graded, "I was right")
        play(store, before, "bob", "Lloyd Austin")
        play(store, before, "cy", "Shoigu")

    # Nothing to change while the key is unchanged.
    assert main(["regrade", str(pack_copy), "--db", str(db)]) == 0
    assert "changed no answers." in capsys.readouterr().out

    fix_the_key(pack_copy)
    assert main(["regrade", str(pack_copy), "--db", str(db), "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert "would change 1 answer of 1 player." in dry and "Dry run: nothing was written." in dry
    with open_store(db) as store:
        assert store.answers(AnswerFilter(player="ada"))[0].verdict == "incorrect"
        assert store.regrades() == []

    assert main(["regrade", str(pack_copy), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert (
        "Regraded 3 answers to austin-shoigu-call" in out and "changed 1 answer of 1 player." in out
    )
    assert f"ada  who-requested  “{DISPUTED}”  incorrect → correct" in out
    assert "Scores that moved (first attempts):\n  ada (7b)  0/1 → 1/1" in out
    assert "bob" not in out and "cy" not in out
    with open_store(db) as store:
        ada = store.answers(AnswerFilter(player="ada"))[0]
        assert (ada.verdict, ada.score, ada.regraded, ada.disputed) == ("correct", 1.0, True, True)
        assert ada.dispute_note == "I was right"
        (history,) = store.regrades(ada.id)
        assert (history.old_verdict, history.new_verdict) == ("incorrect", "correct")
        assert history.pack_digest == load_pack(pack_copy).digest != before.digest
        assert store.answers(AnswerFilter(player="cy"))[0].verdict == "incorrect"

    # A second run finds nothing more to do.
    assert main(["regrade", str(pack_copy), "--db", str(db)]) == 0
    assert "changed no answers." in capsys.readouterr().out


def test_out_of_time_and_removed_questions_are_left_alone(store: Store, seed_pack: Pack) -> None:
    recorder, _ = play(store, seed_pack, "ada", "Austin")
    (stored,) = store.answers()
    template = replace(stored, verdict="incorrect", score=0.0)
    store.record_answers(
        [
            replace(template, answer="Lloyd Austin", reason=TIME_UP),  # typed too late
            replace(template, question_id="no-longer-asked", answer="x"),
        ]
    )
    plan = plan_regrade(store, seed_pack)
    assert plan.checked == 1 and plan.changes == () and plan.timed_out == 1
    assert plan.unknown == {"no-longer-asked": 1} and plan.score_moves == ()
    apply_regrade_plan(store, plan)
    assert [a.verdict for a in store.answers()] == ["correct", "incorrect", "incorrect"]
    assert recorder.run_id == stored.run_id


def test_regrade_needs_a_pack_and_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pack_copy: Path
) -> None:
    assert main(["regrade", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x")]) == 2
    assert "no pack at" in capsys.readouterr().err
    assert main(["regrade", str(pack_copy), "--db", str(tmp_path / "missing.sqlite3")]) == 2
    assert "no results database at" in capsys.readouterr().err


def test_two_regrades_at_once_run_one_at_a_time(
    backend: Backend,
    pack_copy: Path,
    seed_pack: Pack,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with backend.open() as store:
        play(store, seed_pack, "ada", DISPUTED)
    fix_the_key(pack_copy)
    with backend.open() as first, first.regrading():
        # A second regrade (another terminal, another teacher) is refused while this runs,
        # and writes nothing.
        status = main(["regrade", str(pack_copy), "--db", backend.location])
        assert status == 1
        assert "another regrade of this database is running" in capsys.readouterr().err
        with backend.open() as second, pytest.raises(StoreLockedError):
            second.regrading().__enter__()
        assert first.regrades() == []
    assert main(["regrade", str(pack_copy), "--db", backend.location]) == 0
    with backend.open() as store:
        assert [a.verdict for a in store.answers()] == ["correct"]
        assert len(store.regrades()) == 1
