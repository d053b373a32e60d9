"""Who may stand in a false claim where a person stands: only names that are people.

A capitalised run of two words is not yet a person ("Better Idea", "Civic Party", "Space
Shuttle Atlantis"), and a claim that says a party or a spacecraft "said" something is
nonsense nobody would believe. Places and bodies of the generic tables never count. A run
holding a common word (one the article writes in lower case, or of the generic synonym
tables) counts only with a post right before it; any other run only when it shows itself
as a name: a surname of the table, a hyphenated given name, a verb of speech or a post
beside it, or its last word used alone elsewhere. The article's people also carry their
gender where it says it, so a man never stands where the sentence says "she".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from newsquiz.claims.mentions import Mention, MentionIndex, mention_index
from newsquiz.claims.values import NOT_NAME_WORDS
from newsquiz.facts.article import ORGANISATION_WORDS, describes
from newsquiz.facts.text import fold_text, words_of
from newsquiz.facts.words import COMPASS_ABROAD, CRAFT, FILLERS
from newsquiz.facts.world import world

# Words of speech and reporting that follow or precede a person's name in news prose.
_SPEECH = frozenset(
    {
        "said", "says", "told", "added", "asked", "wrote", "explained", "announced",
        "stated", "argued", "warned", "noted", "insisted", "claimed", "replied", "recalled",
        "confirmed", "denied", "admitted", "tweeted", "according", "who", "whose",
    }
)  # fmt: skip


def is_place_or_body(name: str) -> bool:
    """The name is one of the generic tables' places or bodies, ends like a body, or is
    shaped as no person's name is: a feature of the land first (`Mount Keluvo`) or a noun of
    action last (`Coastal Hazard Mitigation`, the tail of an agency's name)."""
    tables = world()
    words = words_of(name)
    if not words:
        return True
    last = words[-1]
    return (
        words in tables.place_by_name
        # `Binter Cabo Verde`, `Air New Zealand`: a body named for a place of two words
        or any(words[i:] in tables.place_by_name for i in range(1, len(words) - 1))
        or words in tables.organisations
        or last in ORGANISATION_WORDS
        or all(describes(w) for w in words)
        or (len(words) > 1 and words[0] in _FEATURE_FIRST)
        or _ACTION_NOUN.search(last) is not None
    )


# Features of the land written before a place's own name; given names such as Glen or River
# are left out.
_FEATURE_FIRST = frozenset({"mount", "mt", "lake", "cape", "gulf", "isle", "fjord"})
# A noun of action (`mitigation`, `federations`) ends no surname.
_ACTION_NOUN = re.compile(r"[a-z]{3}tions?$")


def article_people(paragraphs: Sequence[str], names: Sequence[str]) -> list[str]:
    """The people among `names` (capitalised runs as the article writes them), each once,
    cleaned of the words before it that describe rather than name (`Professor`, `DAB's`,
    `Environmentalist`, a place, a sentence's first word)."""
    common = _common_words(paragraphs)
    index = mention_index(tuple(paragraphs))
    people: list[str] = []
    for raw in names:
        name = _cleaned(raw, common)
        if name is None or name in people or is_place_or_body(name) or _saints(name):
            continue
        if _inside_a_name(name, index) or _abbreviated(name, index) or _a_things_name(name, index):
            continue
        if _a_crafts_name(name, index) or _ends_on_a_compass_point(name):
            continue
        if _only_where(name, index):
            continue
        if any(_ABBREVIATION.fullmatch(w) for w in name.split()):
            continue  # `TU Delft`, `ETH Zurich`: a body's abbreviation

        # A name is no common word: "Better Idea" and "Deficiency Disorders" are words,
        # unless a post stands right before them. And a name shows itself as one: a surname
        # of the table, the surname alone elsewhere, a post, or a verb of speech beside it.
        words = [t for w in name.split() for t in words_of(w)]
        if any(_is_common(w, common) for w in words):
            if not _with_a_post(name, index):
                continue
        elif not _looks_like_a_person(name, words, index):
            continue
        people.append(name)
    return people


def _only_where(name: str, index: MentionIndex) -> bool:
    """The article writes the name only where a place goes (`at Södra Vi`, `in the Norra Vi
    community hall`, `on Ben Nevis`): a place the tables do not know, never a person."""
    mentions = index.mentions(name)
    return (
        bool(mentions)
        and all(
            _WHERE_BEFORE.search(paragraph[max(0, start - 30) : start])
            # `the Norra Vi farm`: a name before a noun after `the`, as no person is written
            or (
                _THE_OPENING_NAME.search(paragraph[max(0, start - 5) : start])
                and _NOUN_AFTER.match(paragraph, end)
            )
            for paragraph, start, end in mentions
        )
    )


# A preposition of place right before a name, with or without `the` between.
_WHERE_BEFORE = re.compile(
    r"\b(?:at|in|on|near|outside|around|inside|across|towards|into|neighbouring|nearby"
    r"|neighboring|(?:village|town|city"
    r"|district|region|province|county|municipality|island|parish)\s+of)\s+(?:the\s+)?$"
)


_THE_OPENING_NAME = re.compile(r"\b[Tt]he\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


# A word in capitals (`TU`, `ETH`), not a Roman numeral (`Leo XIV`, `Henry VIII`).
_ABBREVIATION = re.compile(r"(?![IVXLC]+\b)[A-Z]{2,6}")
# `Tennis Australia (TA)`: the initials in brackets right after a name.
_INITIALS_AFTER = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _abbreviated(name: str, index: MentionIndex) -> bool:
    """The article writes `name` with its initials in brackets after it (`Tennis Australia
    (TA)`), as it writes a body's, never a person's: 'TA stands for Craig Tillotson', a
    person where the body's name stood, was judged nonsense."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    mentions = index.mentions(name)
    for paragraph, start, end in mentions:
        after = _INITIALS_AFTER.match(paragraph, end)
        if after and after.group(1) == initials:
            return True
        # `Forest Watch Kalimantan (FWK)`, read from `Watch`: the capitalised words right
        # before the mention give the initials' head, so the run is a body's name's tail.
        if after and after.group(1).endswith(initials) and len(after.group(1)) > len(initials):
            head = after.group(1)[: -len(initials)]
            before = paragraph[max(0, start - 40 * len(head)) : start].split()
            if (
                len(before) >= len(head)
                and "".join(w[0] for w in before[len(before) - len(head) :]) == head
            ):
                return True
    # `Christian Social Union (CSU)`, its last word taken for a body's: every mention runs
    # on into a longer capitalised name, whose head it is ('Christian Social said …').
    return bool(mentions) and all(_RUNS_ON.match(p, end) for p, _start, end in mentions)


_RUNS_ON = re.compile(r" [A-Z]")


# `Centre for Agricultural Economics`, `Journal of Asian Vertebrate Palaeontology`: the
# capitalised words after `of` or `for` in a longer capitalised name are that name's tail.
_NAME_HEAD = re.compile(r"[A-Z][\w'’.-]*\s+(?:of|for)\s+(?:the\s+)?$")


def _inside_a_name(name: str, index: MentionIndex) -> bool:
    """Every place the article writes `name` is the tail of a body's name: a phrase that
    would read as nonsense saying or doing anything (`Agricultural Economics said …`)."""
    mentions = index.mentions(name)
    return bool(mentions) and all(_NAME_HEAD.search(p[max(0, s - 40) : s]) for p, s, _ in mentions)


_THE_BEFORE = re.compile(r"\bthe\s+(?:[\d,.]+\s+\w+\s+)?$")
# `moved to the hospital in Godoy Cruz`: a place. So is a name in a list after `in`
# (`hospitals in Mendoza city, Godoy Cruz, Guaymallén and Las Heras`), where the list goes
# on after it or it ends the list; not a name set off after a place (`in Ham-Sud, Chantal
# Nadeau, said`).
_PLACE_BEFORE = re.compile(r"\b(?:in|near)\s+$")
_PLACE_LIST_BEFORE = re.compile(
    r"\b(?:in|near)\s+(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+city)?,\s+)+(and\s+)?$"
)
_LIST_GOES_ON = re.compile(r",\s+[A-Z]|\s+and\s+[A-Z]")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _a_things_name(name: str, index: MentionIndex) -> bool:
    """Every mention is written after `the` (`the Kori Chhu falls in winter`), after `in`
    or `near`, alone or in a list (`in Mendoza city, Godoy Cruz`), or before a body's or
    a place's own word (`the 900 MW Lhari Chhu project`, `Kori Chhu river`): a
    river's or a project's name, which would read as nonsense saying anything."""
    mentions = index.mentions(name)

    def names_a_thing(paragraph: str, start: int, end: int) -> bool:
        before = paragraph[max(0, start - 80) : start]
        if _THE_BEFORE.search(before[-24:]) or _PLACE_BEFORE.search(before):
            return True
        listed = _PLACE_LIST_BEFORE.search(before)
        if listed and (listed.group(1) or _LIST_GOES_ON.match(paragraph, end)):
            return True
        after = _LOWER_WORD_AFTER.match(paragraph, end)
        return after is not None and after.group(1) in ORGANISATION_WORDS

    return bool(mentions) and all(names_a_thing(p, s, e) for p, s, e in mentions)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# Points of the compass a place's name ends on in its own language (`Tacuaral Norte`,
# `Kivu Sud`); not those that are also family names (`Este`, `Vest`).
_COMPASS_LAST = frozenset(
    fold_text(w)
    for w, english in COMPASS_ABROAD.items()
    if english in ("north", "south", "east", "west") and w not in ("est", "este", "ost", "vest")
)


def _ends_on_a_compass_point(name: str) -> bool:
    """`Tacuaral Norte`: a place's name, never a person's."""
    return fold_text(name.split()[-1]) in _COMPASS_LAST


def _a_crafts_name(name: str, index: MentionIndex) -> bool:
    """A name the article writes straight after a craft's word (`the pushboat Itapúa II`,
    `the tanker Nordic Star`): a boat's, a plane's or a train's, never a person's."""
    for paragraph, start, _ in index.mentions(name):
        before = _WORD_BEFORE.search(paragraph[max(0, start - 24) : start])
        if before is not None and before.group(1).lower() in CRAFT:
            return True
    return False


# `St James`, `San Marcos`, `São Domingos`: a saint's name is a place's (or a church's).
_SAINT = frozenset({"st", "saint", "ste", "sainte", "san", "santa", "santo", "são", "sao"})


def _saints(name: str) -> bool:
    return name.split()[0].rstrip(".").lower() in _SAINT


def _common_words(paragraphs: Sequence[str]) -> frozenset[str]:
    """Words of the language rather than names: those the article writes in lower case, and
    those of the generic synonym and antonym tables."""
    tables = world()
    # Each word written in lower case is read once, however often the article writes it.
    lowercase = {w for p in paragraphs for w in _LOWERCASE_WORD.findall(p)}
    written = {t for w in lowercase for t in words_of(w)}
    return frozenset(written | set(tables.synonyms) | set(tables.antonyms) | ORGANISATION_WORDS)


_LOWERCASE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


def _is_common(word: str, common: frozenset[str]) -> bool:
    return word in common or (word.endswith("s") and word[:-1] in common)


def _cleaned(raw: str, common: frozenset[str]) -> str | None:
    name = re.split(r"[.!?]\s+", raw)[-1]  # a run across a sentence's end keeps its last part
    words = name.split()
    while len(words) > 2 or (
        len(words) == 2 and (_describes(words[0]) or words[0].lower() in NOT_NAME_WORDS)
    ):
        first = words[0]
        if not (
            first.lower() in NOT_NAME_WORDS  # Though, When, Since: a sentence's first word
            or _describes(first)
            or all(_is_common(t, common) for t in words_of(first))
            or first.lower().endswith(("ist", "ists"))  # Environmentalist Mark Lynas
        ):
            break
        words.pop(0)
    if len(words) < 2 or any(len(w.rstrip(".")) < 2 and not w.endswith(".") for w in words):
        return None
    return " ".join(words)


def _describes(word: str) -> bool:
    return word.endswith(("'s", "’s")) or all(describes(t) or t in FILLERS for t in words_of(word))


def _with_a_post(name: str, index: MentionIndex) -> bool:
    posts = world().posts
    return any(
        (before := words_of(p[max(0, start - 40) : start])[-1:]) and (before[-1],) in posts
        for p, start, _ in index.mentions(name)
    )


def _looks_like_a_person(name: str, words: list[str], index: MentionIndex) -> bool:
    tables = world()
    hyphenated = re.search(r"[^\W\d]-[^\W\d]", name) is not None  # Cheuk-yan, Joo-Ho
    if words[-1] in tables.surnames or words[0] in tables.surname_first or hyphenated:
        return True
    if any(_introduced(p, start, end) for p, start, end in index.mentions(name)):
        return True
    surname = name.split()[-1]
    return any(
        not p[max(0, start - len(name)) : end].endswith(name)
        for p, start, end in index.mentions(surname)
    )


def presented(paragraphs: Sequence[str], people: Sequence[str]) -> frozenset[str]:
    """The people the article presents as people, by any mention of the whole name or of the
    surname: a verb of speech or a post beside it, a post set off by a comma before it (`A
    former county engineer, Ruth Keller,`), an age after it (`Roe, 44,`), a pronoun or
    honorific of theirs, or the surname written alone. A name that passes as one only by its
    look (`Madrid-based Redexa Energía`, a company; `Windsor Hill`, a place) shows none, and
    a claim that has it say or do what a person did was judged a body in a person's slot."""
    index = mention_index(tuple(paragraphs))
    found: set[str] = set()
    for name in people:
        surname = name.split()[-1]
        # A country written alone is the country (`Nordair Indonesia`, an airline, and
        # `Indonesia` elsewhere), unless the word is also a surname.
        alone = () if _a_country_not_a_surname(surname) else index.mentions(surname)
        # Not inside a longer run of the name (`Nankai Kisen` of `Osaka-based Nankai Kisen`).
        tail = " ".join(name.split()[-2:])
        if any(
            not p[max(0, s - len(name)) : e].endswith(tail)
            and not _OBJECT_BEFORE.search(p[max(0, s - 40) : s])
            for p, s, e in alone
        ):
            found.add(name)  # the surname alone: `Roe said` after `Jane Roe`
            continue
        for paragraph, start, end in index.mentions(name):
            if _OBJECT_BEFORE.search(paragraph[max(0, start - 40) : start]):
                # `vice-president of Osaka-based Nankai Kisen, said his company …`: what
                # follows is the speaker's, not the body's.
                continue
            if (
                _presented_by_speech_or_post(paragraph, start, end)
                or _AGE.match(paragraph, end)
                or _post_set_off_before(paragraph[max(0, start - 90) : start])
                or _set_off_after(paragraph[end : end + 120])
                or slot_gender(paragraph[max(0, start - 30) : start], paragraph[end:])
            ):
                found.add(name)
                break
    return frozenset(found)


def _a_country_not_a_surname(word: str) -> bool:
    tables = world()
    folded = words_of(word)
    return (
        len(folded) == 1
        and folded[0] not in tables.surnames
        and any(p.kind == "country" for p in tables.place_by_name.get(tuple(folded), ()))
    )


def _presented_by_speech_or_post(paragraph: str, start: int, end: int) -> bool:
    """`_introduced`, but a verb of speech before the name only where the name ends the
    clause (`," said Roe.`, `said Dr. Roe, 47,`): in `Morita said Nankai Kisen would
    restore …` the company is what is spoken of, not who speaks."""
    if not _introduced(paragraph, start, end):
        return False
    after = words_of(paragraph[end : end + 60])
    if any(w in _SPEECH for w in after[:2]):
        return True
    tables = world()
    before = words_of(paragraph[max(0, start - 40) : start])[-2:]
    if before and (before[-1],) in tables.posts and _WORD_RIGHT_BEFORE.search(paragraph, 0, start):
        return True  # `Commissioner Jorge Quiñones`; not `Hanbada Marine, Nordvik Kisen`
    if paragraph[end:].lstrip().startswith(",") and any((w,) in tables.posts for w in after[:5]):
        return True
    spoken = any(w in _SPEECH for w in before)
    return spoken and _CLAUSE_ENDS.match(paragraph, end) is not None


# A word right before the name, with no punctuation between (`Commissioner Jorge`, `Dr. Ana`).
_WORD_RIGHT_BEFORE = re.compile(r"[\w\]]\.?\s+$")


# A name that ends its clause: punctuation, the end, or a relative or `of` after it.
_CLAUSE_ENDS = re.compile(
    r"(?:\s+(?:da|de|do|dos|das|del|della|di|van|von|der|den|bin|al|el|la|le)\s+[A-Z][\w'’-]*)*"
    r"\s*(?:[,.;:!?)”\"]|$|(?:who|whose|of)\b)"
)
# A name right after a preposition is what is spoken of (`of Nankai Kisen`), not a speaker.
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|at|for|from|by|with|(?<!according )to|in|on)\s+(?:the\s+)?(?:[\w'’]+-[\w'’-]+\s+)?$",
    re.IGNORECASE,
)


