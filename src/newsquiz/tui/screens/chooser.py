"""Choosing a pack: the bundled ones, the player's own, or any path typed in.

Each pack shows what it is about, its article's date, its questions and, once the results
store has answered, the player's best score and when they last played it.
"""

from __future__ import annotations

from collections.abc import Sequence
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

from newsquiz.library import (
    HOW_TO_ADD,
    PackDescription,
    PackEntry,
    available_packs,
    describe,
    find_pack,
    user_dir,
)
from newsquiz.pack import Problem
from newsquiz.progress import PackProgress, PlayerProgress, played_when, player_progress
from newsquiz.store.base import RunSummary
from newsquiz.tui.messages import PackChosen
from newsquiz.tui.render import format_score
from newsquiz.tui.widgets.answer_input import AnswerInput
from newsquiz.tui.widgets.key_bar import KeyBar

YOURS = "yours"


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def score_text(progress: PackProgress) -> str:
    best = progress.best
    return f"best {format_score(best.score)}/{best.questions}" if best is not None else ""


def entry_prompt(
    entry: PackEntry,
    described: PackDescription | None,
    progress: PackProgress | None = None,
    today: date | None = None,
) -> Text:
    """Two lines: the pack's title; its date, questions, whose it is and how the player
    did ("13 May 2022 · 43 questions · best 40/43 · played yesterday")."""
    text = Text()
    if described is None or not described.loads:
        text.append(entry.folder_name, style="bold")
    else:
        text.append(described.title, style="bold")
    if described is None:
        details = ["…"]
    elif not described.loads:
        details = [f"does not load: {folder_relative(described)}"]
    else:
        details = []
        if described.published is not None:
            details.append(short_date(described.published))
        details.append(f"{described.questions} question{'s' * (described.questions != 1)}")
        if entry.source == YOURS:
            details.append(YOURS)
        if progress is not None and progress.last_played is not None:
            details += [
                score_text(progress),
                f"played {played_when(progress.last_played, today or date.today())}",
            ]
    text.append("\n  " + " · ".join(d for d in details if d), style="dim")
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
    class GamesWanted(Message):
        """The chooser would show the player's best scores: the app reads their games."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[PackEntry] = []
        self.described: dict[Path, PackDescription] = {}
        self.progress: PlayerProgress | None = None
        self._games: tuple[str, Sequence[RunSummary], date] | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text("Choose a pack to play", style="bold"), id="chooser-title")
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
        if len(self.described) == len(self.entries) and self._games is not None:
            self.show_games(*self._games)  # the best scores need every pack's questions
        else:
            self.show_entry(self.entries.index(entry))

    def show_games(self, player: str, games: Sequence[RunSummary], today: date) -> None:
        """The player's games, as the app read them: best scores and when last played."""
        self._games = (player, games, today)
        if len(self.described) < len(self.entries):
            return  # shown once every pack is loaded
        sizes = {d.pack_id: d.questions for d in self.described.values() if d.pack_id}
        self.progress = player_progress(player, games, today=today, questions_in_pack=sizes)
        for index in range(len(self.entries)):
            self.show_entry(index)

    def show_entry(self, index: int) -> None:
        entry = self.entries[index]
        described = self.described.get(entry.path)
        progress = None
        if self.progress is not None and described is not None and described.pack_id:
            progress = self.progress.of(described.pack_id)
        today = self._games[2] if self._games is not None else None
        self.query_one("#packs", OptionList).replace_option_prompt(
            str(index), entry_prompt(entry, described, progress, today)
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
            self.show_problems(
                (
                    f"No pack at `{name}`: give a pack folder, its pack.yaml, or a bundled pack name.",
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
