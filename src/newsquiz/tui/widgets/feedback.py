"""What the player sees after answering: verdict, right answer, the proof in the article."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from newsquiz.session import AnswerRecord
from newsquiz.tui.render import VERDICT_CLASS, quoted_paragraph, verdict_heading


class FeedbackPanel(Vertical):
    """Filled by `show()` once a question is answered; empty (and hidden) before."""

    def compose(self) -> ComposeResult:
        yield Static(id="verdict")
        yield Static(id="expected")
        yield Static(id="citation")
        yield Static(id="explain")
        yield Static(id="go-on")

    def show(self, record: AnswerRecord, *, last: bool) -> None:
        verdict = record.verdict
        question = record.question
        for css_class in VERDICT_CLASS.values():
            self.remove_class(css_class)
        self.add_class(VERDICT_CLASS[verdict.outcome])
        self.query_one("#verdict", Static).update(verdict_heading(verdict))

        expected = Text()
        if verdict.close:
            expected.append("Right spelling: ", style="bold")
        else:
            expected.append("Answer: ", style="bold")
        expected.append(question.expected)
        if not verdict.correct:
            expected.append("\nYou said: ", style="bold")
            expected.append(record.typed or "(nothing)")
            if verdict.reason:
                expected.append(f" — {verdict.reason}", style="italic")
        self.query_one("#expected", Static).update(expected)

        proof = Text()
        for citation in question.citations:
            if proof:
                proof.append("\n\n")
            proof.append(f"Article line {citation.line}:", style="bold")
            proof.append("\n")
            proof.append_text(quoted_paragraph(citation))
        self.query_one("#citation", Static).update(proof)

        explain = self.query_one("#explain", Static)
        explain.update(Text(question.explain or ""))
        explain.display = bool(question.explain)

        go_on = "Enter: see your results" if last else "Enter: next question"
        self.query_one("#go-on", Static).update(Text(go_on, style="italic"))
