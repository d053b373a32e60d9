"""The board's review: every wrong answer the class typed, weakest question first, and a key
to accept the highlighted one as right.

Accepting writes the answer into the pack's `accept` list (newsquiz.authoring.accept, as
`newsquiz accept` does) and shows what a regrade would change. The screen only asks: it
posts `AcceptAnswer`, the app does the work off the screen's thread and calls `report`.
Asking twice (`a`, then `y`) because the key writes to the author's pack.yaml.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Label, Static

from newsquiz.facts.text import printable
from newsquiz.tui.board.state import BoardState, WrongAnswer
from newsquiz.tui.board.widgets import DISPUTE_MARK, clipped, one_line
from newsquiz.tui.widgets.key_bar import KeyBar

QUESTION_WIDTH = 40  # at most; less on a small terminal, so the counts stay in view
ANSWER_WIDTH = 36
COUNTS_WIDTH = 25  # the two counts' columns and every column's padding


def same_answer(one: WrongAnswer, other: WrongAnswer) -> bool:
    """The same wrong answer to the same question, in whichever reading of the results."""
    return (one.pack_id, one.question_id, one.answer) == (
        other.pack_id,
        other.question_id,
        other.answer,
    )


class ReviewScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accept as right", id="board.review.accept"),
        Binding("escape,v", "back", "Back to the board", id="board.review.back"),
    ]

    class AcceptAnswer(Message):
        """The teacher confirmed: accept this wrong answer as right in its pack."""

        def __init__(self, wrong: WrongAnswer) -> None:
            super().__init__()
            self.wrong = wrong

    def __init__(self, state: BoardState | None) -> None:
        super().__init__()
        self.state = state
        self.rows: list[WrongAnswer] = []
        self.confirming: WrongAnswer | None = None  # asked `y` to accept this one
        self.working = False  # an accept is being written

    def compose(self) -> ComposeResult:
        yield Label(
            "Wrong answers, weakest question first: a accepts the highlighted one as right",
            classes="panel-title",
            id="review-title",
        )
        yield DataTable[Text](id="review-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="review-status")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(Text("Question"), key="question")
        table.add_column(Text("Wrong answer"), key="answer")
        table.add_column(Text("Typed", justify="right"), key="count")
        table.add_column(Text("Disputed", justify="right"), key="disputes")
        self.show(self.state)
        table.focus()

    @property
    def highlighted(self) -> WrongAnswer | None:
        table = self.query_one(DataTable)
        if not self.rows or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def show(self, state: BoardState | None) -> None:
        """Draw the wrong answers of a new reading, the cursor kept on the same answer."""
        self.state = state
        table = self.query_one(DataTable)
        was = self.highlighted
        self.rows = list(state.wrong_answers) if state is not None else []
        room = max(24, self.app.size.width - COUNTS_WIDTH)
        question_width = min(QUESTION_WIDTH, room // 2)
        answer_width = min(ANSWER_WIDTH, room - question_width)
        table.clear()
        for wrong in self.rows:
            table.add_row(
                Text(clipped(wrong.label, question_width)),
                Text(clipped(one_line(wrong.answer), answer_width)),
                Text(str(wrong.count), justify="right"),
                Text(
                    f"{DISPUTE_MARK}{wrong.open_disputes}" if wrong.open_disputes else "",
                    justify="right",
                ),
            )
        if was is not None:
            for index, wrong in enumerate(self.rows):
                if same_answer(wrong, was):
                    table.move_cursor(row=index)
                    break
        if not self.rows and not self.working:
            self._say(Text("No wrong answers yet.", style="italic"))

    def action_back(self) -> None:
        self.dismiss()

    def action_accept(self) -> None:
        wrong = self.highlighted
        if wrong is None or self.working:
            return
        self.confirming = wrong
        self._say(
            Text.assemble(
                "Accept “",
                (one_line(wrong.answer), "bold"),
                f"” as right for {clipped(wrong.label, QUESTION_WIDTH)}? ",
                ("y", "bold reverse"),
                " writes it to the pack's accept list; any other key cancels.",
            )
        )

    def on_key(self, event: events.Key) -> None:
        if self.confirming is None or event.key == "a":
            return
        wrong, self.confirming = self.confirming, None
        event.stop()
        event.prevent_default()
        if event.key != "y":
            self._say(Text("Nothing was accepted.", style="dim"))
            return
        self.working = True
        self._say(Text(f"Adding “{one_line(wrong.answer)}” to the pack…"))
        self.post_message(self.AcceptAnswer(wrong))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        highlighted = self.highlighted
        # A refresh draws new rows: the same answer under the cursor is no move to another.
        if self.confirming is not None and (
            highlighted is None or not same_answer(highlighted, self.confirming)
        ):
            self.confirming = None  # the question was about another row
            self._say(Text("Nothing was accepted.", style="dim"))

    def report(self, message: str, *, refused: bool = False) -> None:
        """What became of an accept: the figure of the dry run, or why nothing was written."""
        self.working = False
        self._say(Text(printable(message), style="bold red" if refused else ""))

    def _say(self, text: Text) -> None:
        self.query_one("#review-status", Static).update(text)
