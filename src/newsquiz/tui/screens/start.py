"""The start screen: what the pack is about, who plays, and how."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

from newsquiz.facts.text import plural
from newsquiz.pack import Pack
from newsquiz.tui.due import CountsDue, DueFound, due_label
from newsquiz.tui.host import host_of
from newsquiz.tui.messages import StartRequested
from newsquiz.tui.modes import DRILL, MODES, REVIEW
from newsquiz.tui.options import GameOptions
from newsquiz.tui.render import article_byline
from newsquiz.tui.screens.help import HOW_TO_PLAY as GAME_RULES
from newsquiz.tui.widgets.answer_input import AnswerInput
from newsquiz.tui.widgets.key_bar import KeyBar
from newsquiz.tui.widgets.mode_list import ModeList
from newsquiz.tui.widgets.start_button import StartButton


def drill_line(options: GameOptions, questions: int) -> str:
    """The drill's rules as set on the command line: "Drill: 4 questions, 20 seconds each"."""
    count = min(options.count or questions, questions)
    parts = [f"Drill: {plural(count, 'question')}"]
    if options.time_limit is not None:
        parts.append(f"{options.time_limit:g} seconds each")
    parts.append(f"up to {options.tries} tries")
    return ", ".join(parts)


def same_words(first: str, second: str) -> bool:
    """Whether two lines say the same, whatever their case, spacing or closing stop (a pack
    titled with its article's headline shows it once)."""

    def words(text: str) -> list[str]:
        return text.casefold().rstrip(" .!?").split()

    return words(first) == words(second)


START_HINT = "or press Enter · ↑ ↓ to choose a mode"

# Below this many rows the screen drops its blank lines and keeps the headline to one line,
# so that Start is on screen at 60×20 without scrolling (Textual has no media queries).
FULL_HEIGHT = 24


