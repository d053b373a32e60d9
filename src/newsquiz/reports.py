"""The teacher's report: who struggled and which facts the class got wrong.

`build_report` asks the store for its aggregates (so 100,000 answers stay fast) and groups
wrong answers after normalisation; `render_text`, `render_csv` and `render_json` present it.

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
from typing import Any

from newsquiz.facts.text import fold_text, spreadsheet_cell
from newsquiz.store.base import (
    EVERY_ANSWER,
    MODE_FACTCHECK,
    MODE_QUESTION,
    AnswerFilter,
    FactCheckSummary,
    PlayerSummary,
    QuestionSummary,
    Store,
    StoredAnswer,
    WrongAnswerCount,
)
from newsquiz.store.schema import timestamp_text

TOP_WRONG_ANSWERS = 5
BAR_WIDTH = 20
QUESTION_TABLES = ("players", "questions", "wrong-answers", "disputes")
FACTCHECK_TABLES = ("factcheck-players", "factcheck-claims", "factcheck-disputes")
TABLES = QUESTION_TABLES + FACTCHECK_TABLES


@dataclass(frozen=True)
class WrongAnswerGroup:
    """Answers that mean the same once folded (case, accents, punctuation, articles)."""

    answer: str  # the spelling typed most often
    count: int
    spellings: int  # how many different spellings were folded together


@dataclass(frozen=True)
class QuestionReport:
    summary: QuestionSummary
    wrong_answers: tuple[WrongAnswerGroup, ...]  # most common first
    disputes: tuple[StoredAnswer, ...]


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
) -> dict[tuple[str, str], list[WrongAnswerGroup]]:
    """Per (pack, question): wrong answers grouped by their folded form, most common first."""
    folded: dict[tuple[str, str, str], dict[str, int]] = defaultdict(dict)
    for wrong in counts:
        key = (wrong.pack_id, wrong.question_id, fold_text(wrong.answer))
        folded[key][wrong.answer] = folded[key].get(wrong.answer, 0) + wrong.count
    groups: dict[tuple[str, str], list[WrongAnswerGroup]] = defaultdict(list)
    for (pack_id, question_id, plain), spellings in folded.items():
        # The most typed spelling speaks for the group; on a tie the plainest one (already
        # in folded form), then the first alphabetically.
        shown = min(spellings, key=lambda s: (-spellings[s], s != plain, s))
        groups[(pack_id, question_id)].append(
            WrongAnswerGroup(shown, sum(spellings.values()), len(spellings))
        )
    for found in groups.values():
        found.sort(key=lambda g: (-g.count, g.answer))
    return groups


def build_report(
    store: Store, where: AnswerFilter = EVERY_ANSWER, top_wrong: int = TOP_WRONG_ANSWERS
) -> Report:
    """The report on the answers `where` picks; `where.mode` None gives both sections."""
    if where.mode is not None and where.mode not in (MODE_QUESTION, MODE_FACTCHECK):
        raise ValueError(f"no answers of mode {where.mode!r} to report on")
    report = Report(where, (), ())
    if report.shows_questions:
        answers = replace(where, mode=MODE_QUESTION)
        wrong = group_wrong_answers(store.wrong_answer_counts(answers))
        disputes: dict[tuple[str, str], list[StoredAnswer]] = defaultdict(list)
        for answer in store.answers(replace(answers, disputed=True)):
            disputes[(answer.pack_id, answer.question_id)].append(answer)
        questions = [
            QuestionReport(
                summary,
                tuple(wrong.get((summary.pack_id, summary.question_id), [])[:top_wrong]),
                tuple(disputes.get((summary.pack_id, summary.question_id), [])),
            )
            for summary in store.question_summaries(answers)
        ]
        questions.sort(
            key=lambda q: (
                q.summary.share_right_first_time,
                q.summary.pack_id,
                q.summary.question_id,
            )
        )
        report = replace(
            report, players=tuple(store.player_summaries(answers)), questions=tuple(questions)
        )
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


def _question_text(report: Report, name_width: int) -> list[str]:
    lines = [
        f"Results: {report.answers} answers by {len(report.players)} players"
        f" on {len(report.packs)} pack{'s' if len(report.packs) != 1 else ''}"
        f"{_filters_text(report.where)}",
        "Scores count first attempts; repeats in drills count as attempts.",
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
            f"({s.right_first_time}/{s.first_attempts})  avg {duration(s.average_seconds)}  "
            f"{s.attempts} attempts"
        )
        if question.wrong_answers:
            shown = " · ".join(f"{_quoted(g.answer)} ×{g.count}" for g in question.wrong_answers)
            lines.append(f"    wrong: {shown}")
        lines += [_dispute_line(dispute, name_width) for dispute in question.disputes]
    return lines


def _dispute_line(dispute: StoredAnswer, name_width: int) -> str:
    note = f" — {fit(terminal_safe(dispute.dispute_note), 60)}" if dispute.dispute_note else ""
    return (
        f"    disputed by {fit(terminal_safe(dispute.player), name_width)}: "
        f"“{fit(terminal_safe(dispute.answer), 40)}” ({dispute.verdict}){note}"
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
    headers = ["player", "group", "score", right_label, "time"]
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


def _players_rows(report: Report) -> Table:
    header = ["player", "group", "score", "questions", "right_first_time", "seconds"]
    return (
        [*header, "attempts", "games"],
        [
            [
                p.player,
                p.group,
                p.score,
                p.questions,
                p.right_first_time,
                round(p.seconds, 3),
                p.attempts,
                p.runs,
            ]
            for p in report.players
        ],
    )


def _questions_rows(report: Report) -> Table:
    header = ["pack", "question", "players", "first_attempts", "right_first_time"]
    return (
        [*header, "share_right_first_time", "average_seconds", "attempts", "disputed"],
        [
            [
                q.summary.pack_id,
                q.summary.question_id,
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
        ["pack", "question", "answer", "count", "spellings"],
        [
            [q.summary.pack_id, q.summary.question_id, g.answer, g.count, g.spellings]
            for q in report.questions
            for g in q.wrong_answers
        ],
    )


def _factcheck_players_rows(report: Report) -> Table:
    return (
        ["player", "group", "score", "calls", "fully_right", "seconds", "rounds"],
        [
            [
                p.player,
                p.group,
                p.score,
                p.questions,
                p.right_first_time,
                round(p.seconds, 3),
                p.runs,
            ]
            for p in report.factcheck.players
        ],
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
    "disputes": lambda report: _dispute_table([d for q in report.questions for d in q.disputes]),
    "factcheck-players": _factcheck_players_rows,
    "factcheck-claims": _factcheck_claims_rows,
    "factcheck-disputes": lambda report: _dispute_table(list(report.factcheck.disputes)),
}


def _dispute_table(disputes: list[StoredAnswer]) -> Table:
    return (
        [
            "pack",
            "question",
            "answer_id",
            "player",
            "group",
            "answer",
            "verdict",
            "note",
            "answered_at",
        ],
        [
            [
                d.pack_id,
                d.question_id,
                d.id,
                d.player,
                d.group,
                d.answer,
                d.verdict,
                d.dispute_note or "",
                timestamp_text(d.answered_at),
            ]
            for d in disputes
        ],
    )


def shown_tables(report: Report) -> tuple[str, ...]:
    """The tables of the sections the report shows."""
    return (QUESTION_TABLES if report.shows_questions else ()) + (
        FACTCHECK_TABLES if report.shows_factcheck else ()
    )


def render_csv(report: Report, only: str | None = None) -> str:
    """One table, or every table shown each under a title row, separated by blank lines."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = [only] if only else list(shown_tables(report))
    for index, name in enumerate(names):
        header, rows = table_rows(report, name)
        if only is None:
            if index:
                writer.writerow([])
            writer.writerow([name])
        writer.writerow(header)
        writer.writerows([spreadsheet_cell(c) for c in row] for row in rows)
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
                        "verdict": d.verdict,
                        "note": d.dispute_note,
                        "answered_at": timestamp_text(d.answered_at),
                        "mode": d.mode,
                    }
                    for d in q.disputes
                ],
            }
            for q, row in zip(report.questions, table_rows(report, "questions")[1], strict=True)
        ]
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