# `Roe, 44,` or `Roe (44)`: an age right after a name.
_AGE = re.compile(r"\s*(?:,\s*\d{1,3}\s*[,.;]|\(\d{1,3}\))")
# The clause right before a name set off by a comma: `India's Ambassador to Bhutan, `.
_SET_OFF_BEFORE = re.compile(r"(?:^|[.;:,“”\"(]\s*)([^.;:,“”\"()]{2,80}),\s*$")
# A word that names what a person does (`engineer`, `counsellor`, `economist`, `historian`).
_AGENT = re.compile(r"[a-z]{2,}(?:er|or|ist|ian)$")


def _post_set_off_before(before: str) -> bool:
    """A post or what somebody does, set off by a comma right before a name (`A former county
    engineer, Ruth Keller,`; `India's Ambassador to Bhutan, Suresh Kulkarni,`)."""
    clause = _SET_OFF_BEFORE.search(before)
    if clause is None:
        return False
    described = _DESCRIPTION_ENDS.search(clause.group(1))
    if described is None:
        return False  # `Hanbada Marine, Nordvik Kisen and …`: a list, not a post
    words = words_of(described.group())
    posts = world().posts
    return any((w,) in posts for w in words) or _AGENT.match(words[-1]) is not None


# `A former county engineer`, `India's Ambassador to Bhutan`, `said its chief executive`,
# `the office of the Ombudsman`: a description that ends right before the comma.
_DESCRIPTION_ENDS = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|[\w'’-]+['’]s)\s+"
    r"(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+$"
)


