"""Asking one question after another, with feedback after each answer."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from newsquiz.session import Session
from newsquiz.tui.messages import RoundFinished
from newsquiz.tui.modes import GameMode
from newsquiz.tui.render import answer_hint, choice_lines
from newsquiz.tui.widgets.answer_input import AnswerInput
from newsquiz.tui.widgets.article_view import ArticleView
from newsquiz.tui.widgets.feedback import FeedbackPanel
from newsquiz.tui.widgets.status import StatusBar


class QuestionScreen(Screen[None]):
    """Presents a Session: it grades, scores and orders; this screen only shows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "next", "Next", id="next"),
        Binding("f2,ctrl+o", "article", "Article", id="article"),
        Binding("ctrl+g", "give_up", "I don't know", id="give-up"),
    ]

    def __init__(self, session: Session, mode: GameMode, *, player: str = "") -> None:
        super().__init__()
        self.session = session
        self.mode = mode
        self.player = player

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with Horizontal(id="body"):
            with VerticalScroll(id="play"):
                yield Static(id="question")
                yield Static(id="choices")
                yield AnswerInput(id="answer", max_length=200)
                yield FeedbackPanel(id="feedback")
            if self.mode.article_beside:
                yield ArticleView(self.session.pack.article, id="beside")
        yield Footer()

    def on_mount(self) -> None:
        self.show_question()

    @property
    def answered(self) -> bool:
        return self.session.answered_current

    def show_question(self) -> None:
        question = self.session.current
        if question is None:
            return
        self.query_one(StatusBar).show(self.session, self.player, self.mode.label)
        self.query_one("#question", Static).update(Text(question.question, style="bold"))
        choices = self.query_one("#choices", Static)
        options = choice_lines(question)
        choices.update(options)
        choices.display = bool(options)
        answer = self.query_one("#answer", AnswerInput)
        answer.value = ""
        answer.placeholder = answer_hint(question)
        answer.display = True
        self.query_one(FeedbackPanel).display = False
        if self.mode.article_beside:
            self.query_one("#beside", ArticleView).mark(())
        self.query_one("#play", VerticalScroll).scroll_home(animate=False)
        answer.focus()
        self.refresh_bindings()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.answered:
            return
        if not event.value.strip():
            self.notify("Type an answer first, or press Ctrl+G if you don't know.", timeout=3)
            return
        self.answer(event.value)

    def answer(self, typed: str) -> None:
        record = self.session.submit(typed)
        last = self.session.position == self.session.total
        feedback = self.query_one(FeedbackPanel)
        feedback.show(record, last=last)
        feedback.display = True
        self.query_one("#answer", AnswerInput).display = False
        self.query_one(StatusBar).show(self.session, self.player, self.mode.label)
        if self.mode.article_beside:
            self.query_one("#beside", ArticleView).mark(record.question.citations)
        # Focus the scrolling column so Enter goes on and arrow keys scroll the proof.
        self.query_one("#play", VerticalScroll).focus()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self.answered
        if action == "give_up":
            return not self.answered
        return True

    def action_next(self) -> None:
        if not self.answered:
            return
        if self.session.advance() is None:
            self.post_message(RoundFinished(self.session))
        else:
            self.show_question()

    def action_give_up(self) -> None:
        if not self.answered:
            self.answer("")

    def action_article(self) -> None:
        from newsquiz.tui.screens.article import ArticleScreen

        # Cited lines only once the question is answered: no spoilers.
        question = self.session.current
        cited = question.citations if question is not None and self.answered else ()
        self.app.push_screen(ArticleScreen(self.session.pack.article, cited))
