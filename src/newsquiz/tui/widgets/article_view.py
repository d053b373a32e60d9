"""The article with line numbers; cited lines can be marked once they may be shown."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from newsquiz.pack import Article, Citation
from newsquiz.tui.render import QUOTE_STYLE, article_credit


class ArticleLine(Horizontal):
    """One line of the article file: its number in a gutter, the paragraph beside it."""

    def __init__(self, number: int, paragraph: str) -> None:
        super().__init__(id=f"line-{number}")
        self.number = number
        self.paragraph = paragraph

    def compose(self) -> ComposeResult:
        yield Static(str(self.number), classes="gutter")
        yield Static(Text(self.paragraph), classes="paragraph")

    def mark(self, spans: list[tuple[int, int]]) -> None:
        """Mark this line as cited, highlighting the quoted spans; no spans clears the mark."""
        self.set_class(bool(spans), "-cited")
        gutter = f"▶{self.number}" if spans else str(self.number)
        self.query_one(".gutter", Static).update(gutter)
        text = Text(self.paragraph)
        for start, end in spans:
            text.stylize(QUOTE_STYLE, start, end)
        self.query_one(".paragraph", Static).update(text)


class ArticleView(VerticalScroll):
    """The whole article, scrollable, one numbered line per paragraph."""

    def __init__(
        self,
        article: Article,
        cited: Iterable[Citation] = (),
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.article = article
        self._cited = tuple(cited)

    def compose(self) -> ComposeResult:
        for number, paragraph in enumerate(self.article.paragraphs, start=1):
            # Blank lines keep their numbers (citations count them) but take no room.
            line = ArticleLine(number, paragraph)
            if not paragraph.strip():
                line.add_class("-blank")
            yield line
        # The attribution its licence asks for travels with the text, after its last line.
        credit = article_credit(self.article)
        if credit:
            yield Static(Text(credit), classes="article-credit")

    def on_mount(self) -> None:
        if self._cited:
            self.mark(self._cited)

    @property
    def marked_lines(self) -> tuple[int, ...]:
        """Numbers of the lines marked as cited, in order."""
        return tuple(line.number for line in self.query(ArticleLine) if line.has_class("-cited"))

    def mark(self, citations: Iterable[Citation]) -> None:
        """Mark exactly these citations' lines (an empty iterable clears every mark)."""
        self._cited = tuple(citations)
        spans: dict[int, list[tuple[int, int]]] = {}
        for citation in self._cited:
            spans.setdefault(citation.line, []).append((citation.start, citation.end))
        for line in self.query(ArticleLine):
            wanted = spans.get(line.number, [])
            if wanted or line.has_class("-cited"):
                line.mark(wanted)
        first = min(spans, default=None)
        if first is not None:
            self.scroll_to_widget(self.query_one(f"#line-{first}", ArticleLine), animate=False)
