"""The board's widgets: the players' table and the class's bars, weakest question first.

Everything a player typed reaches the screen as `rich.text.Text` built from `printable`
strings, never as markup: a name like `[bold]` is shown as those seven characters.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget
from textual.widgets import DataTable

from newsquiz.facts.text import printable
from newsquiz.tui.board.state import BoardState, PlayerRow, QuestionBar

FULL, EMPTY = "█", "░"
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
    if row.progress is None:
        return Text(f"{row.answered} answered")
    cell = Text(f"{row.answered:>2}/{row.total} ")
    filled = bar(row.progress, PROGRESS_WIDTH)
    cell.append(filled.rstrip(EMPTY), style=PROGRESS_STYLE)
    cell.append(EMPTY * filled.count(EMPTY), style="dim")
    return cell


class PlayersTable(DataTable[Text]):
    """One row per player: name, group, how far, score so far, right first time."""

    def __init__(self, *, with_group: bool = True, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="none", zebra_stripes=True)
        self.with_group = with_group  # not when the board shows one group only

    def on_mount(self) -> None:
        self.add_column(Text("Player"), key="player")
        if self.with_group:
            self.add_column(Text("Group"), key="group")
        self.add_column(Text("Progress"), key="progress")
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
                Text(format_score(row.score), justify="right"),
                # right first time, of the questions met
                Text(f"{row.right_first_time}/{row.answered}", justify="right"),
            ]
            self.add_row(*cells)


class QuestionBars(Widget):
    """The class's share right first time per question, as bars, weakest first."""

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
        return max(1, len(self.bars))

    def render(self) -> Text:
        if not self.bars:
            return Text("No answers yet.", style="italic")
        width = self.content_size.width or 60
        # "  53%  8/15" on the right, the bar before it, the question's label first.
        counts_width = max(len(f"{b.right_first_time}/{b.first_attempts}") for b in self.bars)
        bar_width = max(8, min(30, width // 3))
        label_width = max(6, width - bar_width - counts_width - 8)
        text = Text(no_wrap=True, overflow="ellipsis")
        for index, question in enumerate(self.bars):
            if index:
                text.append("\n")
            text.append(clipped(question.label, label_width).ljust(label_width) + " ")
            style = share_style(question.share)
            filled = bar(question.share, bar_width)
            text.append(filled.rstrip(EMPTY), style=style)
            text.append(EMPTY * filled.count(EMPTY), style="dim")
            text.append(f" {question.share:>4.0%}", style=style)
            counts = f"{question.right_first_time}/{question.first_attempts}"
            text.append(" " + counts.rjust(counts_width), style="dim")
        return text


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
        players = len(state.players)
        facts.append(f"  ·  {players} player{'' if players == 1 else 's'}")
        if state.total:
            facts.append(f"  ·  {state.total} questions")
        facts.append(f"  ·  updated {state.read_at:%H:%M:%S}")
        room = max(12, (self.content_size.width or 80) - len(facts.plain))
        line = Text(clipped(state.title, room), style="bold", no_wrap=True, overflow="ellipsis")
        return line.append_text(facts)
