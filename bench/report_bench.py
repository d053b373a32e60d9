"""`newsquiz report` on a generated database of 100,000 answers, beside plain scans.

Run: python bench/report_bench.py [--answers N] [--db PATH] [--runs N]
Target: the whole `newsquiz report` command (process start included) under one second.

The generator (`generate`) writes a school's worth of drills: 12 groups of 25 players,
two packs of 20 questions, repeats after misses, wrong answers spelt in many ways (so the
report has real grouping to do), and a few disputes.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import best_of, row
from newsquiz.reports import build_report, render_text
from newsquiz.store import NewAnswer, open_store

GROUPS = 12
PLAYERS_PER_GROUP = 25
PACKS = ("bench-pack-a", "bench-pack-b")
QUESTIONS_PER_PACK = 20
START = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)


def wrong_spellings(rng: random.Random, question: int) -> list[str]:
    """A question's wrong answers: a few common misreadings, each typed several ways."""
    stems = [f"misreading {question}-{k}" for k in range(6)] + [
        f"stray guess {question}-{k}" for k in range(40)
    ]
    out: list[str] = []
    for stem in stems:
        out += [stem, stem.upper(), f"the {stem}!", f" {stem.title()}."]
    rng.shuffle(out)
    return out


def generate_answers(count: int, seed: int = 0) -> list[NewAnswer]:
    rng = random.Random(seed)
    wrong = {
        (pack, q): wrong_spellings(rng, q) for pack in PACKS for q in range(QUESTIONS_PER_PACK)
    }
    difficulty = {key: rng.uniform(0.25, 0.95) for key in wrong}
    players = [
        (f"student{g:02d}-{p:02d}", f"class-{g:02d}")
        for g in range(GROUPS)
        for p in range(PLAYERS_PER_GROUP)
    ]
    answers: list[NewAnswer] = []
    game = 0
    while len(answers) < count:
        player, group = players[game % len(players)]
        pack = PACKS[game % len(PACKS)]
        run_id = f"run{game}"
        moment = START + timedelta(minutes=game)
        for q in range(QUESTIONS_PER_PACK):
            for attempt in range(1, 4):
                right = rng.random() < difficulty[(pack, q)] + 0.2 * (attempt - 1)
                typed = f"answer {q}" if right else rng.choice(wrong[(pack, q)][:: 1 + q % 3])
                answers.append(
                    NewAnswer(
                        run_id=run_id,
                        player=player,
                        group=group,
                        pack_id=pack,
                        pack_digest="bench",
                        question_id=f"q{q:02d}",
                        answer=typed,
                        verdict="correct" if right else "incorrect",
                        score=1.0 if right else 0.0,
                        reason=None,
                        seconds=round(rng.uniform(2, 40), 2),
                        attempt=attempt,
                        answered_at=moment + timedelta(seconds=len(answers) % 3600),
                    )
                )
                if right or len(answers) >= count:
                    break
            if len(answers) >= count:
                break
        game += 1
    return answers


def generate(path: Path, count: int, seed: int = 0) -> None:
    """Write `count` answers (and about one dispute in 500) into the store at `path`."""
    answers = generate_answers(count, seed)
    with open_store(path) as store:
        store.record_answers(answers)
    with sqlite3.connect(path) as db:  # disputes in bulk: one UPDATE, not 200 calls
        db.execute(
            "UPDATE answers SET disputed = 1, dispute_note = 'I was right' "
            "WHERE verdict = 'incorrect' AND id % 250 = 0"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="keep the generated database here")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.sqlite3"
        if path.exists():
            path.unlink()
        started = time.perf_counter()
        generate(path, args.answers)
        made = time.perf_counter() - started
        print(f"Generated {args.answers:,} answers in {made:.1f} s: {path}")

        db = sqlite3.connect(path)
        count, _ = best_of(args.runs, lambda: db.execute("SELECT count(*) FROM answers").fetchall())
        scan, _ = best_of(
            args.runs,
            lambda: db.execute(
                "SELECT player, count(*), sum(score), sum(seconds) FROM answers GROUP BY player"
            ).fetchall(),
        )
        store = open_store(path)
        built, _ = best_of(args.runs, lambda: build_report(store))
        report = build_report(store)
        text, _ = best_of(args.runs, lambda: render_text(report))
        command = [sys.executable, "-m", "newsquiz", "report", "--db", str(path)]
        whole, _ = best_of(
            max(3, args.runs // 2),
            lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL),
        )
        start_only, _ = best_of(
            max(3, args.runs // 2),
            lambda: subprocess.run([sys.executable, "-c", "pass"], check=True),
        )
        store.close()
        print(
            f"Report on {report.answers:,} answers by {len(report.players)} players, "
            f"{len(report.questions)} questions (median of {args.runs}):"
        )
        print(row("SELECT count(*) FROM answers (baseline)", count))
        print(row("one GROUP BY player scan (baseline)", scan))
        print(row("build_report (4 queries + grouping)", built, scan))
        print(row("render_text", text))
        print(row("python -c pass (interpreter start)", start_only))
        print(row("`newsquiz report --db ...` whole command", whole))
        verdict = "ok" if whole < 1.0 else "MISSED"
        print(f"  target: whole command under 1000 ms: {verdict}")


if __name__ == "__main__":
    main()
