"""Times of day written in words or as a military time, rewritten as the clock writes them:
`twelve thirty-seven`, `seven minutes past six in the evening`, `half past nine`,
`1807 hrs`, `23.30`. Read only where the key is a time of day, so `twelve thirty` elsewhere stays
a number."""

from __future__ import annotations

import re

from newsquiz.facts.words import TENS, UNITS

_MILITARY = re.compile(r"([01]\d|2[0-3])([0-5]\d)")
_WITH_A_FULL_STOP = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")  # `23.30`, not `23.3`
_MILITARY_UNITS = frozenset({"hrs", "hours", "hr", "h"})
_PAST = frozenset({"past", "after"})
_TO = frozenset({"to", "before", "till"})
_LATER = {"evening": "pm", "afternoon": "pm", "night": "pm", "morning": "am"}
HALVES = frozenset({"am", "pm"})  # the halves of the day a time is written with
_HOURS = {w: v for w, v in UNITS.items() if 1 <= v <= 12 and w not in ("once", "twice", "thrice")}


def _number(toks: list[str], at: int) -> tuple[int, int] | None:
    """A number of minutes in words at toks[at] (`seven`, `thirty seven`), and its end."""
    if at >= len(toks):
        return None
    word = toks[at]
    if word in TENS and TENS[word] < 60:
        if at + 1 < len(toks) and _HOURS.get(toks[at + 1], 10) < 10:
            return TENS[word] + _HOURS[toks[at + 1]], at + 2
        return TENS[word], at + 1
    if word in UNITS and word not in ("once", "twice", "thrice") and UNITS[word] > 0:
        return UNITS[word], at + 1
    if word.isdecimal() and int(word) < 60:
        return int(word), at + 1
    return None


# Noon and midnight, each the twelve of its half of the day.
_TWELVES = {"noon": "pm", "midday": "pm", "midnight": "am"}


def _hour(toks: list[str], at: int) -> int | None:
    if at >= len(toks):
        return None
    word = toks[at]
    if word in _HOURS:
        return _HOURS[word]
    if word in _TWELVES:
        return 12
    return int(word) if word.isdecimal() and 1 <= int(word) <= 12 else None


def _spoken(toks: list[str], at: int) -> tuple[int, int, int] | None:
    """(hours, minutes, end) of a time said in words starting at toks[at], or None."""
    word = toks[at]
    minutes: int | None = None
    end = at
    if word in ("half", "quarter"):
        minutes, end = (30 if word == "half" else 15), at + 1
    elif (said := _number(toks, at)) is not None and not toks[at].isdigit():
        minutes, end = said
    if minutes is not None:
        said_minutes = end < len(toks) and toks[end] in ("minute", "minutes")
        if said_minutes:
            end += 1
        # `eight to five` is a vote: the clock is read in fives (`ten to six`) unless the
        # minutes are said (`eight minutes to five`).
        if end < len(toks) and toks[end] in _PAST | _TO:
            if minutes % 5 and not said_minutes:
                return None
            hour = _hour(toks, end + 1)
            if hour is None or minutes >= 60 or (word == "half" and toks[end] in _TO):
                return None
            if toks[end] in _PAST:
                return hour, minutes, end + 2
            return (hour - 2) % 12 + 1, 60 - minutes, end + 2  # `ten to six` is 5:50
    hour = _hour(toks, at)
    if hour is None or toks[at].isdigit():
        return None
    if word in _TWELVES or _half_named(toks, at + 1) is not None:
        return hour, 0, at + 1  # `midnight`, `six in the evening`, `eleven at night`
    if at + 1 < len(toks) and toks[at + 1] in ("oclock", "o"):
        following = at + 3 if toks[at + 2 : at + 3] == ["clock"] else at + 2
        return hour, 0, following
    if at + 2 < len(toks) and toks[at + 1] in ("oh", "o") and toks[at + 2] in _HOURS:
        return hour, _HOURS[toks[at + 2]], at + 3  # `six oh seven`
    said = _number(toks, at + 1)
    if said is None or said[0] < 10 or toks[at + 1].isdigit():
        return None
    return hour, said[0], said[1]


# Units after which a figure with a full stop is a decimal, not a time (`2.23 minutes`).
_DECIMAL_UNITS = frozenset({"second", "seconds", "sec", "secs", "minute", "minutes", "min",
                            "mins", "hour", "hours"})  # fmt: skip


def as_clock_times(toks: list[str]) -> list[str]:
    """The tokens with each time of day in words or military time as `H:MM` (then `am` or
    `pm` where the words say which half of the day)."""
    out: list[str] = []
    at = 0
    while at < len(toks):
        token = toks[at]
        stopped = _WITH_A_FULL_STOP.fullmatch(token)
        if stopped and toks[at + 1 : at + 2] and toks[at + 1] in _DECIMAL_UNITS:
            stopped = None  # `2.23 minutes` is a decimal count of minutes, not 2:23
        if stopped:
            out.append(f"{int(stopped[1])}:{stopped[2]}")
            at += 1
            continue
        military = _MILITARY.fullmatch(token)
        if military and toks[at + 1 : at + 2] and toks[at + 1] in _MILITARY_UNITS:
            out.append(f"{int(military[1])}:{military[2]}")
            at += 2
            continue
        spoken = _spoken(toks, at) if token[0].isalnum() else None
        if spoken is None:
            out.append(token)
            at += 1
            continue
        start = at
        hour, minutes, at = spoken
        out.append(f"{hour}:{minutes:02d}")
        twelve = toks[at - 1] if toks[at - 1] in _TWELVES else None
        named = _half_named(toks, at)
        if twelve is not None:
            # `twenty to midnight` is 11:40 pm, `ten past midnight` 12:10 am
            before = toks[start + 1 : at - 1]
            half = _TWELVES[twelve]
            out.append(half if _TO.isdisjoint(before) else ("pm" if half == "am" else "am"))
        elif named is not None:
            out.append(named[0])
            at = named[1]
    return out


def _half_named(toks: list[str], at: int) -> tuple[str, int] | None:
    """The half of the day the words at toks[at] name (`at night`, `in the morning`), with
    where they end."""
    rest = toks[at : at + 3]
    if rest[:2] == ["at", "night"]:
        return "pm", at + 2
    if rest[:2] == ["in", "the"] and rest[2:3] and rest[2] in _LATER:
        return _LATER[rest[2]], at + 3
    return None


_WITH_A_HALF = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(am|pm)?")


def as_24_hour(toks: list[str]) -> list[str]:
    """The tokens with each time of day written with its half of the day (`9 pm`, `9:00
    p.m.`, `10:30am`) as the 24-hour clock writes it (`21:00`), so that `21:00` is 9 pm and
    `9:00 am` is not."""
    out: list[str] = []
    at = 0
    while at < len(toks):
        found = _WITH_A_HALF.fullmatch(toks[at])
        half = found[3] if found else None
        step = 1
        if found and half is None and at + 1 < len(toks) and toks[at + 1] in HALVES:
            half, step = toks[at + 1], 2
        if found is None or half is None or not 1 <= int(found[1]) <= 12:
            out.append(toks[at])
            at += 1
            continue
        hour = int(found[1]) % 12 + (12 if half == "pm" else 0)
        out.append(f"{hour}:{found[2] or '00'}")
        at += step
    return out
