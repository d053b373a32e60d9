"""Grading a typed answer against a question's key, accepted and rejected answers.

`grade(question, typed)` compiles the question once (its key read, its words
folded) and caches the compiled grader, so a batch grades each answer with a
single tokenising pass and a few dictionary look-ups.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from newsquiz.facts.article import ArticleNames, sentences_of
from newsquiz.facts.short_years import short_years_written_out
from newsquiz.facts.text import SQUAD_DROP, fold, tokenize, tokens
from newsquiz.facts.truth import read_truth
from newsquiz.facts.values import DURATION, MONEY, NUMBER, scan
from newsquiz.facts.words import (
    APPROXIMATE,
    COMPARATIVE,
    FILLERS,
    HONORIFICS,
    NUMBER_WORDS,
    money_kinds,
)
from newsquiz.facts.world import world
from newsquiz.facts.written import iso_months_written_out
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.choice import compile_choice, labelled_choice
from newsquiz.grading.kinds.claim import compile_claim
from newsquiz.grading.kinds.common import Context, context, figures_by_value
from newsquiz.grading.kinds.detail import with_detail_after
from newsquiz.grading.kinds.items import ITEM_BREAKS, NAMED_TWICE, NOT_AN_ITEM, compile_list
from newsquiz.grading.kinds.mixed_items import (
    FiguredItem,
    ItemBounds,
    MixedMatcher,
    bound_of_an_item_changed,
    figure_of_another_item,
    figured_items,
    item_bounds,
    item_slots,
    mixed_forms,
)
from newsquiz.grading.kinds.person import compile_person, name_parts
from newsquiz.grading.kinds.ranges import compile_count_range, compile_money_range
from newsquiz.grading.kinds.relations import with_modifiers_kept, with_relation_order
from newsquiz.grading.kinds.text import compile_text
from newsquiz.grading.kinds.thousands import with_dotted_thousands
from newsquiz.grading.kinds.values import (
    RATE_LEFT_OFF,
    compile_date,
    compile_duration,
    compile_money,
    compile_number,
)
from newsquiz.grading.normalize import (
    CLOSE,
    equivalents,
    figure_restated,
    same_word,
    strip_fillers,
    than_mended,
)
from newsquiz.grading.passages import (
    Passage,
    cited_passages,
    holds_a_quote,
    quoted_words,
    quotes_passage,
)
from newsquiz.grading.verdict import Outcome, Verdict, correct, incorrect, partial
from newsquiz.grading.vote_sides import Side, asked_side, typed_side
from newsquiz.pack.model import Answer, Citation, Kind, Question, answer_text

Grader = Callable[[str], Verdict]

# Answers remembered per question: a class's worth many times over, bounded.
_SEEN_LIMIT = 20_000
# Longer than any honest answer: a pasted paragraph is not an answer.
MAX_TOKENS = 60
_NO_ANSWER = incorrect("no answer")
_TOO_LONG = incorrect("answer briefly")
_PASTED = incorrect("answer briefly, in your own words: this is copied from the article")
_CORRECT = correct()
_QUOTED = correct("the article's own words")
_OTHER_SIDE = incorrect("the vote went the other way")
_REJECTED = incorrect()
_ANOTHER_LETTER = incorrect()  # `(c) two weeks` where two weeks is b
_ASKED = incorrect("the question gives that: it asks for what it stands for")

_ValueCompiler = Callable[[str, Context], Matcher | None]
_VALUE_KINDS: dict[Kind, _ValueCompiler] = {
    Kind.NUMBER: compile_number,
    Kind.MONEY: compile_money,
    Kind.DURATION: compile_duration,
    Kind.DATE: compile_date,
    Kind.PERSON: compile_person,
    Kind.CLAIM: compile_claim,
}


def _plain(toks: list[str], items: bool = False) -> str:
    """The tokens as compared whole with the forms the author wrote; a list's items
    joined alike (`a, b and c` is the rejected `a, b, c`)."""
    dropped = _DROPPED_IN_LISTS if items else SQUAD_DROP
    return " ".join(t for t in toks if t not in dropped)


_DROPPED_IN_LISTS = SQUAD_DROP | ITEM_BREAKS


def _shortened(text: str, answer: Answer) -> bool:
    """An accepted form that only drops words of the answer, adds an honorific or a post
    (`Lt. Col. Gurung` for Bikash Gurung), or writes the answer's surname with another
    given name."""
    if not isinstance(answer, str) or text == answer:
        return False
    surname, given = name_parts(text)
    words = {surname, *given} - HONORIFICS - world().post_words - {""}
    if words and words < set(tokens(fold(answer))):
        return True
    # `Greg Lam` for Gregory Lam, a given name the article never writes: still the
    # answer's Lam, not whichever other Lam the article names.
    return bool(surname) and surname == name_parts(answer)[0]


def _one_duration(text: str) -> float | None:
    found = [m for m in scan(tokens(fold(text))) if m.value is not None]
    return found[0].value if [m.kind for m in found] == [DURATION] else None


def _softens_another_value(text: str, answer: Answer) -> bool:
    """An accepted length of time that softens another one than the answer's: `almost a
    decade` for nine years, right only with its `almost`; so is a count or an amount in the
    answer's own words and currency (`nearly 15,000` for 14,862). (Other values may be
    softened conversions into another unit or currency: `about $1,080`.)"""
    own_toks = tokens(fold(text))
    if not isinstance(answer, str) or APPROXIMATE.isdisjoint(own_toks):
        return False
    own, main = _one_duration(text), _one_duration(answer)
    if own is not None and main is not None:
        return abs(own - main) > 1e-9 * max(1.0, main)
    main_toks = tokens(fold(answer))
    if _SCALES.isdisjoint(main_toks) and not _SCALES.isdisjoint(own_toks):
        return False  # `about 216.4 million` for 216,409,377: the usual short way to write it
    own_figure, main_figure = _one_figure(own_toks), _one_figure(main_toks)
    return (
        own_figure is not None
        and main_figure is not None
        and own_figure[1:] == main_figure[1:]
        and abs(own_figure[0] - main_figure[0]) > 1e-9 * max(1.0, main_figure[0])
    )


# The words that write a large figure short, to the precision of its decimals.
_SCALES = frozenset({"million", "billion", "trillion", "mn", "bn"})


def _one_figure(toks: list[str]) -> tuple[float, str, str | None, frozenset[str]] | None:
    """The one count or amount a text's tokens give: its value, kind, currency, and the
    words around it that are no hedge (`nearly 15,000 votes`: 15,000, votes)."""
    found = [m for m in scan(toks) if m.value is not None]
    if len(found) != 1 or found[0].kind not in (NUMBER, MONEY) or found[0].ordinal:
        return None
    m = found[0]
    around = frozenset(toks[: m.start] + toks[m.end :]) - APPROXIMATE - FILLERS
    assert m.value is not None
    return m.value, m.kind, m.currency, around


def _softened(matcher: Matcher) -> Matcher:
    def match(toks: list[str]) -> Verdict:
        if APPROXIMATE.isdisjoint(toks):
            return incorrect("that is another value: the article's is not that round")
        return matcher(toks)

    return match


_KIN = (
    "wife|husband|son|daughter|mother|father|brother|sister|cousin|niece|nephew|partner"
    "|widow|widower|grandson|granddaughter|grandmother|grandfather|aunt|uncle|stepson"
    "|stepdaughter|fiancée|fiancee|fiancé|fiance"
)
_BY_ANOTHERS_RELATION = re.compile(rf"['’]s\s+(?:{_KIN})\b|\b(?:{_KIN})\s+of\b", re.IGNORECASE)


def _matcher(
    question: Question,
    key: Answer,
    ctx: Context,
    accepted: bool = False,
    claim_key: Matcher | None = None,
) -> Matcher:
    """`claim_key`: the claim's answer as `compile_claim` reads it, compiled once per
    question: the answer's own matcher, and what guards its accepted corrections."""
    kind = question.kind
    if claim_key is not None and key is question.answer:
        return claim_key
    if kind == Kind.LIST:
        return compile_list(key, ctx)
    text = answer_text(key)
    if kind == Kind.CHOICE:
        return compile_choice(text, question.choices, ctx)
    compiler = _VALUE_KINDS.get(kind)
    if kind == Kind.NUMBER:
        ranged = compile_count_range(text, ctx)  # `between 120 and 150`
        if ranged is not None:
            return ranged
    if kind == Kind.PERSON and _BY_ANOTHERS_RELATION.search(text):
        # `Colin Roe's wife`: read as a person, the accepted form would name Colin Roe.
        return compile_text(text, ctx, answer_text(question.answer))
    if kind == Kind.PERSON and accepted and _shortened(text, question.answer):
        compiled = compile_person(text, ctx, answer_text(question.answer))
        if compiled is not None:
            return compiled
    if compiler is not None:
        compiled = compiler(text, ctx)
        if compiled is None and kind == Kind.MONEY:
            compiled = compile_money_range(text, ctx)  # `between €2m and €4m`
        if compiled is not None:
            if accepted and _softens_another_value(text, question.answer):
                return _softened(compiled)
            if kind in (Kind.NUMBER, Kind.MONEY):
                compiled = with_dotted_thousands(compiled)
            if kind in (Kind.NUMBER, Kind.MONEY, Kind.DURATION):
                return with_detail_after(compiled, ctx, items_of_time=kind != Kind.DURATION)
            return compiled
    # A key the kind cannot read (an author's slip) is still graded as text.
    main = answer_text(question.answer)
    as_text = compile_text(
        text, ctx, main if key is not question.answer else None, details=accepted
    )
    if kind == Kind.TEXT:
        as_text = with_relation_order(as_text, text)  # `soft clay under weathered rock`
        as_text = with_modifiers_kept(as_text, text)  # `a diesel leak…a gas generator`
    if claim_key is not None and accepted:
        return _figures_as_the_key_reads(as_text, claim_key, _quoted_values(ctx), text)
    return as_text


