"""The teacher's report: who struggled and which facts the class got wrong.

`build_report` asks the store for its aggregates (so 100,000 answers stay fast), clusters
each question's wrong answers with the grader (newsquiz.answer_clusters: `48` and `48 days`
are one answer) when the pack is found, by their folded text when it is not, and, when asked,
computes Moodle's item statistics over first attempts (newsquiz.item_statistics);
`render_text`, `render_csv` and `render_json` present it. docs/reports.md says what each
figure means, the time columns included.

Answers to the questions (normal play and drills) and fact-check calls are counted apart: a
call such as "false, 48" judges a claim about a question, it is no answer to the question.
The players and questions tables count answers only; fact-check calls get a section of their
own (per player, and per question the claims were about: the share of right calls, and which
way the wrong ones went). `AnswerFilter.mode` picks one of the two; None shows both.
Names and answers are untrusted: text output escapes control characters, CSV output defuses
spreadsheet formulas, JSON output escapes what a terminal could interpret.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsquiz.answer_clusters import AnswerCluster, AnswerClusterer, choice_label
from newsquiz.facts.text import plural, spreadsheet_cell
from newsquiz.item_statistics import (
    ItemStatistics,
    PackStatistics,
    item_statistics,
    pack_statistics,
)
from newsquiz.library import available_packs
from newsquiz.pack import Pack, PackError
from newsquiz.pack.cache import load_pack_cached
from newsquiz.pack.model import Question
from newsquiz.store.base import (
    EVERY_ANSWER,
    MODE_FACTCHECK,
    MODE_QUESTION,
    AnswerFilter,
    FactCheckSummary,
    ItemScore,
    PlayerSummary,
    QuestionSummary,
    Store,
    StoredAnswer,
    WrongAnswerCount,
)
from newsquiz.store.regrade import settled_disputes
from newsquiz.store.schema import timestamp_text

TOP_WRONG_ANSWERS = 5
BAR_WIDTH = 20
QUESTION_TABLES = ("players", "questions", "wrong-answers", "disputes")
STATISTICS_TABLES = ("item-statistics", "pack-statistics")
FACTCHECK_TABLES = ("factcheck-players", "factcheck-claims", "factcheck-disputes")
TABLES = QUESTION_TABLES + STATISTICS_TABLES + FACTCHECK_TABLES
FIRST_ATTEMPTS = "first"
EVERY_ATTEMPT = "all"

# Wrong answers that mean the same: one cluster (the grader's, or the folded text's).
WrongAnswerGroup = AnswerCluster

PackLookup = Callable[[str], Pack | None]


class LibraryPacks:
    """Packs by id among the bundled and the user's packs (newsquiz.library), each looked
    up once; `given` packs (a --pack PATH) come first."""

    def __init__(self, given: Iterable[Pack] = ()) -> None:
        self._found: dict[str, Pack | None] = {pack.id: pack for pack in given}
        self._scanned = False

    def __call__(self, pack_id: str) -> Pack | None:
        if pack_id not in self._found:
            self._found[pack_id] = self._look_up(pack_id)
        return self._found[pack_id]

    def _look_up(self, pack_id: str) -> Pack | None:
        entries = available_packs()
        # A pack's folder is usually named after its id: that one is read first.
        for entry in entries:
            if entry.folder_name == pack_id:
                pack = _loaded(entry.path)
                if pack is not None and pack.id == pack_id:
                    return pack
        if not self._scanned:  # else every pack is read once, and remembered by its id
            self._scanned = True
            for entry in entries:
                pack = _loaded(entry.path)
                if pack is not None:
                    self._found.setdefault(pack.id, pack)
        return self._found.get(pack_id)


def _loaded(path: Path) -> Pack | None:
    try:
        return load_pack_cached(path)
    except (PackError, OSError):
        return None  # a broken pack is `check`'s to report; here it is only not found


def no_packs(pack_id: str) -> Pack | None:
    """A lookup that finds nothing: wrong answers grouped by their text only."""
    return None


@dataclass(frozen=True)
class QuestionReport:
    summary: QuestionSummary
    wrong_answers: tuple[WrongAnswerGroup, ...]  # most common first
    disputes: tuple[StoredAnswer, ...]
    question: Question | None = None  # None when its pack was not found
    disputed_answers: tuple[str, ...] = ()  # each dispute's answer as shown (a choice's text)

    @property
    def text(self) -> str:
        """The question as the players read it ("" when its pack was not found)."""
        return self.question.question if self.question is not None else ""

    def shown_dispute(self, index: int) -> str:
        return self.disputed_answers[index] if index < len(self.disputed_answers) else ""


@dataclass(frozen=True)
class ItemRow:
    """One question's item statistics."""

    pack_id: str
    question_id: str
    text: str  # the question ("" when its pack was not found)
    figures: ItemStatistics


