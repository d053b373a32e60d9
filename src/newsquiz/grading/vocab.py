"""Word lists the graders share: number words, months, units, and the small words
that change a fact (negations, qualifiers) or carry none (fillers, titles)."""

from __future__ import annotations

from newsquiz.facts.words import (
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
HEDGES = frozenset({"or", "either", "/"})

# Titles and roles ignored around a person's name.
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "gen", "general",
     "secretary", "minister", "ambassador", "president", "premier", "chancellor",
     "defense", "defence", "foreign", "state", "chief", "chiefs", "spokesman",
     "spokeswoman", "spokesperson", "press", "pentagon", "kremlin", "us", "u", "s", "usa",
     "american", "russian", "ukrainian", "finnish", "swedish", "russia", "ukraine",
     "finland", "america", "united", "states", "sen", "senator", "rep", "adm", "admiral",
     "col", "colonel", "lt", "major", "maj", "capt", "captain", "commander", "chairman",
     "chair", "joint", "staff", "prime", "head", "leader", "official", "officer",
     "counterpart", "military", "army", "navy", "marshal", "field", "top", "envoy",
     "nato", "eu", "european", "union", "to", "of", "the", "his", "her", "their",
     "minister's", "ministry", "department", "dod", "jr", "sr", "in", "for", "at"}
)  # fmt: skip

# Words never fuzzed into one another: each is a fact on its own.
GUARDED_WORDS = frozenset(
    NUMBER_WORDS | NEGATIONS | QUALIFIERS | set(MONTHS) | set(MONTH_ABBREVIATIONS)
    | {"true", "false", "yes", "no", "correct", "incorrect", "right", "wrong",
       "before", "after", "more", "less", "over", "under", "up", "down", "east", "west",
       "north", "south", "northeast", "northwest", "southeast", "southwest", "first",
       "last", "same", "won", "lost", "win", "lose", "increase", "decrease", "rise",
       "fall", "open", "closed", "accept", "accepted", "reject", "rejected", "deny",
       "denied", "agreed", "refused", "once", "twice", "thrice"}
)  # fmt: skip

# Names that are words of their own: a typed `Miller` is not a typo of `Milley`,
# nor `Genova` of `Geneva`. Countries, large cities and common surnames.
KNOWN_NAMES = frozenset(
    {"afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia",
     "australia", "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium",
     "benin", "bolivia", "bosnia", "brazil", "bulgaria", "burma", "cambodia", "cameroon",
     "canada", "chad", "chile", "china", "colombia", "congo", "croatia", "cuba", "cyprus",
     "czechia", "denmark", "ecuador", "egypt", "eritrea", "estonia", "ethiopia", "fiji",
     "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece",
     "guatemala", "guinea", "guyana", "haiti", "holland", "honduras", "hungary", "iceland",
     "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan",
     "jordan", "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "laos", "latvia",
     "lebanon", "liberia", "libya", "lithuania", "luxembourg", "malawi", "malaysia", "mali",
     "malta", "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco",
     "mozambique", "namibia", "nepal", "netherlands", "nicaragua", "niger", "nigeria",
     "norway", "oman", "pakistan", "panama", "paraguay", "peru", "philippines", "poland",
     "portugal", "qatar", "romania", "russia", "rwanda", "scotland", "senegal", "serbia",
     "slovakia", "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria",
     "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tunisia", "turkey",
     "turkmenistan", "uganda", "ukraine", "uruguay", "uzbekistan", "venezuela", "vietnam",
     "wales", "yemen", "zambia", "zimbabwe", "amsterdam", "athens", "baghdad", "bangkok",
     "beijing", "beirut", "berlin", "bern", "brussels", "bucharest", "budapest", "cairo",
     "damascus", "delhi", "dublin", "geneva", "genoa", "genova", "hamburg", "helsinki",
     "kabul", "kharkiv", "kherson", "kyiv", "kiev", "lisbon", "london", "lviv", "madrid",
     "milan", "minsk", "moscow", "munich", "naples", "odesa", "odessa", "oslo", "paris",
     "prague", "riga", "rome", "seoul", "sofia", "stockholm", "tallinn", "tehran", "tokyo",
     "vienna", "vilnius", "warsaw", "washington", "zagreb", "zurich", "smith", "johnson",
     "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez",
     "hernandez", "lopez", "wilson", "anderson", "thomas", "taylor", "moore", "jackson",
     "martin", "lee", "thompson", "white", "harris", "clark", "lewis", "robinson", "walker",
     "young", "allen", "king", "wright", "scott", "hill", "green", "adams", "baker",
     "nelson", "carter", "mitchell", "roberts", "turner", "phillips", "campbell", "parker",
     "evans", "edwards", "collins", "stewart", "morris", "murphy", "cook", "rogers",
     "morgan", "cooper", "peterson", "reed", "bailey", "bell", "kelly", "howard", "ward",
     "cox", "richardson", "wood", "watson", "brooks", "bennett", "gray", "james", "hughes",
     "price", "sanders", "myers", "long", "ross", "foster", "kirk", "miles", "mills"}
)  # fmt: skip