# `, an ISRO engineer, said`: a description set off after a name, and what follows it.
_SET_OFF_AFTER = re.compile(r"\s*,\s*([^.;:,“”\"()]{2,80}),\s*(\w+)")


def _set_off_after(after: str) -> bool:
    """A description set off by commas right after a name, holding a post or what somebody
    does (`, an ISRO engineer,`), or followed by a verb of speech (`, of Bayamón, said`)."""
    described = _SET_OFF_AFTER.match(after)
    if described is None:
        return False
    words = words_of(described.group(1))
    if not words or len(words) > 8:
        return False
    if described.group(2).lower() in _SPEECH:
        return True
    posts = world().posts
    return any((w,) in posts for w in words) or _AGENT.match(words[-1]) is not None


def _introduced(paragraph: str, start: int, end: int) -> bool:
    """A verb of speech beside the words at start:end, a post right before them, or a post
    set off by a comma right after them ("Jane Roe, the defence minister of …")."""
    tables = world()
    before = words_of(paragraph[max(0, start - 40) : start])[-2:]
    after = words_of(paragraph[end : end + 60])
    if any(w in _SPEECH for w in (*before, *after[:2])):
        return True
    if before and (before[-1],) in tables.posts:
        return True
    appositive = paragraph[end:].lstrip().startswith(",")
    return appositive and any((w,) in tables.posts for w in after[:5])


