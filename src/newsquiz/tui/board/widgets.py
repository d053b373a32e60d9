"""The board's widgets: the players' table and the class's bars, weakest question first.

Everything a player typed reaches the screen as `rich.text.Text` built from `printable`
strings, never as markup: a name like `[bold]` is shown as those seven characters.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget
from textual.widgets import DataTable

from newsquiz.facts.text import plural, printable
from newsquiz.tui.board.progress import Status
from newsquiz.tui.board.state import BoardState, PlayerRow, QuestionBar

FULL, EMPTY = "█", "░"
DISPUTE_MARK = "⚑"
NAME_WIDTH = 20  # longer names end in "…" so one student cannot push the table off screen
PROGRESS_WIDTH = 8
PROGRESS_STYLE = "bold cyan"  # how far is not how well: no red for a slow reader


def bar(share: float, width: int) -> str:
    filled = round(max(0.0, min(1.0, share)) * width)
    return FULL * filled + EMPTY * (width - filled)


def share_style(share: float) -> str:
    """Red for what most of the class missed, amber for shaky, green for known."""
    if share < 0.5:
        return "bold red"
    if share < 0.8:
        return "bold yellow"
    return "bold green"


def clipped(text: str, width: int) -> str:
    text = printable(text)
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def format_score(score: float) -> str:
    return f"{round(score, 2):g}"


def progress_cell(row: PlayerRow) -> Text:
    """`4/6 █████░░░`: questions settled against the game's own length (`4/?` until it is
    known)."""
    if row.progress is None:
        return Text(f"{row.settled:>2}/?  ").append("·" * PROGRESS_WIDTH, style="dim")
    cell = Text(f"{row.settled:>2}/{row.length:<2} ")
    filled = bar(row.progress, PROGRESS_WIDTH)
    cell.append(filled.rstrip(EMPTY), style=PROGRESS_STYLE)
    cell.append(EMPTY * filled.count(EMPTY), style="dim")
    return cell


STATUS_STYLES = {
    Status.FINISHED: "bold green",
    Status.PLAYING: "cyan",
    Status.IDLE: "yellow",
}


def status_cell(row: PlayerRow) -> Text:
    """finished, playing, or idle with how long (`idle 7m`): a hand up, or a tab elsewhere."""
    text = row.status.value
    if row.status is Status.IDLE:
        minutes = int(row.quiet.total_seconds() // 60)
        text += f" {minutes}m" if minutes < 60 else f" {minutes // 60}h"
    return Text(text, style=STATUS_STYLES[row.status])


class PlayersTable(DataTable[Text]):
    """One row per student's latest game: name, group, how far, what now, score, right."""

    def __init__(self, *, with_group: bool = True, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="none", zebra_stripes=True)
        self.with_group = with_group  # not when the board shows one group only

    def on_mount(self) -> None:
        self.add_column(Text("Player"), key="player")
        if self.with_group:
            self.add_column(Text("Group"), key="group")
        self.add_column(Text("Progress"), key="progress")
        self.add_column(Text("Now"), key="status")
        self.add_column(Text("Score", justify="right"), key="score")
        self.add_column(Text("Right", justify="right"), key="right")

    def show(self, state: BoardState) -> None:
        self.clear()
        for row in state.players:
            cells = [Text(clipped(row.player, NAME_WIDTH))]
            if self.with_group:
                cells.append(Text(clipped(row.group, 8)))
            cells += [
                progress_cell(row),
                status_cell(row),
                Text(format_score(row.score), justify="right"),
                # right first time, of the questions met
                Text(f"{row.right_first_time}/{row.asked}", justify="right"),
            ]
            self.add_row(*cells)


ROOM_FOR_ONE_LINE = 70  # narrower, a question's wrong answer goes on a line of its own