def _quoted_values(ctx: Context) -> frozenset[float]:
    texts = (*ctx.quotes, ctx.explain)
    return frozenset(m.value for text in texts for m in scan(tokens(fold(text))) if m.value)


def _figures_as_the_key_reads(
    accepted: Matcher, key: Matcher, quoted: frozenset[float], text: str
) -> Matcher:
    """An accepted verdict with its correction (`false, it was defeated`) takes more words
    after it, but not figures of the article's other facts, none of its quote's, that the
    key's own reading finds false (`false, it was defeated by 58 votes to 37` where the
    quote's vote is 55 to 41), and never the other verdict in its words (`not false` shares
    both of its words with `false, it is not included`)."""

    written = tokens(fold(text))
    verdict = read_truth(written)
    own_figures = [m.value for m in scan(written) if m.value]

    def match(toks: list[str]) -> Verdict:
        said = read_truth(toks)
        if verdict is not None and said is not None and said != verdict:
            return incorrect()
        typed = [m.value for m in scan(toks) if m.value]
        # Its figures in another order may set them to each other's things (`seven in
        # 2023 against two this year`, the other way round).
        rearranged = typed != own_figures and sorted(typed) == sorted(own_figures)
        if typed and (quoted.isdisjoint(typed) or rearranged):
            read = key(toks)
            if not read.correct and read.reason is not None:
                return read
        return accepted(toks)

    return match


