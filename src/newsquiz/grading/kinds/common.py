"""What every kind grader needs from the question: its words and its values."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from newsquiz.facts.article import EMPTY, ArticleNames, read_article
from newsquiz.facts.currencies import (
    currencies,
    currency_after,
    same_currency,
    spoken_currency_at,
    subunit_at,
)
from newsquiz.facts.memo import last_by_identity
from newsquiz.facts.numbers import numbering_numeral
from newsquiz.facts.shares import shares
from newsquiz.facts.text import tokenize
from newsquiz.facts.units import (
    Unit,
    inside_a_unit,
    lettered_rate,
    unit_at,
    units_named,
    weighs_in_pounds,
)
from newsquiz.facts.values import DATE, Mention, read_number, scan
from newsquiz.facts.words import FILLERS, ORDINAL_UNITS, PAST_FORMS, TIME_UNITS
from newsquiz.facts.world import world
from newsquiz.grading.normalize import rewrite
from newsquiz.grading.vocab import HEDGES

if TYPE_CHECKING:
    from newsquiz.pack.model import Question


class Context:
    """The question as the graders see it, each field worked out when first read and then
    kept: a question graded once (as a claims round grades each of thousands) pays only for
    the fields its kind and its verdicts read, not for all of them. Read-only by contract,
    as the frozen dataclass it was: callers never assign to a field."""

    def __init__(self, question: Question) -> None:
        self.question = question

    @cached_property
    def _toks(self) -> list[str]:
        return tokenize(self.question.question)

    @cached_property
    def _mentions(self) -> list[Mention]:
        return scan(self._toks)

    @cached_property
    def words(self) -> frozenset[str]:
        """The question's own words: echoing them proves nothing."""
        return _words_and_equivalents([self.question.question])

    @cached_property
    def cited(self) -> frozenset[str]:
        """The words of the quotes that prove the answer."""
        return _words_and_equivalents(c.quote for c in self.question.citations)

    @cached_property
    def keys(self) -> frozenset[str]:
        """The words of the answer, its accepted forms and the choices."""
        return _words_and_equivalents((*self.key_texts, *self.question.choices))

    @cached_property
    def values(self) -> frozenset[float]:
        """Numbers the question itself states."""
        return frozenset(m.value for m in self._mentions if m.value is not None)

    @cached_property
    def dates(self) -> frozenset[tuple[int | None, int | None]]:
        return frozenset((m.month, m.day) for m in self._mentions if m.kind == DATE)

    @property
    def default_year(self) -> int | None:
        return self.question.default_year

    @property
    def tolerance(self) -> float | None:
        return self.question.tolerance

    @cached_property
    def names(self) -> ArticleNames:
        """What the article names: its people, bodies and places."""
        return read_article(self.question.article) if self.question.article else EMPTY

    @cached_property
    def units(self) -> tuple[Unit, ...]:
        """Units of measure the question names (`How many feet…?`)."""
        return _units_asked(self._toks, self._mentions)

    @cached_property
    def quotes(self) -> tuple[str, ...]:
        """The cited quotes."""
        return tuple(c.quote for c in self.question.citations)

    @cached_property
    def excluded(self) -> frozenset[str]:
        """What the question leaves out: `besides Syria`, `apart from money`."""
        return _left_out(self._toks)

    @cached_property
    def asked_bound(self) -> str | None:
        """`Below what temperature…?`: `below -200 °C` echoes it."""
        return _asked_bound(self._toks)

    @cached_property
    def key_currency(self) -> str | None:
        """The currency the key names (`C$2.4 billion`), or else the one the question asks
        in (`How much, in cedis…?`): an accepted form that names none is still in it."""
        return _key_currency(self.question)

    @cached_property
    def answer_currency(self) -> str | None:
        """The currency the answer is written in, as its sign or name reads (`$`: USD)."""
        return _written_currency(self.question)

    @cached_property
    def asks_in_a_currency(self) -> bool:
        """The question names a currency (`How much, in US dollars, …?`, `in Mongolian
        currency`)."""
        asked = list(self.asked_tokens)
        return "currency" in asked or bool(_currencies_named(asked))

    @cached_property
    def key_per(self) -> tuple[str, ...] | None:
        """What the key counts per (`cents per kilowatt-hour`): an accepted `191.3 cents`
        too."""
        answer = self.question.answer
        return per_what(tokenize(answer)) if isinstance(answer, str) else None

    @cached_property
    def ordinals(self) -> frozenset[float]:
        """Ordinals the question states (`first`)."""
        return frozenset(m.value for m in self._mentions if m.ordinal and m.value is not None)

    @cached_property
    def shares(self) -> frozenset[float]:
        """Shares of a whole it states (`about half`)."""
        return frozenset(shares(self._toks))

    @property
    def explain(self) -> str:
        """The author's explanation of the answer, as facts in their words."""
        return self.question.explain or ""

    @cached_property
    def weighs_in_pounds(self) -> bool:
        """`8.4 pounds` is a weight here, not money."""
        citations = self.question.citations
        return weighs_in_pounds([*self._toks, *(t for c in citations for t in tokenize(c.quote))])

    @cached_property
    def key_bound(self) -> str | None:
        """The bound the main answer gives (`at least 48 hours`)."""
        return _key_bound(self.question)

    @cached_property
    def asked_per(self) -> tuple[str, ...] | None:
        """`How many fish per 100 square metres…?`"""
        return per_unit(self._toks)

    @cached_property
    def asked_count(self) -> tuple[str, ...]:
        """What a `How many…?` question counts (`consecutive quarters`): its words up to
        the verb."""
        return _asked_count(self._toks)

    @cached_property
    def key_date(self) -> tuple[int | None, int | None, int] | None:
        """The year the key's date states (`June 4, 2024`): an accepted `June 4` is that day
        too."""
        return _key_date(self.question)

    @cached_property
    def sides(self) -> frozenset[tuple[str, str]]:
        """The figure the answer and its accepted forms write straight after a word (`Kenya
        24, Fiji 19`): each side's own, so `Fiji 24` is the score the other way round."""
        return frozenset(pair for text in self.key_texts for pair in _sides(tokenize(text)))

    @cached_property
    def units_asked_in(self) -> tuple[Unit, ...]:
        """The units the question asks the figure in (`in micrograms per cubic metre`)."""
        return _units_asked_in(self._toks)

    @cached_property
    def asked_per_figure(self) -> float | None:
        """How many of what it counts per the question prices (`per 1,000 gallons`: 1,000)."""
        return _per_figure(self._toks)

    @cached_property
    def key_texts(self) -> tuple[str, ...]:
        """The answer and its accepted forms as written (`US$335 a tonne` beside `US$335`)."""
        question = self.question
        return tuple(
            ", ".join(k) if isinstance(k, tuple) else k for k in (question.answer, *question.accept)
        )

    @cached_property
    def asked_pairs(self) -> frozenset[tuple[str, str]]:
        """The question's words two by two, in its order (`north battleford`)."""
        return frozenset(pairwise(self._toks))

    @cached_property
    def asked_tokens(self) -> tuple[str, ...]:
        """The question's words in its order."""
        return tuple(self._toks)

    @cached_property
    def cited_paragraphs(self) -> tuple[str, ...]:
        """The whole paragraphs the cited quotes stand in."""
        return tuple(c.text for c in self.question.citations)

    @cached_property
    def paragraphs_before(self) -> tuple[str, ...]:
        """The two paragraphs before the first cited one: where a time a figure is given for
        may be written (`On Monday…` a paragraph before `By noon, 3,940 had registered`)."""
        return _paragraphs_before(self.question)

    @cached_property
    def nearby(self) -> tuple[str, ...]:
        """The paragraphs near the cited ones, not cited themselves (see
        `_paragraphs_near`)."""
        return _paragraphs_near(self.question)


