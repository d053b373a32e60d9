"""Many games writing to one store at once, and a game killed mid-drill.

Both run real processes. The concurrency test prints its figure (run with -s to see it).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.store.store_helpers import Backend

from newsquiz.store import open_store

PLAYERS = 40
ANSWERS_EACH = 50

# Each player: open the store, say "ready", wait for "go" (stdin closing), then record its
# answers one by one as a game does, and report what it recorded and every error.
PLAYER_SCRIPT = """
import json, sys
from datetime import datetime, timezone
from newsquiz.store import NewAnswer, StoreError, open_store

location, player, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
errors, ids = [], []
try:
    store = open_store(location)
except StoreError as err:
    print(json.dumps({"ready": True}), flush=True)
    print(json.dumps({"ids": [], "errors": [str(err)]}), flush=True)
    sys.exit(0)
print(json.dumps({"ready": True}), flush=True)
sys.stdin.read()
for n in range(count):
    try:
        ids.append(store.record_answer(NewAnswer(
            run_id=player, player=player, group="load", pack_id="p", pack_digest="d",
            question_id=f"q{n}", answer=f"answer {n}", verdict="correct", score=1.0,
            reason=None, seconds=1.0, attempt=1, answered_at=datetime.now(timezone.utc))))
    except StoreError as err:
        errors.append(str(err))
print(json.dumps({"ids": ids, "errors": errors}), flush=True)
"""


def test_forty_players_recording_at_once_lose_nothing(backend: Backend) -> None:
    started = time.perf_counter()
    players = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                PLAYER_SCRIPT,
                backend.location,
                f"player{n}",
                str(ANSWERS_EACH),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(PLAYERS)
    ]
    for player in players:  # the barrier: everyone has the store open
        assert player.stdout is not None
        assert json.loads(player.stdout.readline()) == {"ready": True}
    go = time.perf_counter()
    for player in players:  # go
        assert player.stdin is not None
        player.stdin.close()
    reports = []
    for player in players:
        assert player.stdout is not None
        out = player.stdout.read()
        assert player.wait(timeout=120) == 0
        reports.append(json.loads(out))
    writing = time.perf_counter() - go
    seconds = time.perf_counter() - started

    errors = [e for r in reports for e in r["errors"]]
    reported_ids = {i for r in reports for i in r["ids"]}
    with open_store(backend.location) as store:
        rows = store.answers()
    print(
        f"\nconcurrency ({backend.name}): {PLAYERS} players x {ANSWERS_EACH} answers -> "
        f"{len(rows)} rows found, {len(errors)} errors; {writing:.1f} s writing, "
        f"{seconds:.1f} s with process start-up"
    )
    assert errors == [], errors[:3]
    assert len(rows) == PLAYERS * ANSWERS_EACH
    assert {a.id for a in rows} == reported_ids
    per_player = {(a.player, a.question_id) for a in rows}
    assert len(per_player) == PLAYERS * ANSWERS_EACH


# A real game: a drill on the seed pack with a Recorder, answering as fast as it can and
# printing each answer's id only after the recorder returned it (i.e. it was graded and stored).
GAME_SCRIPT = """
import sys, itertools
from newsquiz.drill import DrillSession
from newsquiz.pack import load_pack
from newsquiz.store import open_store
from newsquiz.store.recorder import Recorder

pack = load_pack(sys.argv[2])
store = open_store(sys.argv[1])
for game in itertools.count():
    session = DrillSession(pack, seed=game, tries=2)
    recorder = Recorder(store, "kid", "7b", pack, run_id=f"game{game}").attach(session)
    while not session.finished:
        typed = session.current.expected if session.position % 2 else "no idea"
        record = session.submit(typed)
        print(recorder.answer_id(record), flush=True)
        session.advance()
"""


def test_a_game_killed_mid_drill_keeps_every_answer_it_graded(
    backend: Backend, seed_pack_path: Path
) -> None:
    game = subprocess.Popen(
        [sys.executable, "-c", GAME_SCRIPT, backend.location, str(seed_pack_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert game.stdout is not None
    graded: list[int] = []
    while len(graded) < 60:
        line = game.stdout.readline()
        assert line, "the game ended before it was killed"
        graded.append(int(line))
    os.kill(game.pid, signal.SIGKILL)
    game.wait(timeout=30)
    assert game.returncode == -signal.SIGKILL
    with open_store(backend.location) as store:
        kept = {a.id for a in store.answers()}
    assert set(graded) <= kept
    assert len(kept) >= len(graded)
