"""Loading a generated pack of 10,000 questions, beside yaml.load with CSafeLoader.

Run: python bench/load_bench.py [--questions N]
Target: load_pack within 2x of a plain CSafeLoader load of the same pack.yaml.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from _timing import best_of, row
from newsquiz.pack import load_pack

ARTICLE_LINES = 200


def write_pack(folder: Path, questions: int) -> Path:
    article = [
        f"Paragraph {n}: on May {1 + n % 28}, officials said the talks lasted {1 + n % 9} hours "
        f"and cost ${n} million, according to spokesperson Person{n} of Agency{n}."
        for n in range(ARTICLE_LINES)
    ]
    (folder / "article.txt").write_text("\n".join(article) + "\n", encoding="utf-8")
    kinds = ["date", "duration", "money", "person", "text"]
    out = [
        "format: newsquiz/1",
        "id: generated-bench",
        "title: A generated pack for the load benchmark",
        "article:",
        "  file: article.txt",
        "  published: 2022-05-13",
        "questions:",
    ]
    for i in range(questions):
        n = i % ARTICLE_LINES
        kind = kinds[i % len(kinds)]
        answer, cite = {
            "date": (f"May {1 + n % 28}", f"on May {1 + n % 28}, officials said"),
            "duration": (f"{1 + n % 9} hours", f"the talks lasted {1 + n % 9} hours"),
            "money": (f"${n} million", f"cost ${n} million"),
            "person": (f"Person{n}", f"spokesperson Person{n} of Agency{n}"),
            "text": (f"Agency{n}", f"Person{n} of Agency{n}"),
        }[kind]
        out += [
            f"  - id: q{i}",
            f"    question: What does paragraph {n} say, question {i}?",
            f"    answer: {answer!r}" if kind == "money" else f"    answer: {answer}",
            f"    accept: [{answer!r}]" if kind == "money" else f"    accept: [{answer}]",
            f"    kind: {kind}",
            f"    cite: {cite!r}",
        ]
    path = folder / "pack.yaml"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = write_pack(Path(tmp), args.questions)
        text = path.read_text(encoding="utf-8")
        size = path.stat().st_size
        base, _ = best_of(args.runs, lambda: yaml.load(text, Loader=yaml.CSafeLoader))
        ours, _ = best_of(args.runs, lambda: load_pack(path))
        print(
            f"Loading a pack of {args.questions:,} questions ({size / 1e6:.1f} MB), median of {args.runs}:"
        )
        print(row("yaml.load(CSafeLoader) (baseline)", base))
        print(row("newsquiz load_pack (with citations)", ours, base, target=2.0))


if __name__ == "__main__":
    main()
