"""The months, weekdays and seasons a typed answer names: one the article never names is a
date it does not state (`about an hour in October`, `false, it will be inspected in
December`), and one of the same set as the question's is another (`in October` where it
asks of September)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from newsquiz.facts.words import MONTHS, SEASONS, WEEKDAYS

# Words that name one of a closed set, any other of which is another fact beside a value
# (`two weeks in October` where the road closes in September). `autumn` and `fall` are one
# season, and `fall` a verb as often.
SIBLINGS = (frozenset(MONTHS), WEEKDAYS, SEASONS - {"fall"})
# Months that are verbs as often: a month only where a time is written (`in March`, `May 4`),
# and never the article's side of a contrast (`Who may apply?`).
VERB_MONTHS = frozenset({"may", "march"})
_BEFORE_A_TIME = frozenset(
    {"in", "on", "of", "since", "until", "till", "by", "from", "to", "last", "next", "this",
     "early", "late", "mid", "before", "after", "during"}
)  # fmt: skip


def names_a_time(toks: list[str], at: int) -> bool:
    """Whether the word at `at` names a month, weekday or season."""
    word = toks[at]
    if word in VERB_MONTHS:
        after = toks[at + 1 : at + 2]
        return (at > 0 and toks[at - 1] in _BEFORE_A_TIME) or (
            after != [] and after[0][:1].isdigit()
        )
    return any(word in siblings for siblings in SIBLINGS)


def time_never_told(toks: list[str], start: int, *told: AbstractSet[str]) -> str | None:
    """The first month, weekday or season typed from `start` on that none of the `told`
    sets holds: the words of the article and of what else the answer may restate, looked
    up in each, never copied into one. (An article that dates by its day of publication,
    `last month`, still names no August: a player who works the month out is marked as one
    who guesses it.)"""
    return next(
        (
            toks[at]
            for at in range(start, len(toks))
            if not any(toks[at] in words for words in told) and names_a_time(toks, at)
        ),
        None,
    )
