"""A claim: one sentence about the article that is either true or false."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsquiz.pack.model import Citation, Question


class ClaimPath(StrEnum):
    """How the claim's sentence was built."""

    TEMPLATE = "template"  # the question's own `claim:` template
    CITED = "cited"  # the cited sentence with the answer's span replaced
    QUESTION = "question"  # the question turned into a statement


class Family(StrEnum):
    """Where a claim's value comes from: the answer, or one way of getting it wrong."""

    ANSWER = "answer"  # the true value
    CHOICE = "choice"  # another of the question's own choices
    ARTICLE = "article"  # another value of the same kind the article mentions
    TITLE = "title"  # a title with its modifier changed (deputy, former, vice)
    NEIGHBOUR = "neighbour"  # a neighbouring number, day or amount
    DIGITS = "digits"  # two digits swapped
    DAY_MONTH = "day-month"  # day and month swapped
    SCALE = "scale"  # off by ten or a thousand
    UNIT = "unit"  # a nearby unit
    LIST_SWAP = "list-swap"  # a list with one item swapped
    RELATED = "related"  # a word of the same kind: another body, city, direction or degree


# Families that take their value from the pack itself; preferred over rules.
FROM_PACK = frozenset({Family.CHOICE, Family.ARTICLE, Family.TITLE})


@dataclass(frozen=True)
class Source:
    """The article line that settles a claim, with the true value's span in it."""

    line: int  # 1-based article line
    text: str  # the whole line (paragraph)
    start: int  # span of the true value in `text` (the quote's span if not found)
    end: int
    found: bool = True  # the span is the value's own, not the whole quote's

    @classmethod
    def of(cls, citation: Citation, span: tuple[int, int] | None = None) -> Source:
        start, end = span if span else (citation.start, citation.end)
        return cls(citation.line, citation.text, start, end, span is not None)

    @property
    def said(self) -> str | None:
        """The true value in the article's own words (`once or twice`), if it was found."""
        return self.text[self.start : self.end] if self.found else None


@dataclass(frozen=True)
class Claim:
    """A sentence stating `value` as the answer to `question`.

    `span` indexes the stated value inside `sentence`, so a presenter can
    highlight it.
    """

    question: Question
    sentence: str
    truth: bool
    value: str  # as a player could type it
    span: tuple[int, int]
    path: ClaimPath
    family: Family
    source: Source

    @property
    def question_id(self) -> str:
        return self.question.id

    @property
    def stated(self) -> str:
        """The value exactly as the sentence words it."""
        return self.sentence[self.span[0] : self.span[1]]

    @property
    def quoted(self) -> str:
        """The value as a sentence about the claim quotes it: as the claim words it, less a
        capital that only its place at the head of a sentence gave it (`Why…? To meet…`
        is asked about as `to meet…`)."""
        stated, value = self.stated, self.value
        if stated != value and stated[:1].lower() + stated[1:] == value:
            return value
        return stated

    @property
    def true_value(self) -> str:
        """The value the article gives, as a player could type it."""
        return self.question.expected

    def to_json(self) -> dict[str, object]:
        return {
            "question": self.question.id,
            "claim": self.sentence,
            "truth": self.truth,
            "value": self.value,
            "source": {"line": self.source.line, "text": self.source.text},
            "path": str(self.path),
            "family": str(self.family),
        }