# More words of its own than any sentence around a short answer needs.
MAX_OWN_WORDS = 8


def _written(answer: Answer) -> frozenset[str]:
    return frozenset(tokens(fold(answer_text(answer))))


def _words_of(answer: Answer) -> frozenset[str]:
    return _written(answer) - FILLERS


def _key_words(question: Question) -> frozenset[str]:
    keys = (question.answer, *question.accept, *(p.answer for p in question.partial))
    texts = [answer_text(k) for k in keys]
    texts.extend(question.choices)
    return frozenset(t for text in texts for t in tokens(fold(text)))


def _pasted(toks: list[str], known: frozenset[str]) -> bool:
    """A pasted paragraph: many words that are neither the key's, the question's, fillers
    nor number words (`six million four hundred thirty-eight thousand…` is one figure)."""
    own = 0
    for token in toks:
        if (
            token[0].isalpha()
            and token not in known
            and token not in FILLERS
            and token not in NUMBER_WORDS
        ):
            own += 1
            if own > MAX_OWN_WORDS:
                return True
    return False


# Words of its own a copied run must bring to be pasted rather than the answer itself.
_OWN_WORDS_IN_PASTE = 2


def _copied(toks: list[str], names: ArticleNames, known: frozenset[str]) -> bool:
    """A sentence or a long run copied from the article, with words beyond the answer's
    (`known`) and the fillers."""
    words = [t for t in toks if t != ","]
    if not names.pasted(words):
        return False
    own = sum(1 for w in words if w[0].isalpha() and w not in known and w not in FILLERS)
    # A whole sentence of the article, word for word, is pasted with one word of its own.
    needed = 1 if tuple(words) in names.whole_sentences else _OWN_WORDS_IN_PASTE
    return own >= needed


def _holds_run(sentence: tuple[str, ...], run: tuple[str, ...], inside: bool = False) -> bool:
    """The sentence writes the run, after its first word where `inside`."""
    size = len(run)
    first = 1 if inside else 0
    return any(sentence[i : i + size] == run for i in range(first, len(sentence) - size + 1))


_ARTICLES = frozenset({"a", "an", "the"})
# The most words of an answer, and of the article's description after it, read so.
_DESCRIBED_HEAD = 5
_DESCRIPTION = 10


# Words an answer's figure may follow: `about 70 percent`, `up to €8,500`.
_BEFORE_A_FIGURE = APPROXIMATE | COMPARATIVE | {"up", "to", "than", "at"}
# Verbs that make a run a clause of its own, not a phrase of the figure's.
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})


def _figure_phrase(words: list[str], names: ArticleNames) -> int | None:
    """Where the figure ends that the words open with (perhaps after a bound on it), where
    the words after it are the ones a sentence of the article writes after that figure
    (`about 70 percent of the flour milled in the valley`), not from the sentence's first
    word, and no verb of their own makes them a clause. Else None."""
    first = next((m for m in scan(words) if m.value is not None), None)
    if (
        first is None
        or first.value is None
        or any(w not in _BEFORE_A_FIGURE for w in words[: first.start])
        or not _FINITE.isdisjoint(words)
    ):
        return None
    after = tuple(words[first.end :])
    size = len(after)
    for sentence, m in figures_by_value(names).get(first.value, ()):
        if m.start > first.start and sentence[m.end : m.end + size] == after:
            return first.end
    return None


