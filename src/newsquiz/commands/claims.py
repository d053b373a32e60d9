"""`newsquiz claims`: the fact-check claims a pack yields, for authors to review."""

from __future__ import annotations

import argparse

HELP = "print the true-or-false claims generated from a pack"
DESCRIPTION = (
    "Print a fact-check round generated from a pack's questions: each claim, whether it is "
    "true, the value it states and the article line that settles it."
)
EPILOG = """\
examples:
  newsquiz claims austin-shoigu-call              a round (seed 1)
  newsquiz claims austin-shoigu-call --seed 7 --count 10
  newsquiz claims austin-shoigu-call --all        every claim of every question
  newsquiz claims austin-shoigu-call --json       one JSON object a line
  newsquiz claims austin-shoigu-call --stats      claims per question, and how sentences were built
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "pack", metavar="PACK", help="a pack folder, its pack.yaml, or a bundled pack name"
    )
    parser.add_argument("--seed", type=int, default=1, help="the round's seed (default 1)")
    parser.add_argument(
        "--count",
        type=_positive,
        help="at most this many claims (default: one per usable question)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object a line")
    parser.add_argument(
        "--all", action="store_true", help="every claim of every question, not a round"
    )
    parser.add_argument(
        "--stats", action="store_true", help="claims per question and sentence paths"
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got `{text}`") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {value}")
    return value


def run(args: argparse.Namespace) -> int:
    import json

    from newsquiz.claims import ClaimBank
    from newsquiz.commands.common import open_pack

    pack = open_pack(args.pack)
    if pack is None:
        return 1
    bank = ClaimBank(pack)
    if args.stats:
        print(_stats(bank))
        return 0
    if args.all:
        claims = tuple(c for qc in bank.by_question for c in qc.claims)
    else:
        claims = bank.round(args.seed, args.count)
    if args.json:
        for claim in claims:
            print(json.dumps(claim.to_json(), ensure_ascii=False))
        return 0
    print(_listing(pack.id, claims, None if args.all else args.seed))
    return 0


def _listing(pack_id: str, claims: tuple[object, ...], seed: int | None) -> str:
    from newsquiz.claims import Claim

    rows = [c for c in claims if isinstance(c, Claim)]
    trues = sum(1 for c in rows if c.truth)
    head = f"{pack_id}: {len(rows)} claims, {trues} true, {len(rows) - trues} false"
    lines = [head + (f" (seed {seed})" if seed is not None else "")]
    for number, claim in enumerate(rows, 1):
        lines.append("")
        lines.append(f"{number:>3}. {'TRUE ' if claim.truth else 'FALSE'}  {claim.sentence}")
        detail = f"value: {claim.value}"
        if not claim.truth:
            detail += f"   article: {claim.true_value}"
        detail += f"   [{claim.question_id}; {claim.path}; {claim.family}]"
        lines.append(f"            {detail}")
        lines.append(
            f"            line {claim.source.line}: {_clip(claim.source.text, claim.source.start)}"
        )
    return "\n".join(lines)


def _clip(text: str, around: int, width: int = 100) -> str:
    """A window of the source line around the true value."""
    if len(text) <= width:
        return text
    start = max(0, min(around - width // 3, len(text) - width))
    piece = text[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def _stats(bank: object) -> str:
    from newsquiz.claims import ClaimBank, ClaimPath

    assert isinstance(bank, ClaimBank)
    lines = [f"{'question':<32} {'kind':<9} {'path':<9} {'true':>4} {'false':>5}  note"]
    for qc in bank.by_question:
        path = str(qc.path) if qc.path else "-"
        note = qc.problem or ("true-or-false question: not used" if qc.path is None else "")
        lines.append(
            f"{qc.question.id:<32} {qc.question.kind!s:<9} {path:<9} "
            f"{int(qc.true_claim is not None):>4} {len(qc.false_claims):>5}  {note}"
        )
    counts = bank.path_counts()
    total = sum(counts.values())
    lines.append("")
    lines.append(
        "sentence paths: "
        + ", ".join(f"{p}: {counts.get(p, 0)}" for p in ClaimPath)
        + f" (of {total} questions with claims)"
    )
    fallback = sum(
        1
        for qc in bank.by_question
        if qc.true_claim and qc.true_claim.sentence.startswith("The answer to “")
    )
    lines.append(f"  of which question path by the “The answer to … is …” fallback: {fallback}")
    playable = len(bank.playable)
    claims = sum(len(qc.claims) for qc in bank.by_question)
    lines.append(
        f"usable in fact-check rounds: {playable} of {len(bank.by_question)} questions; {claims} claims in all"
    )
    return "\n".join(lines)