@dataclass(frozen=True)
class PackRow:
    """A pack's (or one group's share of it) internal consistency."""

    pack_id: str
    group: str | None  # None: every group together
    rows: int  # players (first attempts) or games (every attempt) counted
    figures: PackStatistics


@dataclass(frozen=True)
class StatisticsReport:
    """Moodle's quiz statistics over the first attempts (or every game's, `attempts` all)."""

    attempts: str  # FIRST_ATTEMPTS or EVERY_ATTEMPT
    items: tuple[ItemRow, ...]  # pack by pack, in the pack's order
    packs: tuple[PackRow, ...]  # each pack, then its groups when there are several

    @property
    def row_noun(self) -> str:
        return "players" if self.attempts == FIRST_ATTEMPTS else "games"


@dataclass(frozen=True)
class FactCheckReport:
    """Fact-check calls, counted apart from answers to the questions."""

    players: tuple[PlayerSummary, ...] = ()  # questions = calls, right_first_time = fully right
    claims: tuple[FactCheckSummary, ...] = ()  # per question the claims were about, weakest first
    disputes: tuple[StoredAnswer, ...] = ()  # calls the player says were judged wrongly

    def disputes_of(self, claim: FactCheckSummary) -> list[StoredAnswer]:
        return [
            d
            for d in self.disputes
            if (d.pack_id, d.question_id) == (claim.pack_id, claim.question_id)
        ]

    @property
    def calls(self) -> int:
        return sum(c.calls for c in self.claims)


@dataclass(frozen=True)
class Report:
    where: AnswerFilter  # `mode` None: both sections
    players: tuple[PlayerSummary, ...]  # answers to the questions only
    questions: tuple[QuestionReport, ...]  # weakest first
    factcheck: FactCheckReport = FactCheckReport()
    statistics: StatisticsReport | None = None  # when asked for
    # Packs not found: their wrong answers are grouped by their text, not by the grader.
    packs_not_found: tuple[str, ...] = ()
    # Disputed answers a regrade has since made right (or raised): resolved disputes.
    settled: frozenset[int] = frozenset()

    @property
    def answers(self) -> int:
        """Answers to the questions (fact-check calls are in `factcheck.calls`)."""
        return sum(p.attempts for p in self.players)

    @property
    def packs(self) -> tuple[str, ...]:
        return tuple(sorted({q.summary.pack_id for q in self.questions}))

    @property
    def shows_questions(self) -> bool:
        return self.where.mode in (None, MODE_QUESTION)

    @property
    def shows_factcheck(self) -> bool:
        return self.where.mode in (None, MODE_FACTCHECK)


def group_wrong_answers(
    counts: Iterable[WrongAnswerCount],
    packs: PackLookup = no_packs,
    clusterer: AnswerClusterer | None = None,
) -> dict[tuple[str, str], list[WrongAnswerGroup]]:
    """Per (pack, question): wrong answers clustered, most common first; with the grader
    when `packs` finds the question's pack, else by their folded text."""
    clusterer = clusterer or AnswerClusterer()
    typed: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for wrong in counts:
        spellings = typed[(wrong.pack_id, wrong.question_id)]
        spellings[wrong.answer] = spellings.get(wrong.answer, 0) + wrong.count
    return {
        key: clusterer.cluster(_question_of(packs, *key), spellings)
        for key, spellings in typed.items()
    }


def _question_of(packs: PackLookup, pack_id: str, question_id: str) -> Question | None:
    pack = packs(pack_id)
    if pack is None:
        return None
    return next((q for q in pack.questions if q.id == question_id), None)


