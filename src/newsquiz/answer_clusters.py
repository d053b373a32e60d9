"""Wrong answers grouped as the grader reads them: one cluster per answer, however spelt.

The teacher decides an answer once, not once per spelling (Basu et al. 2013,
"Powergrading"). Spellings that fold to the same text (case, accents, punctuation,
articles) are one answer before the grader is asked anything; then each remaining spelling,
most typed first, joins the first cluster it is the same answer as: graded right against a
copy of the question whose expected answer is that cluster's most typed spelling (no
accept, reject or partial entries), or that spelling graded right with it as the key. So
`48 days` joins `48` on a question about days, `Shoygu` joins `Shoigu`. A choice question's
wrong answers are clustered by the choice they pick (its letter or its text), shown as
`b) Lloyd Austin`.

Without the question (its pack was not found) the text folding alone groups them.
Only distinct spellings are graded, each grader is compiled once, and each spelling is
compared with the MAX_KEYS most typed clusters of its question at most (rarely typed answers
join those, not each other): a cost that grows with the answers, not with their square.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from newsquiz.facts.text import fold_text, tokenize
from newsquiz.facts.words import FILLERS
from newsquiz.pack.model import Kind, Question

if TYPE_CHECKING:
    from newsquiz.grading.grader import Grader

# Words around a choice's letter: `option b`, `the answer is c`, `(d)`.
_LETTER_LEAD = (FILLERS - {"a"}) | {"option", "choice", "letter", ",", "answer", "(", ")"}

# The most typed answers of a question every other spelling is compared with: beyond the
# few a report lists. Answers typed more rarely still join them, but not each other.
MAX_KEYS = 8


@dataclass(frozen=True)
class AnswerCluster:
    """Wrong answers the grader takes as one."""

    answer: str  # the spelling typed most often, or the choice picked: `b) Lloyd Austin`
    count: int
    spellings: int  # how many different spellings it gathers


@dataclass(frozen=True)
class Signature:
    """What an answer says, read cheaply: its words (and their rewritten synonyms) and the
    values it states. Two answers that both state values but none in common, or that share
    no word and have no two words a typo apart, are taken as different answers without
    asking the grader."""

    words: frozenset[str]
    values: frozenset[object]
    letter: bool = False  # one letter alone, as a choice is picked: `b`, `(c)`, `option d`

    @classmethod
    def of(cls, spelling: str) -> Signature:
        # Loaded on first use, as the grader is (see AnswerClusterer.accepts).
        from newsquiz.facts.values import scan
        from newsquiz.grading.normalize import rewrite

        toks = tokenize(spelling)
        words = {t for t in (*toks, *rewrite(toks)) if t[0].isalpha() and t not in FILLERS}
        values: set[object] = set()
        for mention in scan(toks):
            values.update(v for v in (mention.value, mention.number) if v is not None)
            if mention.month is not None:
                values.add((mention.month, mention.day))
        rest = [t for t in toks if t not in _LETTER_LEAD]
        letter = len(rest) == 1 and len(rest[0]) == 1 and rest[0].isalpha()
        return cls(frozenset(words), frozenset(values), letter)

    def could_match(self, other: Signature) -> bool:
        if not (self.words or self.values) or not (other.words or other.values):
            return True  # nothing to go on (`?`, `-`): let the grader decide
        if self.values and other.values:
            return not self.values.isdisjoint(other.values)  # `March 1` is not `March 24`
        return not self.words.isdisjoint(other.words) or self.near(other)

    def near(self, other: Signature) -> bool:
        """A word of one is a typo of a word of the other (`Shoygu`, `Shoigu`)."""
        mine, theirs = self.words - other.words, other.words - self.words
        return any(_typo(a, b) for a in mine for b in theirs)


def _typo(a: str, b: str) -> bool:
    """A slip of a letter or two in a word of some length (`Shoygu`, `Shoigu`)."""
    if min(len(a), len(b)) < 4:
        return False
    return OSA.distance(a, b, score_cutoff=2) <= (1 if min(len(a), len(b)) < 7 else 2)


@dataclass
class _Group:
    plain: str  # the folded text
    spellings: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(self.spellings.values())

    @property
    def shown(self) -> str:
        # The most typed spelling speaks for the group; on a tie the plainest one (already
        # in folded form), then the shortest (`Shoigu`, not `Sergei Shoygu`), then the
        # first alphabetically.
        return min(self.spellings, key=lambda s: (-self.spellings[s], s != self.plain, len(s), s))

    def take(self, other: _Group) -> None:
        for spelling, count in other.spellings.items():
            self.spellings[spelling] = self.spellings.get(spelling, 0) + count


def folded(spelling: str) -> str:
    """The folded text; an answer that is all article (`a`, choice a) stays itself."""
    return fold_text(spelling) or spelling.strip().casefold()


def fold_answers(typed: Mapping[str, int]) -> list[_Group]:
    """Spellings grouped by their folded text, most typed first."""
    groups: dict[str, _Group] = {}
    for spelling, count in typed.items():
        plain = folded(spelling)
        group = groups.setdefault(plain, _Group(plain))
        group.spellings[spelling] = group.spellings.get(spelling, 0) + count
    return sorted(groups.values(), key=lambda g: (-g.count, g.shown))


def _clusters(groups: list[_Group], labels: Mapping[int, str] | None = None) -> list[AnswerCluster]:
    found = [
        AnswerCluster((labels or {}).get(id(g), g.shown), g.count, len(g.spellings)) for g in groups
    ]
    found.sort(key=lambda c: (-c.count, c.answer))
    return found


def choice_label(question: Question, index: int) -> str:
    """`b) Lloyd Austin`: a choice as the player saw it."""
    return f"{chr(ord('a') + index)}) {question.choices[index]}"


class AnswerClusterer:
    """Clusters the wrong answers of many questions, keeping each compiled grader."""

    def __init__(self) -> None:
        self._graders: dict[tuple[int, str], Grader] = {}
        self._questions: dict[int, Question] = {}  # keeps each id(question) in use alive
        self._choices: dict[str, Signature] = {}

    @property
    def compiled(self) -> int:
        """How many graders were compiled (each question and key once)."""
        return len(self._graders)

    def accepts(self, question: Question, key: str, typed: str) -> bool:
        """Would `typed` be right if the question's expected answer were `key`?"""
        grader = self._graders.get((id(question), key))
        if grader is None:
            # No citations: whether an answer quotes the article is no matter here, and
            # working out the quoted passages is most of what compiling costs.
            keyed = replace(question, answer=key, accept=(), reject=(), partial=(), citations=())
            # Loaded on first use: importing the report's helpers (`fit`, `terminal_safe`)
            # costs the commands that grade nothing no grader.
            from newsquiz.grading.grader import compile_question

            grader = self._graders[(id(question), key)] = compile_question(keyed)
            self._questions[id(question)] = question
        return grader(typed).correct

    def same_answer(self, question: Question, one: str, other: str, *, typo: bool) -> bool:
        """`one`, as the key, accepts `other`; or, when a word of theirs is a `typo` of
        the other's, the other way round: a key spelt as the article spells a name forgives
        a typo in it, a misspelt key does not (`Shoygu` for `Shoigu`)."""
        if self.accepts(question, one, other):
            return True
        return typo and self.accepts(question, other, one)

    def picked_choice(
        self, question: Question, typed: str, says: Signature | None = None
    ) -> int | None:
        """The choice an answer picks (by its letter or its text), if it picks one."""
        if question.kind != Kind.CHOICE:
            return None
        says = says or Signature.of(typed)
        for index, choice in enumerate(question.choices):
            # A letter names a choice without a word of it; any other answer shares one.
            could = says.letter or self._choice_says(choice).could_match(says)
            if could and self.accepts(question, choice, typed):
                return index
        return None

    def _choice_says(self, choice: str) -> Signature:
        said = self._choices.get(choice)
        if said is None:
            said = self._choices[choice] = Signature.of(choice)
        return said

    def cluster(
        self, question: Question | None, typed: Mapping[str, int], keys: int = MAX_KEYS
    ) -> list[AnswerCluster]:
        """The wrong answers `typed` (spelling → how often) to `question`, most common first;
        every spelling is compared with the `keys` most typed clusters at most."""
        groups = fold_answers(typed)
        if question is None:
            return _clusters(groups)
        labels: dict[int, str] = {}  # a choice's cluster: the choice as shown
        by_choice: dict[int, _Group] = {}
        clusters: list[_Group] = []
        # The clusters later spellings are compared with, each with the spelling it is keyed
        # on (its first, most typed, group's) and what that spelling says.
        keyed: list[tuple[_Group, str, Signature]] = []
        for group in groups:
            if not group.plain:  # no answer (time ran out) is an answer of its own
                clusters.append(group)
                continue
            says = Signature.of(group.shown)
            index = self.picked_choice(question, group.shown, says)
            if index is not None:
                if index in by_choice:
                    by_choice[index].take(group)
                else:
                    by_choice[index] = group
                    labels[id(group)] = choice_label(question, index)
                    clusters.append(group)
                continue
            home = next(
                (
                    cluster
                    for cluster, key, key_says in keyed
                    if key_says.could_match(says)
                    and self.same_answer(question, key, group.shown, typo=key_says.near(says))
                ),
                None,
            )
            if home is not None:
                home.take(group)
                continue
            clusters.append(group)
            if len(keyed) < keys:
                keyed.append((group, group.shown, says))
        return _clusters(clusters, labels)
