"""Guessing a question's kind from its answer when the author left it out."""

from __future__ import annotations

from newsquiz.facts.text import tokenize
from newsquiz.facts.truth import read_truth
from newsquiz.facts.values import DATE, DURATION, MONEY, NUMBER, scan
from newsquiz.facts.words import FILLERS
from newsquiz.grading.vocab import TITLES

# Words that make capitalised words a place or an organisation, not a person.
_NOT_A_PERSON = frozenset(
    {"union", "states", "nations", "ministry", "council", "house", "office", "republic",
     "kingdom", "department", "agency", "forces", "force", "army", "navy", "nato", "un",
     "eu", "city", "sea", "river", "north", "south", "east", "west", "united", "european",
     "pentagon", "kremlin", "white", "black", "red", "sweden", "finland", "russia",
     "ukraine", "poland", "syria", "america", "scandinavia", "moscow", "washington",
     "kyiv", "kharkiv", "cnn", "operation", "mechanism", "line", "package", "alliance",
     "treaty", "organization", "organisation", "committee", "court", "bank", "fund",
     "party", "parliament", "congress", "senate", "airport", "street", "square",
     "national", "international", "federal", "military", "war", "day", "times", "news",
     "post", "journal", "press", "institute", "university", "college", "school", "group"}
)  # fmt: skip
_TITLES_BEFORE_NAMES = frozenset(
    {"gen", "gen.", "general", "mr", "mr.", "mrs", "ms", "dr", "dr.", "president",
     "secretary", "minister", "ambassador", "admiral", "adm.", "col.", "sen.", "senator"}
)  # fmt: skip


def infer_kind(answer: str | tuple[str, ...]) -> str:
    """The kind a careful author would most likely have written."""
    if isinstance(answer, tuple):
        return "list"
    text = answer.strip()
    toks = tokenize(text)
    if not toks:
        return "text"
    if len(toks) == 1 and toks[0] in ("true", "false", "yes", "no"):
        return "claim"
    if read_truth(toks) is not None and len(toks) == 1:
        return "claim"
    mentions = [m for m in scan(toks) if not m.denied]
    if len(mentions) == 1:
        mention = mentions[0]
        inside = toks[: mention.start] + toks[mention.end :]
        spare = [t for t in inside if t[0].isalnum() and t not in FILLERS]
        if mention.kind == MONEY and len(spare) <= 2:
            return "money"
        if mention.kind == DATE and mention.day is not None and len(spare) <= 2:
            return "date"
        if mention.kind == DURATION and len(spare) <= 2:
            return "duration"
        if mention.kind == NUMBER and len(spare) <= 2:
            return "number"
    if _looks_like_a_name(text):
        return "person"
    return "text"


def _looks_like_a_name(text: str) -> bool:
    """Two to four capitalised words (after any title), none of them a place or body."""
    words = text.replace(",", " ").split()
    while words and words[0].lower() in _TITLES_BEFORE_NAMES:
        words = words[1:]
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        letters = word.strip(".'’-")
        if not letters or not letters[0].isupper() or not letters.replace("-", "").isalpha():
            return False
        if (
            letters.lower() in _NOT_A_PERSON
            or letters.lower() in TITLES
            or (letters.isupper() and len(letters) > 1)
        ):
            return False
    return True