class QuestionBars(Widget):
    """The class's share right first time per question, as bars, weakest first, each with
    its open disputes and the wrong answer typed most often."""

    DEFAULT_CSS = """
    QuestionBars { height: auto; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.bars: tuple[QuestionBar, ...] = ()

    def show(self, state: BoardState) -> None:
        self.bars = state.questions
        self.refresh(layout=True)

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return max(1, len(self.lines(width)))

    def render(self) -> Text:
        if not self.bars:
            return Text("No answers yet.", style="italic")
        return Text("\n", no_wrap=True, overflow="ellipsis").join(
            self.lines(self.content_size.width or 60)
        )

    def lines(self, width: int) -> list[Text]:
        """One line a question (the label, the bar, "  53%  8/15", then what was typed
        wrong), or two on a narrow panel, the wrong answer indented under its bar."""
        if not self.bars:
            return []
        counts_width = max(len(f"{b.right_first_time}/{b.first_attempts}") for b in self.bars)
        bar_width = max(8, min(24, width // 4))
        wrong = [wrong_part(b) for b in self.bars]
        beside = width >= ROOM_FOR_ONE_LINE  # the wrong answer on the bar's line
        wrong_width = min(max(len(w) for w in wrong), max(12, width // 4)) if beside else 0
        label_width = max(6, width - bar_width - counts_width - wrong_width - 9)
        lines: list[Text] = []
        for question, mistake in zip(self.bars, wrong, strict=True):
            line = Text(clipped(question.label, label_width).ljust(label_width) + " ")
            style = share_style(question.share)
            filled = bar(question.share, bar_width)
            line.append(filled.rstrip(EMPTY), style=style)
            line.append(EMPTY * filled.count(EMPTY), style="dim")
            line.append(f" {question.share:>4.0%}", style=style)
            counts = f"{question.right_first_time}/{question.first_attempts}"
            line.append(" " + counts.rjust(counts_width), style="dim")
            if mistake and beside:
                line.append(" " + clipped(mistake, wrong_width), style="italic")
            lines.append(line)
            if mistake and not beside:
                lines.append(Text("    " + clipped(mistake, width - 4), style="italic"))
        return lines


def one_line(text: str) -> str:
    """A player's answer on one line of the board: controls dropped, line breaks as spaces."""
    return " ".join(printable(text).split())


def wrong_part(question: QuestionBar) -> str:
    """`⚑1 ✗ two hours ×3`: open disputes, and the wrong answer typed most often."""
    parts = []
    if question.open_disputes:
        parts.append(f"{DISPUTE_MARK}{question.open_disputes}")
    if question.common_wrong is not None:
        wrong = question.common_wrong
        parts.append(f"✗ {one_line(wrong.answer)} ×{wrong.count}")
    return " ".join(parts)


TITLE_AT_LEAST = 12  # characters of the pack's title kept however much else is said


class BoardHeader(Widget):
    """What is shown and when it was read; the title gives way first on a narrow screen."""

    DEFAULT_CSS = """
    BoardHeader { height: 1; }
    """

    def __init__(self, waiting: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.waiting = waiting
        self.state: BoardState | None = None

    def show(self, state: BoardState) -> None:
        self.state = state
        self.refresh()

    def render(self) -> Text:
        state = self.state
        if state is None:
            return Text(self.waiting)
        facts = Text()
        if state.group is not None:
            facts.append(f"  ·  group {clipped(state.group, 20)}")
        facts.append(f"  ·  {plural(len(state.players), 'player')}")
        finished = state.status_count(Status.FINISHED)
        if finished:
            facts.append(f", {finished} finished")
        if state.disputes:
            facts.append(f"  ·  {DISPUTE_MARK}{plural(len(state.disputes), 'open dispute')}")
        width = self.content_size.width or 80
        updated = f"  ·  updated {state.read_at:%H:%M:%S}"
        if width - len(facts.plain) - len(updated) < TITLE_AT_LEAST:
            updated = f"  ·  {state.read_at:%H:%M:%S}"  # a small terminal: the time alone
        facts.append(updated)
        room = max(TITLE_AT_LEAST, width - len(facts.plain))
        line = Text(clipped(state.title, room), style="bold", no_wrap=True, overflow="ellipsis")
        return line.append_text(facts)
