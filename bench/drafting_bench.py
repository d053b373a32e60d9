"""Candidates `newsquiz draft` makes for each corpus article, and their kinds.

    .venv/bin/python bench/drafting_bench.py [CORPUS_DIR] [ARTICLE ...]

The counts behind bench/drafting/judged-*.md; the judgement itself is human. Name
articles (file stems) to draft only those, e.g. to keep a held-out group unseen.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from newsquiz.authoring.draft import draft_candidates

CORPUS = Path("/work/shared/corpus")


def main(corpus: Path, only: list[str]) -> None:
    total: Counter[str] = Counter()
    print(f"{'article':36} {'paras':>5} {'cands':>5}  kinds")
    for article in sorted(corpus.glob("*.txt")):
        if only and article.stem not in only:
            continue
        lines = article.read_text(encoding="utf-8").splitlines()
        candidates = draft_candidates(lines)
        kinds = Counter(c.kind for c in candidates)
        total.update(kinds)
        shown = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
        paragraphs = sum(1 for line in lines[1:] if line.strip())  # the headline apart
        print(f"{article.stem:36} {paragraphs:5} {len(candidates):5}  {shown}")
    shown = ", ".join(f"{kind} {n}" for kind, n in sorted(total.items()))
    print(f"{'all':36} {'':5} {sum(total.values()):5}  {shown}")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    folder = Path(arguments.pop(0)) if arguments and Path(arguments[0]).is_dir() else CORPUS
    main(folder, arguments)
