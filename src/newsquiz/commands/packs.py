"""`newsquiz packs`: every pack there is to play, and how a player is doing on each."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from newsquiz.commands.names import player_name

if TYPE_CHECKING:
    from newsquiz.library import PackDescription
    from newsquiz.progress import PackProgress, PlayerProgress, Score

HELP = "list the packs there are to play (and your best scores)"
DESCRIPTION = (
    "List every pack: the bundled ones and those in your own pack folder, with what each is "
    "about, the day its article was published and how many questions it asks. With "
    "--player, that player's best and last score on each and when they last played it, from "
    "the results database. A pack that does not load is listed with its problem."
)
EPILOG = """\
examples:
  newsquiz packs                      what there is to play
  newsquiz packs --player Ana         and how Ana is doing on each
  newsquiz packs --json               for scripts

A best score counts whole rounds only (every question of the pack), first answers only.
The results database is --db PATH (or a URL), else $NEWSQUIZ_DB, else the user data folder.
"""

NOT_YET = "–"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from newsquiz.commands.report import add_db_argument  # standard library only

    parser.add_argument(
        "--player",
        metavar="NAME",
        type=player_name,
        help="show this player's best and last score on each pack, and when they last played "
        "(default: the name last played as on this computer)",
    )
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="JSON for scripts")


def run(args: argparse.Namespace) -> int:
    from newsquiz.commands.common import remembered_player
    from newsquiz.library import describe_packs, user_dir

    args.player = remembered_player(args.player) or None
    packs = describe_packs()
    progress, problem = (None, "") if args.player is None else player_progress(args, packs)
    if args.json:
        sys.stdout.write(as_json(packs, progress, str(user_dir())))
    else:
        sys.stdout.write(as_text(packs, progress, str(user_dir())))
    if problem:
        from newsquiz.reports import terminal_safe

        print(f"newsquiz packs: {terminal_safe(problem)}", file=sys.stderr)
        return 1
    return 0


def player_progress(
    args: argparse.Namespace, packs: list[PackDescription]
) -> tuple[PlayerProgress, str]:
    """The player's progress from the results database (none yet when there is none), and
    why it could not be read ("" when it could)."""
    from newsquiz.progress import PlayerProgress, load_progress
    from newsquiz.store import StoreError, open_store
    from newsquiz.store.factory import no_file_at, resolve_location

    nothing = PlayerProgress(args.player)
    location = resolve_location(args.db)
    if no_file_at(location):
        return nothing, ""  # nobody has played here yet
    sizes = {p.pack_id: p.questions for p in packs if p.pack_id is not None}
    try:
        with open_store(location, read_only=True) as store:
            progress = load_progress(
                store,
                args.player,
                today=datetime.now().astimezone().date(),
                questions_in_pack=sizes,
            )
    except StoreError as err:
        return nothing, f"{err} (the packs are listed without scores)"
    return progress, ""


def score_text(score: Score | None) -> str:
    from newsquiz.reports import number

    return NOT_YET if score is None else f"{number(round(score.score, 2))}/{score.questions}"


def as_text(packs: list[PackDescription], progress: PlayerProgress | None, folder: str) -> str:
    """Each pack in two lines (three with a player's scores), the way the chooser shows it:
    its title, then its folder name, date, questions and where it comes from."""
    import shutil
    import textwrap

    from newsquiz.facts.text import plural
    from newsquiz.library import HOW_TO_ADD
    from newsquiz.reports import fit, terminal_safe

    width = max(40, min(100, shutil.get_terminal_size((80, 24)).columns) - 1)
    today = datetime.now().astimezone().date()
    lines: list[str] = []
    for pack in packs:
        if lines:
            lines.append("")
        lines.append(fit(terminal_safe(pack.title), width))
        about = [terminal_safe(pack.entry.folder_name)]
        if pack.loads:
            if pack.published is not None:
                about.append(pack.published.isoformat())
            about.append(plural(pack.questions, "question"))
        about.append(pack.entry.source)
        lines.append(fit("  " + " · ".join(about), width))
        if not pack.loads:
            lines.append(f"  does not load: {terminal_safe(pack.problem)}")
        elif progress is not None:
            mine = progress.of(pack.pack_id) if pack.pack_id is not None else None
            lines.append("  " + progress_line(mine, today))
    if not packs:
        lines.append("No packs found.")
    lines.append("")
    lines.append(f"Your pack folder: {terminal_safe(folder)}")
    lines += textwrap.wrap(HOW_TO_ADD, width)
    lines.append("Play one with `newsquiz play NAME`.")
    if progress is None:
        lines.append("`newsquiz packs --player NAME` adds a player's best and last scores.")
    return "\n".join(lines) + "\n"


def progress_line(mine: PackProgress | None, today: date) -> str:
    """ "best 30/33 · last 28/33 · played yesterday", or "not played yet"."""
    from newsquiz.progress import played_when

    if mine is None or mine.last_played is None:
        return "not played yet"
    parts = [f"best {score_text(mine.best)}", f"last {score_text(mine.last)}"]
    parts.append(f"played {played_when(mine.last_played, today)}")
    if mine.days_in_a_row > 1:
        parts.append(f"{mine.days_in_a_row} days in a row")
    return " · ".join(parts)


def score_dict(score: Score | None) -> dict[str, Any] | None:
    return None if score is None else {"score": score.score, "questions": score.questions}


def progress_dict(mine: PackProgress | None) -> dict[str, Any]:
    if mine is None:
        return {"games": 0, "best": None, "last": None, "last_played": None, "days_in_a_row": 0}
    return {
        "games": mine.games,
        "best": score_dict(mine.best),
        "last": score_dict(mine.last),
        "last_played": mine.last_played.isoformat() if mine.last_played else None,
        "days_in_a_row": mine.days_in_a_row,
    }


def as_json(packs: list[PackDescription], progress: PlayerProgress | None, folder: str) -> str:
    import json

    from newsquiz.library import HOW_TO_ADD

    listed = []
    for pack in packs:
        item: dict[str, Any] = {
            "name": pack.entry.folder_name,
            "source": pack.entry.source,
            "path": str(pack.entry.path.parent),
            "id": pack.pack_id,
            "title": pack.title if pack.loads else None,
            "published": pack.published.isoformat() if pack.published else None,
            "questions": pack.questions if pack.loads else None,
            "problem": pack.problem or None,
        }
        if progress is not None:
            mine = progress.of(pack.pack_id) if pack.pack_id is not None else None
            item["progress"] = progress_dict(mine)
        listed.append(item)
    document = {
        "packs": listed,
        "your_pack_folder": folder,
        "how_to_add": HOW_TO_ADD,
        "player": progress.player if progress is not None else None,
    }
    # ensure_ascii: every character beyond ASCII (controls, bidi marks) written as an escape
    return json.dumps(document, indent=2) + "\n"