def context(question: Question) -> Context:
    return Context(question)


# Paragraphs either side of a cited one that may set another figure beside the key's: more
# than a news report holds, fewer than a generated pack's article, read for each question.
_NEAR = 30


def _paragraphs_near(question: Question) -> tuple[str, ...]:
    """The paragraphs within `_NEAR` of a cited one, save the cited ones, in order."""
    cited = {c.line for c in question.citations}
    near: dict[int, str] = {}
    for line in sorted(cited):
        first = max(1, line - _NEAR)
        for number, paragraph in enumerate(question.article[first - 1 : line + _NEAR], first):
            if number not in cited:
                near[number] = paragraph
    return tuple(near[n] for n in sorted(near))


def _paragraphs_before(question: Question) -> tuple[str, ...]:
    """The (up to) two article paragraphs before the first cited one."""
    if not question.citations or not question.article:
        return ()
    line = question.citations[0].line
    return tuple(question.article[max(0, line - 3) : max(0, line - 1)])


def _units_asked(toks: list[str], mentions: list[Mention]) -> tuple[Unit, ...]:
    """The units the question names, save one written only after a figure of its own
    (`How many of the staff live within 30 kilometres?`): that one is the figure's."""
    own = {
        hit[0]
        for m in mentions
        if m.value is not None and (hit := unit_at(toks, m.end)) is not None
    }
    return tuple(u for u in units_named(toks) if u not in own)


