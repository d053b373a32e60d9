"""Normalising a pasted article to one paragraph a line.

Articles copied from a web page arrive hard-wrapped, with blank lines
between paragraphs and the page's trailing furniture ("Leave a Comment",
"12 bloggers like this:", share buttons). A pack's article wants one
paragraph a line, so citations can point at a line number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Lines that belong to the page, not the story. Matched against a whole line.
_BOILERPLATE = re.compile(
    r"""^(?:
        leave\ a\ (?:comment|reply)
      | (?:%d|\d+)\ bloggers?\ like\ this:?
      | like\ this:?
      | like\ loading\.*
      | loading\.*
      | share\ this:?
      | share(?:\ (?:this|on|via)\b.*)?
      | (?:click\ to\ )?(?:share|email|print|tweet)(?:\ (?:on|via)\ \w+)?
      | (?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|email|print)
      | subscribe\b.*
      | sign\ up\b.*
      | follow\ us\b.*
      | related(?:\ (?:posts|articles|stories))?:?
      | advertisement
      | read\ more\b.*
      | comments?
      | tags?:.*
      | posted\ in\b.*
      | copyright\b.* | ©.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_SENTENCE_END = re.compile(r"[.!?…:\"'”’)\]]$")


@dataclass(frozen=True)
class NormalisedArticle:
    paragraphs: tuple[str, ...]
    dropped: tuple[str, ...]  # trailing boilerplate lines removed, in page order

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs) + "\n"

    @property
    def headline(self) -> str:
        return self.paragraphs[0] if self.paragraphs else ""


def is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(" ".join(line.split())))


def _blocks(text: str) -> list[list[str]]:
    """Runs of non-blank lines, each run one block."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join a block's lines into paragraphs.

    In a text with blank lines between paragraphs a block is one paragraph.
    A text without blank lines is taken as one paragraph a line, except that a
    line continuing a sentence (previous line unfinished, this one starting in
    lower case) is joined back on: a hard wrap.
    """
    paragraphs: list[str] = []
    wrapped = _looks_hard_wrapped(lines)
    for line in lines:
        if (
            wrapped
            and paragraphs
            and not _SENTENCE_END.search(paragraphs[-1])
            and line[:1].islower()
        ):
            paragraphs[-1] = _join(paragraphs[-1], line)
        else:
            paragraphs.append(line)
    return paragraphs


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width: none long, most of them near the longest."""
    longest = max((len(line) for line in lines), default=0)
    if len(lines) < 2 or not 40 <= longest <= 100:
        return False
    near = sum(1 for line in lines if len(line) >= 0.6 * longest)
    return near * 2 >= len(lines)


def _join(left: str, right: str) -> str:
    # A word broken at a hyphen by the wrap ("counter-\npart") is joined without a space.
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[:1].islower():
        return left + right
    return f"{left} {right}"


def normalise_article(text: str) -> NormalisedArticle:
    """One paragraph a line; smart quotes and the wording kept as they are."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    blocks = _blocks(text)
    has_blank_separators = len(blocks) > 1
    paragraphs: list[str] = []
    for block in blocks:
        if has_blank_separators:
            # A block is a paragraph, unless it holds lines of page furniture.
            if len(block) > 1 and any(is_boilerplate(line) for line in block):
                paragraphs.extend(block)
                continue
            joined = block[0]
            for line in block[1:]:
                joined = _join(joined, line)
            paragraphs.append(joined)
        else:
            paragraphs.extend(_join_wrapped(block))
    dropped: list[str] = []
    while paragraphs and is_boilerplate(paragraphs[-1]):
        dropped.insert(0, paragraphs.pop())
    return NormalisedArticle(tuple(paragraphs), tuple(dropped))
