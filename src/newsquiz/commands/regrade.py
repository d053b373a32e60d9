"""`newsquiz regrade`: grade every stored answer to a pack again after the pack was fixed."""

from __future__ import annotations

import argparse
import sys

HELP = "grade stored answers again with the current pack and grader"
DESCRIPTION = (
    "Re-grade every recorded answer to PACK (matched by the pack's id) with the current "
    "grader and the pack as it is now, e.g. after adding an `accept` entry a player disputed. "
    "Old verdicts are kept beside the new ones; prints what changed. Only answers to the "
    "questions are regraded: fact-check calls (`true`, `false, 48`) judge a claim, not the "
    "question, so they are skipped and counted."
)
EPILOG = """\
examples:
  newsquiz regrade path/to/my-pack --dry-run    show what would change, write nothing
  newsquiz regrade path/to/my-pack              write the new verdicts
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from newsquiz.commands.report import add_db_argument

    parser.add_argument("pack", metavar="PACK", help="pack folder, pack.yaml or bundled pack name")
    add_db_argument(parser)
    parser.add_argument("--dry-run", action="store_true", help="show what would change only")


def run(args: argparse.Namespace) -> int:
    from newsquiz.commands.common import open_pack
    from newsquiz.commands.report import existing_store_location
    from newsquiz.facts.text import plural
    from newsquiz.reports import fit, number, terminal_safe
    from newsquiz.store import StoreError, open_store, redact
    from newsquiz.store.regrade import apply_regrade_plan, plan_regrade

    pack = open_pack(args.pack)
    if pack is None:
        return 2
    location = existing_store_location(args.db)
    if location is None:
        return 2
    try:
        with open_store(location) as store, store.regrading():
            plan = plan_regrade(store, pack)
            if plan.changes and not args.dry_run:
                apply_regrade_plan(store, plan)
    except StoreError as err:
        print(f"newsquiz regrade: {err}", file=sys.stderr)
        return 1

    print(
        f"Regraded {plural(plan.checked, 'answer')} to {pack.id} with the current pack "
        f"({pack.digest[:12]}): {plan.figure(dry_run=args.dry_run)}."
    )
    for change in plan.changes:
        old, new = change.answer, change.verdict
        print(
            f"  {fit(terminal_safe(old.player), 24)}  {old.question_id}  "
            f"“{fit(terminal_safe(old.answer), 40)}”  {old.verdict} → {new.outcome.value}"
        )
    if plan.score_moves:
        print("Scores that moved (first attempts):")
        for move in plan.score_moves:
            group = f" ({terminal_safe(move.group)})" if move.group else ""
            print(
                f"  {fit(terminal_safe(move.player), 24)}{group}  "
                f"{number(move.before)}/{move.questions} → {number(move.after)}/{move.questions}"
            )
    if plan.timed_out:
        print(f"{plural(plan.timed_out, 'answer')} out of time left as missed.")
    if plan.factcheck_skipped:
        print(
            f"{plural(plan.factcheck_skipped, 'fact-check call')} skipped: calls on claims are "
            "not answers to the question, and are never regraded with its grader."
        )
    for question_id, count in sorted(plan.unknown.items()):
        print(
            f"{plural(count, 'answer')} to `{terminal_safe(question_id)}`, no longer in the "
            "pack, left as they were."
        )
    if args.dry_run:
        print("Dry run: nothing was written.")
    elif plan.changes:
        print(f"Written to {redact(location)}; the old verdicts are kept in the regrade history.")
    return 0