# Words that say a person is a man or a woman: pronouns after a mention, honorifics and
# gendered posts before one. A claim must not put a man where the sentence says "she".
_MALE = frozenset(
    {"he", "him", "his", "himself", "mr", "sir", "lord", "king", "prince", "chairman",
     "spokesman", "congressman", "businessman", "councilman", "father", "husband", "son",
     "brother", "grandfather", "uncle", "nephew", "boyfriend"}
)  # fmt: skip
_FEMALE = frozenset(
    {"she", "her", "hers", "herself", "mrs", "ms", "miss", "madam", "dame", "lady", "queen",
     "princess", "chairwoman", "spokeswoman", "congresswoman", "businesswoman",
     "councilwoman", "mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece",
     "girlfriend"}
)  # fmt: skip


def _gender_of_words(words: Iterable[str]) -> str | None:
    for word in words:
        if word in _MALE:
            return "m"
        if word in _FEMALE:
            return "f"
    return None


def slot_gender(before: str, after: str) -> str | None:
    """Whether the words around a person's place in a sentence make them a man or a woman:
    a gendered post or honorific just before it, else the first pronoun after it in the
    same sentence (`…, said she was disappointed`)."""
    said_before = _gender_of_words(reversed(words_of(before)[-3:]))
    if said_before:
        return said_before
    sentence_after = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
    # Up to the next name: a pronoun after it may be that person's.
    sentence_after = re.split(r"\s[A-Z][a-z]", sentence_after, maxsplit=1)[0]
    return _gender_of_words(words_of(sentence_after)[:12])


