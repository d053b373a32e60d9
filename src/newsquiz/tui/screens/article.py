"""The whole article, to read at any time."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from newsquiz.pack import Article, Citation
from newsquiz.tui.render import article_byline
from newsquiz.tui.widgets.article_view import ArticleView
from newsquiz.tui.widgets.key_bar import KeyBar


class ArticleScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f2,ctrl+o,q", "close", "Back", id="close"),
    ]

    def __init__(self, article: Article, cited: Iterable[Citation] = ()) -> None:
        super().__init__()
        self.article = article
        self.cited = tuple(cited)

    def compose(self) -> ComposeResult:
        # One line: what was cited first, so a narrow terminal cuts the byline, not that.
        heading = Text(no_wrap=True, overflow="ellipsis", end="")
        heading.append("The article", style="bold")
        if self.cited:
            lines = ", ".join(str(n) for n in sorted({c.line for c in self.cited}))
            heading.append(f"   ▶ cited: line {lines}", style="italic")
        byline = article_byline(self.article)
        if byline:
            heading.append(f"   {byline}")
        yield Static(heading, id="article-heading")
        yield ArticleView(self.article, self.cited, id="article")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()

    def action_close(self) -> None:
        self.dismiss()