def opposite_of_asked(toks: list[str], ctx: Context) -> str | None:
    """`3 from Upper Austria` where the question asks of Lower Austria: a qualifier typed
    before the name the question gives, opposite to the question's own before it."""
    antonyms = world().antonyms
    for word, thing in pairwise(toks):
        if thing not in ctx.names.proper_words and (not thing.isalpha() or thing in FILLERS):
            continue  # `after 1995` may be the other side the article gives too
        if (word, thing) not in ctx.asked_pairs and any(
            (other, thing) in ctx.asked_pairs for other in antonyms.get(word, ())
        ):
            return f"{word} {thing}"
    return None


# Words that place a period next to today's (`last year`, `this season`): each names another.
_RELATIVE = {"last": "last", "previous": "last", "past": "last", "this": "this",
             "current": "this", "next": "next", "coming": "next"}  # fmt: skip
_DETAIL_OPENERS = frozenset(
    {",", ";", "than", "from", "against", "compared", "double", "twice", "up", "down", "since",
     "versus", "vs"}
)  # fmt: skip
_PERIODS_NAMED = frozenset(
    {"year", "month", "week", "season", "quarter", "term", "semester", "weekend", "decade",
     "night", "century"}
)  # fmt: skip


def another_period_of_asked(toks: list[str], ctx: Context) -> str | None:
    """`41 last season` where the question asks of this season: a period typed next to today's
    (last, this or next) that the question places otherwise, before any detail set after a
    comma or a comparison (`41, up from 29 last season`)."""
    end = next((at for at, t in enumerate(toks) if t in _DETAIL_OPENERS), len(toks))
    for word, period in pairwise(toks[:end]):
        if period not in _PERIODS_NAMED or word not in _RELATIVE:
            continue
        asked = {_RELATIVE[w] for w, p in ctx.asked_pairs if p == period and w in _RELATIVE}
        if asked and _RELATIVE[word] not in asked:
            return f"{word} {period}"
    return None


def another_ordinal_of_asked(toks: list[str], ctx: Context) -> str | None:
    """`5.9 percent in the first quarter` where the question asks of the second quarter: an
    ordinal typed before a word the question gives another ordinal."""
    for word, thing in pairwise(toks):
        if word not in ORDINAL_UNITS or (word, thing) in ctx.asked_pairs:
            continue
        other = next((o for o in ORDINAL_UNITS if (o, thing) in ctx.asked_pairs), None)
        if other is not None:
            return f"{other} {thing}"
    return None


