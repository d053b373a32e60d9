"""`newsquiz review`: the facts due again, spaced across days (FSRS)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from newsquiz.commands.names import add_start_screen_group, player_name

if TYPE_CHECKING:
    from datetime import datetime

    from newsquiz.pack import Pack
    from newsquiz.review import PackDue

HELP = "review the facts due again, spaced across days"
DESCRIPTION = """\
Review what you have learnt before you forget it. Every answer you give, in any
mode, schedules its fact again: a fact answered right comes back a few days
later, then further apart each time you get it right; a fact missed comes back
within the hour. The schedule is worked out by FSRS, the scheduler of the Anki
flashcard program, from the answers in the results database.

With a PACK, play a round of its facts that are due now; with none, list how
many facts are due in each pack you have played."""
EPILOG = """\
examples:
  newsquiz review --player Ana              what is due for Ana, pack by pack
  newsquiz review austin-shoigu-call --player Ana
                                            review that pack's due facts
  newsquiz review --db /srv/quiz/class.sqlite3 --player Ana

The results database is --db PATH (or a URL), else $NEWSQUIZ_DB, else the user data folder.
Answers are read under the name given with --player, else the name last played as on this
computer, else the answers given without a name."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "pack",
        nargs="?",
        metavar="PACK",
        help="a pack folder, its pack.yaml, or the name of a bundled pack "
        "(default: list what is due in each pack)",
    )
    parser.add_argument(
        "--player",
        metavar="NAME",
        type=player_name,
        help="whose facts: the name given when playing (default: the name last played as "
        "on this computer)",
    )
    add_start_screen_group(parser)
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="results database (default: $NEWSQUIZ_DB, else the user data folder)",
    )
    parser.set_defaults(no_record=False)  # a review unrecorded would never move the schedule


def run(args: argparse.Namespace) -> int:
    from newsquiz.commands.common import open_pack, print_problems, remembered_player
    from newsquiz.library import available_packs

    args.player = remembered_player(args.player)
    from newsquiz.pack import PackError
    from newsquiz.pack.cache import load_pack_cached
    from newsquiz.review import due_counts
    from newsquiz.store import StoreError, open_store
    from newsquiz.store.base import utc_now
    from newsquiz.store.factory import no_file_at, resolve_location

    # Each pack with the name that plays it (a bundled pack's folder, or as given).
    named: list[tuple[str, Pack]] = []
    if args.pack is not None:
        pack = open_pack(args.pack)
        if pack is None:
            return 1
        named.append((args.pack, pack))
    else:
        for entry in available_packs():
            try:
                named.append((entry.folder_name, load_pack_cached(entry.path)))
            except PackError as err:  # a broken pack of one's own hides nobody's review
                print_problems(err.problems)
    location = resolve_location(args.db)
    if no_file_at(location):
        print(f"Nothing to review yet: no answers are recorded for {_whom(args.player)}.")
        print(_how_to_start(args.pack))
        return 0
    now = utc_now()
    try:
        with open_store(location, read_only=True) as store:
            standings = due_counts(store, args.player, [pack for _name, pack in named], now)
    except StoreError as err:
        print(f"newsquiz review: {err}", file=sys.stderr)
        return 1
    if args.pack is None:
        _list([name for name, _pack in named], standings, args.player, now)
        return 0
    (standing,) = standings
    if standing.due == 0:
        from newsquiz.facts.text import printable
        from newsquiz.review import nothing_due

        print(f"{printable(standing.title)}\n{nothing_due(standing, now)}")
        return 0
    from newsquiz.commands.common import run_game

    return run_game(args, player=args.player, group=args.group, review=True)


def _whom(player: str) -> str:
    from newsquiz.facts.text import printable

    return printable(player) if player else "you (no --player given)"


def _how_to_start(pack: str | None) -> str:
    target = "PACK" if pack is None else pack
    return f"Play a pack first (`newsquiz play {target}`): every fact you answer comes back here."


def _list(names: list[str], standings: list[PackDue], player: str, now: datetime) -> None:
    """Each pack the player has met, with its due, new and later facts; then how to start."""
    from newsquiz.facts.text import printable
    from newsquiz.review import when

    met = [(printable(name), s) for name, s in zip(names, standings, strict=True) if s.met]
    if not met:
        print(f"Nothing to review yet: no answers are recorded for {_whom(player)}.")
        print(_how_to_start(None))
        return
    width = max(len("PACK"), *(len(name) for name, _s in met))
    print(f"Facts to review for {_whom(player)}:")
    print(f"  {'PACK':<{width}}  {'DUE':>4}  {'NEW':>4}  NEXT DUE")
    for name, s in met:
        following = when(s.next_due, now) if s.next_due is not None else "-"
        print(f"  {name:<{width}}  {s.due:>4}  {s.new:>4}  {following}")
    who = f" --player {_quoted(player)}" if player else ""
    due = [name for name, s in met if s.due]
    if due:
        print(f"Start with: newsquiz review {due[0]}{who}")
        return
    # Every pack met with nothing due has a fact scheduled later.
    moment, name = min((s.next_due, name) for name, s in met if s.next_due is not None)
    print(f"Nothing is due now: the next fact is due {when(moment, now)} ({name}).")


def _quoted(text: str) -> str:
    import shlex

    from newsquiz.facts.text import printable

    return shlex.quote(printable(text))