# Suffixes after a name: `Lloyd J. Austin III`.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "phd", "md"})

# A place's adjective when it is not the name plus -n/-an/-ian: `Polish border`.
IRREGULAR_DEMONYMS: dict[str, frozenset[str]] = {
    place: frozenset(words.split())
    for place, words in {
        "poland": "polish pole poles", "finland": "finnish finn finns",
        "sweden": "swedish swede swedes", "denmark": "danish dane danes",
        "norway": "norwegian norwegians", "britain": "british briton britons",
        "france": "french", "spain": "spanish", "turkey": "turkish turk turks",
        "ireland": "irish", "netherlands": "dutch", "holland": "dutch",
        "switzerland": "swiss", "china": "chinese", "japan": "japanese",
        "germany": "german germans", "greece": "greek greeks", "iraq": "iraqi iraqis",
        "israel": "israeli israelis", "pakistan": "pakistani pakistanis",
        "afghanistan": "afghan afghans", "yemen": "yemeni yemenis",
        "scotland": "scottish scot scots", "wales": "welsh", "england": "english",
        "belarus": "belarusian belarusians", "lebanon": "lebanese",
        "vietnam": "vietnamese", "portugal": "portuguese", "iceland": "icelandic",
        "kuwait": "kuwaiti kuwaitis", "qatar": "qatari qataris", "thailand": "thai",
        "moscow": "muscovite muscovites", "kyiv": "kyivan", "kiev": "kievan",
    }.items()
}  # fmt: skip

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

# Word pairs of opposite meaning: a typed word whose opposite is the key's turns the fact
# over (`the two armies operate far from each other`).
_ANTONYM_PAIRS = (
    ("close", "far"), ("near", "far"), ("little", "much"), ("little", "lot"),
    ("more", "less"), ("more", "fewer"), ("increase", "decrease"), ("increased", "decreased"),
    ("rise", "fall"), ("rose", "fell"), ("up", "down"), ("open", "closed"),
    ("accept", "reject"), ("accepted", "rejected"), ("agreed", "refused"),
    ("allowed", "banned"), ("before", "after"), ("early", "late"), ("first", "last"),
    ("win", "lose"), ("won", "lost"), ("success", "failure"), ("succeeded", "failed"),
    ("successful", "unsuccessful"), ("stopped", "started"), ("strengthen", "weaken"),
    ("bolster", "reduce"), ("accelerate", "slow"), ("deter", "encourage"),
    ("friendly", "hostile"), ("peace", "war"), ("ally", "enemy"), ("support", "oppose"),
    ("supported", "opposed"), ("higher", "lower"), ("highest", "lowest"),
    ("larger", "smaller"), ("largest", "smallest"), ("long", "short"),
    ("longer", "shorter"), ("same", "different"), ("all", "none"), ("always", "never"),
)  # fmt: skip
ANTONYMS: dict[str, frozenset[str]] = {
    word: frozenset(b if a == word else a for a, b in _ANTONYM_PAIRS if word in (a, b))
    for pair in _ANTONYM_PAIRS
    for word in pair
}
# One word for several that mean the same in a news answer, and abbreviations spelt
# out; used where free text is compared (text, choice and list answers).
EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "truce": ("ceasefire",), "armistice": ("ceasefire",),
    "spokesperson": ("spokesman",), "spokeswoman": ("spokesman",),
    "spokespeople": ("spokesmen",), "error": ("mistake",), "errors": ("mistakes",),
    "troops": ("forces",), "troop": ("force",), "shift": ("change",),
    "shifts": ("changes",), "failure": ("failed",), "vp": ("vice", "president"),
    "veep": ("vice", "president"), "pm": ("prime", "minister"), "sec": ("secretary",),
    "secy": ("secretary",), "govt": ("government",), "gov": ("government",),
    "dept": ("department",), "amb": ("ambassador",), "pres": ("president",),
    "intl": ("international",), "natl": ("national",),
    # a rate: `daily`, `per day`, `each day` and `every day` are all `a day`
    "daily": ("a", "day"), "weekly": ("a", "week"), "hourly": ("an", "hour"),
    "monthly": ("a", "month"), "yearly": ("a", "year"), "annually": ("a", "year"),
}  # fmt: skip
RATE_WORDS = frozenset({"per", "each", "every"})
