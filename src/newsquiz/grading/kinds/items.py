"""Lists: items in any order; all of them correct, some of them partial.

An item that is not in the key makes the whole answer wrong (dumping every
country you know is not knowing which ones), and so does offering a choice.
"""

from __future__ import annotations

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import split_items
from newsquiz.facts.words import FILLERS
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import Context, hedged
from newsquiz.grading.normalize import CLOSE, rewrite, same_word
from newsquiz.grading.verdict import Verdict, correct, incorrect, partial
from newsquiz.grading.vocab import KNOWN_NAMES, TITLES

_SEPARATORS = frozenset({",", "and", "&", "+", "plus", "both", "also"})
_DENIERS = frozenset({"not", "never", "except", "excluding", "but"})


def _item_words(item: str) -> list[str]:
    toks = [t for t in rewrite(tokenize(item)) if t[0].isalnum()]
    words = [t for t in toks if t not in FILLERS and t not in TITLES]
    return words or toks


def compile_list(key: str | tuple[str, ...], ctx: Context) -> Matcher:
    items = key if isinstance(key, tuple) else split_items(key)
    wanted = [_item_words(item) for item in items]
    total = len(wanted)
    every_key_word = {w for words in wanted for w in words}
    # A place is never a harmless word in a list: `Sweden, Finland, Ukraine` adds one.
    harmless = (FILLERS | (TITLES - KNOWN_NAMES) | ctx.words) - every_key_word

    def match(toks: list[str]) -> Verdict:
        toks = rewrite(toks)
        if hedged(toks):
            return incorrect("give the items, not a choice")
        groups: list[list[str]] = [[]]
        for token in toks:
            if token in _SEPARATORS:
                groups.append([])
            else:
                groups[-1].append(token)
        hits: set[int] = set()
        close = False
        for group in groups:
            if not group or group[0] in _DENIERS or _after_denial(group):
                continue
            words = [t for t in group if t[0].isalnum()]
            found = False
            for index, item_words in enumerate(wanted):
                grade = _covers(words, item_words)
                if grade is not None:
                    hits.add(index)
                    found = True
                    close = close or grade == CLOSE
            if not found and any(t not in harmless for t in words):
                return incorrect("an item is not in the article")
        if len(hits) == total:
            return correct("close", close=True) if close else correct()
        if hits:
            return partial(len(hits) / total, f"{len(hits)} of {total} items")
        return incorrect()

    return match


def _after_denial(group: list[str]) -> bool:
    return group[:2] in (["rather", "than"], ["instead", "of"], ["other", "than"])


def _covers(words: list[str], item_words: list[str]) -> int | None:
    """EXACT/CLOSE when every word of the item is in the group, else None."""
    worst = 0
    for wanted in item_words:
        best: int | None = None
        for word in words:
            hit = same_word(word, wanted)
            if hit is not None and (best is None or hit < best):
                best = hit
        if best is None:
            return None
        worst = max(worst, best)
    return worst