def an_act_done(word: str) -> bool:
    """A verb in the past (`paid`, `passed`, `arrested`): what was done, where a noun (`a
    loan`) or a figure (`twice`) is none."""
    return word in PAST_FORMS or (word.endswith("ed") and len(word) > 4)


def word_figures(toks: list[str]) -> list[tuple[str, str]]:
    """Each word written straight before a whole figure, with the figure (`kenya`, `24`), or
    before a score of goals and points (`waterford`, `2-21`)."""
    return [
        (word, figure.replace(",", ""))
        for word, figure in pairwise(toks)
        if word[0].isalpha()
        and word not in FILLERS
        and _GOALS_POINTS.fullmatch(figure.replace(",", ""))
    ]


_GOALS_POINTS = re.compile(r"\d+(?:-\d+)?")


def bracketed_at_end(text: str) -> tuple[str, str] | None:
    """The words of a text before the one word in brackets that ends it, and that word
    (`Pacific Islands Forum Fisheries Agency`, `FFA`): where a name writes its short form."""
    found = _BRACKETED_AT_END.fullmatch(text.strip())
    return (found[1], found[2]) if found is not None else None


_BRACKETED_AT_END = re.compile(r"(.*\S)\s*\(([^\s()]+)\)")


def _sides(toks: list[str]) -> list[tuple[str, str]]:
    """The sides of a score written with their names (`Kenya 24, Fiji 19`): two words or
    more, each before its own figure."""
    pairs = word_figures(toks)
    words, figures = {w for w, _ in pairs}, {f for _, f in pairs}
    return pairs if len(words) == len(pairs) >= 2 and len(figures) >= 2 else []


def per_unit(toks: list[str]) -> tuple[str, ...] | None:
    """What a text counts per, filler or not (`per person`, `per 100 square metres`)."""
    for at in range(len(toks) - 1):
        if toks[at] == "per" and toks[at + 1] != "cent":
            words = [t for t in toks[at + 1 : at + 4] if t[0].isalpha()]
            return tuple(words[:2]) if words else None
    return None


def _per_figure(toks: list[str]) -> float | None:
    """The figure after `per` (`per 1,000 gallons`), if the text writes one."""
    for at in range(len(toks) - 2):
        if toks[at] == "per" and toks[at + 1][:1].isdigit():
            return read_number(toks[at + 1])
    return None


# What an amount counted per one of these is given to each (`€300 per person`); `person`
# is a filler elsewhere (`the person who…`).
HEADS = frozenset({"person", "head", "capita", "individual"})


def per_what(toks: list[str]) -> tuple[str, ...] | None:
    """The words after `per` (`kilowatt hour`, `kwh`, `capita`, `person`), if the text has
    one; not a `per` inside a unit of measure (`metres per second` is a speed)."""
    for at, token in enumerate(toks):
        if (
            token == "per"
            and toks[at + 1 : at + 2] != ["cent"]  # `per cent` is a share
            and not inside_a_unit(toks, at)
        ):
            words = tuple(
                t
                for t in toks[at + 1 : at + 3]
                if t[0].isalpha() and (t not in FILLERS or t in HEADS)
            )
            return words or None
    return None


def _units_asked_in(toks: list[str]) -> tuple[Unit, ...]:
    return tuple(
        hit[0] for at, word in enumerate(toks) if word == "in" and (hit := unit_at(toks, at + 1))
    )


_PAST = re.compile(r"..[^e]ed$")


# `How many of its jet flights…?` counts jet flights.
_BEFORE_COUNTED = frozenset(
    {"of", "the", "these", "those", "its", "their", "his", "her", "our", "your", "my"}
)


