"""`check` and `claims` against pack size: loading, checking and a claims round on generated
packs of N questions over an N-paragraph article, printed side by side in one run.

Target (issue 13): `check` within 3x of loading at every size; `claims` on the
10,000-question pack in under 5 s.

`check` is measured twice: the first check of a pack (nothing kept), and a check after one
question is edited, with the findings the first one kept (`after an edit`): what an author
waits for while working through a long pack.

    python bench/check_bench.py                 # 100, 1,000 and 10,000 questions
    python bench/check_bench.py --sizes 100 500
    python bench/check_bench.py --runs 5        # the median of five runs of each

Each figure is wall time; the CPU time of this process (time.process_time) follows in
brackets, the fairer figure when other work shares the machine. The verdict compares
CPU times when the machine is busy and wall times agree with them otherwise: it is taken
on CPU time.

Then the same packs as whole commands, as an author waits for them: `newsquiz key`
(loads the pack and prints its answer key: the floor of any command that reads a pack)
beside `newsquiz check` and `newsquiz claims`, each a fresh process, CPU time of the child
(`--no-commands` leaves these out).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsquiz.authoring.lint import check_pack, lint
from newsquiz.claims import ClaimBank
from newsquiz.pack import load_pack

GIVEN = ["Ana", "Ben", "Carla", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas"]
FAMILY = ["Moreau", "Okafor", "Lindqvist", "Tanaka", "Rossi", "Novak", "Haddad", "Silva"]
TOWNS = ["the harbour town", "the hill village", "the river port", "the old quarter"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def paragraph(index: int, rng: random.Random) -> tuple[str, dict[str, str]]:
    """One sentence stating a date, a person, a number, an amount and a duration."""
    facts = {
        "person": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
        "date": f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
        "number": str(rng.randint(12, 9000)),
        "money": f"${rng.randint(2, 900)} million",
        "duration": f"{rng.randint(2, 11)} weeks",
        "place": rng.choice(TOWNS),
    }
    text = (
        f"On {facts['date']}, works manager {facts['person']} said {facts['number']} "
        f"workers in {facts['place']} would share a fund of {facts['money']} over "
        f"{facts['duration']} (item {index})."
    )
    return text, facts


def write_pack(folder: Path, size: int) -> Path:
    rng = random.Random(size)
    lines: list[str] = []
    questions: list[str] = []
    kinds = ["person", "date", "number", "money", "duration"]
    asks = {
        "person": "Who said the workers would share the fund in item {i}?",
        "date": "On what date was item {i} announced?",
        "number": "How many workers share the fund of item {i}?",
        "money": "How big is the fund of item {i}?",
        "duration": "Over how long is the fund of item {i} shared?",
    }
    for index in range(1, size + 1):
        text, facts = paragraph(index, rng)
        lines.append(text)
        kind = kinds[index % len(kinds)]
        answer = facts[kind]
        cite = answer if kind != "date" else facts["date"]
        questions.append(
            f"  - id: q{index}\n"
            f"    kind: {kind}\n"
            f"    question: {asks[kind].format(i=index)!r}\n"
            f"    answer: {answer!r}\n"
            f"    cite: {cite!r}\n"
        )
    (folder / "article.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "pack.yaml").write_text(
        "format: newsquiz/1\n"
        f"id: generated-{size}\n"
        f"title: A generated pack of {size} questions\n"
        "article:\n"
        "  file: article.txt\n"
        "  published: 2024-05-01\n"
        "questions:\n" + "".join(questions),
        encoding="utf-8",
    )
    return folder / "pack.yaml"


def seconds(work: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `work`."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(path: Path) -> dict[str, tuple[float, float]]:
    """One run of each: loading, `check` (loading plus linting, the claims bank included, as
    the command runs) the first time, `check` again after one question is edited (as an
    author re-checks, with the findings the first check kept), and a whole claims round
    (every question, as `newsquiz claims` plays)."""
    load = seconds(lambda: load_pack(path))
    pack = load_pack(path)
    lint_only = seconds(lambda: lint(pack))
    fresh = load_pack(path)
    claims = seconds(lambda: ClaimBank(fresh).round(1))
    check = (load[0] + lint_only[0], load[1] + lint_only[1])
    before = os.environ.get("NEWSQUIZ_CACHE_DIR")
    with tempfile.TemporaryDirectory() as cache:
        os.environ["NEWSQUIZ_CACHE_DIR"] = cache
        try:
            check_pack(path)
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("question: 'Who", "question: 'Just who", 1), "utf-8")
            edited = seconds(lambda: check_pack(path))
            path.write_text(text, encoding="utf-8")
        finally:  # the commands measured next use the cache as they would have
            if before is None:
                del os.environ["NEWSQUIZ_CACHE_DIR"]
            else:
                os.environ["NEWSQUIZ_CACHE_DIR"] = before
    return {"load": load, "check": check, "edited": edited, "claims": claims}


def command_seconds(*arguments: str) -> float:
    """CPU seconds (user and system) of one `newsquiz` process run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "newsquiz", *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,  # `check` exits 1 on warnings; its time is what is measured
        env={**os.environ, "NO_COLOR": "1"},
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def commands(sizes: list[int], runs: int) -> None:
    print(
        f"\nas whole commands (CPU of the process, median of {runs}):\n"
        f"{'questions':>10} {'key':>8} {'check':>8} {'check/key':>10} {'claims':>8}"
    )
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            path = str(write_pack(Path(folder), size).parent)
            timed = {
                name: statistics.median(command_seconds(name, path) for _ in range(runs))
                for name in ("key", "check", "claims")
            }
        print(
            f"{size:>10} {timed['key']:>7.2f}s {timed['check']:>7.2f}s"
            f" {timed['check'] / timed['key']:>9.1f}x {timed['claims']:>7.2f}s"
        )


def median_of(runs: list[dict[str, tuple[float, float]]], key: str) -> tuple[float, float]:
    return (
        statistics.median(run[key][0] for run in runs),
        statistics.median(run[key][1] for run in runs),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--runs", type=int, default=1, help="report the median of this many")
    parser.add_argument("--no-commands", action="store_true", help="in process only")
    args = parser.parse_args()
    print(
        f"{'questions':>10} {'load (cpu)':>17} {'check (cpu)':>17} {'check/load':>15}"
        f" {'after an edit (cpu)':>20} {'edit/load':>15} {'claims round (cpu)':>19}"
    )
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            path = write_pack(Path(folder), size)
            runs = [measure(path) for _ in range(max(1, args.runs))]
        load, check, edited, claims = (
            median_of(runs, key) for key in ("load", "check", "edited", "claims")
        )
        ratio = check[1] / load[1]
        verdict = "ok" if ratio <= 3 else "MISSED"
        edit_ratio = edited[1] / load[1]
        edit_verdict = "ok" if edit_ratio <= 3 else "MISSED"
        claims_verdict = "" if size < 10000 else (" ok" if claims[1] < 5 else " MISSED")
        print(
            f"{size:>10} {load[0]:>7.2f}s ({load[1]:>6.2f}s) {check[0]:>7.2f}s ({check[1]:>6.2f}s)"
            f" {ratio:>7.1f}x {verdict:<6} {edited[0]:>8.2f}s ({edited[1]:>6.2f}s)"
            f" {edit_ratio:>7.1f}x {edit_verdict:<6} {claims[0]:>7.2f}s ({claims[1]:>6.2f}s)"
            f"{claims_verdict}"
        )
    if not args.no_commands:
        commands(args.sizes, max(1, args.runs))


if __name__ == "__main__":
    main()