def _states(keys: Sequence[Matcher]) -> Callable[[list[str]], bool]:
    def states_fact(toks: list[str]) -> bool:
        return any(key(toks).outcome is Outcome.CORRECT for key in keys)

    return states_fact


def _partly(toks: list[str], best: Verdict, partials: Sequence[tuple[Matcher, Verdict]]) -> Verdict:
    """An answer worth part of the marks, unless the key itself took it (as more than close)."""
    for matcher, worth in partials:
        verdict = matcher(toks)
        if not verdict.correct:
            continue
        if best.correct and verdict.close:
            return best  # close to both: the key's reading wins
        if best.correct or worth.score > best.score:
            return worth
    return best


def compile_question(question: Question) -> Grader:
    """A grader for one question: typed text in, Verdict out."""
    ctx = context(question)
    claim_key = (
        compile_claim(answer_text(question.answer), ctx) if question.kind == Kind.CLAIM else None
    )
    keys = tuple(
        _matcher(question, key, ctx, accepted=True, claim_key=claim_key)
        for key in (question.answer, *question.accept)
    )
    # A rejected entry's words less the small ones the answer writes too: its own small
    # words tell it apart (`a year` of `370 a year`, beside `370 lines a month`).
    answer_fillers = _written(question.answer) & FILLERS
    rejects = tuple(
        (_matcher(question, key, ctx), _written(key) - answer_fillers) for key in question.reject
    )
    # Answers worth part of the marks, best first: `{answer: Cat, score: 0.5}`.
    scored = sorted(question.partial, key=lambda p: -p.score)
    partials = tuple((_matcher(question, p.answer, ctx), partial(p.score)) for p in scored)
    partly_exact: dict[str, Verdict] = {}
    items = question.kind == Kind.LIST
    for entry, verdict in zip(scored, (v for _, v in partials), strict=True):
        partly_exact.setdefault(_plain(tokens(fold(answer_text(entry.answer))), items), verdict)
    exact = {
        _plain(tokens(fold(answer_text(k))), items) for k in (question.answer, *question.accept)
    }
    rejected = frozenset(_plain(tokens(fold(answer_text(k))), items) for k in question.reject)
    exact -= rejected
    exact.discard("")
    is_claim = question.kind == Kind.CLAIM
    # Fillers apart (every grader would otherwise hold a copy of them).
    answer_words = _key_words(question)
    slots = item_slots(question.answer, question.accept) if items else None
    mixed = (
        mixed_forms(slots, (question.answer, *question.accept), lambda mix: compile_list(mix, ctx))
        if slots is not None
        else None
    )
    return _CompiledQuestion(
        keys,
        rejects,
        partials,
        partly_exact or _NOTHING_PARTLY,
        frozenset(exact),
        rejected or _NOTHING,
        is_claim,
        answer_words,
        ctx.words | answer_words,
        () if is_claim else question.citations,
        ctx.names,
        tuple(_words_of(k) for k in (question.answer, *question.accept)),
        KeySpelling.of(
            [
                answer_text(k)
                for k in (question.answer, *question.accept, *(p.answer for p in scored))
            ]
            + list(question.choices),
            [answer_text(k) for k in question.reject],
        ),
        _lettered(question),
        question.default_year,
        mixed,
        items,
        question.kind in (Kind.NUMBER, Kind.MONEY, Kind.DURATION),
        (
            _initials_asked(question.question) - _written(question.answer)
            if question.kind in (Kind.TEXT, Kind.PERSON)
            else frozenset()
        ),
        _negated_by_non([question.question, *ctx.key_texts]),
        (
            money_kinds(
                t
                for toks in (ctx.asked_tokens, *map(tokenize, (*ctx.key_texts, *ctx.quotes)))
                for t in toks
            )
            if question.kind == Kind.MONEY
            else frozenset()
        ),
        figured_items(question.answer) if items else (),
        question.kind == Kind.DATE,
        question.kind in (Kind.TEXT, Kind.PERSON, Kind.CHOICE),
        _vote_side(question, ctx) if question.kind in _TALLIED else None,
        item_bounds(question.answer, question.accept) if items else frozenset(),
    )


# The kinds a vote's tally is asked as (`By what margin …?`: `8–5`, `four to two`).
_TALLIED = (Kind.CHOICE, Kind.TEXT, Kind.NUMBER)


def _vote_side(question: Question, ctx: Context) -> tuple[Side, bool] | None:
    key = tokens(fold(answer_text(question.answer)))
    side = asked_side(ctx.asked_tokens, key)
    return None if side is None else (side, typed_side(key) is not None)


