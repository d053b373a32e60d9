"""People in an article, for drafting: who holds which post, and who said a quotation.

Posts come from the generic table of posts (facts/data/posts.tsv) and a few title words
written before a name; full names also come from `read_article`, so `said Bolden`
resolves to the full name the article gave earlier.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise

from newsquiz.authoring.places import COUNTRIES
from newsquiz.facts.article import ORGANISATION_WORDS, describes, read_article
from newsquiz.facts.text import tokenize
from newsquiz.facts.world import world

SPEECH = (
    r"(?:said|says|told|insisted|added|warned|acknowledged|stressed|noted|wrote|"
    r"argued|explained|announced|claimed|stated|commented)"
)
NAME_WORD = r"[A-ZÀ-ÖØ-ÞŠŽČĆ][^\W\d_A-Z]+(?:-[A-ZÀ-ÖØ-Þ]?[^\W\d_]+)?"
_TITLE_WORDS = (
    r"(?:Secretary|Minister|Ambassador|President|Chairman|Chairwoman|Chair|Chancellor|"
    r"Director|Governor|Senator|Mayor|Spokesman|Spokeswoman|spokesperson|Commissioner|"
    r"Chief|Leader|CEO|King|Queen|Executive|Pope|General|Admiral|Colonel|Lieutenant|"
    r"Representative|Rep\.|Sen\.|Judge|Justice|Prosecutor|Premier|Coach|Founder|Administrator)"
)
RANKS = {"Gen.", "General", "Adm.", "Admiral", "Col.", "Colonel", "Lt.", "Dr.", "Mr.", "Mrs."}
# Lower-case words inside a name: `Maria de los Reyes`, `Jörg von Ahlenfeld`, `van der Berg`
PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|los|las|ter|bin|ibn)"
# A courtesy title or rank written before a name: `said Prof. Kwame Mensah`, `Lt. Col. Ana Cruz`
TITLE_BEFORE = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Lt|Col|Capt|Cmdr|Sgt|Adm|Maj|Supt)\.\s)*"
# `Josefina "Pinky" Agbayani`: a nickname in quotation marks between a name's words
_NICKNAME = re.compile(
    rf"(?<=[^\W\d_])\s[“\"][A-ZÀ-ÖØ-Þ][\w’'.-]*[”\"](?=\s(?:{PARTICLE}\s)*[A-ZÀ-ÖØ-Þ])"
)


def without_nicknames(text: str) -> str:
    """`Maria Cristina "Tina" de los Reyes` -> `Maria Cristina de los Reyes`: the name a
    player types, and no quotation to cut the name at."""
    return _NICKNAME.sub("", text)


# Capitalised words that open sentences without being names (generic English).
SENTENCE_OPENERS = {
    "The", "A", "An", "On", "In", "At", "But", "And", "Following", "Despite", "Meanwhile",
    "Both", "This", "That", "Some", "Similar", "When", "While", "After", "Before", "Since",
    "He", "She", "They", "We", "It", "His", "Her", "Their", "Our", "To", "For", "If", "As",
    "Also", "However", "Although", "Yesterday", "Today", "Tomorrow", "Last", "Next", "Other",
    "Its", "These", "Those", "There", "Here", "According", "During", "From", "With", "By",
    "Then", "Upon", "Finally", "Fellow", "Many", "Most", "Several", "Two", "Three", "One",
}  # fmt: skip
# Classes of the post table that are not a post someone holds (`Mr.`, `former`).
_NOT_POSTS = {"honorific"}


@cache
def honorific_words() -> frozenset[str]:
    """Posts the table also lists as honorifics (`Professor`, `Dr.`, `Mr.`): written before
    a name as a courtesy, they say no post anyone holds. A post of several classes has one
    row per class, so every row is read, not only the class the world tables keep."""
    text = resources.files("newsquiz.facts").joinpath("data", "posts.tsv").read_text("utf-8")
    found: set[str] = set()
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("\t")]
        if line.startswith("#") or len(cells) < 3 or cells[2] not in _NOT_POSTS:
            continue
        for form in [cells[0], *cells[1].split(";")]:
            words = tuple(tokenize(form))
            if len(words) == 1:
                found.add(words[0])
    return frozenset(found)


def lowercase_words(paragraphs: Sequence[str]) -> frozenset[str]:
    """Words the article also writes in lower case: words, not names (`iodine`)."""
    return frozenset(
        t for p in paragraphs for w in re.findall(r"\b[a-z][\w’'-]*", p) for t in tokenize(w)
    )


def not_a_name(token: str) -> bool:
    """An opener, a weekday or month, an acronym, or a word the world tables know as a
    post, place, demonym or body."""
    word = token.strip(".,;:'’").lower()
    tables = world()
    return (
        token in SENTENCE_OPENERS
        or (len(token) > 1 and token.isupper())
        # a post, demonym or body; a place's name may also be a surname (`Lloyd Austin`)
        or (describes(word) and (word not in tables.place_words or word in tables.place_by_demonym))
    )


def is_name_word(token: str) -> bool:
    return bool(re.fullmatch(NAME_WORD, token)) and not not_a_name(token)


@lru_cache(maxsize=4096)
def is_post_word(token: str) -> bool:
    """A word that names a post: the table's (singular) posts, or a title word."""
    bare = token.strip(",;:")
    if re.fullmatch(_TITLE_WORDS, bare, re.IGNORECASE) and bare not in RANKS:
        return True
    folded = tuple(tokenize(bare))
    if len(folded) != 1 or not folded[0].isalpha():
        return False
    tables = world()
    post_class = tables.posts.get(folded)
    if post_class is None or post_class in _NOT_POSTS or folded[0] in tables.post_qualifiers:
        return False
    word = folded[0]
    # `councillors`, `officials`: a plural names a group, not the one person beside it.
    return not (word.endswith("s") and (word[:-1],) in tables.posts)


