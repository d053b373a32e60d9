"""`newsquiz report`: the teacher's view of recorded answers, as text, CSV or JSON."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsquiz.pack import Pack

HELP = "show who struggled and which facts the class got wrong"
DESCRIPTION = (
    "Report recorded answers: per player (score and right first time, time answering, "
    "attempts) and per question (its text, share right first time, average time answering, "
    "the most common wrong answers, disputes). Wrong answers are clustered as the grader reads "
    "them (`48` and `48 days` are one answer, so are typos of one name; a choice answer is "
    "shown as its choice, `b) Lloyd Austin`) when the pack is found among the bundled packs "
    "and yours, or given with --pack PATH; otherwise by their text. --statistics adds "
    "Moodle's item statistics: per question the facility index, standard deviation, "
    "discrimination index and discriminative efficiency, flagged as Moodle flags them, and "
    "per pack and group Cronbach's alpha, the error ratio and the standard error. "
    "These count answers to the questions only (normal games and drills). Fact-check calls "
    "(`true`, `false, 7 to 2`) judge a claim about a question rather than answer it, so they "
    "are counted apart, in a FACT-CHECK CALLS section: per player, and per question the "
    "claims were about, the share of right calls, how often a false claim fooled a player "
    "or a true one was doubted, and the calls players disputed."
)
EPILOG = """\
examples:
  newsquiz report                                 everything in the default results database
  newsquiz report --group 7b --since 2024-05-13   one class, from that day on (local time)
  newsquiz report --pack austin-shoigu-call --csv > results.csv
  newsquiz report --csv --table players > gradebook.csv
  newsquiz report --json > results.json
  newsquiz report --mode factcheck                only the fact-check calls
  newsquiz report --mode question                 games and drills only, no fact-check section
  newsquiz report --statistics                    Moodle's item statistics, first attempts
  newsquiz report --statistics all --csv --table item-statistics

Time is time answering: from each question appearing to the answer being sent, every
attempt added up (`seconds` and `average_seconds` in CSV and JSON). The game's end screen
shows the whole game instead, reading the feedback included, so it is longer.

CSV leaves out tables with no rows (no disputes, no fact-check calls); --all-tables writes
every table, and --table NAME always writes that one.

Every CSV and JSON row says its mode: `question` (an answer to the question) or `factcheck`
(a call in a fact-check round). Answers recorded before newsquiz kept modes count as
`question`.

The results database is --db PATH (or a URL), else $NEWSQUIZ_DB, else the user data folder.
"""


def parse_since(text: str) -> datetime:
    """A date (midnight, local time) or a date and time; naive values are local time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"`{text}` is not a date: expected YYYY-MM-DD or YYYY-MM-DD HH:MM"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="results database (default: $NEWSQUIZ_DB, else the user data folder)",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument(
        "--pack",
        metavar="PACK",
        help="only this pack: its id, or a pack folder (its questions are then read from "
        "there, to show their text and cluster wrong answers with the grader)",
    )
    parser.add_argument("--group", metavar="NAME", help="only this class or group")
    parser.add_argument("--player", metavar="NAME", help="only this player")
    parser.add_argument(
        "--since", metavar="DATE", type=parse_since, help="only answers from this date on"
    )
    parser.add_argument(
        "--mode",
        choices=("question", "factcheck"),
        help="only answers to the questions (games, drills), or only fact-check calls "
        "(default: both, each in its own section)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true", help="CSV for spreadsheets")
    output.add_argument("--json", action="store_true", help="JSON for gradebooks and scripts")
    parser.add_argument(
        "--table",
        choices=(
            "players",
            "questions",
            "wrong-answers",
            "disputes",
            "item-statistics",
            "pack-statistics",
            "factcheck-players",
            "factcheck-claims",
            "factcheck-disputes",
        ),
        help="with --csv: only this table (default: every table of the modes shown, each "
        "under a title row)",
    )
    parser.add_argument(
        "--all-tables",
        action="store_true",
        help="with --csv: write tables with no rows too (default: left out)",
    )
    parser.add_argument(
        "--statistics",
        nargs="?",
        const="first",
        choices=("first", "all"),
        help="add Moodle's item statistics, over each player's first attempts (the default) "
        "or over every game (`all`)",
    )
    parser.add_argument(
        "--top", type=int, default=5, metavar="N", help="wrong answers shown per question"
    )


def existing_store_location(db: str | None) -> str | None:
    """The location to report on, or None (after a message) when there is no database."""
    from newsquiz.store.factory import no_file_at, resolve_location

    location = resolve_location(db)
    if no_file_at(location):
        print(
            f"newsquiz: no results database at {location} (play or drill first, "
            "or give one with --db or NEWSQUIZ_DB)",
            file=sys.stderr,
        )
        return None
    return location


def pack_from(name: str) -> tuple[str | None, Pack | None]:
    """A pack id as given (its pack looked up later), or the pack at a path and its id;
    (None, None) after a message when the path holds no pack."""
    from pathlib import Path

    if not Path(name).exists():
        return name, None
    from newsquiz.commands.common import open_pack

    pack = open_pack(name)
    return (pack.id, pack) if pack else (None, None)


def run(args: argparse.Namespace) -> int:
    from newsquiz.reports import (
        STATISTICS_TABLES,
        LibraryPacks,
        build_report,
        render_csv,
        render_json,
        render_text,
        terminal_safe,
    )
    from newsquiz.store import AnswerFilter, StoreError, open_store

    location = existing_store_location(args.db)
    if location is None:
        return 2
    pack_id, pack = pack_from(args.pack) if args.pack else (None, None)
    if args.pack and pack_id is None:
        return 2
    where = AnswerFilter(
        pack_id=pack_id, group=args.group, player=args.player, since=args.since, mode=args.mode
    )
    statistics = args.statistics
    if statistics is None and args.csv and args.table in STATISTICS_TABLES:
        statistics = "first"  # the table asked for by name
    try:
        with open_store(location, read_only=True) as store:  # reading needs no write rights
            report = build_report(
                store,
                where,
                top_wrong=max(0, args.top),
                packs=LibraryPacks([pack] if pack else []),
                statistics=statistics,
            )
    except StoreError as err:
        print(f"newsquiz report: {err}", file=sys.stderr)
        return 1
    if args.csv:
        text = render_csv(report, args.table, all_tables=args.all_tables)
        if not text:  # every table empty, and each left out: say why the output is empty
            print(f"newsquiz report: {render_text(report).strip()}", file=sys.stderr)
        # Files get the data exactly; a terminal gets control characters escaped.
        sys.stdout.write(terminal_safe(text, keep="\n") if sys.stdout.isatty() else text)
    elif args.json:
        sys.stdout.write(render_json(report))
    else:
        sys.stdout.write(render_text(report))
    return 0
