"""The words values are written in: numbers, months, units of time, currencies, the
small words that soften or bound a value, and the filler words around an answer.

Generic English; nothing here comes from any one article."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources

UNITS = {
    "zero": 0, "nil": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "once": 1, "twice": 2, "thrice": 3,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
# South Asian scales too: `₹760 crore` is ₹7.6 billion, `5 lakh` is 500,000.
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
          "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7}  # fmt: skip
SCALE_ABBREVIATIONS = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "bln": 1e9, "bil": 1e9, "billion": 1e9, "t": 1e12, "tn": 1e12,
    "tril": 1e12, "trillion": 1e12, "mill": 1e6, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
    "crores": 1e7, "cr": 1e7,
}  # fmt: skip

NUMBER_WORDS = frozenset(
    [*UNITS, *TENS, *ORDINAL_UNITS, *ORDINAL_TENS, *SCALES, "hundred", "hundredth", "dozen"]
)

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Month names players bring from French, German, Spanish or Italian (`13 Mai`); `mars`
# is left out, being a planet in English.
FOREIGN_MONTHS = {
    "janvier": 1, "januar": 1, "enero": 1, "gennaio": 1, "fevrier": 2, "februar": 2,
    "febrero": 2, "febbraio": 2, "marz": 3, "maerz": 3, "marzo": 3, "avril": 4, "abril": 4,
    "aprile": 4, "mai": 5, "mayo": 5, "maggio": 5, "juin": 6, "juni": 6, "junio": 6,
    "giugno": 6, "juillet": 7, "juli": 7, "julio": 7, "luglio": 7, "aout": 8, "agosto": 8,
    "septembre": 9, "septiembre": 9, "settembre": 9, "octobre": 10, "oktober": 10,
    "octubre": 10, "ottobre": 10, "novembre": 11, "noviembre": 11, "decembre": 12,
    "dezember": 12, "diciembre": 12, "dicembre": 12,
}  # fmt: skip

# Kinds of day a length of time may be counted in (`ten working days`): a count of them is
# a length of time, and another fact than as many days of any kind. `business` days are
# `working` days.
DAY_KINDS = {
    "working": "working",
    "work": "working",
    "business": "working",
    "calendar": "calendar",
    "school": "school",
    "trading": "trading",
    "sitting": "sitting",
}
# Seconds in each unit of time a player might type.
TIME_UNITS = {
    "millisecond": 0.001, "milliseconds": 0.001, "ms": 0.001, "msec": 0.001,
    "second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1,
    "minute": 60, "minutes": 60, "min": 60, "mins": 60, "m": 60,
    "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600,
    "day": 86400, "days": 86400, "d": 86400,
    "week": 604800, "weeks": 604800, "wk": 604800, "wks": 604800,
    "fortnight": 1209600, "fortnights": 1209600,
    "month": 2629800, "months": 2629800, "mo": 2629800, "mos": 2629800, "mth": 2629800,
    "mths": 2629800,
    "year": 31557600, "years": 31557600, "yr": 31557600, "yrs": 31557600,
    "decade": 315576000, "decades": 315576000,
    "century": 3155760000, "centuries": 3155760000,
}  # fmt: skip
# One-letter units are read only straight after digits (`30m`, `2h`), never alone.
LETTER_UNITS = frozenset({"s", "m", "h", "d"})


def second_as_ordinal(following: str | None) -> bool:
    """`a second` before a noun is an ordinal (`a second season`, `a second term`), not a
    length of time (`a second later`, `a second or two`, `in a second.`): `following` is
    the word after it, lower case, None at the end or before punctuation."""
    return (
        following is not None
        and following.isalpha()
        and following not in _AFTER_A_SECOND
        and following not in FILLERS  # `litres a second can`, `a second is`
    )


# Words that may follow `a second` meaning one second.
_AFTER_A_SECOND = frozenset(
    {"or", "and", "of", "to", "later", "earlier", "ago", "after", "before", "longer", "more",
     "less", "each", "per", "in", "on", "at", "for", "the", "a", "an", "with", "than", "too",
     "apart", "behind", "ahead", "faster", "slower", "late", "early", "off", "left"}
)  # fmt: skip

# Every currency sign in use (Unicode's currency symbols): the one it marks where one
# country's currency is meant by it (`₩` is South Korea's won, `¥` Japan's yen).
CURRENCY_SYMBOLS = {
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "₽": "RUB",
    "₺": "TRY", "₦": "NGN", "₵": "GHS", "₱": "PHP", "₫": "VND", "₪": "ILS", "₴": "UAH",
    "₸": "KZT", "₭": "LAK", "₮": "MNT", "₲": "PYG", "₡": "CRC", "฿": "THB", "৳": "BDT",
    "₼": "AZN", "₾": "GEL", "֏": "AMD", "៛": "KHR",
    "s/": "PEN",  # Peru's sol, a letter and a slash before the amount (`S/ 6.6 million`)
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "bucks": "USD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "sterling": "GBP",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rub": "RUB",
    "yen": "JPY", "yuan": "CNY", "hryvnia": "UAH", "hryvnias": "UAH",
}  # fmt: skip

# Words that only soften a value; a teacher allows them on either side.
APPROXIMATE = frozenset(
    {"about", "around", "approximately", "approx", "roughly", "some", "circa", "ca",
     "nearly", "almost", "~", "estimated", "or so", "give", "take", "like"}
)  # fmt: skip
# Words that turn a value into a bound: `more than an hour` is not `about an hour`.
COMPARATIVE = frozenset(
    {"more", "less", "over", "under", "least", "most", "fewer", "upwards", "beyond", "exceeding",
     "above", "below"}
)  # fmt: skip
# `40+ years` is folded to this word before the figure: a bound of its own (see
# values.PLUS), and a filler to everything that reads words.
PLUS_SIGN = "plussign"

# Small words a sentence answer wraps around its fact; they carry none.
FILLERS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "into",
     "and", "is", "was", "were", "are", "be", "been", "being", "am", "it", "its", "that",
     "this", "these", "those", "he", "she", "they", "them", "him", "his", "her", "their",
     "i", "we", "you", "my", "our", "your", "me", "as", "so", "do", "did", "does", "done",
     "has", "had", "have", "will", "would", "could", "should", "can", "may", "might",
     "must", "just", "then", "there", "here", "what", "which", "who", "whom", "whose",
     "when", "where", "why", "how", "answer", "think", "thought", "believe", "guess",
     "pretty", "sure", "probably", "maybe", "perhaps", "im", "say", "said", "says",
     "called", "named", "name", "yes", "well", "ok", "okay", "um", "uh", "hmm", "oh",
     "really", "certainly", "definitely", "surely", "quite", "very", "only", "also",
     "one", "guy", "man", "woman", "person", "people", "someone", "who's", "whos",
     "asked", "ask", "requested", "request", "made", "make", "spoke", "speak", "spoken",
     "talked", "talk", "call", "calls", "phoned", "phone", "met", "meet", "wanted",
     "want", "initiated", "initiate", "reached", "reach", "out", "up", "side", "lasted",
     "last", "took", "take", "went", "go", "happened", "happen", "held", "hold",
     "according", "article", "text", "story", "report", "reported", "reports", "correct",
     "right", "know", "knew", "remember", "recall", "fairly", "confident", "because",
     "if", "remembered", "seems", "seem", "like", "reckon", "suppose", "got", "get",
     "first", "time", "after", "before", "since", "ago", "later", "earlier", "date",
     "day", "year", "pick", "choose", "option", "letter", "dunno",
     "idk", "likely", "behind", "actually",
     "wrote", "written", "stated", "states", "claimed", "told", "tells", "tell",
     "spokes", "than", "rather", "instead", "but", "both", "all", "other", "another",
     "per", "each", "every", PLUS_SIGN}
)  # fmt: skip

# Every word that states or scales a value: never rewritten as a synonym of another word.
VALUE_WORDS = frozenset(
    NUMBER_WORDS | set(SCALE_ABBREVIATIONS) | set(MONTHS) | set(MONTH_ABBREVIATIONS)
    | set(TIME_UNITS) | set(CURRENCY_WORDS) | set(CURRENCY_SYMBOLS) | {"percent", "per", "cent"}
)  # fmt: skip

# Words for a political side that stand beside a name: `Roe, a Republican`.
AFFILIATIONS = frozenset(
    {"republican", "republicans", "democrat", "democrats", "democratic", "dem", "dems", "gop",
     "conservative", "conservatives", "tory", "tories", "labour", "labor", "liberal",
     "liberals", "socialist", "socialists", "communist", "communists", "green", "greens",
     "independent", "nationalist", "nationalists", "centrist", "progressive",
     "progressives", "libertarian", "populist", "party", "member", "leader", "chairman"}
)  # fmt: skip

# The points of the compass, as a place or a direction is qualified by them.
COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "northern", "southern", "eastern", "western", "north-east", "north-west", "south-east",
     "south-west", "northeastern", "northwestern", "southeastern", "southwestern"}
)  # fmt: skip

# The points of the compass and upper/lower in the languages place names keep them in
# (`Ilocos Norte`, `Sud-Kivu`, `Haute-Ville`, `Alta Verapaz`), with the English word: read
# as that word only beside a key that writes the other (`North Ilocos` for Ilocos Norte),
# as elsewhere they are words of a name (`Reggio Alta` is a place of its own).
COMPASS_ABROAD = {
    **dict.fromkeys(("nord", "norte", "norra", "nordre"), "north"),
    **dict.fromkeys(("sud", "sur", "sul", "süd", "sør", "södra", "søndre"), "south"),
    **dict.fromkeys(("est", "este", "ost", "øst", "östra", "østre"), "east"),
    **dict.fromkeys(("ouest", "oeste", "vest", "väst", "västra", "vestre"), "west"),
    **dict.fromkeys(("haut", "haute", "alto", "alta", "ober", "obere", "oberer"), "upper"),
    **dict.fromkeys(("bas", "basse", "bajo", "baja", "baixo", "unter", "untere"), "lower"),
}

# Features of the land and water a place is named after: written after a place's name
# they name another place (`Regina Beach` is not Regina, `Niagara Falls` not Niagara).
# `city` and `town` are left out: `Regina city` is Regina.
PLACE_FEATURES = frozenset(
    {"beach", "beaches", "bay", "bight", "bluff", "bluffs", "bridge", "canyon", "cape",
     "cove", "creek", "crossing", "dam", "delta", "falls", "fjord", "ford", "forest", "gap",
     "glen", "gorge", "gulf", "harbour", "harbor", "head", "heath", "heights", "hill",
     "hills", "island", "islands", "isle", "junction", "lagoon", "lake", "lakes", "landing",
     "marsh", "meadows", "mesa", "mount", "mountain", "mountains", "oasis", "pass", "peak",
     "peninsula", "pier", "plains", "point", "pond", "quay", "rapids", "reef", "ridge", "river",
     "rock", "sands", "sound", "spring", "springs", "strait", "valley", "vale", "wells",
     "wharf", "woods"}
)  # fmt: skip

# The seasons: `autumn 2027` is not the spring of 2027.
SEASONS = frozenset(
    line.strip()
    for line in resources.files("newsquiz.facts")
    .joinpath("data", "seasons.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)
# Words that say nothing of their own beside a figure: small words, number words, hedges,
# bounds, weekdays, seasons and months (`by roughly 30 percent`, `in March`).
NOT_CONTENT = (
    FILLERS | NUMBER_WORDS | APPROXIMATE | COMPARATIVE | WEEKDAYS | SEASONS | frozenset(MONTHS)
)


def _plurals(noun: str) -> set[str]:
    """Every plural English might make of a noun (`nurses`, `firemen`, `deputies`, `thieves`):
    a spare form no one writes does no harm in a look-up."""
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ies")
    if noun.endswith("man"):
        forms.add(noun[:-3] + "men")
    if noun.endswith("f"):
        forms.add(noun[:-1] + "ves")
    return forms


# Nouns that name people (`nurses`, `rowers`, `villagers`): a count of them counts people,
# never craft, buildings or places. A name of several words is read by its last word
# (`police officer`: `officers`).
PEOPLE_NOUNS = frozenset(
    form
    for line in resources.files("newsquiz.facts")
    .joinpath("data", "people-nouns.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
    for form in _plurals(line.split()[-1].lower())
)


def could_be_year(value: float) -> bool:
    """A whole figure a report could mean as a year: from a shipwreck of 1658 to 2100."""
    return 1000 <= value <= 2100 and value == int(value)


# Honorifics that stand before any name (posts and ranks come from the world tables).
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev",
     "reverend", "hon", "honourable", "honorable", "mister", "madam", "madame", "mme",
     "monsieur", "herr", "frau", "senor", "senora", "sheikh", "his", "her", "excellency"}
)  # fmt: skip


# Words that count the same event under another stem: `no deaths` is denied by `one died`.
COUNTED_ALIKE = (
    frozenset({"death", "deaths", "died", "die", "dies", "dead", "dying", "fatality",
               "fatalities", "killed"}),
    frozenset({"injury", "injuries", "injured", "hurt", "wounded"}),
)  # fmt: skip


# What kind of money an amount is, each with the verbs that give it (`lend` gives a loan):
# an amount named as another kind (`a €9 million grant` of a loan) is another fact.
MONEY_KINDS = (
    frozenset({"loan", "loans", "lend", "lends", "lent", "lending", "borrow", "borrows",
               "borrowed", "borrowing", "credit"}),
    frozenset({"grant", "grants", "granted"}),
    frozenset({"fine", "fines", "fined", "penalty", "penalties"}),
    frozenset({"subsidy", "subsidies", "subsidise", "subsidised", "subsidize", "subsidized"}),
    frozenset({"donation", "donations", "donate", "donated", "donates"}),
    frozenset({"bond", "bonds"}),
    frozenset({"tax", "taxes", "taxed", "levy", "levies", "levied"}),
    frozenset({"bonus", "bonuses"}),
    frozenset({"bribe", "bribes", "bribed"}),
    frozenset({"refund", "refunds", "refunded", "rebate", "rebates"}),
    frozenset({"salary", "salaries", "wage", "wages"}),
    frozenset({"pension", "pensions"}),
    frozenset({"ransom"}),
)  # fmt: skip


def money_kinds(words: Iterable[str]) -> frozenset[int]:
    """Which of the kinds of money the words name, by their index in MONEY_KINDS."""
    found = set(words)
    return frozenset(i for i, kind in enumerate(MONEY_KINDS) if not kind.isdisjoint(found))


def one_event(a: str, b: str) -> bool:
    """`dead` and `deaths`, `hurt` and `injuries`: two words that count one event."""
    return any(a in family and b in family for family in COUNTED_ALIKE)


# English verbs whose past is not written with `-ed`, with it: a question's `How many chairs
# fell…?` counts chairs, and a claim is put in the past (`speak` → `spoke`).
IRREGULAR_PAST = {
    "speak": "spoke", "meet": "met", "say": "said", "take": "took", "begin": "began",
    "go": "went", "make": "made", "give": "gave", "come": "came", "become": "became",
    "find": "found", "tell": "told", "leave": "left", "send": "sent", "hold": "held",
    "win": "won", "lose": "lost", "set": "set", "put": "put", "run": "ran", "pay": "paid",
    "buy": "bought", "bring": "brought", "think": "thought", "seek": "sought",
    "fight": "fought", "know": "knew", "see": "saw", "write": "wrote", "get": "got",
    "have": "had", "do": "did", "cost": "cost", "spend": "spent", "build": "built",
    "lead": "led", "draw": "drew", "fall": "fell", "rise": "rose", "grow": "grew",
    "choose": "chose", "shoot": "shot", "strike": "struck", "hit": "hit", "sell": "sold",
    "warn": "warned", "ask": "asked", "agree": "agreed", "drive": "drove", "fly": "flew",
    "flee": "fled", "sink": "sank", "break": "broke", "stand": "stood", "feel": "felt",
    "keep": "kept", "eat": "ate", "throw": "threw", "catch": "caught", "teach": "taught",
    "wear": "wore", "ride": "rode", "sit": "sat", "swim": "swam", "sing": "sang",
    "steal": "stole", "freeze": "froze", "hide": "hid", "forget": "forgot", "shake": "shook",
    "blow": "blew", "hang": "hung", "lend": "lent", "feed": "fed", "undergo": "underwent",
    "withdraw": "withdrew", "overtake": "overtook", "hear": "heard", "sleep": "slept",
    "understand": "understood", "bear": "bore", "deal": "dealt", "drink": "drank",
}  # fmt: skip
# Past forms that are no noun too (`set`, `cost` and `hit` are).
PAST_FORMS = frozenset(past for verb, past in IRREGULAR_PAST.items() if past != verb)


# Craft and vehicles, never the people aboard or the goods carried; a name written
# straight after one (`the pushboat Itapúa II`) is the craft's.
CRAFT = frozenset({"vessel", "vessels", "ship", "ships", "boat", "boats", "trawler", "trawlers",
                   "canoe", "canoes", "ferry", "ferries", "tug", "tugs", "tugboat", "tugboats",
                   "pushboat", "pushboats", "towboat", "towboats", "freighter", "freighters",
                   "dredger", "dredgers", "cutter", "cutters", "liner", "liners", "schooner",
                   "schooners", "catamaran", "catamarans", "dhow", "dhows", "frigate", "frigates",
                   "corvette", "corvettes", "destroyer", "destroyers", "icebreaker",
                   "icebreakers", "lifeboat", "lifeboats", "steamer", "steamers",
                   "barge", "barges", "yacht", "yachts", "tanker", "tankers", "warship",
                   "warships", "submarine", "submarines", "car", "cars", "truck", "trucks",
                   "lorry", "lorries", "van", "vans", "taxi", "taxis", "bus", "buses", "tram",
                   "trams", "vehicle", "vehicles", "motorcycle", "motorcycles", "bicycle",
                   "bicycles", "bike", "bikes", "motorbike", "motorbikes", "scooter",
                   "scooters", "minibus", "minibuses", "airliner", "airliners", "aircraft",
                   "plane", "planes", "jet", "jets", "helicopter", "helicopters", "drone",
                   "drones", "train", "trains", "locomotive", "locomotives"})  # fmt: skip