def build_report(
    store: Store,
    where: AnswerFilter = EVERY_ANSWER,
    top_wrong: int = TOP_WRONG_ANSWERS,
    *,
    packs: PackLookup | None = None,
    statistics: str | None = None,
) -> Report:
    """The report on the answers `where` picks; `where.mode` None gives both sections.

    `packs` finds a pack by its id (default: the bundled and the user's packs), for the
    questions' text and to cluster wrong answers with the grader; `statistics`
    (FIRST_ATTEMPTS or EVERY_ATTEMPT) adds Moodle's item statistics.
    """
    if where.mode is not None and where.mode not in (MODE_QUESTION, MODE_FACTCHECK):
        raise ValueError(f"no answers of mode {where.mode!r} to report on")
    if statistics not in (None, FIRST_ATTEMPTS, EVERY_ATTEMPT):
        raise ValueError(f"no item statistics over {statistics!r} attempts")
    lookup = packs if packs is not None else LibraryPacks()
    report = Report(where, (), ())
    if report.shows_questions:
        answers = replace(where, mode=MODE_QUESTION)
        clusterer = AnswerClusterer()
        wrong = group_wrong_answers(store.wrong_answer_counts(answers), lookup, clusterer)
        disputes: dict[tuple[str, str], list[StoredAnswer]] = defaultdict(list)
        for answer in store.answers(replace(answers, disputed=True)):
            disputes[(answer.pack_id, answer.question_id)].append(answer)
        disputed_answers = [d for found in disputes.values() for d in found]
        report = replace(report, settled=settled_disputes(store, disputed_answers))
        questions: list[QuestionReport] = []
        for summary in store.question_summaries(answers):
            key = (summary.pack_id, summary.question_id)
            question = _question_of(lookup, *key)
            disputed = tuple(disputes.get(key, []))
            questions.append(
                QuestionReport(
                    summary,
                    tuple(wrong.get(key, [])[:top_wrong]),
                    disputed,
                    question,
                    tuple(_shown_answer(clusterer, question, d.answer) for d in disputed),
                )
            )
        questions.sort(
            key=lambda q: (
                q.summary.share_right_first_time,
                q.summary.pack_id,
                q.summary.question_id,
            )
        )
        pack_ids = sorted({q.summary.pack_id for q in questions})
        report = replace(
            report,
            players=tuple(store.player_summaries(answers)),
            questions=tuple(questions),
            packs_not_found=tuple(p for p in pack_ids if lookup(p) is None),
        )
        if statistics is not None:
            cells = store.item_scores(answers, every_game=statistics == EVERY_ATTEMPT)
            report = replace(report, statistics=build_statistics(cells, statistics, lookup))
    if report.shows_factcheck:
        claims = sorted(
            store.factcheck_summaries(where),
            key=lambda c: (c.share_right, c.pack_id, c.question_id),
        )
        calls = replace(where, mode=MODE_FACTCHECK)
        players = store.player_summaries(calls)
        disputed_calls = store.answers(replace(calls, disputed=True))
        report = replace(
            report,
            factcheck=FactCheckReport(tuple(players), tuple(claims), tuple(disputed_calls)),
        )
    return report


def _shown_answer(clusterer: AnswerClusterer, question: Question | None, typed: str) -> str:
    """A choice answer as the choice it picks (`b) Lloyd Austin`), any other as typed."""
    if question is None or not typed.strip():
        return typed
    index = clusterer.picked_choice(question, typed)
    return typed if index is None else choice_label(question, index)


def build_statistics(
    cells: Iterable[ItemScore], attempts: str, packs: PackLookup = no_packs
) -> StatisticsReport:
    """Item statistics per pack: one matrix row a player (first attempts) or a game."""
    by_pack: dict[str, list[ItemScore]] = defaultdict(list)
    for cell in cells:
        by_pack[cell.pack_id].append(cell)
    items: list[ItemRow] = []
    pack_rows: list[PackRow] = []
    for pack_id in sorted(by_pack):
        pack_cells = by_pack[pack_id]
        pack = packs(pack_id)
        answered = {c.question_id for c in pack_cells}
        # The pack's own order, then any question it no longer has.
        order = [q.id for q in pack.questions if q.id in answered] if pack else []
        order += sorted(answered - set(order))
        column = {question_id: i for i, question_id in enumerate(order)}
        rows: dict[tuple[str, ...], list[float | None]] = {}
        groups: dict[tuple[str, ...], str] = {}
        for cell in pack_cells:
            key = (cell.player,) if attempts == FIRST_ATTEMPTS else (cell.player, cell.run_id)
            row = rows.setdefault(key, [None] * len(order))
            row[column[cell.question_id]] = cell.score
            groups.setdefault(key, cell.group)
        matrix = list(rows.values())
        texts = {q.id: q.question for q in pack.questions} if pack else {}
        for question_id, figures in zip(order, item_statistics(matrix), strict=True):
            items.append(ItemRow(pack_id, question_id, texts.get(question_id, ""), figures))
        pack_rows.append(PackRow(pack_id, None, len(matrix), pack_statistics(matrix)))
        names = sorted(set(groups.values()))
        if len(names) > 1:
            for name in names:
                part = [row for key, row in rows.items() if groups[key] == name]
                pack_rows.append(PackRow(pack_id, name, len(part), pack_statistics(part)))
    return StatisticsReport(attempts, tuple(items), tuple(pack_rows))