def _asked_count(toks: list[str]) -> tuple[str, ...]:
    for at in range(len(toks) - 2):
        if toks[at] == "how" and toks[at + 1] == "many":
            words = []
            start = at + 2
            while start < len(toks) and toks[start] in _BEFORE_COUNTED:
                start += 1  # `How many of the workers treated…?` counts workers
            for word in toks[start : start + 5]:
                if not word[0].isalpha() or word in FILLERS:
                    break
                words.append(word)
            # Three words, or up to the noun of a long name (`How many South Korean
            # purse-seine vessels`), where no verb in the past ends the name before it
            # (`How many councillors voted against…`).
            # (`How many chairs fell…?`: a past not written with `-ed` ends it too)
            if any(_PAST.search(word) or word in PAST_FORMS for word in words[1:3]):
                return tuple(words[:3])
            return tuple(words)
    return ()


def _key_date(question: Question) -> tuple[int | None, int | None, int] | None:
    """The date the key states with its year: its own, or where it writes none (`December
    10`), the one year its accepted forms give that day (`December 10, 2024`)."""
    if isinstance(question.answer, tuple):
        return None
    day: tuple[int | None, int | None] | None = None
    for m in scan(tokenize(question.answer)):
        if m.kind == DATE:
            if m.year is not None:
                return m.month, m.day, m.year
            day = (m.month, m.day)
    if day is None:
        return None
    years = {
        m.year
        for form in question.accept
        if isinstance(form, str)
        for m in scan(tokenize(form))
        if m.kind == DATE and m.year is not None and (m.month, m.day) == day
    }
    return (*day, years.pop()) if len(years) == 1 else None


def _key_bound(question: Question) -> str | None:
    if isinstance(question.answer, tuple):
        return None
    return next((m.bound for m in scan(tokenize(question.answer)) if m.bound), None)


def _written_currency(question: Question) -> str | None:
    if isinstance(question.answer, tuple):
        return None
    return next((m.currency for m in scan(tokenize(question.answer)) if m.currency), None)


def _key_currency(question: Question) -> str | None:
    if isinstance(question.answer, tuple):
        return None
    named = _written_currency(question)
    plain_dollar = named == "USD" and not US_DOLLAR.intersection(tokenize(question.answer))
    # A currency's name several currencies bear (`kroner`), not a code nor a sign (`K`).
    bare_name = named is not None and named.isalpha() and named.islower()
    if named is not None and (plain_dollar or (bare_name and named not in currencies().names)):
        # A plain `$45 million` or `45 million kroner` whose accepted forms all say which
        # (`C$45 million`, `DKK 45 million`): that one, so `US$45 million` or `45 million
        # Icelandic krónur` is another currency.
        local = {
            m.currency
            for accepted in question.accept
            if isinstance(accepted, str)
            for m in scan(tokenize(accepted))
            if m.currency
            and m.currency != named
            and (plain_dollar or same_currency(m.currency, named))
        }
        if len(local) == 1:
            return local.pop()
    return (
        named
        or _minor_named(tokenize(question.answer))
        or _spoken_named(tokenize(question.answer))
        or _currency_asked(tokenize(question.question))
    )


def _spoken_named(toks: list[str]) -> str | None:
    """A currency whose name is also a word, after the key's figure (`80 million som`): an
    accepted `80 million` is in it too."""
    return next((c for m in scan(toks) if (c := spoken_currency_at(toks, m.end))), None)


def _minor_named(toks: list[str]) -> str | None:
    """The one currency a key in a minor unit names (`about 14 US cents`), if it says."""
    for at in range(len(toks)):
        codes = {code for subunit in subunit_at(toks, at) for code in subunit.codes}
        if len(codes) == 1:
            return codes.pop()
    return None


# Words that make a dollar the US one (`US$`, `USD`, `U.S. dollars`, `American dollars`).
US_DOLLAR = frozenset({"us", "us$", "usd", "american"})


def _currency_asked(toks: list[str]) -> str | None:
    """The one currency a question names (`How much, in cedis, …?`, `…the €5 million
    fine…`); None when it names none or several."""
    named = _currencies_named(toks)
    return named.pop() if len(named) == 1 else None