def _negated_by_non(texts: list[str]) -> frozenset[str]:
    """The words the texts write only after `non-` (`non-members`), never alone; not a
    name's `Non` written apart (`Dr. Non Evans`)."""
    after_non = {word for text in texts for word in _NON.findall(fold(text))}
    if not after_non:
        # Most questions write no `non-`: nothing can be left alone, so the texts are not
        # tokenised again (each is new to the tokeniser's cache, once per question).
        return frozenset()
    alone = {t for text in texts for t in tokenize(_NON.sub(" ", fold(text))) if t in after_non}
    return frozenset(after_non - alone)


_NON = re.compile(r"\bnon-([a-z]+)")


def _initials_asked(asked: str) -> frozenset[str]:
    """The words the question writes in capitals (`KRB`), as initials stand."""
    words = (word.strip("?.,;:!()[]\"'") for word in asked.split())
    return frozenset(t for w in words if len(w) >= 2 and w.isupper() for t in tokenize(w))


def _lettered(question: Question) -> tuple[int, int] | None:
    """The key's index among the choices and their number, where the key is one of them."""
    if not isinstance(question.answer, str) or question.answer not in question.choices:
        return None
    return question.choices.index(question.answer), len(question.choices)


class KeySpelling:
    """The answer's words as it writes them, for answers that write them otherwise:
    - a compound as two words or one (`sub-prefecture`, `weekdays`), typed the other way
      (`subprefecture`, `week days`);
    - a slip of a word the synonyms' table reads as another (`liqour` for liquor, read as
      `alcohol`), which would otherwise never meet the word it slips from."""

    __slots__ = ("joined", "split", "synonyms", "written")

    # Each part a word of its own (not `a` + `way`), the whole a long word.
    _SHORTEST_PART, _SHORTEST_WHOLE = 3, 7
    _SHORTEST_SLIPPED = 5  # shorter words slip into other words too often
    _SHORT_PREFIXES = frozenset({"co", "re"})  # parts of two letters hyphens set apart

    def __init__(
        self,
        joined: dict[str, tuple[str, ...]],
        split: dict[tuple[str, str], str],
        synonyms: tuple[str, ...],
        written: frozenset[str],
    ) -> None:
        self.joined = joined  # `subprefecture` typed for the key's `sub prefecture`, `womens`
        self.split = split  # `week days` typed for the key's `weekdays`
        self.synonyms = synonyms  # the key's words the synonyms' table rewrites
        self.written = written  # every word the answers and rejected entries write

    @classmethod
    def of(cls, texts: list[str], others: list[str]) -> KeySpelling | None:
        """From the answers' texts; where they or the `others` (the rejected entries) write
        a compound both ways (`per cent`, `percent`), each way is their own."""
        words: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for text in texts:
            toks = tokens(fold(text))
            words.update(toks)
            pairs.update(pairwise(toks))
        written = set(words)
        written_pairs = set(pairs)
        for text in others:
            toks = tokens(fold(text))
            written.update(toks)
            written_pairs.update(pairwise(toks))
        joined: dict[str, tuple[str, ...]] = {
            a + b: (a, b)
            for a, b in pairs
            if a.isalpha()
            and b.isalpha()
            and min(len(a), len(b)) >= cls._SHORTEST_PART
            and a + b not in written
        }
        shortest = cls._SHORTEST_PART
        split = {
            (word[:at], word[at:]): word
            for word in words
            if word.isalpha() and len(word) >= cls._SHORTEST_WHOLE
            for at in range(shortest, len(word) - shortest + 1)
            if (word[:at], word[at:]) not in written_pairs
        }
        split.update(
            ((word[:2], word[2:]), word)  # `co-operative` for the key's `cooperative`
            for word in words
            if word[:2] in cls._SHORT_PREFIXES
            and word.isalpha()
            and len(word) >= cls._SHORTEST_WHOLE
            and (word[:2], word[2:]) not in written_pairs
        )
        rewritten = equivalents()
        synonyms = tuple(
            w for w in words if len(w) >= cls._SHORTEST_SLIPPED and w.isalpha() and w in rewritten
        )
        # `womens` for the key's `women's`: the possessive's `s` without its apostrophe
        joined.update(
            (word + "s", (word,))
            for text in texts
            for possessive in _POSSESSIVE.findall(text)
            for word in tokens(fold(possessive))[-1:]
            if word.isalpha() and len(word) >= cls._SHORTEST_PART and word + "s" not in written
        )
        if not joined and not split and not synonyms:
            return None
        return cls(joined, split, synonyms, frozenset(written))

    def as_the_key_writes(self, toks: list[str]) -> list[str]:
        out: list[str] = []
        index = 0
        while index < len(toks):
            token = toks[index]
            pair = (token, toks[index + 1]) if index + 1 < len(toks) else None
            if pair is not None and pair in self.split:
                out.append(self.split[pair])
                index += 2
                continue
            out.extend(self.joined.get(token, (token,)))
            index += 1
        if self.synonyms:
            out = [self._slipped_from(token) or token for token in out]
        return out

    def _slipped_from(self, token: str) -> str | None:
        if token in self.written or len(token) < self._SHORTEST_SLIPPED - 1:
            return None
        close = [w for w in self.synonyms if same_word(token, w) == CLOSE]
        return close[0] if len(close) == 1 else None