# -- safe text ---------------------------------------------------------------------------

# Invisible characters that reorder or hide text (bidi overrides, line separators).
_HIDDEN = {0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def _needs_escape(char: str) -> bool:
    return unicodedata.category(char) == "Cc" or ord(char) in _HIDDEN


def terminal_safe(text: str, keep: str = "") -> str:
    """Control characters (but those in `keep`) shown as escapes: text cannot drive a terminal."""
    if not any(_needs_escape(c) and c not in keep for c in text):
        return text
    out: list[str] = []
    for char in text:
        if not _needs_escape(char) or char in keep:
            out.append(char)
        elif ord(char) < 0x100:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(f"\\u{ord(char):04x}")
    return "".join(out)


def display_width(text: str) -> int:
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
        for c in text
    )


def fit(text: str, width: int) -> str:
    """Cut to `width` columns with an ellipsis."""
    if display_width(text) <= width:
        return text
    out = ""
    for char in text:
        if display_width(out + char) > width - 1:
            break
        out += char
    return out + "…"


def pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap


# -- text --------------------------------------------------------------------------------

_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(share: float, width: int = BAR_WIDTH) -> str:
    """A unicode bar `width` cells wide, filled to `share` in eighths of a cell."""
    share = min(1.0, max(0.0, share))
    eighths = round(share * width * 8)
    full, part = divmod(eighths, 8)
    text = "█" * full + (_EIGHTHS[part] if part else "")
    return text + "·" * (width - len(text))


def duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, secs = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes}m {secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    widths = [
        max([display_width(h), *(display_width(r[i]) for r in rows)]) for i, h in enumerate(headers)
    ]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(pad(c, widths[i], i in right) for i, c in enumerate(cells)).rstrip()

    return [line(headers), line(["─" * w for w in widths]), *(line(r) for r in rows)]


def _filters_text(where: AnswerFilter) -> str:
    parts = [
        f"{label} {terminal_safe(value)}"
        for label, value in (
            ("pack", where.pack_id),
            ("group", where.group),
            ("player", where.player),
        )
        if value is not None
    ]
    if where.since is not None:
        parts.append(f"since {where.since.isoformat(sep=' ', timespec='minutes')}")
    if where.mode == MODE_QUESTION:
        parts.append("answers to the questions only")
    elif where.mode == MODE_FACTCHECK:
        parts.append("fact-check calls only")
    return f" ({', '.join(parts)})" if parts else ""


def question_label(summary: QuestionSummary, packs: Sequence[str]) -> str:
    name = summary.question_id if len(packs) <= 1 else f"{summary.pack_id}: {summary.question_id}"
    return terminal_safe(name)


def _quoted(answer: str) -> str:
    text = answer.strip()
    return f"“{fit(terminal_safe(text), 40)}”" if text else "(no answer)"


def render_text(report: Report, name_width: int = 24) -> str:
    if not report.players and not report.factcheck.players:
        nothing = "fact-check calls" if report.where.mode == MODE_FACTCHECK else "answers"
        return f"No {nothing} recorded{_filters_text(report.where)}.\n"
    lines: list[str] = []
    if report.players:
        lines += _question_text(report, name_width)
    if report.factcheck.players:
        if lines:
            lines.append("")
        lines += _factcheck_text(report, name_width)
    return "\n".join(lines) + "\n"


# What the time columns measure (the game's end screen measures something else).
TIME_NOTE = (
    "Time is time answering: from each question appearing to the answer being sent, every "
    "attempt added up; reading the feedback between questions is not counted. The game's "
    "end screen shows the whole game, from its first question to leaving its last feedback."
)
QUESTION_TEXT_WIDTH = 72


def _question_text(report: Report, name_width: int) -> list[str]:
    lines = [
        f"Results: {plural(report.answers, 'answer')} by {plural(len(report.players), 'player')}"
        f" on {plural(len(report.packs), 'pack')}"
        f"{_filters_text(report.where)}",
        "Scores count first attempts; repeats in drills count as attempts.",
        *_wrapped(TIME_NOTE),
        *_not_found_lines(report),
        "",
        "PLAYERS",
    ]
    lines += _players_table(report.players, name_width, "right 1st time", "games", attempts=True)
    lines += ["", "QUESTIONS (weakest first)"]
    packs = report.packs
    label_width = max(display_width(question_label(q.summary, packs)) for q in report.questions)
    for question in report.questions:
        s = question.summary
        share = s.share_right_first_time
        lines.append(
            f"{pad(question_label(s, packs), label_width)}  {bar(share)} {share:4.0%} right 1st "
            f"({s.right_first_time}/{s.first_attempts})  avg {duration(s.average_seconds)} "
            f"answering  {plural(s.attempts, 'attempt')}"
        )
        if question.text:
            lines.append(f"    {fit(terminal_safe(question.text), QUESTION_TEXT_WIDTH)}")
        if question.wrong_answers:
            shown = " · ".join(_wrong_cluster(g) for g in question.wrong_answers)
            lines.append(f"    wrong: {shown}")
        lines += [
            _dispute_line(
                dispute, name_width, question.shown_dispute(index), dispute.id in report.settled
            )
            for index, dispute in enumerate(question.disputes)
        ]
    if report.statistics is not None:
        lines += ["", *_statistics_text(report.statistics)]
    return lines


def _wrong_cluster(cluster: WrongAnswerGroup) -> str:
    """`“48” ×3 (2 spellings)`: how often, and in how many ways it was typed."""
    ways = f" ({cluster.spellings} spellings)" if cluster.spellings > 1 else ""
    return f"{_quoted(cluster.answer)} ×{cluster.count}{ways}"


def _wrapped(text: str, width: int = 92) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width)


