"""Print a fixed sample of false claims from a pack, for a person to judge.

    .venv/bin/python bench/claims_sample.py [PACK] [--seed N] [--size 40]
    .venv/bin/python bench/claims_sample.py --bundled [--seed 99]   # across the corpus packs

The sample is what players would meet: false claims drawn from fact-check
rounds with seeds N, N+1, … (each (question, value) once) until `--size` are
collected. Also printed: claims per question, sentence paths, and the families
the sample's values come from. Judging (plausible / nonsensical / accidentally
true) is left to the reader: the script only makes the sample reproducible.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from newsquiz.claims import Claim, ClaimBank
from newsquiz.library import bundled_dir, find_pack
from newsquiz.pack import load_pack


def sample_false_claims(bank: ClaimBank, seed: int, size: int) -> list[Claim]:
    sample: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for round_seed in range(seed, seed + 1000):
        for claim in bank.round(round_seed):
            key = (claim.question_id, claim.value)
            if claim.truth or key in seen:
                continue
            seen.add(key)
            sample.append(claim)
            if len(sample) == size:
                return sample
    return sample


def sample_across_bundled(seed: int, size: int) -> int:
    every: list[tuple[str, Claim]] = []
    for folder in sorted(bundled_dir().iterdir()):
        if (folder / "pack.yaml").is_file() and folder.name != "austin-shoigu-call":
            pack = load_pack(folder)
            every += [(pack.id, c) for c in sample_false_claims(ClaimBank(pack), seed, 60)]
    chosen = sorted(random.Random(seed).sample(every, size), key=lambda p: (p[0], p[1].question_id))
    for number, (pack_id, claim) in enumerate(chosen, 1):
        print(f"    {number}. [{pack_id} / {claim.question_id}] {claim.sentence}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pack", nargs="?", default="austin-shoigu-call")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument(
        "--bundled",
        action="store_true",
        help="sample across every bundled pack but the seed (up to 60 a pack, then --size at "
        "random): the sample judged in bench/claims/judged-corpus-99a.md",
    )
    args = parser.parse_args()
    if args.bundled:
        return sample_across_bundled(args.seed, args.size)
    found = find_pack(args.pack)
    bank = ClaimBank(load_pack(found if found else Path(args.pack)))

    print(f"{args.size} false claims from rounds with seeds {args.seed}, {args.seed + 1}, …\n")
    sample = sample_false_claims(bank, args.seed, args.size)
    for number, claim in enumerate(sample, 1):
        print(f"{number:>2}. [{claim.question_id}; {claim.family}; {claim.path}]")
        print(f"    value: {claim.value}   (article: {claim.true_value})")
        print(f"    {claim.sentence}")
    print()
    print(
        "sample by family: "
        + ", ".join(f"{f}: {n}" for f, n in Counter(c.family for c in sample).most_common())
    )
    print(f"longest claim in the sample: {max(len(c.sentence) for c in sample)} characters")
    print()
    print(f"{'question':<32} {'path':<9} {'true':>4} {'false':>5}  note")
    for qc in bank.by_question:
        if qc.path is None:
            continue
        note = qc.problem or ""
        print(
            f"{qc.question.id:<32} {qc.path!s:<9} {int(qc.true_claim is not None):>4} "
            f"{len(qc.false_claims):>5}  {note[:70]}"
        )
    counts = bank.path_counts()
    print()
    print("sentence paths: " + ", ".join(f"{p}: {n}" for p, n in sorted(counts.items())))
    print(f"playable questions: {len(bank.playable)} of {len(bank.by_question)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
