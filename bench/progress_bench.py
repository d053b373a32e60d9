"""A player's progress (the chooser's best scores, the end screen's "New best") read from a
results database of 100,000 answers, beside reading every answer of that player.

Run: python bench/progress_bench.py [--answers N] [--runs N]
Target: one player's progress on every pack well under 50 ms, so the chooser's scores come
while its packs are still being described.

The database holds 400 players of a school each playing whole games of 25 questions on four
packs, over 30 days; the player measured has played as often as anyone.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import best_of, row
from newsquiz.progress import load_progress
from newsquiz.store import AnswerFilter, NewAnswer, open_store

PLAYERS = 400
PACKS = ("pack-a", "pack-b", "pack-c", "pack-d")
QUESTIONS = 25
START = datetime(2024, 5, 1, 8, tzinfo=UTC)


def generate(path: Path, answers: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    rows: list[NewAnswer] = []
    game = 0
    while len(rows) < answers:
        game += 1
        player = f"player-{rng.randrange(PLAYERS)}"
        pack = rng.choice(PACKS)
        moment = START + timedelta(days=rng.randrange(30), minutes=rng.randrange(600))
        for number in range(QUESTIONS):
            right = rng.random() < 0.7
            rows.append(
                NewAnswer(
                    run_id=f"run-{game}",
                    player=player,
                    group="9b",
                    pack_id=pack,
                    pack_digest="d",
                    question_id=f"q{number}",
                    answer="x",
                    verdict="correct" if right else "incorrect",
                    score=1.0 if right else 0.0,
                    reason=None,
                    seconds=5.0,
                    attempt=1,
                    answered_at=moment + timedelta(seconds=10 * number),
                )
            )
    with open_store(path) as store:
        store.record_answers(rows[:answers])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "results.sqlite3"
        generate(path, args.answers)
        with open_store(path) as store:
            busiest = max(store.player_summaries(), key=lambda p: p.runs)
            player = busiest.player
            sizes = dict.fromkeys(PACKS, QUESTIONS)
            today = date(2024, 5, 31)
            plain, _ = best_of(args.runs, lambda: store.answers(AnswerFilter(player=player)))
            median, fastest = best_of(
                args.runs,
                lambda: load_progress(store, player, today=today, questions_in_pack=sizes),
            )
            progress = load_progress(store, player, today=today, questions_in_pack=sizes)
        games = sum(p.games for p in progress.packs.values())
        print(f"{args.answers:,} answers; {player}: {games} games on {len(progress.packs)} packs")
        print(row("every answer of the player (baseline)", plain))
        print(row("progress on every pack (one query)", median, plain))
        print(row("progress, fastest run", fastest))
        print(f"  target: progress under 50 ms: {'ok' if median < 0.05 else 'MISSED'}")


if __name__ == "__main__":
    main()
