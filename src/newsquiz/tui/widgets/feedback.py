"""What the player sees after answering: verdict, right answer, the proof in the article."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from newsquiz.session import AnswerRecord
from newsquiz.tui.render import (
    VERDICT_CLASS,
    lettered,
    quoted_paragraph,
    right_spelling,
    verdict_heading,
)


class FeedbackPanel(Vertical):
    """Filled by `show()` once a question is answered; empty (and hidden) before."""

    def compose(self) -> ComposeResult:
        yield Static(id="verdict")
        yield Static(id="expected")
        yield Static(id="citation")
        yield Static(id="explain")
        yield Static(id="go-on")

    def show(self, record: AnswerRecord, *, last: bool, article_beside: bool = False) -> None:
        """The verdict on `record`; `article_beside`: the article pane shows the cited lines."""
        verdict = record.verdict
        question = record.question
        for css_class in VERDICT_CLASS.values():
            self.remove_class(css_class)
        self.add_class(VERDICT_CLASS[verdict.outcome])
        self.query_one("#verdict", Static).update(verdict_heading(verdict))

        expected = Text()
        spelling = right_spelling(question, verdict)
        answer = lettered(question, question.expected)
        if spelling is not None and spelling in question.expected:
            expected.append("Right spelling: ", style="bold")
            expected.append(answer)
        else:
            expected.append("Answer: ", style="bold")
            expected.append(answer)
            if spelling is not None:  # an accepted form, spelt as the pack spells it
                expected.append("\nRight spelling: ", style="bold")
                expected.append(spelling)
        if not verdict.correct:
            expected.append("\nYou said: ", style="bold")
            expected.append(lettered(question, record.typed) if record.typed else "(nothing)")
            if verdict.reason:
                expected.append(f" — {verdict.reason}", style="italic")
        self.query_one("#expected", Static).update(expected)

        proof = Text()
        for citation in question.citations:
            if proof:
                proof.append("\n\n" if not article_beside else "\n")
            if article_beside:
                # The pane beside shows the paragraph, marked: the quote is enough here.
                proof.append(f"▶ Line {citation.line}: ", style="bold")
                proof.append(f"“{citation.text[citation.start : citation.end]}”", style="italic")
                continue
            proof.append(f"Article line {citation.line}:", style="bold")
            proof.append("\n")
            proof.append_text(quoted_paragraph(citation))
        self.query_one("#citation", Static).update(proof)

        explain = self.query_one("#explain", Static)
        explain.update(Text(question.explain or ""))
        explain.display = bool(question.explain)

        go_on = "Enter: see your results" if last else "Enter: next question"
        self.query_one("#go-on", Static).update(Text(go_on, style="italic"))
