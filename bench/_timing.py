"""Small helpers the bench scripts share: repeated timing and side-by-side rows."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def best_of(runs: int, work: Callable[[], object]) -> tuple[float, float]:
    """(median, minimum) wall seconds of `work` over `runs` runs."""
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def row(
    label: str, seconds: float, baseline: float | None = None, target: float | None = None
) -> str:
    text = f"  {label:<44} {seconds * 1000:9.1f} ms"
    if baseline:
        ratio = seconds / baseline
        text += f"   {ratio:5.2f}x baseline"
        if target is not None:
            text += f"  (target <= {target:.1f}x: {'ok' if ratio <= target else 'MISSED'})"
    return text