def speaks(before: str, after: str) -> bool:
    """The name's place is a speaker's: a verb of speech right after it (`Roe said`,
    `Roe, 44, told reporters`) or right before it (`said Roe`, `according to Roe`)."""
    following = words_of(re.split(r"[.;:“”\"]", after, maxsplit=1)[0])
    leading = words_of(before[-40:])
    return any(w in _SPEECH for w in following[:6]) or any(w in _SPEECH for w in leading[-2:])


def genders(paragraphs: Sequence[str], people: Sequence[str]) -> list[str | None]:
    """Each person's gender as the article shows it (by the majority of their mentions),
    or None when it does not."""
    index = mention_index(tuple(paragraphs))
    found: list[str | None] = []
    # The surname's mentions are counted once; where two people share it (Víctor and Lucía
    # Huamán), they are nobody's in particular, and only each whole name's count.
    by_surname: dict[str, Counter[str]] = {}
    bearers = Counter(name.split()[-1] for name in people)
    for name in people:
        surname = name.split()[-1]
        if surname not in by_surname:
            shared = bearers[surname] > 1
            by_surname[surname] = Counter() if shared else _gender_votes(index.mentions(surname))
        votes = _gender_votes(index.mentions(name)) + by_surname[surname]
        m, f = votes["m"], votes["f"]
        found.append(None if m == f else ("m" if m > f else "f"))
    return found