_POSSESSIVE = re.compile(r"(\w+)['’]s\b")
_NOTHING: frozenset[str] = frozenset()
_NOTHING_PARTLY: dict[str, Verdict] = {}  # never written to: shared by every grader


class _CompiledQuestion:
    """One question's grader. An object with slots rather than a closure: a pack's graders
    stay in memory, and each closure's cells were more objects for every garbage collection
    to walk (compiling a long pack grew faster than the pack)."""

    __slots__ = (
        "answer_words",
        "citations",
        "cited_sentences",
        "dated",
        "described",
        "exact",
        "figured",
        "initials_asked",
        "is_claim",
        "item_bounds",
        "items",
        "key_words",
        "keys",
        "known_words",
        "lettered",
        "mixed",
        "money_kinds",
        "names",
        "negated_by_non",
        "partials",
        "partly_exact",
        "passages",
        "quotes",
        "rejected",
        "rejects",
        "seen",
        "spelling",
        "value",
        "vote_side",
        "year",
    )

    def __init__(
        self,
        keys: tuple[Matcher, ...],
        rejects: tuple[tuple[Matcher, frozenset[str]], ...],
        partials: tuple[tuple[Matcher, Verdict], ...],
        partly_exact: dict[str, Verdict],
        exact: frozenset[str],
        rejected: frozenset[str],
        is_claim: bool,
        answer_words: frozenset[str],
        known_words: frozenset[str],
        citations: tuple[Citation, ...],
        names: ArticleNames,
        key_words: tuple[frozenset[str], ...],
        spelling: KeySpelling | None = None,
        lettered: tuple[int, int] | None = None,
        year: int | None = None,
        mixed: MixedMatcher | None = None,
        items: bool = False,
        value: bool = False,
        initials_asked: frozenset[str] = frozenset(),
        negated_by_non: frozenset[str] = frozenset(),
        money_kinds: frozenset[int] = frozenset(),
        figured: tuple[FiguredItem, ...] = (),
        dated: bool = False,
        described: bool = False,
        vote_side: tuple[Side, bool] | None = None,
        item_bounds: ItemBounds = frozenset(),
    ) -> None:
        # The bounds a list key's items set on their figures: `children under 12` is not
        # `children aged 12 and under`.
        self.item_bounds = item_bounds
        # The side of a vote the question asks the tally of, and whether the key says it:
        # a tally typed with the other side (`8-5 against`) is another fact.
        self.vote_side = vote_side
        # A list key's items that give figures: a typed item may leave its figure out
        # (as an accepted form may), never give another.
        self.figured = figured
        # The kinds of money the question, the key and the quotes name (a loan): an amount
        # typed as another kind (`a €9 million grant`) is another fact.
        self.money_kinds = money_kinds
        # Words the question and the key write only after `non` (`non-members`): typed
        # alone, they name the other group.
        self.negated_by_non = negated_by_non
        # The initials the question writes that the key does not (`KRB` of "the board
        # known as KRB"): a name or a text answer in only those gives back what was asked.
        self.initials_asked = initials_asked
        self.items = items  # a list's: its forms are compared with their items joined alike
        self.value = value  # a number's, an amount's or a length of time's
        self.keys = keys
        # A list answer naming its items as different accepted forms do (see mixed_items).
        self.mixed = mixed
        self.year = year  # the article's: a year typed short (`'86`) is read beside it
        # A date question's: `2026-06` typed for it is June 2026, not a range of figures.
        self.dated = dated
        # A text's or a person's: the answer may come with the article's description of it,
        # read in the cited sentences.
        self.described = described
        self.cited_sentences: tuple[tuple[str, ...], ...] | None = None
        self.spelling = spelling
        # A choice question's (key's index, number of choices): `(b) two weeks` is read
        # by its letter and its text.
        self.lettered = lettered
        self.key_words = key_words  # each key's words: a mistyped answer may be nearer one
        self.rejects = rejects
        self.partials = partials
        self.partly_exact = partly_exact
        self.exact = exact
        self.rejected = rejected
        self.is_claim = is_claim
        # A copied sentence is pasted when it brings words beyond the answer's, even the
        # question's own: `The election elects 70 members…` for "How many members…?".
        self.answer_words = answer_words
        self.known_words = known_words
        # The cited paragraphs an answer may quote, read when an answer first might: one
        # that does not hold a quote's words in a row quotes none (the key itself, and most
        # changed values, never need them), and reading them grades every run of every
        # quote with the key.
        self.citations = citations
        self.passages: tuple[Passage, ...] | None = None if citations else ()
        self.quotes = tuple(quoted_words(c) for c in citations)
        self.names = names
        # A class types the same few answers, in other cases and spacing: each is graded once.
        self.seen: dict[tuple[str, ...], Verdict] = {}

    def __call__(self, typed: str) -> Verdict:
        if self.dated:
            typed = iso_months_written_out(typed)
        toks = than_mended(tokens(fold(short_years_written_out(typed, self.year))))
        if not toks:
            return _NO_ANSWER
        if self.spelling is not None:
            toks = self.spelling.as_the_key_writes(toks)
        if self.lettered is not None:
            # `(b) two weeks`: the letter and the text must both name the key
            key_index, count = self.lettered
            labelled = labelled_choice(toks, count)
            if labelled is not None:
                letter, toks = labelled
                if letter != key_index:
                    return _ANOTHER_LETTER
        key = tuple(toks)
        seen = self.seen
        verdict = seen.get(key)
        if verdict is None:
            verdict = self._grade_tokens(toks)
            if len(seen) < _SEEN_LIMIT:
                seen[key] = verdict
        return verdict

    def _answers_then_copies(self, toks: list[str]) -> bool:
        """The answer's figure, then what the article says it is of, in its words: an
        answer, not a paste (`up to €8,500 for every room rebuilt after the flood`)."""
        words = [t for t in toks if t != ","]
        end = _figure_phrase(words, self.names)
        return end is not None and any(key(words[:end]).correct for key in self.keys)

    def _described(self, toks: list[str]) -> list[str] | None:
        """The answer of a short answer in the key's words followed, after a comma, by
        what the article writes straight after it inside a sentence, in a few words with
        no verb of their own (`Upper Tikhfist, 38 km south-east of Essaouira`): the
        article's own description of it, neither a paste nor a second answer. Not of a
        value, whose detail is read as its own (`Thursday, December 12`). None where the
        words are not so."""
        if not self.described or "," not in toks:
            return None
        at = toks.index(",")
        head, tail = toks[:at], [t for t in toks[at + 1 :] if t != ","]
        if (
            not head
            or not tail
            or len(head) > _DESCRIBED_HEAD
            or len(tail) > _DESCRIPTION
            or not _FINITE.isdisjoint(tail)
            or any(t not in self.answer_words and t not in _ARTICLES for t in head)
        ):
            return None
        run = (*head, *tail)
        if not any(_holds_run(sentence, run, inside=True) for sentence in self._cited_sentences()):
            return None  # not the description of its namesake elsewhere (`Thursday, December 12`)
        return head if any(key(head).correct for key in self.keys) else None

    def _cited_sentences(self) -> tuple[tuple[str, ...], ...]:
        """The cited paragraphs' sentences, as the article's are read, commas dropped: read
        when an answer first might hold a description."""
        if self.cited_sentences is None:
            self.cited_sentences = tuple(
                tuple(t for t in tokenize(sentence) if t != ",")
                for c in self.citations
                for sentence in sentences_of(c.text)
            )
        return self.cited_sentences

    def _quotes(self, toks: list[str]) -> bool:
        """Whether the answer is a run of a cited passage holding its quote."""
        if self.passages == () or not holds_a_quote([t for t in toks if t != ","], self.quotes):
            return False
        if self.passages is None:
            self.passages = cited_passages(self.citations, _states(self.keys))
        return bool(self.passages) and quotes_passage(toks, self.passages)

    def _grade_tokens(self, toks: list[str]) -> Verdict:
        is_claim = self.is_claim
        if not is_claim:  # `of course` is a verdict on its own in a true-or-false answer
            toks = figure_restated(strip_fillers(toks))
        if self.vote_side is not None:
            sided = typed_side(toks)
            if sided is not None:
                side, key_sided = self.vote_side
                if sided[0] != side:
                    return _OTHER_SIDE
                if not key_sided:
                    toks = sided[1]  # `7 to 2 in favour` of a board's 7-2 vote to scrap fees
        plain = _plain(toks, self.items)
        if plain in self.rejected:
            return _REJECTED
        if plain in self.exact and not is_claim:
            return _CORRECT
        if plain in self.partly_exact:
            return self.partly_exact[plain]
        described = None if is_claim else self._described(toks)
        if described is not None:
            toks = described
        # A true-or-false answer may quote the article after its verdict, not instead of it.
        if (
            (not is_claim or read_truth(toks) is None)
            and _copied(toks, self.names, self.answer_words)
            and not (self.value and self._answers_then_copies(toks))
        ):
            return _PASTED
        if self._quotes(toks):
            return _QUOTED
        if not is_claim and (len(toks) > MAX_TOKENS or _pasted(toks, self.known_words)):
            return _TOO_LONG
        best: Verdict | None = None
        said: Verdict | None = None  # the answer's own form's verdict
        for key in self.keys:
            verdict = key(toks)
            said = said or verdict
            if verdict.outcome is Outcome.CORRECT:
                best = verdict
                break
            if best is None or verdict.score > best.score:
                best = verdict
        assert best is not None and said is not None
        if best.outcome is not Outcome.CORRECT and self.mixed is not None:
            best = self._mixed(toks, self.mixed, said) or best
        partials = self.partials
        if partials and (not best.correct or best.close):
            best = _partly(toks, best, partials)
        rejects = self.rejects
        if best.outcome is not Outcome.INCORRECT and rejects:
            for reject, rejected_words in rejects:
                if reject(toks).outcome is Outcome.CORRECT and (best.close or not best.correct):
                    if best.close and _nearer(toks, self.key_words, rejected_words):
                        continue  # `Jesper Lindholmn` is Jesper Lindholm, not the bare `Lindholm`
                    if (best.reason or "").startswith(RATE_LEFT_OFF) and not _types_all(
                        toks, rejected_words
                    ):
                        continue  # `£94,000`, half of £94,000 a year, is no `£94,000 in total`
                    return _REJECTED
        if best.correct and self.money_kinds:
            typed_kinds = money_kinds(toks)
            if typed_kinds and typed_kinds.isdisjoint(self.money_kinds):
                return incorrect("the article names that amount otherwise")  # a grant for a loan
        if best.correct and self.figured and figure_of_another_item(toks, self.figured):
            return incorrect("an item is given another figure than the article gives it")
        if best.correct and self.item_bounds and bound_of_an_item_changed(toks, self.item_bounds):
            return incorrect("an item's figure is bounded otherwise than the article gives it")
        alone = _without_non(toks, self.negated_by_non) if best.correct else None
        if alone is not None:
            return incorrect(f"the question asks of non-{alone}, not {alone}")
        if best.correct and self.initials_asked and _only_initials_asked(toks, self.initials_asked):
            return _ASKED  # `KRB` for "the full name of the board known as KRB"
        return best

    def _mixed(self, toks: list[str], mixed: MixedMatcher, said: Verdict) -> Verdict | None:
        """A list answer right as a mix of the accepted ways to write its items, all of
        them (a part is read already). Not where the answer's own form finds more wrong
        than a word of no item (`WFP`) or of an item again: the other forms, each more
        lenient on its own, do not overrule it. Never what the author rejects."""
        if said.outcome is Outcome.INCORRECT and said.reason not in (NOT_AN_ITEM, NAMED_TWICE):
            return None
        verdict = mixed(toks)
        if verdict is None or verdict.outcome is not Outcome.CORRECT:
            return None
        if any(reject(toks).outcome is Outcome.CORRECT for reject, _ in self.rejects):
            return _REJECTED
        return verdict