@dataclass
class People:
    """Full names seen in the article, to turn `Reznikov said` into a full name."""

    names: list[str] = field(default_factory=list)

    def add(self, name: str) -> None:
        if name not in self.names:
            self.names.append(name)

    def resolve(self, name: str) -> str | None:
        if name in self.names:
            return name
        surname = name.split()[-1]
        for known in self.names:
            if known.split()[-1] == surname or known.split()[0] == name:
                return known
        return name if len(name.split()) >= 2 else None

    def sharing(self, said_as: str) -> list[str]:
        """The people whose surname (or family name written first) `said_as` ends with:
        two or more where a bare surname names no one."""
        surname = said_as.split()[-1]
        found = [n for n in self.names if n.split()[-1] == surname or n.split()[0] == surname]
        # `Suresh Kumar` and `P. Suresh Kumar` are one person
        return [n for n in found if not any(n != m and m.endswith(n) for m in found)]

    def is_known(self, text: str) -> bool:
        # `Lai` of `Lai Changxing`: family names may come first
        return any(text == n or text in n.split() for n in self.names)


def article_people(paragraphs: Sequence[str]) -> list[str]:
    """The people `read_article` finds, written as the article writes them: it reads
    names folded (`torbjorn aune` of `Torbjørn Aune`)."""
    text = "\n".join(paragraphs)
    words = [(m.start(), m.end(), tokenize(m.group())) for m in _WORD.finditer(text)]
    starts: dict[str, list[int]] = {}
    for at, (_, _, folded) in enumerate(words):
        if len(folded) == 1:
            starts.setdefault(folded[0], []).append(at)
    found: list[str] = []
    for person in read_article(tuple(paragraphs)).people:
        written = _written_as(person.name, words, starts.get(person.name[0], []), text)
        if (
            written
            and all(is_name_word(w) or w[:1].isupper() for w in written.split())
            and written not in COUNTRIES
            # (an initial, `L.`, is no acronym)
            and not any(not_a_name(w) for w in written.split() if not _INITIAL.fullmatch(w))
        ):
            found.append(written)
    return found


_WORD = re.compile(r"[^\W\d_][\w’']*")
_INITIAL = re.compile(r"[A-Z]\.?")
# What may stand between two words of one name: a space or a hyphen, an initial's stop.
_BETWEEN_NAME_WORDS = re.compile(r"\.?[ \t-]|\.?\u00a0")


def _written_as(
    name: tuple[str, ...], words: list[tuple[int, int, list[str]]], starts: list[int], text: str
) -> str:
    """The first place the text writes these folded words in a row, as it writes them;
    `starts`: the places of the name's first word."""
    size = len(name)
    for at in starts:
        run = words[at : at + size]
        if len(run) < size:
            break
        if all(folded == [part] for (_, _, folded), part in zip(run, name, strict=True)) and all(
            _BETWEEN_NAME_WORDS.fullmatch(text[one[1] : other[0]]) for one, other in pairwise(run)
        ):
            return text[run[0][0] : run[-1][1]]
    return ""


