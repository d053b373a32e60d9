"""Folding text into tokens: lower case, no accents, plain punctuation.

The one tokeniser of answers, keys and articles alike.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsquiz.facts.words import PLUS_SIGN

# Curly quotes, dashes and odd spaces that NFKD leaves alone.
_PUNCT_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": " - ",
        "\u2212": "-",
        "\u00a0": " ",
        # Latin letters that NFKD leaves whole, as an English keyboard types them.
        **dict.fromkeys("øØ", "o"),
        **dict.fromkeys("łŁŀĿ", "l"),
        **dict.fromkeys("đĐðÐ", "d"),
        **dict.fromkeys("ıİ", "i"),
        **dict.fromkeys("ħĦ", "h"),
        **dict.fromkeys("ŧŦ", "t"),
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ſ": "s",
    }
)


def as_typed_letters(text: str) -> str:
    """The text with its punctuation and Latin letters as an English keyboard types them
    (`Torbjørn` is `Torbjorn`), accents left as combining marks for NFKD to drop."""
    return unicodedata.normalize("NFKD", text.translate(_PUNCT_MAP))


# Scripts whose combining marks are letters' vowels (Devanagari to Sinhala, Thai, Lao,
# Myanmar, Khmer): folding keeps them. Elsewhere such a sign is an accent or a vowel point
# that writers leave out (é, ñ, Arabic and Hebrew pointing), so folding drops it.
_MARKS_ARE_VOWELS = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_KEEPS_MARKS = re.compile(f"[{_MARKS_ARE_VOWELS}]")

_TOKEN = re.compile(
    # No token starts on a space: a space fails this at once, where it was tried against
    # every alternative below (a quarter of the time of tokenising a sentence).
    r"(?=\S)(?:"
    # A grade written with a star (`Grade II*`), another grade than the bare numeral's.
    r"(?<![^\W\d_])[ivx]+\*(?![\w*])|"
    r"\d+(?:[.,/:\-]\d+)*(?:st|nd|rd|th)?"  # 84, 1,000, 1.5, 5/13, 2022-05-13, 13th
    r"|(?<![^\W\d_])s/(?= ?\d)"  # Peru's sol before an amount, `S/ 6.6 million`, one token
    # `A/S`, `c/o`: one word, no `or` (`m/s` stays metres per second, and so does a unit
    # over a unit after a figure: `9 g/l`)
    r"|(?<![^\W\d_/])(?<!\d)(?<!\d )(?!m/s)[^\W\d_]/[^\W\d_](?![^\W\d_/])"
    # words of any script (no apostrophes), then a dollar sign's country written with it
    # (`R$`, `NZ$`) as one token, where `a $5` is two
    rf"|[^\W\d_](?:[^\W\d_]|[{_MARKS_ARE_VOWELS}])*+(?!\$)|[^\W\d_]+\$"
    r"|[$€£¥₩₹₽₺₦₵₱₫₪₴₸₭₮₲₡฿৳₼₾֏៛~&+/]"  # currency signs and joiners that mean something
    r"|[,;:!?()]"  # clause breaks, kept as a single `,`
    r")"
)
_BREAKS = frozenset(",;:!?()")
_APOSTROPHE_S = re.compile(r"'s\b")
_BARE_DECIMAL = re.compile(r"(?<![\w.])\.(\d)")
_ACRONYM = re.compile(r"\b((?:[a-z]\.){2,})")
# A sign before a number, not a hyphen or a range's dash: `-200 °C`, `(-5)`.
_MINUS = re.compile(r"-(?=[\d$€£¥₹₦₱₩₪₫₴₸₺₼₽])(?<![\w.\-]-)")  # `-200`, `-₹214 crore`


# Fractions written as one sign: `33½` is 33.5 and `½` alone 0.5 (NFKD would make `33½`
# the number 331 and a 2).
_FRACTIONS = {"½": "5", "¼": "25", "¾": "75", "⅛": "125", "⅜": "375", "⅝": "625", "⅞": "875"}
_FRACTION = re.compile(f"(\\d?)([{''.join(_FRACTIONS)}])")


def _decimal(found: re.Match[str]) -> str:
    return f"{found[1] or ' 0'}.{_FRACTIONS[found[2]]}"


# A sign of comparison before a figure, as the words say it: `< 2 minutes`, `≥ 10 km`.
_COMPARISON = re.compile(r"(<=|>=|≤|≥|<|>|≈)\s*(?=[\d$€£¥₹₦₱₩₪₫₴₸₺₼₽.-])")
_COMPARISON_WORDS = {"<=": "at most", ">=": "at least", "≤": "at most", "≥": "at least",
                     "<": "less than", ">": "more than", "≈": "about"}  # fmt: skip


# A figure with a plus after it: `40+ years`, `5+ hours`, `16+` (sixteen and over), read as
# a word before the figure.
_AT_LEAST = re.compile(r"(?<![\w.+])(\d[\d,.]*)\+(?![\d+])")


# The cent sign after a figure: `58¢`.
_CENTS_SIGN = re.compile(r"(\d)\s*¢")


def fold(text: str) -> str:
    """Lower case without accents, with typographic punctuation made plain."""
    if "<" in text or ">" in text or "≤" in text or "≥" in text or "≈" in text:
        text = _COMPARISON.sub(lambda m: f" {_COMPARISON_WORDS[m[1]]} ", text)
    if "+" in text:
        text = _AT_LEAST.sub(rf"{PLUS_SIGN} \1 ", text)  # `40+ years`
    if not text.isascii():
        if "¢" in text:
            text = _CENTS_SIGN.sub(r"\1 cents ", text)  # `58¢/km`; not a sign of its own, `GH¢9`
        if _FRACTION.search(text):
            text = _FRACTION.sub(_decimal, text)
        text = as_typed_letters(text)
        if _KEEPS_MARKS.search(text):
            text = "".join(
                c
                for i, c in enumerate(text)
                if not unicodedata.combining(c) or (i and _KEEPS_MARKS.match(text[i - 1]))
            )
        else:
            text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()
    if "." in text:
        text = _ACRONYM.sub(lambda m: m.group(1).replace(".", "") + " ", text)  # N.A.T.O.
        text = _BARE_DECIMAL.sub(r"0.\1", text)  # `.5` is `0.5`
    if "%" in text:
        text = text.replace("%", " percent ")
    if "°" in text:
        text = text.replace("°", " degrees ")  # `-200 °C`, `74°S`
    if "-" in text:
        text = _MINUS.sub("minus ", text)
    if "'" in text:
        text = text.replace("n't", " not").replace("'re", " are")
        text = _APOSTROPHE_S.sub("", text).replace("'", "")
    return text


def tokens(text: str) -> list[str]:
    """The tokens of already folded text; clause breaks all become `,`."""
    return ["," if t in _BREAKS else t for t in _TOKEN.findall(text)]


# Texts this short (a word, an answer, a question, a claim) are tokenised again and again
# while a pack is checked: each is tokenised once.
_REMEMBERED_LENGTH = 200
# Longer ones (a paragraph, a long quote) repeat too, a few at a time: each reading of a
# question's grader (its places, its conversions, the details after its figure) reads the
# cited paragraph again, and so does the next question citing it. A pack's last few are
# kept (checking the corpus packs tokenised each about thirty times).
_LONG_REMEMBERED = 256


# Plain words: ASCII letters and single spaces, as most names of the world tables and many
# answers are. Folding only lowers them (no accent, sign or apostrophe to read) and every
# word is a token of its own: the tokeniser's pattern is not needed.
_PLAIN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def plain_words(text: str) -> tuple[str, ...] | None:
    """The tokens of a text of plain words only, lowered; None for any other text."""
    return tuple(text.lower().split(" ")) if _PLAIN_WORDS.fullmatch(text) else None


@lru_cache(maxsize=1 << 15)
def _tokenized(text: str) -> tuple[str, ...]:
    return plain_words(text) or tuple(tokens(fold(text)))


@lru_cache(maxsize=_LONG_REMEMBERED)
def _long_tokenized(text: str) -> tuple[str, ...]:
    return tuple(tokens(fold(text)))


def _tokens_of(text: str) -> tuple[str, ...]:
    return _tokenized(text) if len(text) <= _REMEMBERED_LENGTH else _long_tokenized(text)


def tokenize(text: str) -> list[str]:
    return list(_tokens_of(text))


def words_of(text: str) -> tuple[str, ...]:
    """The folded tokens of `text` that are words or numbers (no punctuation)."""
    return _short_words(text) if len(text) <= _REMEMBERED_LENGTH else _words_in(_tokens_of(text))


def fold_text(text: str) -> str:
    """SQuAD-style: lower case, no accents, punctuation or articles, single spaces."""
    return _short_folded(text) if len(text) <= _REMEMBERED_LENGTH else _folded_in(_tokens_of(text))


def _words_in(toks: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in toks if t[0].isalnum())


def _folded_in(toks: tuple[str, ...]) -> str:
    return " ".join(t for t in toks if t not in SQUAD_DROP)


# The same short texts (an answer, a changed value, a name) are read as words, or folded,
# again and again while a pack is checked: a tenth as many texts as readings. Each is kept
# whole, rather than read again from its remembered tokens.
@lru_cache(maxsize=1 << 14)
def _short_words(text: str) -> tuple[str, ...]:
    return _words_in(_tokenized(text))


@lru_cache(maxsize=1 << 14)
def _short_folded(text: str) -> str:
    return _folded_in(_tokenized(text))


SQUAD_DROP = frozenset({"a", "an", "the", ",", "~", "&", "+", "/"})


# Characters that steer a terminal rather than print (escape sequences, bells, bidi
# overrides): never shown from a pack, a name or an answer.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """The text with every control character removed (everything else kept literally)."""
    return CONTROL.sub("", text)


# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t")


def spreadsheet_cell(cell: object) -> object:
    """A CSV cell no spreadsheet runs: controls (a carriage return among them, which
    would start a row of its own) removed, and a formula's first character defused."""
    if not isinstance(cell, str):
        return cell
    cell = CONTROL.sub("", cell)
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def singular(word: str) -> str:
    """The word in lower case without a plural `s` (`counts` → `count`, not `boss` → `bos`)."""
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def plural(count: int, noun: str) -> str:
    """ "1 answer", "3 answers": a count with its noun (regular plurals only)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
