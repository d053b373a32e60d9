"""The start screen: what the pack is about, who plays, and how."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, RadioButton, RadioSet, Static

from newsquiz.pack import Pack
from newsquiz.tui.messages import StartRequested
from newsquiz.tui.modes import DRILL, MODES
from newsquiz.tui.options import GameOptions
from newsquiz.tui.render import article_byline
from newsquiz.tui.widgets.answer_input import AnswerInput


def drill_line(options: GameOptions, questions: int) -> str:
    """The drill's rules as set on the command line: "Drill: 4 questions, 20 seconds each"."""
    count = min(options.count or questions, questions)
    parts = [f"Drill: {count} question{'s' * (count != 1)}"]
    if options.time_limit is not None:
        parts.append(f"{options.time_limit:g} seconds each")
    parts.append(f"up to {options.tries} tries")
    return ", ".join(parts)


class StartScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start", "Start", id="start"),
        Binding("f2,ctrl+o", "article", "Read the article", id="article"),
        Binding("escape", "back", "Other packs", id="back"),
    ]

    def __init__(self, pack: Pack, options: GameOptions, *, recording: str = "") -> None:
        super().__init__()
        self.pack = pack
        self.options = options
        self.recording = recording  # where answers go, said discreetly

    def compose(self) -> ComposeResult:
        article = self.pack.article
        with VerticalScroll(id="start"):
            yield Static(Text(self.pack.title), id="pack-title")
            yield Static(Text(article.headline), id="headline")
            count = len(self.pack.questions)
            meta = " · ".join(
                part
                for part in (article_byline(article), f"{count} question{'s' * (count != 1)}")
                if part
            )
            yield Static(Text(meta), id="meta")
            if self.options.mode == DRILL.id:
                yield Static(Text(drill_line(self.options, count)), id="drill-rules")
            if self.recording:
                yield Static(Text(self.recording), id="recording-note")
            yield Label("Your name (Enter starts the game)", classes="field-label")
            yield AnswerInput(
                self.options.player,
                placeholder="your name"
                if self.options.mode == DRILL.id
                else "your name (optional)",
                id="player",
                max_length=40,
            )
            yield Label("Mode", classes="field-label")
            with RadioSet(id="mode"):
                for mode in MODES:
                    yield RadioButton(
                        Text(f"{mode.label} — {mode.description}"),
                        value=mode.id == self.options.mode,
                        name=mode.id,
                    )
            yield Label("Class or group (optional)", classes="field-label")
            yield AnswerInput(
                self.options.group,
                placeholder="for example 9b",
                id="group",
                max_length=40,
            )
            yield Button("Start", variant="primary", id="start-button")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#player", AnswerInput).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            # Only when the pack was picked from the chooser beneath this screen.
            from newsquiz.tui.screens.chooser import PackChooserScreen

            return any(isinstance(s, PackChooserScreen) for s in self.app.screen_stack)
        return True

    def chosen_mode(self) -> str:
        pressed = self.query_one("#mode", RadioSet).pressed_button
        if pressed is not None and pressed.name:
            return pressed.name
        return self.options.mode

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

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_start()

    def action_back(self) -> None:
        self.dismiss()

    def action_article(self) -> None:
        from newsquiz.tui.screens.article import ArticleScreen

        self.app.push_screen(ArticleScreen(self.pack.article))