_POST_MODIFIERS = {
    "senior", "press", "deputy", "foreign", "defense", "defence", "former", "acting", "vice",
    "assistant", "chief", "prime", "general", "interior", "finance", "district",
    "match", "head", "managing", "executive", "medical", "technical", "financial", "operating",
    "artistic", "regional", "provincial", "national",
}  # fmt: skip
_CONNECTORS = {"of", "for", "the", "and"}
# A post abbreviated before a name, written out in a question: `State Sen.` -> `State Senator`
_WRITTEN_OUT = {
    "Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Gen.": "General",
    "Lt.": "Lieutenant", "Col.": "Colonel", "Adm.": "Admiral", "Atty.": "Attorney",
    "Supt.": "Superintendent", "Sgt.": "Sergeant", "Capt.": "Captain", "Cmdr.": "Commander",
    "Pres.": "President", "Sec.": "Secretary", "Dep.": "Deputy", "Asst.": "Assistant",
    "Amb.": "Ambassador", "Insp.": "Inspector", "Prof.": "Professor", "Maj.": "Major",
    "Brig.": "Brigadier",
}  # fmt: skip
_VAGUE_POSTS = {"general", "chief", "leader", "king", "queen", "head"}


def _names_a_body(name: str) -> bool:
    """`Mar International Festival`: the words of an event or body, not a person."""
    return any(w in ORGANISATION_WORDS for w in tokenize(name))


def _is_body_word(word: str) -> bool:
    folded = tuple(tokenize(word))
    return bool(folded) and (folded[-1] in ORGANISATION_WORDS or folded in world().organisations)


def _name_after_body(run: list[str], lowercase: frozenset[str]) -> tuple[str, list[str]] | None:
    """`of the Joint Chiefs of Staff Gen. Mark Milley`: (name, the post's tail before it).

    The name is the run's last two words, and only if nothing but the body's name stands
    before them: after a body word (`Centre`, `Commission`) the name must follow at once,
    since `Centre for Control of Iodine Deficiency Disorders` is still the body's name;
    and a word the article also writes in lower case (`iodine`) is no name's."""
    capitals = [w for w in run if w[:1].isupper()]
    if len(capitals) < 3 or not (is_name_word(run[-1]) and is_name_word(run[-2])):
        return None
    name_words = run[-2:]
    if any(w.lower() in lowercase for w in name_words):
        return None
    tail = run[:-2]
    while tail and tail[-1] in RANKS:
        tail = tail[:-1]
    bodies = [i for i, w in enumerate(tail) if _is_body_word(w)]
    if bodies and bodies[-1] != len(tail) - 1:
        return None  # `… Centre for Control of Iodine Deficiency Disorders`
    return " ".join(name_words), run[:-2]


def _apposition_post(tokens: list[str], left: int) -> str | None:
    """`Cres Eastman, Director of the National Iodine Nutrition study, says`: the whole
    post up to its comma, when it is short and holds no verb of speech."""
    words: list[str] = []
    for word in tokens[left:]:
        words.append(word)
        if word.endswith(","):
            break
    else:
        return None  # no comma: the post's end is not known
    if len(words) > 12 or any(re.fullmatch(SPEECH, w.strip(",")) for w in words):
        return None
    return " ".join(words).rstrip(",")