class StartScreen(Screen[None]):
    # Help (F1) shows these rules: the mode list and the name box take keys no binding lists.
    HOW_TO_PLAY = (
        "Type your name (optional: it keeps your best scores and what is due for review) and "
        "your class or group. ↑ ↓ choose the mode; Enter or Ctrl+S starts. " + GAME_RULES
    )
    AUTO_FOCUS = "#player"  # focused as the screen is composed: one style pass, not two
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start", "Start", id="start"),
        Binding("f2,ctrl+o", "article", "Read the article", id="article"),
        # Enter starts from anywhere on the screen: the text boxes and the button say so
        # themselves; this is the mode list's.
        Binding("enter", "start", "Start", id="start-enter", show=False),
        # The arrows choose the mode from anywhere (the text boxes have no use for them), so
        # a player typing their name need not Tab past the group to the list.
        Binding("up", "mode(-1)", "Previous mode", show=False),
        Binding("down", "mode(1)", "Next mode", show=False),
    ]

    def __init__(self, pack: Pack, options: GameOptions, *, recording: str = "") -> None:
        super().__init__()
        self.pack = pack
        self.options = options
        self.recording = recording  # where answers go, said discreetly

    def compose(self) -> ComposeResult:
        # Everything fits 80×24 without scrolling: one-row inputs, a borderless mode list;
        # and 60×20, closer together. Set before the first style pass, not after it.
        self.set_class(self.app.size.height < FULL_HEIGHT, "-short")
        article = self.pack.article
        count = len(self.pack.questions)
        with VerticalScroll(id="start"):
            yield Static(Text(self.pack.title), id="pack-title")
            if not same_words(self.pack.title, article.headline):
                yield Static(Text(article.headline), id="headline")
            meta = " · ".join(
                part for part in (article_byline(article), plural(count, "question")) if part
            )
            yield Static(Text(meta), id="meta")
            with Horizontal(classes="start-row"):
                yield Static("Name", classes="field-label")
                yield AnswerInput(
                    self.options.player,
                    placeholder=self.name_hint(self.options.mode),
                    id="player",
                    max_length=40,
                    compact=True,
                )
                yield Static("Class or group", classes="field-label", id="group-label")
                yield AnswerInput(
                    self.options.group,
                    placeholder="e.g. 9b",
                    id="group",
                    max_length=40,
                    compact=True,
                )
            yield ModeList(MODES, self.options.mode, id="mode")
            rules = Static(Text(drill_line(self.options, count)), id="drill-rules")
            rules.display = self.options.mode == DRILL.id
            yield rules
            with Horizontal(classes="start-row"):
                yield StartButton("Start", id="start-button")
                yield Static(START_HINT, classes="field-label", id="start-hint")
            if self.recording:
                yield Static(Text(self.recording), id="recording-note")
        yield KeyBar()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.height < FULL_HEIGHT, "-short")

    @staticmethod
    def name_hint(mode: str) -> str:
        return "needed for a drill" if mode == DRILL.id else "optional"

    def on_mount(self) -> None:
        # AUTO_FOCUS does nothing while the app itself lacks focus (a browser tab not yet
        # clicked); the name box must still take the first keys typed.
        self.query_one("#player", AnswerInput).focus()
        # The Review mode says how many facts are due for the name typed, as it changes.
        self.watch(self.query_one("#player", AnswerInput), "value", self.count_due)

    def hold(self, held: bool = True) -> None:
        """The game starts once the store is open: until then, nothing typed can change
        who plays (a first answer typed too soon must not become the player's name)."""
        for widget in self.query("#player, #group, #mode, #start-button"):
            widget.disabled = held
        hint = "Opening the results database…" if held else START_HINT
        self.query_one("#start-hint", Static).update(hint)

    def on_screen_resume(self) -> None:
        # Back from a game: recording may have been turned off, or answers left pending.
        host = host_of(self.app)
        notes = self.query("#recording-note")
        if host is not None and notes:
            self.recording = host.recording_note()
            notes.first(Static).update(Text(self.recording))
        self.count_due()  # a round just played has moved the review's schedule

    def count_due(self, _typed: str = "") -> None:
        if isinstance(self.app, CountsDue):
            player = self.query_one("#player", AnswerInput).value.strip()
            self.app.count_due(self.pack, player, self.show_due)

    def show_due(self, found: DueFound) -> None:
        if found.player == self.query_one("#player", AnswerInput).value.strip():  # not stale
            self.query_one("#mode", ModeList).note(REVIEW.id, due_label(found.standing))

    def on_mode_list_changed(self, event: ModeList.Changed) -> None:
        event.stop()
        mode = event.mode.id
        self.query_one("#drill-rules").display = mode == DRILL.id
        self.query_one("#player", AnswerInput).placeholder = self.name_hint(mode)

    def action_mode(self, step: int) -> None:
        self.query_one("#mode", ModeList).action_move(step)

    def chosen_mode(self) -> str:
        return self.query_one("#mode", ModeList).mode.id

    def action_start(self) -> None:
        player = self.query_one("#player", AnswerInput).value.strip()
        mode = self.chosen_mode()
        if mode == DRILL.id and not player:
            # A drill is for a class: the teacher reads its results by name.
            self.query_one("#player", AnswerInput).focus()
            self.notify("Type your name first: your teacher sees drill results by name.")
            return
        options = replace(
            self.options,
            player=player,
            group=self.query_one("#group", AnswerInput).value.strip(),
            mode=mode,
        )
        self.post_message(StartRequested(options))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_start()

    def on_start_button_pressed(self, event: StartButton.Pressed) -> None:
        event.stop()
        self.action_start()

    def action_article(self) -> None:
        from newsquiz.tui.screens.article import ArticleScreen

        self.app.push_screen(ArticleScreen(self.pack.article))


class ChosenPackStartScreen(StartScreen):
    """The start screen of a pack picked in the chooser: Escape goes back to pick another.

    (A pack named on the command line has nothing to go back to, so its screen has no such key.)
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Other packs", id="back"),
    ]

    def action_back(self) -> None:
        self.dismiss()
