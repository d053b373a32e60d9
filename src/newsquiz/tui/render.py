"""Turning domain values into Rich Text.

Everything a player or an author wrote goes through `Text`, never through
markup, so `[bold]` typed as an answer or a name is shown as typed.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text

from newsquiz.grading import Outcome, Verdict
from newsquiz.pack import Article, Citation, Kind, Question

QUOTE_STYLE = "bold reverse"
LETTERS = "abcdefghijklmnopqrstuvwxyz"

VERDICT_CLASS = {
    Outcome.CORRECT: "-correct",
    Outcome.PARTIAL: "-partial",
    Outcome.INCORRECT: "-wrong",
}
VERDICT_MARK = {Outcome.CORRECT: "✓", Outcome.PARTIAL: "½", Outcome.INCORRECT: "✗"}


def format_score(score: float) -> str:
    """2.0 → "2", 2.5 → "2.5", 2.333 → "2.33"."""
    return f"{round(score, 2):g}"


def format_duration(seconds: float) -> str:
    """Minutes and seconds, as a clock: 65.2 → "1:05"."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def article_byline(article: Article) -> str:
    """ "Wikinews · 13 April 2011 · CC BY 2.5", or whichever of the three the pack gives."""
    parts = [article.outlet or ""]
    if article.published is not None:
        parts.append(format_date(article.published))
    parts.append(article.license or "")
    return " · ".join(p for p in parts if p)


def article_credit(article: Article) -> str:
    """The attribution the article's licence asks for ("… licensed CC BY 2.5"), or ""."""
    if article.credit:
        return article.credit
    return f"Licence: {article.license}" if article.license else ""


def choice_lines(question: Question) -> Text:
    """Lettered choices, one a line ("a) Helsinki"); for a claim, "True or false?"."""
    text = Text()
    if question.kind is Kind.CLAIM and "true or false" not in question.question.lower():
        text.append("True or false?", style="italic")
    for letter, choice in zip(LETTERS, question.choices, strict=False):
        if text:
            text.append("\n")
        text.append(f"{letter}) ", style="bold")
        text.append(choice)
    return text


def answer_hint(question: Question) -> str:
    """What the input line expects, said in the placeholder."""
    if question.kind is Kind.CHOICE and question.choices:
        last = LETTERS[min(len(question.choices), len(LETTERS)) - 1]
        return f"a letter (a–{last}) or the answer"
    if question.kind is Kind.CLAIM:
        return "true or false"
    if question.kind is Kind.LIST:
        return "all of them, comma-separated"
    return "your answer, then Enter"


def quoted_paragraph(citation: Citation) -> Text:
    """The cited paragraph with the quoted span highlighted."""
    text = Text(citation.text)
    if 0 <= citation.start < citation.end <= len(citation.text):
        text.stylize(QUOTE_STYLE, citation.start, citation.end)
    return text


def verdict_heading(verdict: Verdict) -> Text:
    text = Text(f"{VERDICT_MARK[verdict.outcome]} {verdict.label}", style="bold")
    if verdict.outcome is Outcome.PARTIAL:
        text.append(f"  (+{format_score(verdict.score)})", style="not bold")
    return text
