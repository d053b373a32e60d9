"""Keys that are a range of money (`between 40 billion and 45 billion pesos a day`,
`Rs 1,100 to Rs 1,250`) or of a count (`between 120 and 150`): an answer gives both ends,
in any of the ways a range is written (`40-45 billion pesos`, `$180m-$220m`, `between 40
and 45 billion`, `a hundred and twenty to a hundred and fifty`), in the key's currency when
it names one, and counted per no other unit of time or thing than the key's (`per pound`
for per kilogram). One end alone, either end in another currency, or a count of another
thing than the article counts (`120 to 150 teachers`) is another fact."""

from __future__ import annotations

from newsquiz.facts.currencies import same_currency
from newsquiz.facts.text import tokenize
from newsquiz.facts.units import unit_at
from newsquiz.facts.values import MONEY, NUMBER, Mention, scan
from newsquiz.facts.words import FILLERS
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import (
    US_DOLLAR,
    Context,
    asserted,
    hedged,
    slash_as_per,
    spans_apart,
)
from newsquiz.grading.kinds.values import (
    per_one,
    rate_after,
    same_amount,
    same_rate,
    time_rate_in,
    time_rates,
)
from newsquiz.grading.verdict import Verdict, correct, incorrect

# Words that join a range's two ends.
_JOINERS = frozenset({"to", "and", "-", "–"})
# Ends further apart than this share the second's scale: `40 to 45 billion`.
_SHARED_SCALE = 1000.0


def _ends(toks: list[str]) -> list[Mention]:
    return [
        m
        for m in asserted(scan(toks))
        if m.kind in (MONEY, NUMBER) and not m.ordinal and m.value is not None
    ]


def _plain_dollar(toks: list[str], m: Mention) -> bool:
    """A dollar the amount does not say is the US one (`$12 million`)."""
    return m.currency == "USD" and US_DOLLAR.isdisjoint(toks[m.start : m.end])


def _values(first: Mention, second: Mention) -> tuple[float, float]:
    """The two ends as amounts, the first taking the second's scale where it has none."""
    low, high = first.value or 0.0, second.value or 0.0
    if low > 0 and high >= low * _SHARED_SCALE:
        for scale in (1e3, 1e6, 1e9, 1e12):
            if low * scale <= high < low * scale * _SHARED_SCALE:
                low *= scale
                break
    return low, high


def compile_money_range(key: str, ctx: Context) -> Matcher | None:
    key_toks = spans_apart(tokenize(key))
    ends = _ends(key_toks)
    if len(ends) != 2 or not set(key_toks[ends[0].end : ends[1].start]) & _JOINERS:
        return None
    low, high = _values(*ends)
    if not 0 < low < high:
        return None
    currency = next((m.currency for m in ends if m.currency), None) or ctx.key_currency
    local = ctx.key_currency
    if (
        currency == "USD"
        and local is not None
        and same_currency(local, "dollar")
        and all(_plain_dollar(key_toks, m) for m in ends)
    ):
        currency = local  # `$12 million` whose accepted forms say `A$12 million`
    rates = time_rates(key, ctx)
    per = rate_after(key_toks, ends[1].end)  # `$110 to $140 per kilogram`

    def match(toks: list[str]) -> Verdict:
        toks = slash_as_per(spans_apart(toks))
        typed = _ends(toks)
        if currency and any(
            m.currency
            and not same_currency(m.currency, currency)
            and not (_plain_dollar(toks, m) and same_currency(currency, "dollar"))
            for m in typed
        ):
            return incorrect("wrong currency")
        if hedged(toks) or len(typed) > 2:
            return incorrect("give one answer")
        if len(typed) < 2:
            return incorrect("the article gives a range: both ends are needed")
        rate = time_rate_in(toks)
        if rate is not None and rate not in rates:
            return incorrect(f"the article gives no amount {per_one(rate)}")
        typed_per = rate_after(toks, typed[1].end)
        if per is not None and typed_per is not None and not same_rate(typed_per, per):
            return incorrect(f"the article gives it per {per}, not per {typed_per}")
        a, b = sorted(_values(*typed))  # `between 45 and 40 billion` is the same range
        if same_amount(a, low) and same_amount(b, high):
            return correct()
        return incorrect()

    return match


def compile_count_range(key: str, ctx: Context) -> Matcher | None:
    """A count key written as a range (`between 120 and 150`), where the key and its quotes
    name no currency and no unit of measure: what may be typed beside its ends is what the
    key, the question and the quotes say."""
    key_toks = spans_apart(tokenize(key))
    ends = _ends(key_toks)
    if (
        len(ends) != 2
        or any(m.kind != NUMBER for m in ends)
        or not set(key_toks[ends[0].end : ends[1].start]) & _JOINERS
    ):
        return None
    if unit_at(key_toks, ends[1].end) is not None:
        return None  # `8 to 12 percent`, `20-30 km`: measures have their own rules
    low, high = _values(*ends)
    if not 0 < low < high:
        return None
    said = {t for text in (key, *ctx.quotes) for t in tokenize(text)} | ctx.words | ctx.keys
    rates = time_rates(key, ctx)

    def match(toks: list[str]) -> Verdict:
        toks = spans_apart(toks)
        typed = _ends(toks)
        if hedged(toks) or len(typed) > 2:
            return incorrect("give one answer")
        if len(typed) < 2:
            return incorrect("the article gives a range: both ends are needed")
        if any(m.kind != NUMBER for m in typed):
            return incorrect("a count, not an amount or a length of time")
        rate = time_rate_in(toks)
        if rate is not None and rate not in rates:
            return incorrect(f"the article gives no figure {per_one(rate)}")
        inside = {i for m in typed for i in range(m.start, m.end)}
        other = next(
            (
                t
                for i, t in enumerate(toks)
                if i not in inside and t.isalpha() and t not in said and t not in FILLERS
            ),
            None,
        )
        if other is not None:
            return incorrect(f"the article does not count {other}")  # `120 to 150 teachers`
        a, b = sorted(_values(*typed))
        if same_amount(a, low) and same_amount(b, high):
            return correct()
        return incorrect()

    return match
