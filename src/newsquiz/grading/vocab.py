"""Word lists the graders share: number words, months, units, and the small words
that change a fact (negations, qualifiers) or carry none (fillers, titles)."""

from __future__ import annotations

UNITS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
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
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_ABBREVIATIONS = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "t": 1e12, "tn": 1e12, "trillion": 1e12,
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
MONTH_NAMES = {number: name for name, number in MONTHS.items()}

# Seconds in each unit of time a player might type.
TIME_UNITS = {
    "second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1,
    "minute": 60, "minutes": 60, "min": 60, "mins": 60, "m": 60,
    "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600,
    "day": 86400, "days": 86400, "d": 86400,
    "week": 604800, "weeks": 604800, "wk": 604800, "wks": 604800,
    "fortnight": 1209600, "fortnights": 1209600,
    "month": 2629800, "months": 2629800, "mo": 2629800, "mos": 2629800,
    "year": 31557600, "years": 31557600, "yr": 31557600, "yrs": 31557600,
}  # fmt: skip
# One-letter units are read only straight after digits (`30m`, `2h`), never alone.
LETTER_UNITS = frozenset({"s", "m", "h", "d"})

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
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
    {"more", "less", "over", "under", "least", "most", "fewer", "upwards", "beyond", "exceeding"}
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
     "per", "each", "every"}
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