def _not_found_lines(report: Report) -> list[str]:
    if not report.packs_not_found:
        return []
    names = ", ".join(terminal_safe(p) for p in report.packs_not_found)
    one = len(report.packs_not_found) == 1
    its, it = ("Its", "it") if one else ("Their", "them")
    return _wrapped(
        f"Pack{'' if one else 's'} not found: {names}. {its} wrong answers are grouped by "
        "their text only (case, accents, punctuation), not as the grader reads them, and "
        f"{its.lower()} questions are shown by id: give {it} with --pack PATH, or put {it} "
        "in your pack folder."
    )


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}%"


def _statistics_text(statistics: StatisticsReport) -> list[str]:
    over = (
        "first attempts: each player's first answer to each question"
        if statistics.attempts == FIRST_ATTEMPTS
        else "every game: each game's first answer to each question"
    )
    lines = [
        "ITEM STATISTICS (as Moodle's quiz statistics compute them; docs/reports.md)",
        *_wrapped(
            f"Over {over}. Facility: the mean score. SD: its standard deviation. "
            "Discrimination: how the question's score goes with the rest of the test. "
            "Efficiency: that as a share of the most this question could reach."
        ),
    ]
    noun = statistics.row_noun
    for pack_id in sorted({row.pack_id for row in statistics.packs}):
        rows = [row for row in statistics.packs if row.pack_id == pack_id]
        whole = rows[0].figures
        lines += [
            "",
            f"{terminal_safe(pack_id)}: {rows[0].rows} {noun}, {whole.complete} answered all "
            f"{whole.questions} questions",
        ]
        for row in rows:
            who = (
                "everyone"
                if row.group is None
                else f"group {fit(terminal_safe(row.group), 12)} ({row.rows} {noun})"
            )
            lines.append(
                f"  {who}: Cronbach's alpha {_percent(row.figures.alpha)}  error ratio "
                f"{_percent(row.figures.error_ratio)}  standard error "
                f"{_percent(row.figures.standard_error)}"
            )
        cells = [
            [
                fit(terminal_safe(_item_label(item)), 48),
                str(item.figures.answered),
                _percent(item.figures.facility),
                _percent(item.figures.standard_deviation),
                _percent(item.figures.discrimination),
                _percent(item.figures.discriminative_efficiency),
                ", ".join(item.figures.flags),
            ]
            for item in statistics.items
            if item.pack_id == pack_id
        ]
        headers = ["question", "answered", "facility", "SD", "discrim.", "efficiency", "flags"]
        lines += ["", *table(headers, cells, right={1, 2, 3, 4, 5})]
    lines.append("")
    lines += _wrapped(
        "Flags as Moodle's: discrimination below 30% very likely needs revision, 30-50% "
        "likely; an efficiency below 15% is dubious. Alpha, error ratio and standard error "
        "(as a share of the top score) count those who answered every question."
    )
    return lines


