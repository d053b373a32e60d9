"""Choosing a pack: the bundled ones, the player's own, or any path typed in.

Each pack shows what it is about, its article's date, its questions and, once the results
store has answered, how many of its facts are due for review, the player's best score and
when they last played it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from newsquiz.facts.text import plural, printable
from newsquiz.library import (
    HOW_TO_ADD,
    PackDescription,
    PackEntry,
    available_packs,
    closest_pack,
    describe,
    find_pack,
    user_dir,
)
from newsquiz.pack import Problem
from newsquiz.progress import PackProgress, PlayerProgress, played_when, player_progress
from newsquiz.tui.celebration import score_of
from newsquiz.tui.messages import PackChosen
from newsquiz.tui.progress_control import GamesRead
from newsquiz.tui.screens.help import HOW_TO_PLAY as GAME_RULES
from newsquiz.tui.widgets.answer_input import AnswerInput
from newsquiz.tui.widgets.key_bar import KeyBar

YOURS = "yours"


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def score_text(progress: PackProgress) -> str:
    best = progress.best
    return f"best {score_of(best)}" if best is not None else ""


def entry_prompt(
    entry: PackEntry,
    described: PackDescription | None,
    progress: PackProgress | None = None,
    today: date | None = None,
    due: int = 0,
) -> Text:
    """Two lines: the pack's title; its date, questions, whose it is and how the player
    stands ("13 May 2022 · 43 questions · 3 due · best 40/43 · played yesterday").

    The facts due come before the scores: they are what a return visit is for, and a
    narrow terminal cuts the line from its end."""
    text = Text()
    if described is None or not described.loads:
        text.append(entry.folder_name, style="bold")
    else:
        text.append(described.title, style="bold")
    details: list[Text] = []
    if described is None:
        details.append(Text("…", style="dim"))
    elif not described.loads:
        details.append(Text(f"does not load: {folder_relative(described)}", style="dim"))
    else:
        if described.published is not None:
            details.append(Text(short_date(described.published), style="dim"))
        count = described.questions
        details.append(Text(plural(count, "question"), style="dim"))
        if entry.source == YOURS:
            details.append(Text(YOURS, style="dim"))
        if due:
            details.append(Text(f"{due} due", style="bold"))  # not dimmed: something to do
        if progress is not None and progress.last_played is not None:
            when = played_when(progress.last_played, today or date.today())
            details += [Text(score_text(progress), style="dim"), Text(f"played {when}", "dim")]
    text.append("\n  ")
    text.append_text(Text(" · ", style="dim").join(d for d in details if d))
    return text


def folder_relative(described: PackDescription) -> str:
    """The pack's first problem, its file named from the pack folder (which the list names)."""
    folder = f"{described.entry.path.parent}/"
    return described.problem.replace(folder, "")


def home_relative(folder: Path) -> str:
    """`~/…` for a folder in the player's home: shorter, and what they would type."""
    try:
        return f"~/{folder.relative_to(Path.home())}"
    except ValueError:
        return str(folder)


def your_folder_text(folder: Path) -> Text:
    """Where the player's own packs go, and how one gets there."""
    text = Text("Your own packs: ")
    text.append(home_relative(folder), style="bold")
    text.append(f"\n{HOW_TO_ADD}")
    return text