def _currencies_named(toks: list[str]) -> set[str]:
    named = {m.currency for m in scan(toks) if m.currency}
    named.update(found[0] for at in range(len(toks)) if (found := currency_after(toks, at)))
    # `How much, in som, …?`: a currency whose name is also a word, asked for by name.
    named.update(
        toks[at + 1]
        for at in range(len(toks) - 1)
        if toks[at] == "in" and spoken_currency_at(toks, at + 1) is not None
    )
    return named


_ASKING = frozenset({"what", "how", "which"})
# Comparatives that are no preposition (`Over how long…?` asks for a duration, not a bound).
_ASKED_BOUNDS = {"below": "less", "above": "more", "more": "more", "less": "less",
                 "fewer": "less", "least": "least", "most": "most"}  # fmt: skip


def _asked_bound(toks: list[str]) -> str | None:
    """The bound a question asks for (`Below what…?`, `More than how many…?`, `At least how
    many…?`): an answer that writes it states the same value."""
    for at, word in enumerate(toks):
        if word in _ASKED_BOUNDS and not _ASKING.isdisjoint(toks[at + 1 : at + 3]):
            needs = {"more": "than", "less": "than", "fewer": "than"}.get(word)
            denied = at >= 1 and toks[at - 1] in ("no", "not")
            if needs is not None and toks[at + 1 : at + 2] == [needs] and denied:
                # `To no less than how many degrees…?` asks a floor
                return {"more": "most", "less": "least", "fewer": "least"}[word]
            if needs is None or toks[at + 1 : at + 2] == [needs]:
                return _ASKED_BOUNDS[word]
        if (
            word in ("least", "most")
            and toks[at - 1 : at] == ["at"]
            and not _ASKING.isdisjoint(toks[max(0, at - 4) : at - 1])
        ):
            return word  # `For how long at least must it consult…?`, `What, at most, …?`
    if "minimum" in toks[:4] and _ASKING.intersection(toks[:2]):
        return "least"  # `What minimum distance must boats keep?`: `at least 500 metres`
    return None


# `besides X`, `apart from X`, `other than X`, `except X`: the question sets X aside; so
# does `along with X` or `as well as X` (`Along with copper, which three…?` asks for others).
_SETTING_ASIDE = (
    "besides",
    "except",
    "excluding",
    "apart from",
    "other than",
    "aside from",
    "along with",
    "as well as",
    "in addition to",
)


def _left_out(toks: list[str]) -> frozenset[str]:
    found: set[str] = set()
    text = " ".join(toks)
    for marker in _SETTING_ASIDE:
        at = text.find(f"{marker} ")
        while at >= 0 and (at == 0 or text[at - 1] == " "):
            following = text[at + len(marker) + 1 :].split(" ")
            for word in following[:4]:
                if word == ",":
                    break
                if word[0].isalpha() and word not in FILLERS:
                    found.add(word)
            at = text.find(f"{marker} ", at + 1)
    return frozenset(found)


def _words_and_equivalents(texts: Iterable[str]) -> frozenset[str]:
    """The words of `texts`, as written and as free-text answers are rewritten."""
    words: set[str] = set()
    for text in texts:
        toks = tokenize(text)
        words.update(t for t in toks if t[0].isalpha())
        words.update(t for t in rewrite(toks) if t[0].isalpha())
    return frozenset(words)


def split_at(toks: list[str], joiners: AbstractSet[str]) -> list[list[str]]:
    """The parts of an answer between its joiners (`or`, `and`, commas), empty ones left
    out."""
    parts: list[list[str]] = [[]]
    for token in toks:
        if token in joiners:
            parts.append([])
        else:
            parts[-1].append(token)
    return [p for p in parts if p]