def _item_label(item: ItemRow) -> str:
    text = f"  {item.text}" if item.text else ""
    return f"{item.question_id}{text}"


# A player who gave no name, where a sentence names who did something.
_NO_NAME = "(no name)"


def _dispute_line(
    dispute: StoredAnswer, name_width: int, shown: str = "", settled: bool = False
) -> str:
    note = f" — {fit(terminal_safe(dispute.dispute_note), 60)}" if dispute.dispute_note else ""
    state = f"{dispute.verdict}, resolved by a regrade" if settled else dispute.verdict
    who = terminal_safe(dispute.player) if dispute.player else _NO_NAME
    return (
        f"    disputed by {fit(who, name_width)}: "
        f"“{fit(terminal_safe(shown or dispute.answer), 40)}” ({state}){note}"
    )


def _players_table(
    players: Sequence[PlayerSummary],
    name_width: int,
    right_label: str,
    games_label: str,
    *,
    attempts: bool = False,
) -> list[str]:
    """One row a player: answers to the questions count attempts too; fact-check calls don't."""
    rows = [
        [
            fit(terminal_safe(p.player), name_width),
            fit(terminal_safe(p.group), 12),
            f"{number(p.score)}/{p.questions}",
            f"{p.right_first_time}/{p.questions}",
            duration(p.seconds),
            *([str(p.attempts)] if attempts else []),
            str(p.runs),
        ]
        for p in players
    ]
    headers = ["player", "group", "score", right_label, "answering"]
    headers += [*(["attempts"] if attempts else []), games_label]
    return table(headers, rows, right=set(range(2, len(headers))))


def _factcheck_text(report: Report, name_width: int) -> list[str]:
    factcheck = report.factcheck
    packs = sorted({c.pack_id for c in factcheck.claims})
    counted_apart = " (counted apart from the answers above)" if report.players else ""
    lines = [
        f"FACT-CHECK CALLS: {factcheck.calls} calls by {len(factcheck.players)} players"
        f"{counted_apart}" + ("" if report.players else _filters_text(report.where)),
        "A right call judges the claim as the article does; spotting a false claim earns half,",
        "giving the value the article states as well, full marks.",
        "",
    ]
    lines += _players_table(factcheck.players, name_width, "fully right", "rounds")
    lines += ["", "CLAIMS, BY THE QUESTION THEY ARE ABOUT (weakest first)"]
    labels = [
        terminal_safe(c.question_id if len(packs) <= 1 else f"{c.pack_id}: {c.question_id}")
        for c in factcheck.claims
    ]
    label_width = max(display_width(label) for label in labels)
    for label, claim in zip(labels, factcheck.claims, strict=True):
        wrong = [
            f"fooled {claim.fooled}" if claim.fooled else "",
            f"doubted {claim.doubted}" if claim.doubted else "",
            f"corrected {claim.corrected} of {claim.spotted} spotted" if claim.spotted else "",
        ]
        detail = " · ".join(w for w in wrong if w)
        lines.append(
            f"{pad(label, label_width)}  {bar(claim.share_right)} {claim.share_right:4.0%} right "
            f"calls ({claim.right_calls}/{claim.calls})  avg {duration(claim.average_seconds)}"
            + (f"  {detail}" if detail else "")
        )
        lines += [_dispute_line(d, name_width) for d in factcheck.disputes_of(claim)]
    lines += [
        "    fooled: called a false claim true · doubted: called a true claim false",
        "    corrected: gave the value the article states, after spotting a false claim",
    ]
    return lines


# -- CSV and JSON ------------------------------------------------------------------------


def table_rows(report: Report, name: str) -> tuple[list[str], list[list[Any]]]:
    """One of TABLES as a header and rows of plain values; every row ends with its mode."""
    header, rows = _table(report, name)
    mode = MODE_FACTCHECK if name in FACTCHECK_TABLES else MODE_QUESTION
    return [*header, "mode"], [[*row, mode] for row in rows]


Table = tuple[list[str], list[list[Any]]]


