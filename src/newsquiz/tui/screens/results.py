"""What every end-of-game screen shares: heading, summary, a review of each answer, keys."""

from __future__ import annotations

from abc import abstractmethod
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from newsquiz.pack.model import Pack
from newsquiz.session import Graded
from newsquiz.tui.messages import NewGameRequested
from newsquiz.tui.widgets.key_bar import KeyBar
from newsquiz.tui.widgets.review_item import ReviewItem


class ResultsScreen(Screen[None]):
    """A game's results; subclasses say how to sum up and review, and how to replay."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "replay", "Replay missed", id="replay-missed"),
        Binding("n", "new_game", "New game", id="new-game"),
        Binding("f2,ctrl+o", "article", "Article", id="article"),
        Binding("q", "app.quit", "Quit", id="quit-results", show=False),
    ]
    HEADING = "Results"

    def __init__(self, pack: Pack, records: list[Graded], *, recording: str = "") -> None:
        super().__init__()
        self.pack = pack
        self.records = records
        self.recording = recording  # where the answers went, said discreetly

    @abstractmethod
    def summary(self) -> Text: ...

    @abstractmethod
    def review(self, record: Graded) -> Text: ...

    def compose(self) -> ComposeResult:
        heading = Text(self.HEADING, style="bold")
        heading.append(f"  {self.pack.title}", style="not bold")
        heading.no_wrap = True
        heading.overflow = "ellipsis"
        yield Static(heading, id="results-heading")
        yield Static(self.summary(), id="summary")
        if self.recording:
            yield Static(Text(self.recording), id="recording-note")
        with VerticalScroll(id="review"):
            for number, record in enumerate(self.records, start=1):
                yield ReviewItem(number, record, self.review(record))
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#review", VerticalScroll).focus()

    def action_new_game(self) -> None:
        self.post_message(NewGameRequested())

    def action_article(self) -> None:
        from newsquiz.tui.screens.article import ArticleScreen

        self.app.push_screen(ArticleScreen(self.pack.article))
