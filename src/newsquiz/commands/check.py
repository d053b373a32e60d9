"""`newsquiz check`: lint packs like a compiler, for authors and for CI."""

from __future__ import annotations

import argparse

HELP = "check packs for errors and likely mistakes, like a compiler"
DESCRIPTION = """\
Check packs: load each one, play every answer through the real grader and read
the cited lines. Each problem is printed as

  path:line:col: error|warning|note: message [question-id]

sorted by position, then a summary line. Notes are not mistakes (a question
fact-check rounds leave out): the summary counts them, --notes lists them.
Exit status: 0 when there are no errors (warnings allowed), 1 when there are,
2 on usage errors."""
EPILOG = """\
examples:
  newsquiz check my-pack
  newsquiz check my-pack --notes        also list the questions fact-check rounds leave out
  newsquiz check questions/*/ --format json
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("packs", nargs="+", metavar="PACK", help="pack folders or pack.yaml files")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default) or json for tools",
    )
    parser.add_argument(
        "--notes",
        action="store_true",
        help="list the notes too (questions fact-check rounds leave out); json always has them",
    )


def run(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from newsquiz.authoring.lint import CheckResult, check_pack
    from newsquiz.commands.common import say_no_pack
    from newsquiz.facts.text import plural
    from newsquiz.library import find_pack

    results: list[CheckResult] = []
    for name in args.packs:
        path = find_pack(name)
        if path is None:
            say_no_pack(name, "newsquiz check")
            return 2
        results.append(check_pack(Path(path)))
    problems = [p for result in results for p in result.problems]
    errors = sum(1 for p in problems if p.severity == "error")
    notes = sum(1 for p in problems if p.severity == "note")
    warnings = len(problems) - errors - notes
    if args.format == "json":
        report = {
            "packs": [
                {"path": str(r.path), "id": r.pack.id if r.pack else None, "ok": r.pack is not None}
                for r in results
            ],
            "problems": [
                {
                    "file": str(p.file),
                    "line": p.line,
                    "column": p.column,
                    "severity": str(p.severity),
                    "message": p.message,
                    "question": p.question_id,
                    "field": p.field,
                }
                for p in problems
            ],
            "errors": errors,
            "warnings": warnings,
            "notes": notes,
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            if args.notes or problem.severity != "note":
                print(problem.format())
        questions = sum(len(r.pack.questions) for r in results if r.pack)
        noted = ""
        if notes:
            noted = f"; {plural(notes, 'note')}" + ("" if args.notes else " (--notes lists them)")
        print(
            f"{plural(len(results), 'pack')} checked ({plural(questions, 'question')}): "
            f"{plural(errors, 'error')}, {plural(warnings, 'warning')}{noted}"
        )
    return 1 if errors else 0
