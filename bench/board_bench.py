"""One reading of the teacher's board (`newsquiz board --pack PACK`) over a results database
of 100,000 answers to one pack, beside reading every answer of that pack.

Run: python bench/board_bench.py [--answers N] [--runs N]
Target: a reading well under a second, so a board reading every 5 s (in its worker thread)
keeps up on a shared machine.

The database holds 300 players of a school playing whole games of the pack's 43 questions,
over ten hours; each row of the board is a player's latest game, found with
`Store.latest_games` (the players' index, then only those games' stretches of ids).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import best_of, row
from newsquiz.library import bundled_dir
from newsquiz.pack import Pack, load_pack
from newsquiz.store import AnswerFilter, NewAnswer, open_store
from newsquiz.tui.board.state import BoardReader

PLAYERS = 300
NOW = datetime(2024, 5, 13, 18, tzinfo=UTC)


def generate(path: Path, pack: Pack, answers: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    rows: list[NewAnswer] = []
    game = 0
    while len(rows) < answers:
        player = f"player-{game % PLAYERS}"
        game += 1
        start = NOW - timedelta(minutes=rng.randrange(600))
        for number, question in enumerate(pack.questions):
            right = rng.random() < 0.7
            rows.append(
                NewAnswer(
                    run_id=f"run-{game}",
                    player=player,
                    group="9b",
                    pack_id=pack.id,
                    pack_digest=pack.digest,
                    question_id=question.id,
                    answer="right" if right else rng.choice(["x", "y", "a wrong answer"]),
                    verdict="correct" if right else "incorrect",
                    score=1.0 if right else 0.0,
                    reason=None,
                    seconds=5.0,
                    attempt=1,
                    answered_at=start + timedelta(seconds=10 * number),
                )
            )
    with open_store(path) as store:
        store.record_answers(rows[:answers])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pack = load_pack(bundled_dir() / "austin-shoigu-call")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "results.sqlite3"
        generate(path, pack, args.answers)
        with open_store(path) as store:
            reader = BoardReader(store, pack=pack, clock=lambda: NOW)
            every, _ = best_of(args.runs, lambda: store.answers(AnswerFilter(pack_id=pack.id)))
            median, fastest = best_of(args.runs, reader.read)
            state = reader.read()
        print(f"{args.answers:,} answers; the board shows {len(state.players)} players")
        print(row("every answer of the pack (baseline)", every))
        print(row("one reading of the board", median, every))
        print(row("one reading, fastest run", fastest))
        print(f"  target: a reading under 1 s: {'ok' if median < 1.0 else 'MISSED'}")


if __name__ == "__main__":
    main()
