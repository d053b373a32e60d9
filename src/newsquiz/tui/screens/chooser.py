"""Choosing a pack: the bundled ones, the player's own, or any path typed in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from newsquiz.library import PackEntry, available_packs, find_pack
from newsquiz.pack import Pack, PackError, Problem
from newsquiz.pack.cache import load_pack_cached
from newsquiz.tui.messages import PackChosen
from newsquiz.tui.widgets.answer_input import AnswerInput
from newsquiz.tui.widgets.key_bar import KeyBar

SOURCE_LABEL = {"bundled": "bundled", "yours": "your pack folder"}


@dataclass(frozen=True)
class Loaded:
    """A pack, or why it would not load."""

    pack: Pack | None
    problems: tuple[str, ...] = ()


def load(path: Path) -> Loaded:
    try:
        return Loaded(load_pack_cached(path))
    except PackError as err:
        return Loaded(None, tuple(p.format() for p in err.problems))


def entry_prompt(entry: PackEntry, loaded: Loaded | None) -> Text:
    text = Text()
    if loaded is not None and loaded.pack is not None:
        pack = loaded.pack
        text.append(pack.title, style="bold")
        count = len(pack.questions)
        detail = f"{entry.folder_name} · {count} question{'s' * (count != 1)}"
    elif loaded is not None:
        text.append(entry.folder_name, style="bold")
        detail = "does not load: choose it to see why"
    else:
        text.append(entry.folder_name, style="bold")
        detail = "…"
    text.append(f"\n  {detail} · {SOURCE_LABEL.get(entry.source, entry.source)}", style="dim")
    return text


class PackChooserScreen(Screen[None]):
    def __init__(self) -> None:
        super().__init__()
        self.entries: list[PackEntry] = []
        self.loaded: dict[Path, Loaded] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text("Choose a pack to play", style="bold"), id="chooser-title")
        yield OptionList(id="packs")
        yield Label("…or type a pack folder, its pack.yaml, or a pack name:", classes="field-label")
        yield AnswerInput(placeholder="path/to/pack", id="path")
        with VerticalScroll(id="problems-box"):
            yield Static(id="problems")
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

    @work(thread=True, exclusive=True, group="describe")
    def describe_packs(self) -> None:
        """Load every listed pack in a thread to show its title (the list appears at once)."""
        for entry in self.entries:
            loaded = load(entry.path)
            self.app.call_from_thread(self.show_loaded, entry, loaded)

    def show_loaded(self, entry: PackEntry, loaded: Loaded) -> None:
        self.loaded[entry.path] = loaded
        index = self.entries.index(entry)
        self.query_one("#packs", OptionList).replace_option_prompt(
            str(index), entry_prompt(entry, loaded)
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
        loaded = self.loaded.get(path)
        if loaded is None:
            loaded = load(path)
        if loaded.pack is None:
            self.show_problems(loaded.problems)
            return
        self.query_one("#problems-box").display = False
        self.post_message(PackChosen(loaded.pack))

    def show_problems(self, problems: tuple[str, ...] | list[Problem]) -> None:
        lines = [p if isinstance(p, str) else p.format() for p in problems]
        self.query_one("#problems", Static).update(
            Text("\n".join(lines) or "This pack does not load.")
        )
        self.query_one("#problems-box").display = True
