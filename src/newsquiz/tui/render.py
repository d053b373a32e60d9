"""Turning domain values into Rich Text.

Everything a player or an author wrote goes through `Text`, never through
markup, so `[bold]` typed as an answer or a name is shown as typed.
"""

from __future__ import annotations

import math
import re
from datetime import date

from rich.text import Text

from newsquiz.grading import Outcome, Verdict
from newsquiz.pack import Article, Citation, Kind, Question, answer_text

QUOTE_STYLE = "bold reverse"
LETTERS = "abcdefghijklmnopqrstuvwxyz"

VERDICT_CLASS = {
    Outcome.CORRECT: "-correct",
    Outcome.PARTIAL: "-partial",
    Outcome.INCORRECT: "-wrong",
}
# The fractions a score is written with, as a teacher would: exactly, or not at all.
FRACTIONS = {1 / 2: "½", 1 / 3: "⅓", 2 / 3: "⅔", 1 / 4: "¼", 3 / 4: "¾"}
# How near a fraction a score must be to be written as it: partial scores are kept to
# three decimals (⅔ is 0.667), and a few of them added up drift a little further.
FRACTION_SLACK = 0.004
PARTIAL_MARK = "◐"  # a part of the marks that is no simple fraction


def format_score(score: float) -> str:
    """2.0 → "2", 2.5 → "2½", 0.667 → "⅔", 1.75 → "1¾", 2.4 → "2.4", 2.2 → "2.2".

    Halves, thirds and quarters are written as fractions; any other part in decimals
    (at most two), so what is shown is never further from the score than rounding.
    """
    whole = math.floor(score)
    part = score - whole
    for value, glyph in FRACTIONS.items():
        if abs(part - value) <= FRACTION_SLACK:
            return f"{whole}{glyph}" if whole else glyph
    return f"{round(score, 2):g}"


def verdict_mark(verdict: Verdict) -> str:
    """✓ right, ✗ wrong; a part of the marks as its fraction (½, ⅔), else ◐."""
    if verdict.outcome is Outcome.CORRECT:
        return "✓"
    if verdict.outcome is Outcome.INCORRECT:
        return "✗"
    shown = format_score(verdict.score)
    return shown if shown in FRACTIONS.values() else PARTIAL_MARK


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


# A choice picked by its letter: `b`, `B)`, `(b)`, `b.`, `option b`.
_LETTER = re.compile(r"(?:(?:option|choice|letter|answer)\s+)?[(\[]?([a-z])[)\].]?", re.IGNORECASE)


def lettered(question: Question, answer: str) -> str:
    """A choice question's answer as the player reads the choices: `b) Lloyd Austin` for
    `b` or for the key `Lloyd Austin`; anything else (typed text, other kinds) as it is."""
    if question.kind is not Kind.CHOICE or not question.choices:
        return answer
    index = None
    picked = _LETTER.fullmatch(answer.strip())
    if picked is not None:
        index = LETTERS.index(picked.group(1).lower())
    elif answer in question.choices:
        index = question.choices.index(answer)
    if index is None or index >= min(len(question.choices), len(LETTERS)):
        return answer
    return f"{LETTERS[index]}) {question.choices[index]}"


def right_spelling(question: Question, verdict: Verdict) -> str | None:
    """How the pack spells what the player misspelt, when a misspelling was forgiven.

    The grader also calls "close" a paraphrase that picks out one choice; its reason then
    names no form the pack writes (`close: little deter`), and nothing was misspelt.
    """
    if not (verdict.correct and verdict.close):
        return None
    reason = verdict.reason or ""
    if reason == "close":
        return question.expected  # an item of a list, which the key spells
    if not reason.startswith("close: "):
        return None
    form = reason.removeprefix("close: ")
    written = [question.expected, *(answer_text(a) for a in question.accept), *question.choices]
    return form if any(form in answer for answer in written) else None


def replay_label(missed: int) -> str:
    """ "Replay of 3 missed", said on every screen of a replay."""
    return f"Replay of {missed} missed"


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
    text = Text(f"{verdict_mark(verdict)} {verdict.label}", style="bold")
    if verdict.outcome is Outcome.PARTIAL:
        text.append(f"  (+{format_score(verdict.score)})", style="not bold")
    return text
