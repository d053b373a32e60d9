"""`newsquiz report` on a generated database of 100,000 answers, beside plain scans.

Run: python bench/report_bench.py [--answers N] [--db PATH] [--runs N]
Targets: the whole `newsquiz report` command (process start included) under one second, and
`newsquiz report --statistics` (Moodle's item statistics, issue 17) under one second too,
printed beside the plain report measured in the same run.

The generator (`generate`) writes a school's worth of drills on the first 20 questions of two
bundled packs: 12 groups of 25 players of differing ability (so item statistics have
something to find), repeats after misses, wrong answers that are other facts of the article
each spelt several ways and with typos (so the report's clusters, decided by the grader since
the packs are found, have real work to do), and a few disputes.
"""

from __future__ import annotations

import argparse
import math
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import best_of, row
from newsquiz.library import bundled_dir
from newsquiz.pack.cache import load_pack_cached
from newsquiz.pack.model import Question
from newsquiz.reports import EVERY_ATTEMPT, FIRST_ATTEMPTS, build_report, no_packs, render_text
from newsquiz.store import NewAnswer, open_store

GROUPS = 12
PLAYERS_PER_GROUP = 25
PACKS = ("austin-shoigu-call", "chile-four-aftershocks")
QUESTIONS_PER_PACK = 20
START = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)


def _typo(rng: random.Random, text: str) -> str:
    """Two neighbouring letters swapped in the answer's longest word (`Shoigu` → `Shoiug`)."""
    word = max(text.split(), key=len, default="")
    if len(word) < 5:
        return text + "s"
    at = rng.randrange(1, len(word) - 2)
    slipped = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return text.replace(word, slipped, 1)


def wrong_spellings(rng: random.Random, others: list[str]) -> list[str]:
    """A question's wrong answers: other facts of the article, each typed several ways."""
    misreadings = rng.sample(others, min(6, len(others)))
    out: list[str] = []
    for stem in misreadings:  # common: typed by many, in many ways
        out += [stem, stem.lower(), stem.upper(), f"the {stem}!", _typo(rng, stem)] * 3
    for stem in rng.sample(others, min(20, len(others))):  # stray guesses, typed once or twice
        out += [stem, _typo(rng, stem)]
    rng.shuffle(out)
    return out


def bench_questions() -> dict[str, list[Question]]:
    """The first QUESTIONS_PER_PACK questions of each bench pack, as bundled."""
    return {
        pack_id: list(load_pack_cached(bundled_dir() / pack_id).questions[:QUESTIONS_PER_PACK])
        for pack_id in PACKS
    }


def generate_answers(count: int, seed: int = 0) -> list[NewAnswer]:
    rng = random.Random(seed)
    questions = bench_questions()
    wrong: dict[tuple[str, int], list[str]] = {}
    for pack, asked in questions.items():
        expected = [q.expected for q in asked]
        for q, question in enumerate(asked):
            wrong[(pack, q)] = wrong_spellings(rng, [e for e in expected if e != question.expected])
    easiness = {key: rng.uniform(-1.5, 2.0) for key in wrong}
    players = [
        (f"student{g:02d}-{p:02d}", f"class-{g:02d}", rng.gauss(0.0, 1.0))
        for g in range(GROUPS)
        for p in range(PLAYERS_PER_GROUP)
    ]
    answers: list[NewAnswer] = []
    game = 0
    while len(answers) < count:
        player, group, ability = players[game % len(players)]
        pack = PACKS[game % len(PACKS)]
        run_id = f"run{game}"
        moment = START + timedelta(minutes=game)
        for q, question in enumerate(questions[pack]):
            for attempt in range(1, 4):
                # Right more often for an able player, on an easy question, on a later try.
                chance = 1 / (1 + math.exp(-(ability + easiness[(pack, q)] + attempt - 1)))
                right = rng.random() < chance
                typed = question.expected if right else rng.choice(wrong[(pack, q)])
                answers.append(
                    NewAnswer(
                        run_id=run_id,
                        player=player,
                        group=group,
                        pack_id=pack,
                        pack_digest="bench",
                        question_id=question.id,
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


def child_cpu(work: Callable[[], object]) -> float:
    """User and system CPU seconds the child processes of `work` used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    work()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


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
        folded, _ = best_of(args.runs, lambda: build_report(store, packs=no_packs))
        built, _ = best_of(args.runs, lambda: build_report(store))
        first, _ = best_of(args.runs, lambda: build_report(store, statistics=FIRST_ATTEMPTS))
        every, _ = best_of(args.runs, lambda: build_report(store, statistics=EVERY_ATTEMPT))
        report = build_report(store, statistics=FIRST_ATTEMPTS)
        text, _ = best_of(args.runs, lambda: render_text(report))
        command = [sys.executable, "-m", "newsquiz", "report", "--db", str(path)]
        commands = max(3, args.runs // 2)

        def run(*extra: str) -> None:
            subprocess.run([*command, *extra], check=True, stdout=subprocess.DEVNULL)

        whole, _ = best_of(commands, run)
        with_statistics, _ = best_of(commands, lambda: run("--statistics"))
        # CPU seconds (user + system) of one command, which other work on a shared machine
        # does not inflate as it does wall time.
        cpu_whole = child_cpu(run)
        cpu_statistics = child_cpu(lambda: run("--statistics"))
        start_only, _ = best_of(
            commands, lambda: subprocess.run([sys.executable, "-c", "pass"], check=True)
        )
        store.close()
        print(
            f"Report on {report.answers:,} answers by {len(report.players)} players, "
            f"{len(report.questions)} questions (median of {args.runs}):"
        )
        print(row("SELECT count(*) FROM answers (baseline)", count))
        print(row("one GROUP BY player scan (baseline)", scan))
        print(row("build_report, wrong answers by text only", folded, scan))
        print(row("build_report, clusters by the grader", built, scan))
        print(row("build_report + item statistics (first)", first, built))
        print(row("build_report + item statistics (all)", every, built))
        print(row("render_text (with item statistics)", text))
        print(row("python -c pass (interpreter start)", start_only))
        print(row("`newsquiz report --db ...` (baseline)", whole))
        print(row("`newsquiz report --statistics --db ...`", with_statistics, whole))
        print(row("CPU of `newsquiz report` (baseline)", cpu_whole))
        print(row("CPU of `newsquiz report --statistics`", cpu_statistics, cpu_whole))
        for label, seconds in (("report", whole), ("report --statistics", with_statistics)):
            verdict = "ok" if seconds < 1.0 else "MISSED"
            print(f"  target: whole `{label}` command under 1000 ms: {verdict}")


if __name__ == "__main__":
    main()
