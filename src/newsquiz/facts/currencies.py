"""Currencies: every ISO 4217 currency in circulation, by its names, the country words
that qualify them (`Danish kroner`, `Kenyan shillings`) and its abbreviations (`KSh`,
`NOK`), read once from `facts/data/currencies.tsv`.

A currency is written as its code when the answer says which one (`$`, `NOK`, `Danish
kroner`), and as its bare name when it does not (`kroner`): a bare name may be any
currency of that name, a qualified one only its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsquiz.facts.text import words_of

# Between the codes of the currencies one sign may be (`PGK|ZMW` for `K`).
ONE_OF = "|"


@dataclass(frozen=True)
class Currencies:
    names: dict[str, frozenset[str]]  # code -> every name of it
    bare: frozenset[str]  # names read as money without a qualifier
    qualified: dict[tuple[tuple[str, ...], str], str]  # (qualifier words, name) -> code
    abbreviations: dict[str, str]  # `ksh`, `nok` -> code
    longest_qualifier: int
    english: frozenset[str]  # names that are also English words (`won`, `real`)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


@cache
def currencies() -> Currencies:
    text = resources.files("newsquiz.facts").joinpath("data", "currencies.tsv")
    names: dict[str, frozenset[str]] = {}
    qualified: dict[tuple[tuple[str, ...], str], str] = {}
    abbreviations: dict[str, str] = {}
    english: set[str] = set()
    shared: dict[str, list[str]] = {}
    longest = 1
    for line in text.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, named, qualifiers, short = ([*line.split("\t"), "", "", ""])[:4]
        words = {w for n in _split(named) for w in words_of(n)[-1:]}
        names[code] = frozenset(words)
        english.update(w for n in _split(named) if n.startswith("(") for w in words_of(n)[-1:])
        for qualifier in _split(qualifiers):
            qualifier_words = words_of(qualifier)
            longest = max(longest, len(qualifier_words))
            for word in words:
                qualified.setdefault((qualifier_words, word), code)
        for abbreviation in _split(short):
            # `R$`, `C$` are one token (`a $5` is two): the dollar of Brazil, of Canada.
            written = shared.setdefault("".join(words_of(abbreviation)), [])
            if code not in written:  # `RO` and `R.O.`, one currency's
                written.append(code)
    for abbreviation, codes in shared.items():
        # `Rs` is any rupee: it stands for the name the currencies share, as `rupees` does.
        common = frozenset.intersection(*(names[c] for c in codes))
        name = max(sorted(common), key=len) if common else None
        if len(codes) == 1:
            abbreviations[abbreviation] = codes[0]
        elif name and {c for c, named in names.items() if name in named} == set(codes):
            abbreviations[abbreviation] = name
        else:
            # `K` is the kwacha, the kina or the kyat: any of them, never the dollar.
            abbreviations[abbreviation] = ONE_OF.join(sorted(codes))
    every_name = frozenset(w for ws in names.values() for w in ws)
    return Currencies(
        names, every_name - english, qualified, abbreviations, longest, frozenset(english)
    )


@dataclass(frozen=True, slots=True)
class Subunit:
    per_unit: float  # how many make one of the currency
    codes: frozenset[str]  # the currencies divided into it


@cache
def _subunits() -> dict[str, tuple[Subunit, ...]]:
    text = resources.files("newsquiz.facts").joinpath("data", "currency-subunits.tsv")
    found: dict[str, list[Subunit]] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        named, per_unit, codes = line.split("\t")
        subunit = Subunit(float(per_unit), frozenset(codes.split()))
        for name in _split(named):
            found.setdefault("".join(words_of(name)), []).append(subunit)
    return {name: tuple(units) for name, units in found.items()}


def subunit_at(toks: list[str], at: int) -> tuple[Subunit, ...]:
    """The minor units of currency named at `toks[at]` (`cents`, `pesewas`), if any; after
    a country's word, only that country's (`US cents` are no euro cents)."""
    if at >= len(toks):
        return ()
    found = _subunits().get(toks[at], ())
    if found or at + 1 >= len(toks):
        return found
    named = _qualified_codes().get(toks[at])
    if named is None:
        return ()
    return tuple(
        Subunit(s.per_unit, s.codes & named)
        for s in _subunits().get(toks[at + 1], ())
        if s.codes & named
    )


@cache
def _qualified_codes() -> dict[str, frozenset[str]]:
    """The currencies each one-word qualifier names (`us`: USD; `australian`: AUD; `euro`)."""
    codes: dict[str, set[str]] = {}
    for (qualifier, _), code in currencies().qualified.items():
        if len(qualifier) == 1:
            codes.setdefault(qualifier[0], set()).add(code)
    # A currency's own name before its minor unit (`euro cents`), where one currency bears it.
    bearers: dict[str, set[str]] = {}
    for code, names in currencies().names.items():
        for name in names:
            bearers.setdefault(name, set()).add(code)
    for name, found in bearers.items():
        if len(found) == 1:
            codes.setdefault(name, set()).update(found)
    return {word: frozenset(found) for word, found in codes.items()}


def spoken_currency_at(toks: list[str], at: int) -> str | None:
    """A currency's name that is also an English word (`won`, `real`) at `toks[at]`: read as
    money only straight after an amount where money is asked."""
    if at < len(toks) and toks[at] in currencies().english:
        return toks[at]
    return None


@cache
def _qualifier_starts() -> frozenset[str]:
    """The first word of every qualifier (`danish` of Danish kroner)."""
    return frozenset(words[0] for words, _ in currencies().qualified if words)


def currency_after(toks: list[str], at: int) -> tuple[str, int] | None:
    """The currency named from `toks[at]` (`Danish kroner`, `shillings`, `NOK`): (its code,
    or its bare name, and where it ends)."""
    table = currencies()
    # Asked at every word of every answer and question: a word no qualifier begins with
    # starts none, without a look-up for each length of qualifier.
    if at < len(toks) and toks[at] in _qualifier_starts():
        for size in range(table.longest_qualifier, 0, -1):
            name_at = at + size
            if name_at < len(toks):
                code = table.qualified.get((tuple(toks[at:name_at]), toks[name_at]))
                if code is not None:
                    return code, name_at + 1
    if at < len(toks) and toks[at] in table.bare:
        return toks[at], at + 1
    # `9,500,000 NOK`; a one-letter sign is written before the figure, and after it is
    # something else (`712p` pence, `30m` millions).
    if at < len(toks) and len(toks[at]) > 1 and toks[at] in table.abbreviations:
        return table.abbreviations[toks[at]], at + 1
    return None


def currency_abbreviated(token: str) -> str | None:
    """The currency an abbreviation written before an amount names: `KSh`, `NOK`."""
    return currencies().abbreviations.get(token)


def same_currency(a: str, b: str) -> bool:
    """Two currencies an answer and a key name are the same: equal codes, a bare name and a
    code of that name (`kroner` and NOK), two names one currency bears, or a sign several
    currencies write (`K`) and one of them."""
    if a == b:
        return True
    if ONE_OF in a or ONE_OF in b:
        return any(same_currency(x, y) for x in a.split(ONE_OF) for y in b.split(ONE_OF))
    table = currencies().names
    a_names = table.get(a, frozenset({a}))
    b_names = table.get(b, frozenset({b}))
    if a in table and b in table:
        return False
    if a not in table and b not in table:
        return any(a in ns and b in ns for ns in table.values())
    return not a_names.isdisjoint(b_names) and (a in b_names or b in a_names)


def narrowed(currency: str, named: set[str]) -> str:
    """A sign several currencies write (`K`), as those of them that other mentions of money
    name (`kwacha`: Zambia's or Malawi's, not the kina); unchanged where they name none."""
    if ONE_OF not in currency:
        return currency
    alike = [
        code
        for code in currency.split(ONE_OF)
        if any(ONE_OF not in other and same_currency(code, other) for other in named)
    ]
    return ONE_OF.join(alike) if alike else currency


def currency_is_code(currency: str) -> bool:
    """The currency is one (`NOK`), not any of a name (`kroner`)."""
    return currency in currencies().names
