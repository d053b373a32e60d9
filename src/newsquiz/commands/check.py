"""`newsquiz check`: lint packs like a compiler, for authors and for CI."""

from __future__ import annotations

import argparse

HELP = "check packs for errors and likely mistakes, like a compiler"
DESCRIPTION = """\
Check packs: load each one, play every answer through the real grader and read
the cited lines. Each problem is printed as

  path:line:col: error|warning: message [question-id]

sorted by position, then a summary line. Exit status: 0 when there are no
errors (warnings allowed), 1 when there are, 2 on usage errors."""
EPILOG = """\
examples:
  newsquiz check my-pack
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
    warnings = len(problems) - errors
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
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(problem.format())
        questions = sum(len(r.pack.questions) for r in results if r.pack)
        print(
            f"{plural(len(results), 'pack')} checked ({plural(questions, 'question')}): "
            f"{plural(errors, 'error')}, {plural(warnings, 'warning')}"
        )
    return 1 if errors else 0
