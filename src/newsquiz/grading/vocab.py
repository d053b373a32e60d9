"""The language rules the graders share: the small words that change a fact (negations,
qualifiers, modifiers) or carry none (filler phrases, honorifics). Generic English only:
the world (places, posts, names) is in `facts.world`, and what one article names is read
from that article."""

from __future__ import annotations

from newsquiz.facts.words import (
    COMPASS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
)

NEGATIONS = frozenset({"not", "no", "never", "none", "neither", "nor", "without", "nothing"})
# Words that negate as surely as `not`: `did little to deter` is `did not deter`.
NEGATIVE_WORDS = NEGATIONS | {"little", "hardly", "barely", "scarcely", "seldom", "rarely"}
# Words that change who or what is meant: `Vice President` is not `President`.
QUALIFIERS = frozenset(
    {"vice", "deputy", "former", "acting", "junior", "assistant", "interim", "ex",
     "associate", "honorary", "lieutenant", "under", "sub", "co", "non", "anti", "pro",
     "semi", "quasi", "pseudo", "partial", "partially", "partly", "unofficial", "alleged",
     "potential", "possible", "proposed", "planned", "almost", "nearly", "half", "mock",
     "future", "late", "retired", "outgoing", "incoming", "designate", "elect"}
)  # fmt: skip
# Words that say which way a figure moved: `14 percent higher` is not `down 14 percent`.
# (Bounds such as `more`, `over`, `below` have their own rule.)
RISING = frozenset(
    {"up", "higher", "rise", "rises", "rose", "risen", "rising", "increase", "increased",
     "increases", "increasing", "gain", "gained", "gains", "grew", "grown", "growth", "jump",
     "jumped", "climb", "climbed", "surge", "surged", "raise", "raised", "hike", "hiked",
     "upward", "upwards", "soared", "boosted", "bigger", "larger", "dearer", "pricier"}
)  # fmt: skip
FALLING = frozenset(
    {"down", "lower", "fall", "falls", "fell", "fallen", "falling", "drop", "dropped",
     "drops", "decline", "declined", "declines", "declining", "decrease", "decreased",
     "decreases", "shrank", "shrunk", "shrink", "slump", "slumped", "plunge", "plunged",
     "dip", "dipped", "downward", "downwards", "slid", "tumbled", "reduction", "reduced",
     "smaller", "cheaper"}
)  # fmt: skip
# Past tenses of those that are nouns too (the Damask `rose`, a Lakeland `fell`), with
# their plurals: an article that writes the plural or the noun in a name (`roses`, `Rose
# Valley`) says no direction with the word alone.
MOTION_NOUNS = {"rose": "roses", "fell": "fells"}
HEDGES = frozenset({"or", "either", "/"})
# Words that tell one place from its neighbour of the same name (`Upper East` and `North
# East`, `South Sudan`): a short form that drops one names another place.
POSITIONAL = COMPASS | {"upper", "lower", "central", "inner", "outer", "greater", "middle"}

# Words never fuzzed into one another: each is a fact on its own.
GUARDED_WORDS = frozenset(
    NUMBER_WORDS | NEGATIONS | QUALIFIERS | set(MONTHS) | set(MONTH_ABBREVIATIONS)
    | {"true", "false", "yes", "no", "correct", "incorrect", "right", "wrong",
       "before", "after", "more", "less", "over", "under", "up", "down", "east", "west",
       "north", "south", "northeast", "northwest", "southeast", "southwest", "first",
       "last", "same", "won", "lost", "win", "lose", "increase", "decrease", "rise",
       "fall", "open", "closed", "accept", "accepted", "reject", "rejected", "deny",
       "denied", "agreed", "refused", "once", "twice", "thrice",
       # winds and currents by the point they come from: `north-easterly` is no slip of
       # `north-westerly`
       "northerly", "southerly", "easterly", "westerly", "northeasterly", "northwesterly",
       "southeasterly", "southwesterly"}
    # Roman numerals are numbers, not typos of each other: `Camp I` is not `Camp II`.
    | {"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi",
       "xvii", "xviii", "xix", "xx"}
)  # fmt: skip

# Suffixes after a name: `Jane Q. Roe III`.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "phd", "md"})

