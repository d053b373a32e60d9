"""Guessing a question's kind from its answer when the author left it out."""

from __future__ import annotations

from newsquiz.facts.article import PARTICLES, PLACE_FIRST_WORDS, person_words
from newsquiz.facts.currencies import spoken_currency_at
from newsquiz.facts.text import tokenize
from newsquiz.facts.truth import read_truth
from newsquiz.facts.values import DATE, DURATION, MONEY, NUMBER, Mention, scan
from newsquiz.facts.words import FILLERS, NUMBER_WORDS
from newsquiz.facts.world import world


def infer_kind(answer: str | tuple[str, ...]) -> str:
    """The kind a careful author would most likely have written."""
    if isinstance(answer, tuple):
        return "list"
    text = answer.strip()
    toks = tokenize(text)
    if not toks:
        return "text"
    if len(toks) == 1 and toks[0] in ("true", "false", "yes", "no"):
        return "claim"
    if read_truth(toks) is not None and len(toks) == 1:
        return "claim"
    mentions = [m for m in scan(toks) if not m.denied]
    if len(mentions) == 1:
        mention = mentions[0]
        inside = toks[: mention.start] + toks[mention.end :]
        spare = [t for t in inside if t[0].isalnum() and t not in FILLERS]
        if mention.kind == MONEY and len(spare) <= 2:
            return "money"
        if mention.kind == DATE and mention.day is not None and len(spare) <= 2:
            return "date"
        if mention.kind == DURATION and len(spare) <= 2:
            return "duration"
        read = toks[mention.start : mention.end]
        # `Sever`: a name, not a number word its author mistyped
        misread = all(t.isalpha() for t in read) and NUMBER_WORDS.isdisjoint(read)
        if (
            mention.kind == NUMBER
            and len(spare) <= 2
            and not misread
            and not _a_post(toks, mention)
        ):
            # `1.5 million won`: an amount in a currency whose name is also a word
            if mention.end + 1 == len(toks) and spoken_currency_at(toks, mention.end):
                return "money"
            return "number"
    if looks_like_a_name(text):
        return "person"
    return "text"


def _a_post(toks: list[str], mention: Mention) -> bool:
    """`First Officer Petersen`, `Second Secretary`: an ordinal in words before a post is
    the post's rank, not a figure the answer gives."""
    after = toks[mention.end] if mention.end < len(toks) else ""
    return mention.ordinal and toks[mention.start].isalpha() and after in world().post_words


def looks_like_a_name(text: str) -> bool:
    """Two to four capitalised words (after any post or title), none of them a place, a
    body, a post or a month, and not together the name of a place (`New Zealand`)."""
    # `Newport, County Mayo`, `Springfield, Illinois`: a place after a comma says where.
    if any(
        part in world().place_by_name or (bool(part) and part[0] in PLACE_FIRST_WORDS)
        for part in (tuple(tokenize(after)) for after in text.split(",")[1:])
    ):
        return False
    written = [w.strip(".'’-") for w in text.replace(",", " ").split()]
    words = [w for w in written if w]
    if not words or any(
        not w.replace("-", "").isalpha()
        # `Maarten van Dijk`: a particle may stand between the capitalised words
        or not (w[0].isupper() or (0 < at < len(words) - 1 and w in PARTICLES))
        for at, w in enumerate(words)
    ):
        return False
    if any(len(w) > 1 and w.isupper() for w in words):
        return False  # an acronym: NATO, the FBI
    folded = tuple(t for w in words for t in tokenize(w))
    if folded in world().place_by_name or folded in world().organisations:
        return False
    # Words written in capitals are known (none, past the acronym test above): `Gao` is
    # no GAO.
    name = person_words(folded, capitals=frozenset())
    return name is not None and 2 <= len(name) <= 4