def _gender_votes(mentions: Iterable[Mention]) -> Counter[str]:
    votes: Counter[str] = Counter()
    for paragraph, start, end in mentions:
        said = slot_gender(paragraph[max(0, start - 30) : start], paragraph[end:])
        if said:
            votes[said] += 1
    return votes


# `the Hallberg Prize`, `the Lindqvist Medal`: a thing named after a person.
_NAMED_AFTER = re.compile(
    r"\b([A-Z][\w'’-]+)\s+(?:Prize|Prizes|Medal|Award|Awards|Foundation|Institute|Trust|"
    r"Fund|Lecture|Cup|Trophy|Memorial|Scholarship|Fellowship|Stadium|Museum|Library|"
    r"Collection|Gallery|Laboratory)\b"
)


def namesakes(paragraphs: Sequence[str], people: Sequence[str]) -> frozenset[str]:
    """The people the article names only as whom something is named after (the Hallberg
    Prize's founder, Axel Hallberg): the surname stands before a prize's or a body's noun,
    and no mention of them speaks. Such a person is no laureate, speaker or actor of the
    story ('The press office wrote Axel Hallberg's name in the Japanese order', the prize's
    dead founder for a laureate, was judged a person of another role)."""
    named_after = {m.group(1) for p in paragraphs for m in _NAMED_AFTER.finditer(p)}
    if not named_after:
        return frozenset()
    index = mention_index(tuple(paragraphs))
    found: set[str] = set()
    for person in people:
        surname = person.split()[-1]
        if surname not in named_after:
            continue
        mentions = [*index.mentions(person), *index.mentions(surname)]
        if not any(speaks(p[:start], p[end:]) for p, start, end in mentions):
            found.add(person)
    return frozenset(found)
