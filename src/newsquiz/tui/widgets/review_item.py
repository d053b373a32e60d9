"""One line of an end-of-game review: a numbered verdict mark beside its text."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from newsquiz.session import Graded
from newsquiz.tui.render import VERDICT_CLASS, verdict_mark


class ReviewItem(Horizontal):
    """A numbered, marked entry; wrapped lines stay indented under its first line."""

    def __init__(self, number: int, record: Graded, body: Text) -> None:
        super().__init__(classes=VERDICT_CLASS[record.verdict.outcome])
        self.number = number
        self.record = record
        self.body = body

    @property
    def label(self) -> str:
        return f"{verdict_mark(self.record.verdict)} {self.number}."

    def compose(self) -> ComposeResult:
        yield Static(self.label, classes="review-label")
        yield Static(self.body, classes="review-body")
