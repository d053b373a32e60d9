"""Candidates `newsquiz draft` makes for each corpus article, and their kinds.

    .venv/bin/python bench/drafting_bench.py [CORPUS_DIR]

The counts behind bench/drafting/judged-*.md; the judgement itself is human.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from newsquiz.authoring.draft import draft_candidates

CORPUS = Path("/work/shared/corpus")


def main(corpus: Path) -> None:
    total: Counter[str] = Counter()
    for article in sorted(corpus.glob("*.txt")):
        candidates = draft_candidates(article.read_text(encoding="utf-8").splitlines())
        kinds = Counter(c.kind for c in candidates)
        total.update(kinds)
        shown = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
        print(f"{article.stem:36} {len(candidates):3}  {shown}")
    shown = ", ".join(f"{kind} {n}" for kind, n in sorted(total.items()))
    print(f"{'all':36} {sum(total.values()):3}  {shown}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
