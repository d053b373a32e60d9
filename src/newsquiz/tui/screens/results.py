"""The results of every kind of game: heading, summary, a review of each answer, replaying
what was missed, keys. A kind of game adds only how it sums up and reviews a record."""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from newsquiz.session import Graded
from newsquiz.tui.messages import NewGameRequested, ReplayRequested
from newsquiz.tui.render import format_duration, format_score, replay_label
from newsquiz.tui.widgets.key_bar import KeyBar
from newsquiz.tui.widgets.review_item import ReviewItem

if TYPE_CHECKING:
    from newsquiz.claims import FactCheckSession
    from newsquiz.session import Session


def addressed(player: str) -> Text:
    """ "Ana, you" or "You" (the name as plain text: it is the player's own typing)."""
    text = Text()
    if player:
        text.append(player, style="bold")
        text.append(", you")
    else:
        text.append("You")
    return text


def summary_line(player: str, right: int, of: int, what: str, score: float, seconds: float) -> Text:
    """ "Ana, you got 3 of 5 right   Score 3½ / 5   Time 1:02"."""
    text = addressed(player)
    text.append(f" got {right} of {of} {what}")
    text.append(f"   Score {format_score(score)} / {of}", style="bold")
    text.append(f"   Time {format_duration(seconds)}")
    return text


class ResultsScreen(Screen[None]):
    """A game's results; subclasses say how to sum up and review a record."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "replay", "Replay missed", id="replay-missed"),
        # One key, two bindings: the bar names what `m` will show (only one is active).
        Binding("m", "show_missed(True)", "Missed only", id="show-missed"),
        Binding("m", "show_missed(False)", "Show all", id="show-all"),
        Binding("n", "new_game", "New game", id="new-game"),
        Binding("f2,ctrl+o", "article", "Article", id="article"),
        Binding("q", "app.quit", "Quit", id="quit-results", show=False),
    ]
    HEADING = "Results"
    ITEMS = "answers"  # what the review lists

    def __init__(
        self,
        session: Session | FactCheckSession,
        *,
        player: str = "",
        recording: str = "",
        headline: Text | None = None,
    ) -> None:
        super().__init__()
        self.headline = headline  # a celebration above the summary ("New best!"), if any
        self.session = session
        self.pack = session.pack
        self.player = player
        self.records: list[Graded] = list(session.records)
        self.recording = recording  # where the answers went, said discreetly
        self.missed_only = False

    @property
    def replays(self) -> bool:
        """Whether this kind of game can replay what was missed."""
        return True

    @property
    def missed_records(self) -> list[Graded]:
        return [record for record in self.records if not record.verdict.correct]

    @abstractmethod
    def summary(self) -> Text: ...

    @abstractmethod
    def review(self, record: Graded) -> Text: ...

    def compose(self) -> ComposeResult:
        heading = Text(no_wrap=True, overflow="ellipsis", end="")
        heading.append(self.HEADING, style="bold")
        if self.session.is_replay:
            heading.append(f"  {replay_label(self.session.total)}", style="italic")
        heading.append(f"  {self.pack.title}")
        yield Static(heading, id="results-heading")
        if self.headline is not None:
            yield Static(self.headline, id="headline")
        yield Static(self.summary(), id="summary")
        if self.recording:
            yield Static(Text(self.recording), id="recording-note")
        yield Static(self.review_heading(), id="review-heading")
        with VerticalScroll(id="review"):
            for number, record in enumerate(self.records, start=1):
                yield ReviewItem(number, record, self.review(record))
        yield KeyBar()

    def review_heading(self) -> Text:
        """What the review shows now, and what `m` would show instead."""
        total, missed = len(self.records), len(self.missed_records)
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append("Review: ", style="bold")
        if not missed:
            text.append(f"all {total} {self.ITEMS}, every one right")
        elif missed == total:
            text.append(f"all {total} {self.ITEMS}, none right")
        elif self.missed_only:
            text.append(f"only the {missed} missed, of {total}")
            text.append("   m: show all", style="italic")
        else:
            text.append(f"all {total} {self.ITEMS}")
            text.append(f"   m: only the {missed} missed", style="italic")
        return text

    def on_mount(self) -> None:
        self.query_one("#review", VerticalScroll).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "replay":
            return self.replays and bool(self.session.missed())
        if action == "show_missed":
            # `m` toggles: only the binding for what it would show next is active; it has
            # nothing to toggle when every answer, or none, was missed.
            return self.has_both and parameters != (self.missed_only,)
        return True

    @property
    def has_both(self) -> bool:
        """Some answers right and some missed: only then can the review show fewer."""
        return 0 < len(self.missed_records) < len(self.records)

    def action_show_missed(self, missed_only: bool) -> None:
        if not self.has_both:
            return
        self.missed_only = missed_only
        for item in self.query(ReviewItem):
            item.display = not (missed_only and item.record.verdict.correct)
        heading = self.query_one("#review-heading", Static)
        heading.update(self.review_heading())
        heading.set_class(missed_only, "-missed-only")
        self.query_one("#review", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    def action_replay(self) -> None:
        if self.replays and self.session.missed():
            self.post_message(ReplayRequested(self.session.replay_missed()))

    def action_new_game(self) -> None:
        self.post_message(NewGameRequested())

    def action_article(self) -> None:
        from newsquiz.tui.screens.article import ArticleScreen

        self.app.push_screen(ArticleScreen(self.pack.article))
