"""What the player sees after judging a claim: the verdict and the article line that settles it.

The line is the article's own words, its true value highlighted, never with the claim's
value spliced in: the sentence above it already says "the article says X, not Y", and a
struck-through word reads as nonsense where a terminal cannot draw strikethrough.
"""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from newsquiz.claims import Claim, FactCheckRecord
from newsquiz.claims.generate import stated_answer
from newsquiz.tui.render import QUOTE_STYLE, VERDICT_CLASS, verdict_heading

# The claim's value after "not": read as "not X" even where strikethrough is not drawn.
STRUCK_STYLE = "strike"

# Where a sentence ends inside a paragraph: `. ` before a capital (or an opening quote).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’]?\s+(?=[A-Z“\"‘])")

_ABBREVIATIONS = frozenset(
    [
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Sgt",
        "Adm",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Sen",
        "Rep",
        "Gov",
        "Pres",
        "St",
        "Jr",
        "Sr",
        "No",
        "Vol",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Aug",
        "Sept",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
        "U.S",
        "U.K",
        "U.N",
    ]
)


def sentence_bounds(line: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) of `line` holding `start:end`: a paragraph can be long."""
    begin, finish = 0, len(line)
    for match in _SENTENCE_BREAK.finditer(line):
        word = re.findall(r"[\w.]+$", line[: match.start()])
        if word and (word[0].rstrip(".") in _ABBREVIATIONS or len(word[0]) == 2):
            continue  # `Gen. Mark Milley`, `J. Smith`: not the end of a sentence
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            finish = match.start()
            break
    # Keep a closing quote with its sentence.
    while finish < len(line) and line[finish] in '”"’':
        finish += 1
    return begin, finish


def corrected_source(claim: Claim) -> Text:
    """The sentence of the cited article line that settles the claim, as the article
    writes it, its true value highlighted."""
    source = claim.source
    start, end = source.start, source.end
    if not 0 <= start < end <= len(source.text):
        return Text(source.text)
    begin, finish = sentence_bounds(source.text, start, end)
    line = source.text[begin:finish]
    start, end = start - begin, end - begin
    text = Text("…" if begin else "")
    text.append(line[:start])
    text.append(line[start:end], style=QUOTE_STYLE)
    text.append(line[end:])
    if finish < len(source.text):
        text.append("…")
    return text


def call_summary(record: FactCheckRecord) -> str:
    """How the call went, in a few words: `right call, wrong value`."""
    if not record.call_right:
        return f"wrong call: the claim is {'true' if record.claim.truth else 'false'}"
    if record.said_true:
        return "right call"
    if record.correction is None:
        return "right call; no value given"
    verdict = record.correction_verdict
    return "right call, right value" if verdict and verdict.correct else "right call, wrong value"


def closed_quotes(words: str) -> str:
    """Words cut from a quotation close the quote they open (`“very drastic change”`), so
    the sentence they are set in does not read as still quoting."""
    return words + "”" * max(0, words.count("“") - words.count("”"))


def truth_line(claim: Claim) -> Text:
    """ "The claim is false: the article says 7 to 2, not 6 to 2." """
    text = Text()
    # The article's own words for the value (`once or twice`, never the key's `2`), else
    # the answer as a sentence says it (`Finland and Sweden`).
    article_says = closed_quotes(claim.source.said or stated_answer(claim.question))
    if claim.truth:
        text.append("The claim is true", style="bold")
        text.append(": the article says ")
        text.append(article_says)
        text.append(".")
        return text
    text.append("The claim is false", style="bold")
    text.append(": the article says ")
    text.append(article_says)
    text.append(", not ")
    text.append(closed_quotes(claim.quoted), style=STRUCK_STYLE)
    text.append(".")
    return text


class ClaimFeedback(Vertical):
    """Filled by `show()` once a claim is settled; hidden before."""

    def compose(self) -> ComposeResult:
        yield Static(id="fc-verdict")
        yield Static(id="fc-truth")
        yield Static(id="fc-source")
        yield Static(id="fc-go-on")

    def show(self, record: FactCheckRecord, *, last: bool) -> None:
        claim = record.claim
        for css_class in VERDICT_CLASS.values():
            self.remove_class(css_class)
        self.add_class(VERDICT_CLASS[record.verdict.outcome])
        heading = verdict_heading(record.verdict)
        heading.append(f" — {call_summary(record)}", style="not bold")
        self.query_one("#fc-verdict", Static).update(heading)

        truth = truth_line(claim)
        truth.append("\nYou said: ", style="bold")
        truth.append(record.typed)  # untrusted: plain text
        self.query_one("#fc-truth", Static).update(truth)

        proof = Text()  # (a style given to Text() itself would cover all that is appended)
        proof.append(f"Article line {claim.source.line}:", style="bold")
        proof.append("\n")
        proof.append_text(corrected_source(claim))
        self.query_one("#fc-source", Static).update(proof)

        go_on = "Enter: see your results" if last else "Enter: next claim"
        self.query_one("#fc-go-on", Static).update(Text(go_on, style="italic"))