def _table(report: Report, name: str) -> Table:
    build = _TABLE_BUILDERS.get(name)
    if build is None:
        raise ValueError(f"no table {name!r}; choose from {', '.join(TABLES)}")
    return build(report)


def _player_cells(p: PlayerSummary) -> list[Any]:
    """The cells the players and the fact-check players tables share, in their order."""
    return [p.player, p.group, p.score, p.questions, p.right_first_time, round(p.seconds, 3)]


def _players_rows(report: Report) -> Table:
    return (
        [
            "player",
            "group",
            "score",
            "questions",
            "right_first_time",
            "seconds",
            "attempts",
            "games",
        ],
        [[*_player_cells(p), p.attempts, p.runs] for p in report.players],
    )


def _questions_rows(report: Report) -> Table:
    header = ["pack", "question", "question_text", "players", "first_attempts"]
    return (
        [
            *header,
            "right_first_time",
            "share_right_first_time",
            "average_seconds",
            "attempts",
            "disputed",
        ],
        [
            [
                q.summary.pack_id,
                q.summary.question_id,
                q.text,
                q.summary.players,
                q.summary.first_attempts,
                q.summary.right_first_time,
                round(q.summary.share_right_first_time, 4),
                round(q.summary.average_seconds, 3),
                q.summary.attempts,
                q.summary.disputed,
            ]
            for q in report.questions
        ],
    )