def hedged(toks: list[str]) -> bool:
    """The answer offers a choice (`Roe or Doe`, `true/false`); `$120/kg` offers none."""
    return not HEDGES.isdisjoint(slash_as_per(toks))


# `40-45` and `1100–1250` are one token to the tokenizer: the two ends of a range.
_SPAN = re.compile(r"^(\d[\d,.]*)[-–](\d[\d,.]*)$")


def spans_apart(toks: list[str]) -> list[str]:
    """Each range written as one token (`3-5`) as its two ends (`3 to 5`)."""
    out: list[str] = []
    for token in toks:
        span = _SPAN.match(token)
        out.extend((span[1], "to", span[2]) if span else (token,))
    return out


def slash_as_per(toks: list[str]) -> list[str]:
    """`$120/kg`, `90 km/h`: a slash before a unit of measure or of time, or between a
    figure and a word (`€48/night`), is `per`; a unit's letters after it are the unit
    (`$68/t` is $68 per tonne)."""
    if "/" not in toks:
        return toks
    out: list[str] = []
    at = 0
    while at < len(toks):
        token = toks[at]
        following = toks[at + 1] if at + 1 < len(toks) else ""
        at += 1
        if token != "/":
            out.append(token)
        elif following in TIME_UNITS or unit_at(toks, at) is not None:
            out.append("per")
        elif (lettered := lettered_rate(following)) is not None:
            out.extend(("per", *lettered.name.split()))
            at += 1  # the letters, read as the unit
        elif out and out[-1][:1].isdigit() and following.isalpha():
            out.append("per")  # `€48/night`, `$160/TEU`: a figure per a thing, no choice
        else:
            out.append(token)
    return out


# `an hour or so`, `more or less`, `or thereabouts`: softening, not a second answer.
_SOFTENERS = frozenset({"so", "more", "less", "thereabouts", "around", "about"})


def offers_alternatives(toks: list[str]) -> bool:
    """`fifteen years or life`: two answers joined by `or`, even when one is not a value."""
    parts = 0
    current = False
    for token in toks:
        if token in HEDGES:
            parts += current
            current = False
        elif token[0].isalnum() and token not in FILLERS and token not in _SOFTENERS:
            current = True
    parts += current
    return parts >= 2


def asserted(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not m.denied]


DENIERS = frozenset({"not", "never"})


def denied_positions(toks: list[str]) -> set[int]:
    """Token positions named only to be denied: `not Spain`, `Roe rather than Doe`.

    A denial runs from `not`/`never` (at the start of a clause), `rather than`,
    `instead of` or `other than` to the end of its clause.
    """
    denied: set[int] = set()
    active = False
    clause_start = True
    for index, token in enumerate(toks):
        if token == ",":
            active = False
            clause_start = True
            continue
        if token == "but" and active and toks[index + 1 : index + 2] != ["not"]:
            active = False  # `not Vienna but Geneva`
            clause_start = False
            continue
        if (
            (clause_start and token in DENIERS)
            or (token == "than" and index >= 1 and toks[index - 1] in ("rather", "other"))
            or (token == "of" and index >= 1 and toks[index - 1] == "instead")
            or (token == "but" and index + 1 < len(toks) and toks[index + 1] == "not")
        ):
            active = True
        if active:
            denied.add(index)
        clause_start = token in ("but", "and") and not active
    return denied


_SCORE = re.compile(r"(\d+)-(\d+)")


def scores_apart(toks: list[str], before: Collection[str] | None = None) -> list[str]:
    """`failed 6-10` as `failed 6 to 10`: each side of a vote or score is a figure. With
    `before`, only a dashed pair written before one of those words (`10-12 days`, a range
    of time before units of time). The same list where there is none (most answers)."""
    if not any(_SCORE.fullmatch(t) for t in toks):
        return toks
    out: list[str] = []
    for at, token in enumerate(toks):
        score = _SCORE.fullmatch(token)
        if score and before is not None:
            score = score if at + 1 < len(toks) and toks[at + 1] in before else None
        out.extend((score[1], "to", score[2]) if score else (token,))
    return out