# Phrases a player wraps around the fact; they are removed whole before grading, so
# `no doubt` is not a negation and `of course` not another item or person.
FILLER_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "of course", "obviously", "clearly", "who else", "for sure", "no doubt",
        "without a doubt", "without doubt", "no question", "i think", "i guess",
        "i believe", "i reckon", "i suppose", "i would say", "id say", "probably",
        "maybe", "perhaps", "possibly", "im pretty sure", "i am pretty sure",
        "pretty sure", "im sure", "i am sure", "im fairly sure", "if i remember correctly",
        "if i recall correctly", "if i remember rightly", "iirc", "at a guess",
        "my guess is", "my answer is", "the answer is", "definitely", "certainly",
        "surely", "naturally", "undoubtedly", "apparently", "im not sure but",
        "not sure but", "not sure", "i dunno", "dunno", "idk", "lol", "haha",
        "i would guess", "id guess", "presumably", "basically", "honestly",
    )
)  # fmt: skip

# Words that change what kind of thing the answer names: its extent, timing, condition,
# degree or standing (`a permanent ceasefire` is not `an immediate ceasefire`). A typed
# modifier must be in the key or in the article's own words for this fact (the cited
# text): there it describes the fact; anywhere else it changes it.
MODIFIERS = frozenset(
    {
        # extent
        "full", "fully", "total", "totally", "complete", "completely", "partial",
        "partially", "partly", "limited", "comprehensive", "general", "blanket",
        "selective", "local", "localised", "localized", "nationwide", "global", "regional",
        "unilateral", "bilateral", "multilateral", "mutual", "universal",
        # timing and duration
        "immediate", "immediately", "instant", "temporary", "temporarily", "permanent",
        "permanently", "lasting", "durable", "indefinite", "indefinitely", "brief",
        "delayed", "gradual", "gradually", "eventual", "eventually", "prompt", "sudden",
        "rapid", "slow", "quick", "overdue", "premature", "provisional", "initial",
        "final", "renewed", "fresh", "extended", "short", "long",
        # condition and standing
        "conditional", "unconditional", "conditionally", "unconditionally", "voluntary",
        "mandatory", "compulsory", "informal", "formal", "secret", "tentative", "draft",
        "symbolic", "nominal",
        # degree
        "slight", "slightly", "minor", "major", "significant", "significantly", "small",
        "large", "huge", "massive", "modest", "drastic", "drastically", "dramatic",
        "dramatically", "mild", "severe", "moderate", "substantial", "marginal",
        "limitless", "unlimited", "mostly", "largely", "somewhat",
    }
)  # fmt: skip

# Abbreviations spelt out, and rates said another way: used where free text is
# compared (text, choice and list answers), together with the generic synonym table.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "vp": ("vice", "president"), "pm": ("prime", "minister"), "sec": ("secretary",),
    "secy": ("secretary",), "govt": ("government",), "gov": ("governor",),
    "dept": ("department",), "amb": ("ambassador",), "pres": ("president",),
    "intl": ("international",), "natl": ("national",), "sen": ("senator",),
    "rep": ("representative",), "gen": ("general",), "lt": ("lieutenant",),
    "col": ("colonel",), "capt": ("captain",), "sgt": ("sergeant",), "dr": ("doctor",),
    "prof": ("professor",), "dep": ("deputy",), "asst": ("assistant",),
    "mgr": ("manager",), "dir": ("director",), "ceo": ("chief", "executive"),
    "atty": ("attorney",), "supt": ("superintendent",), "cmdr": ("commander",),
    "adm": ("admiral",), "maj": ("major",), "gov't": ("government",),
    # an unstated small number: `several weeks` is `a few weeks`
    "several": ("a", "few"),
    # a rate: `daily`, `per day`, `each day` and `every day` are all `a day`
    "daily": ("a", "day"), "weekly": ("a", "week"), "hourly": ("an", "hour"),
    "monthly": ("a", "month"), "yearly": ("a", "year"), "annually": ("a", "year"),
}  # fmt: skip
RATE_WORDS = frozenset({"per", "each", "every"})
# The words that open the period a figure is given per (`a day`, `per day`, `each day`).
RATE_OPENERS = RATE_WORDS | {"a", "an"}

# The words between a denial and the act it denies (`will not be repeated`).
AUXILIARIES = frozenset(
    {"be", "been", "being", "have", "has", "had", "to", "do", "does", "did", "is", "are",
     "was", "were", "will", "would", "shall", "should", "can", "could", "may", "might",
     "must", "yet", "also", "even", "ever"}
)  # fmt: skip
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
# A name after these is where or with whom something happened (`in Lucan`, `than
# Okafor`), not who holds the figure that follows.
PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "for", "of", "than", "by", "with", "on", "against", "near",
     "over", "behind", "ahead", "into", "across", "after", "before", "like", "beat", "beating"}
)  # fmt: skip