def people_with_posts(
    sentence: str, lowercase: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """(post, name) pairs: `Pentagon press secretary John Kirby`, `X, Russian Ambassador to Y`.

    `lowercase`: words the article also writes in lower case, which no name holds."""
    tokens = sentence.split()
    pairs: list[tuple[str, str]] = []
    for k, token in enumerate(tokens):
        if token in RANKS or not is_post_word(token):
            continue
        # Leftwards: `Pentagon press`, `Finland’s`, `US`, stopping at a comma or a small word.
        left = k
        while left > 0 and k - left < 4:
            before = tokens[left - 1]
            if before.endswith((",", '"', "”")) or before in SENTENCE_OPENERS:
                break
            if before[:1].isupper() or before.lower() in _POST_MODIFIERS:
                left -= 1
                continue
            if (
                before == "of"
                and left >= 2
                and tokens[left][:1].isupper()
                and tokens[left - 2][:1].isupper()
                and k - left < 3
            ):
                left -= 2  # `Court of Appeal judge`: the court's whole name, not `Appeal`
                continue
            break
        # Rightwards: `of the Joint Chiefs of Staff Gen. Mark Milley`, `to NATO Klaus Korhonen`.
        run: list[str] = []
        i = k + 1
        ends_clause = token.endswith(",")
        while i < len(tokens) and not ends_clause:
            word = tokens[i]
            bare = word.rstrip(",;:.")
            particle = (
                re.fullmatch(PARTICLE, bare) is not None
                and bool(run)
                and i + 1 < len(tokens)
                and (tokens[i + 1][:1].isupper() or re.fullmatch(PARTICLE, tokens[i + 1]))
            )
            if (
                bare in _CONNECTORS
                or (bare in ("to", "at", "in") and not run)
                or (bare[:1].isupper() and re.fullmatch(r"[A-Z][\w’'.-]*", bare))
                or particle
            ):
                run.append(bare)
            else:
                break
            i += 1
            # `Dr.`, `V.`: an abbreviation's full stop ends no clause
            abbreviation = word in RANKS or word in _WRITTEN_OUT or re.fullmatch(r"[A-Z]\.", word)
            if word != bare and not abbreviation:
                ends_clause = True
        # `Director of the National Iodine Nutrition study`: the capitals name a thing
        cut_short = not ends_clause and i < len(tokens) and bool(run)
        capitals = [w for w in run if w[:1].isupper()]
        name: str | None = None
        post_tail = run
        apposition = False
        if run and run[0] in ("of", "to", "for", "at", "in"):
            # An organisation and then, if three or more capitals follow, the name.
            found = _name_after_body(run, lowercase)
            if found is not None:
                name, post_tail = found
        elif len(capitals) >= 2 and len(_leading_name(_untitled(run)).split()) >= 2:
            name = _leading_name(_untitled(run))
            post_tail = []
            if token.lower().strip(".,") in honorific_words():
                # `Professor Cres Eastman`: a courtesy title, no post to ask about
                continue
        while post_tail and (post_tail[-1] in RANKS or post_tail[-1] in _CONNECTORS):
            post_tail = post_tail[:-1]
        if name is None and not run and token.endswith(","):
            # `Port of Tallinn's chief executive, Margus T. Kask, said`: the name set off after.
            name = name_set_off_after(tokens, k + 1)
        if name is None:
            # An apposition: `Vladimir Chizhov, Russian Ambassador to the European Union`.
            head = " ".join(tokens[:left])
            found_name = re.search(rf"({NAME_WORD}(?:\s{NAME_WORD}){{1,3}}),(?:\sthe)?$", head)
            if found_name:
                parts = found_name.group(1).split()
                while parts and not_a_name(parts[0]):
                    parts.pop(0)  # `Professor Cres Eastman,`: the title is not the name
                if len(parts) >= 2 and len(parts) <= 3:
                    name = " ".join(parts)
                    apposition = True
        if name is None or name in COUNTRIES or _names_a_body(name):
            continue
        words = [_WRITTEN_OUT.get(w.rstrip(","), w) for w in [*tokens[left : k + 1], *post_tail]]
        post = " ".join(words).strip(" ,.")
        if apposition and cut_short:
            whole = _apposition_post(tokens, left)
            if whole is None:
                continue  # the post's name is cut: `Director of the National`
            post = whole
        if re.search(r"[\[\]()“”\"]", post) or not post[:1].isalpha():
            continue  # `[former Museum of Flight CEO]`: an editor's aside, not a post
        if post.split()[0] in ("The", "the", "A", "a"):
            post = post.split(" ", 1)[1] if " " in post else ""
        if (
            not post
            or post in RANKS
            # `the councillor`, `the boss`: one of many, so the question has no one answer
            or (len(post.split()) < 2 and (post.islower() or post.lower() in _VAGUE_POSTS))
        ):
            continue
        if (
            left == 0
            and " " in post
            and post.split()[1][:1].islower()
            and post.split()[1] not in _CONNECTORS  # `Port of Tallinn's chief executive`
            and (post.split()[0].lower() in _POST_MODIFIERS or post.split()[0].lower() in lowercase)
        ):
            # `Senior researcher Mu Li` opening a sentence: the capital is the sentence's
            post = post[:1].lower() + post[1:]
        post += _post_body(sentence, name)
        pairs.append((post, name))
    return pairs


def name_set_off_after(tokens: list[str], at: int) -> str | None:
    """Two to four words of a name from `at`, the last closing with a comma, with middle
    initials (`Margus T. Kask,`); a courtesy title before them is no part of it."""
    while at < len(tokens) and tokens[at].strip(",") in RANKS:
        at += 1
    words: list[str] = []
    for word in tokens[at : at + 4]:
        bare = word.rstrip(",")
        initial = re.fullmatch(r"[A-Z]\.", bare) is not None and bool(words)
        if not (initial or is_name_word(bare)):
            return None
        words.append(bare)
        if word.endswith(","):
            break
    else:
        return None
    if len(words) < 2 or initial:
        return None
    return " ".join(words)


def _untitled(run: list[str]) -> list[str]:
    """The run without the courtesy titles opening it (`Dr. V. Raghunathan`)."""
    at = 0
    while at < len(run) and (f"{run[at]}." in RANKS or f"{run[at]}." in _WRITTEN_OUT):
        at += 1
    return run[at:]


def _leading_name(run: list[str]) -> str:
    """The name opening a run of words: up to three name words, with the particles
    between them (`Maria Cristina de los Reyes`)."""
    words: list[str] = []
    names = 0
    for word in run:
        if re.fullmatch(PARTICLE, word) and words:
            words.append(word)
        elif re.fullmatch(r"[A-Z]\.?", word) and not names:
            words.append(word.rstrip(".") + ".")  # `V. Raghunathan`: an initial
        elif is_name_word(word) and names < 3 + (
            1 if any(re.fullmatch(PARTICLE, w) for w in words) else 0
        ):
            words.append(word)
            names += 1
        else:
            break
    while words and re.fullmatch(PARTICLE, words[-1]):
        words.pop()
    return " ".join(words)


_RANK_BEFORE = re.compile(
    r"(?<![\w.])(?:(?P<status>retired|former|acting)\s)?"
    r"((?:(?:Lt|Col|Cmdr|Capt|Maj|Gen|Adm|Sgt|Brig)\.\s){2,}|(?:Lt|Col|Cmdr|Capt|Maj|Brig)\.\s)"
)


def ranked_people(sentence: str) -> list[tuple[str, str]]:
    """(rank, name) for officers written with an abbreviated rank (`Lt. Col. Ramil Sison`,
    `Lt. Cmdr. Oh Se-ra of the Korea Coast Guard`): the rank written out, with the body
    the sentence names right after the name."""
    pairs: list[tuple[str, str]] = []
    for match in _RANK_BEFORE.finditer(sentence):
        name = re.match(rf"{NAME_WORD}(?:\s{NAME_WORD}){{1,2}}", sentence[match.end() :])
        if name is None or any(not_a_name(w) for w in name.group(0).split()):
            continue
        rank = " ".join(_WRITTEN_OUT.get(w, w) for w in match.group(2).split())
        if match.group("status"):
            rank = f"{match.group('status')} {rank}"
        body = re.match(
            r"\s(of\s(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,4})",
            sentence[match.end() + name.end() :],
        )
        pairs.append((rank + (" " + body.group(1) if body else ""), name.group(0)))
    return pairs


def _post_body(sentence: str, name: str) -> str:
    """`Mu Li, of the University of NSW's school of public health, said`: where the post is
    held, when the sentence says so right after the name."""
    at = sentence.find(name)
    if at < 0:
        return ""
    match = re.match(r",\s(of\s(?:the\s)?[A-Z][^,;“”\"]{2,70}),", sentence[at + len(name) :])
    if match and not re.search(rf"\b{SPEECH}\b", match.group(1)):
        return " " + match.group(1)
    return ""


_QUOTE = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")
_OPEN_QUOTE = re.compile(rf"{SPEECH},?\s[“\"]([^”\"]{{3,}})$")


def quotation(
    sentence: str,
    people: People,
    he_or_she: str | None = None,
    context: Callable[[], str] = str,
) -> tuple[str, str, str] | None:
    """(quoted words, speaker's full name, the name as the sentence gives it).

    `he_or_she`: who a `he said` stands for, when the sentence before says so; `context`:
    the article before the sentence, read only when two people share the speaker's
    surname (`Agbayani said`): the one it named last is meant."""
    sentence = without_nicknames(sentence)
    quotes = [m.group(1) for m in _QUOTE.finditer(sentence)]
    # `Gomez said, "I think …`: a quotation that runs on into the next sentences.
    still_open = _OPEN_QUOTE.search(_QUOTE.sub("", sentence))
    if still_open:
        quotes.append(still_open.group(1))
    # The speaker is named outside the quotation: `even Administrator Bolden stated` in
    # someone else's words is not who said them.
    outside = _QUOTE.sub(" ", sentence)
    stray = re.search(r"[“”\"]", outside)
    if stray:
        closing = stray.start() > 0 and outside[stray.start() - 1] in ".,!?"
        outside = outside[stray.end() :] if closing else outside[: stray.start()]
    # `… at 9:37 p.m.`: an abbreviation keeps its full stop
    quotes = [
        q.strip(" ,") if re.search(r"(?:\b[A-Za-z]\.){2,}$", q) else q.strip(" ,.") for q in quotes
    ]
    quotes = [q for q in quotes if 4 <= len(q.split()) <= 30]
    if not quotes:
        return None
    words = max(quotes, key=len)
    named = rf"({NAME_RUN})"
    patterns = (
        rf"{named}(?:,(?P<apposition>[^,“”\"]{{3,80}}),)?\s(?:\w+ly\s)?{SPEECH}\b",
        rf"\b{SPEECH}\s{TITLE_BEFORE}{named}",
    )
    for pattern in patterns:
        for match in re.finditer(pattern, outside):
            said_as = _bare_name(match.group(1))
            apposition = match.groupdict().get("apposition")
            if said_as and _is_a_post(said_as):
                # `Ghana's Health Minister, Dr. Efua Mensah, said`: the name is beside the post
                beside = re.fullmatch(rf"\s{TITLE_BEFORE}({NAME_RUN})", apposition or "")
                said_as = _bare_name(beside.group(1)) if beside else ""
            if not said_as or _is_a_post(said_as):
                continue
            speaker = _speaker(people, said_as, he_or_she, context)
            if speaker is not None:
                if speaker in said_as:  # `Washington Chris Gregoire`: a place before the name
                    said_as = speaker
                return words, speaker, said_as
    pronoun = rf"\b(?:he|she)\s(?:\w+ly\s)?{SPEECH}\b|\b{SPEECH}\s(?:he|she)\b"
    if he_or_she and re.search(pronoun, outside):
        speaker = people.resolve(he_or_she)
        if speaker is not None:
            return words, speaker, he_or_she
    return None


# A name as written: initials, given names, particles and family names (`V. Raghunathan`,
# `Maria Cristina de los Reyes`, `de los Reyes`, `von Ahlenfeld`)
NAME_RUN = rf"(?:[A-Z]\.\s)*(?:{PARTICLE}\s)*{NAME_WORD}(?:\s(?:[A-Z]\.\s)*(?:{PARTICLE}\s)*{NAME_WORD}){{0,3}}"


def _bare_name(said_as: str) -> str:
    """The name without the words before it that are no name's (`The`, a country); an
    initial (`V.`) is the name's."""
    parts = said_as.split()
    while (
        parts
        and (not_a_name(parts[0]) or parts[0] in COUNTRIES)
        and not re.fullmatch(r"[A-Z]\.", parts[0])
    ):
        parts.pop(0)
    return " ".join(parts)


def _is_a_post(words: str) -> bool:
    """`Health Minister`: a post, not a name; a middle initial is none (`Hernán J. Villca`,
    though `J.` may stand for a justice)."""
    return any(is_post_word(w) for w in words.split() if not re.fullmatch(r"[A-Z]\.", w))


def _speaker(
    people: People, said_as: str, he_or_she: str | None, context: Callable[[], str]
) -> str | None:
    """The full name `said_as` stands for. A surname two people share is the one the
    sentence before names (or the person a `he` stands for), else no one: a wrong speaker
    is worse than no question."""
    sharing = people.sharing(said_as)
    if len(sharing) < 2 or said_as in people.names:
        return people.resolve(said_as)
    if he_or_she in sharing:
        return he_or_she
    plain = without_nicknames(context())
    named = [(plain.rfind(n), n) for n in sharing if n in plain]
    return max(named)[1] if named else None