def _without_non(toks: list[str], negated: frozenset[str]) -> str | None:
    """`members` of `€38 a night for members` where the question asks of non-members."""
    if not negated:
        return None
    return next((b for a, b in pairwise(["", *toks]) if b in negated and a != "non"), None)


def _only_initials_asked(toks: list[str], initials: frozenset[str]) -> bool:
    """Every word typed, small words apart, is initials the question itself writes."""
    said = [t for t in toks if t[0].isalnum() and t not in FILLERS]
    return bool(said) and all(t in initials for t in said)


def _types_all(toks: list[str], words: frozenset[str]) -> bool:
    """Every one of the words is typed, or a slip of it."""
    return all(any(same_word(t, w) is not None for t in toks) for w in words)


def _nearer(
    toks: list[str], key_words: tuple[frozenset[str], ...], rejected_words: frozenset[str]
) -> bool:
    """A mistyped answer is nearer a key's words than the rejected entry's: more of them
    typed, fewer left out (`Henrik Dalsgard` is the mayor Henrik Dalsgaard, not the rejected
    `Professor Henrik Dalsgaard`)."""
    typed = [t for t in toks if t[0].isalpha() and t not in FILLERS]

    def nearness(words: frozenset[str]) -> int:
        hits = [w for w in words if any(same_word(t, w) is not None for t in typed)]
        return 2 * len(hits) - len(words)

    return max(nearness(words) for words in key_words) > nearness(rejected_words)


_cache: dict[int, tuple[Question, Grader]] = {}
_CACHE_LIMIT = 1 << 15  # a generated pack of 10,000 questions still fits


def grader_for(question: Question) -> Grader:
    """The compiled grader of a question, compiled once per question object."""
    entry = _cache.get(id(question))
    if entry is not None and entry[0] is question:
        return entry[1]
    compiled = compile_question(question)
    if len(_cache) >= _CACHE_LIMIT:
        _cache.clear()
    _cache[id(question)] = (question, compiled)
    return compiled


def grade(question: Question, typed: str) -> Verdict:
    """The verdict on one typed answer to a question."""
    return grader_for(question)(typed)