def _wrong_answers_rows(report: Report) -> Table:
    return (
        ["pack", "question", "question_text", "answer", "count", "spellings"],
        [
            [q.summary.pack_id, q.summary.question_id, q.text, g.answer, g.count, g.spellings]
            for q in report.questions
            for g in q.wrong_answers
        ],
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _item_statistics_rows(report: Report) -> Table:
    statistics = report.statistics
    header = [
        "pack",
        "question",
        "question_text",
        "answered",
        "facility_index",
        "standard_deviation",
        "discrimination_index",
        "discriminative_efficiency",
        "flags",
        "attempts",
    ]
    if statistics is None:
        return header, []
    return (
        header,
        [
            [
                item.pack_id,
                item.question_id,
                item.text,
                item.figures.answered,
                _rounded(item.figures.facility),
                _rounded(item.figures.standard_deviation),
                _rounded(item.figures.discrimination),
                _rounded(item.figures.discriminative_efficiency),
                "; ".join(item.figures.flags),
                statistics.attempts,
            ]
            for item in statistics.items
        ],
    )


def _pack_statistics_rows(report: Report) -> Table:
    statistics = report.statistics
    header = [
        "pack",
        "group",
        "rows",
        "complete",
        "questions",
        "average",
        "standard_deviation",
        "cronbach_alpha",
        "error_ratio",
        "standard_error",
        "attempts",
    ]
    if statistics is None:
        return header, []
    return (
        header,
        [
            [
                row.pack_id,
                row.group if row.group is not None else "",
                row.rows,
                row.figures.complete,
                row.figures.questions,
                _rounded(row.figures.average),
                _rounded(row.figures.standard_deviation),
                _rounded(row.figures.alpha),
                _rounded(row.figures.error_ratio),
                _rounded(row.figures.standard_error),
                statistics.attempts,
            ]
            for row in statistics.packs
        ],
    )


def _factcheck_players_rows(report: Report) -> Table:
    return (
        ["player", "group", "score", "calls", "fully_right", "seconds", "rounds"],
        [[*_player_cells(p), p.runs] for p in report.factcheck.players],
    )


def _factcheck_claims_rows(report: Report) -> Table:
    header = ["pack", "question", "players", "calls", "right_calls", "share_right"]
    return (
        [*header, "fooled", "doubted", "spotted", "corrected", "average_seconds"],
        [
            [
                c.pack_id,
                c.question_id,
                c.players,
                c.calls,
                c.right_calls,
                round(c.share_right, 4),
                c.fooled,
                c.doubted,
                c.spotted,
                c.corrected,
                round(c.average_seconds, 3),
            ]
            for c in report.factcheck.claims
        ],
    )


_TABLE_BUILDERS: dict[str, Callable[[Report], Table]] = {
    "players": _players_rows,
    "questions": _questions_rows,
    "wrong-answers": _wrong_answers_rows,
    "disputes": lambda report: _dispute_table(
        [
            (d, q.text, q.shown_dispute(i))
            for q in report.questions
            for i, d in enumerate(q.disputes)
        ]
    ),
    "item-statistics": _item_statistics_rows,
    "pack-statistics": _pack_statistics_rows,
    "factcheck-players": _factcheck_players_rows,
    "factcheck-claims": _factcheck_claims_rows,
    "factcheck-disputes": lambda report: _dispute_table(
        [(d, "", "") for d in report.factcheck.disputes]
    ),
}


def _dispute_table(disputes: list[tuple[StoredAnswer, str, str]]) -> Table:
    """Disputed answers, each with its question's text and its answer as shown (a choice
    answer as its choice: `b) Lloyd Austin`), beside the answer exactly as typed."""
    return (
        [
            "pack",
            "question",
            "question_text",
            "answer_id",
            "player",
            "group",
            "answer",
            "answer_shown",
            "verdict",
            "note",
            "answered_at",
        ],
        [
            [
                d.pack_id,
                d.question_id,
                text,
                d.id,
                d.player,
                d.group,
                d.answer,
                shown or d.answer,
                d.verdict,
                d.dispute_note or "",
                timestamp_text(d.answered_at),
            ]
            for d, text, shown in disputes
        ],
    )


def shown_tables(report: Report) -> tuple[str, ...]:
    """The tables of the sections the report shows."""
    return (
        (QUESTION_TABLES if report.shows_questions else ())
        + (STATISTICS_TABLES if report.statistics is not None else ())
        + (FACTCHECK_TABLES if report.shows_factcheck else ())
    )


def render_csv(report: Report, only: str | None = None, *, all_tables: bool = False) -> str:
    """One table, or every table shown each under a title row, separated by blank lines.

    A table with no rows is left out (no disputes, no fact-check calls) unless `all_tables`;
    one asked for by name is always written.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = [only] if only else list(shown_tables(report))
    written = 0
    for name in names:
        header, rows = table_rows(report, name)
        if only is None:
            if not rows and not all_tables:
                continue
            if written:
                writer.writerow([])
            writer.writerow([name])
        writer.writerow(header)
        writer.writerows([spreadsheet_cell(c) for c in row] for row in rows)
        written += 1
    return out.getvalue()


def report_dict(report: Report) -> dict[str, Any]:
    where = report.where
    out: dict[str, Any] = {
        "filters": {
            "pack": where.pack_id,
            "group": where.group,
            "player": where.player,
            "since": timestamp_text(where.since) if where.since else None,
            "mode": where.mode,
        },
    }
    if report.shows_questions:
        out["answers"] = report.answers
        out["players"] = _records(report, "players")
        out["questions"] = [
            {
                **dict(zip(table_rows(report, "questions")[0], row, strict=True)),
                "wrong_answers": [
                    {"answer": g.answer, "count": g.count, "spellings": g.spellings}
                    for g in q.wrong_answers
                ],
                "disputes": [
                    {
                        "answer_id": d.id,
                        "player": d.player,
                        "group": d.group,
                        "answer": d.answer,
                        "answer_shown": q.shown_dispute(i) or d.answer,
                        "verdict": d.verdict,
                        "note": d.dispute_note,
                        "answered_at": timestamp_text(d.answered_at),
                        "mode": d.mode,
                        "resolved": d.id in report.settled,
                    }
                    for i, d in enumerate(q.disputes)
                ],
            }
            for q, row in zip(report.questions, table_rows(report, "questions")[1], strict=True)
        ]
        out["packs_not_found"] = list(report.packs_not_found)
        if report.statistics is not None:
            out["statistics"] = {
                "attempts": report.statistics.attempts,
                "items": _records(report, "item-statistics"),
                "packs": _records(report, "pack-statistics"),
            }
    if report.shows_factcheck:
        out["factcheck"] = {
            "calls": report.factcheck.calls,
            "players": _records(report, "factcheck-players"),
            "claims": _records(report, "factcheck-claims"),
            "disputes": _records(report, "factcheck-disputes"),
        }
    return out


def _records(report: Report, name: str) -> list[dict[str, Any]]:
    header, rows = table_rows(report, name)
    return [dict(zip(header, row, strict=True)) for row in rows]


def render_json(report: Report) -> str:
    text = json.dumps(report_dict(report), ensure_ascii=False, indent=2)
    # json escapes C0 controls inside strings; escape DEL, C1 and bidi controls as well
    # (the C0 left in `text` are its own indentation newlines).
    return (
        "".join(f"\\u{ord(c):04x}" if ord(c) >= 0x7F and _needs_escape(c) else c for c in text)
        + "\n"
    )