class PackChooserScreen(Screen[None]):
    # Help (F1) shows these rules: the list takes ↑ ↓ and Enter itself, so no binding lists them.
    HOW_TO_PLAY = (
        "Choose a pack with ↑ ↓ and press Enter, or type a pack folder, its pack.yaml or a "
        "pack's name in the box under the list and press Enter. Your own packs go in the "
        "folder named under the list: `newsquiz new` makes one from an article. " + GAME_RULES
    )

    class GamesWanted(Message):
        """The chooser would show the player's best scores: the app reads their games."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[PackEntry] = []
        self.described: dict[Path, PackDescription] = {}
        self.progress: PlayerProgress | None = None
        self.due: dict[str, int] = {}  # facts due for review, by pack id
        self._read: GamesRead | None = None

    def compose(self) -> ComposeResult:
        # The list takes Enter itself, so the key bar cannot say it: the title does.
        title = Text.assemble(("Choose a pack to play", "bold"), (" with ↑ ↓ and Enter", "dim"))
        yield Static(title, id="chooser-title")
        yield OptionList(id="packs")
        with Horizontal(id="path-row"):
            yield Static("Or type a folder or name:", classes="field-label")
            yield AnswerInput(placeholder="path/to/pack", id="path", compact=True)
        with VerticalScroll(id="problems-box"):
            yield Static(id="problems")
        yield Static(your_folder_text(user_dir()), id="your-folder")
        yield KeyBar()

    def on_mount(self) -> None:
        self.entries = available_packs()
        packs = self.query_one("#packs", OptionList)
        packs.add_options(
            Option(entry_prompt(entry, None), id=str(i)) for i, entry in enumerate(self.entries)
        )
        if not self.entries:
            packs.add_option(Option(Text("No packs found: type a path below."), disabled=True))
        else:
            packs.highlighted = 0  # Enter plays the first pack; the arrows pick another
        self.query_one("#problems-box").display = False
        packs.focus()
        self.describe_packs()

    def on_screen_resume(self) -> None:
        # First shown, or back from a game: the player's scores may have changed.
        self.post_message(self.GamesWanted())

    @work(thread=True, exclusive=True, group="describe")
    def describe_packs(self) -> None:
        """Load every listed pack in a thread to show its title (the list appears at once)."""
        for entry in self.entries:
            described = describe(entry)
            self.app.call_from_thread(self.show_described, entry, described)

    def show_described(self, entry: PackEntry, described: PackDescription) -> None:
        self.described[entry.path] = described
        if len(self.described) == len(self.entries) and self._read is not None:
            self.show_games(self._read)  # the best scores need every pack's questions
        else:
            self.show_entry(self.entries.index(entry))

    def show_games(self, read: GamesRead) -> None:
        """The player's games and review schedule, as the app read them: the facts due,
        best scores and when last played."""
        self._read = read
        if len(self.described) < len(self.entries):
            return  # shown once every pack is loaded
        packs = [d.pack for d in self.described.values() if d.pack is not None]
        sizes = {pack.id: len(pack.questions) for pack in packs}
        self.progress = player_progress(
            read.player, read.games, today=read.today, questions_in_pack=sizes
        )
        schedule = read.schedule
        # Counting is a few lookups a question: the store was read (and FSRS replayed) in
        # the app's thread.
        self.due = {
            pack.id: schedule.standing(pack, read.now).due if schedule is not None else 0
            for pack in packs
        }
        for index in range(len(self.entries)):
            self.show_entry(index)

    def show_entry(self, index: int) -> None:
        entry = self.entries[index]
        described = self.described.get(entry.path)
        progress, due = None, 0
        if described is not None and described.pack_id:
            due = self.due.get(described.pack_id, 0)
            if self.progress is not None:
                progress = self.progress.of(described.pack_id)
        today = self._read.today if self._read is not None else None
        self.query_one("#packs", OptionList).replace_option_prompt(
            str(index), entry_prompt(entry, described, progress, today, due)
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        entry = self.entries[int(event.option.id)]
        self.open(entry.path)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = event.value.strip()
        if not name:
            return
        path = find_pack(name)
        if path is None:
            close = closest_pack(name, self.entries)
            hint = f" Did you mean `{close}`?" if close else ""
            self.show_problems(
                (
                    f"No pack at `{printable(name)}`.{hint} Give a pack folder, its pack.yaml, "
                    "or a pack's name from the list.",
                )
            )
            return
        self.open(path)

    def open(self, path: Path) -> None:
        described = self.described.get(path)
        if described is None:
            described = describe(PackEntry(path, "typed"))
        if described.pack is None:
            self.show_problems(described.problems)
            return
        self.query_one("#problems-box").display = False
        self.post_message(PackChosen(described.pack))

    def show_problems(self, problems: tuple[str, ...] | list[Problem]) -> None:
        lines = [p if isinstance(p, str) else p.format() for p in problems]
        self.query_one("#problems", Static).update(
            Text("\n".join(lines) or "This pack does not load.")
        )
        self.query_one("#problems-box").display = True
