"""`newsquiz import` over a folder of GIFT files written by others: how many it takes, how
many it refuses and why, and whether any ends in a traceback.

The corpus is not shipped (other people's files stay theirs): point the script at a copy,
e.g. the `tests/questions/` folder of a public GIFT parser such as GIFT-grammar-PEG.js.

    python bench/gift_corpus.py FOLDER

Each file is imported as its own pack over a one-line article, as the command would, in a
fresh process: a file is taken when the command exits 0, refused when it exits 1 with its
message, and a traceback is counted apart (none is the target).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path


def reason_of(message: str) -> str:
    """The kind of refusal, without its file and lines: what a table of reasons counts."""
    reasons = re.findall(r"line \d+: ([^;()]+?)(?:\s*\(|;|\)$)", message)
    if reasons:
        return "; ".join(sorted(set(reasons)))
    last = message.splitlines()[-1]
    said = re.search(r"\(([^()]+)\)$", last)  # `no question newsquiz can play (why)`
    if said:
        return said.group(1)
    return re.sub(r"^(?:newsquiz import: )?\S+?:(?:\d+:\d+:)? (?:error: )?", "", last)[:90]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of .gift (or .txt) files")
    args = parser.parse_args()
    files = sorted(p for p in args.folder.iterdir() if p.suffix in (".gift", ".txt"))
    taken, refused, tracebacks = 0, Counter[str](), 0
    with tempfile.TemporaryDirectory() as work:
        article = Path(work) / "article.txt"
        article.write_text("A headline\nOne paragraph of the article.\n", encoding="utf-8")
        for number, gift in enumerate(files):
            ran = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "newsquiz",
                    "import",
                    str(gift),
                    "--article",
                    str(article),
                    "--dir",
                    str(Path(work) / "packs"),
                    "--id",
                    f"p{number}",
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            if "Traceback" in ran.stderr:
                tracebacks += 1
                print(f"TRACEBACK {gift.name}")
            elif ran.returncode == 0:
                taken += 1
            else:
                refused[reason_of(ran.stderr.strip())] += 1
                print(f"refused {gift.name}: {ran.stderr.strip()[:160]}")
    print(
        f"\n{len(files)} files: {taken} taken, {sum(refused.values())} refused, "
        f"{tracebacks} tracebacks"
    )
    for reason, count in refused.most_common():
        print(f"{count:>4}  {reason}")


if __name__ == "__main__":
    main()