def short_forms_spelt_out(toks: list[str], key: list[str]) -> list[str]:
    """`N Circular Rd` for North Circular Road, `Co. Offaly` for County Offaly: a short
    form of a word of the key (its first letter and others of it, in order), typed beside
    a word that stands beside that word in the key, is that word."""
    out = toks
    for at, short in enumerate(toks):
        if not short.isalpha() or len(short) > 3 or short in key or short in _NEVER_SHORT:
            continue  # `or` is no short `orbit`
        following = toks[at + 1] if at + 1 < len(toks) else ""
        for where, word in enumerate(key):
            if len(word) <= len(short) or not _letters_of(short, word):
                continue
            if numbering_numeral(short) and numbering_numeral(word):
                continue  # `Commission VII`: another number, no short `VIII`
            if following and word.startswith(short + following[:2]):
                continue  # `E-sports` for Esports: a word split, not shortened
            if len(short) > 1 and "".join(w[:1] for w in key[where : where + len(short)]) == short:
                continue  # `RA` for the Royal Academy: the initials of several words
            before = at > 0 and where > 0 and toks[at - 1] == key[where - 1]
            after = toks[at + 1 : at + 2] == key[where + 1 : where + 2] != []
            if before or after:
                out = [*out[:at], word, *out[at + 1 :]]
                break
    return out


# Small words that are never a short form of another (`sun-synchronous or geostationary`).
_NEVER_SHORT = FILLERS | {"or", "nor", "if", "so", "as", "at", "by", "in", "on", "to", "up"}


def _letters_of(short: str, word: str) -> bool:
    """`rd` of `road`: the word's first letter, then others of it in order."""
    if short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


# Words a year is typed after: `in 2017`, `since 2019`, `until 2030`.
_BEFORE_A_YEAR = frozenset(
    {"in", "since", "until", "till", "to", "from", "by", "before", "after", "of", "through"}
)


def year_unsaid(toks: list[str], ctx: Context) -> int | None:
    """A year typed after `in`, `since`… (`Tesfaye Bekele, in 2017`) that the article never
    writes, nor is the year it was published in: a date of the answer's own."""
    for before, token in pairwise(toks):
        if before in _BEFORE_A_YEAR and len(token) == 4 and token.isdecimal():
            year = int(token)
            if 1900 <= year <= 2100 and year not in ctx.names.years and year != ctx.default_year:
                return year
    return None


def initials_of(words: Sequence[str], shortest: int = 3) -> frozenset[str]:
    """The letters a name of `shortest` words or more is shortened to, with and without its
    small words (`pli` of Premier Lotteries Ireland, `boe` and `be` of Bank of England; with
    `shortest` 2, `nw` of north-west)."""
    named = [w for w in words if w.isalpha()]
    if len(named) < shortest:
        return frozenset()
    every = "".join(w[0] for w in named)
    content = "".join(w[0] for w in named if w not in FILLERS)
    return frozenset(i for i in (every, content) if len(i) >= shortest)


@last_by_identity
def figures_by_value(names: ArticleNames) -> dict[float, list[tuple[tuple[str, ...], Mention]]]:
    """Each figure of the article, by value, with its sentence and its mention there: read
    once for all of a pack's questions, which share the article."""
    found: dict[float, list[tuple[tuple[str, ...], Mention]]] = {}
    for sentence in names.sentences:
        for m in scan(list(sentence)):
            if m.value is not None:
                found.setdefault(m.value, []).append((sentence, m))
    return found


@last_by_identity
def written_after_where(sentences: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The words the article writes straight after `in` or `from`, as where something is or
    comes from: read once per article, not once per answer."""
    return frozenset(
        sentence[at]
        for sentence in sentences
        for at in range(1, len(sentence))
        if sentence[at - 1] in ("in", "from")
    )
