"""Item statistics as Moodle's quiz statistics report computes them, over a score matrix.

Pure functions over a players×questions matrix of scores in [0, 1] (one row a player, or one
a game with every attempt counted; None where that row never answered that question). The
formulas are Moodle's ("Quiz statistics calculations", Moodle developer documentation),
written out with their notation in docs/reports.md:

- facility index F = 100·x̄ (the mean score as a share of the maximum, 1);
- standard deviation SD = 100·√V(x), the sample variance V over S−1;
- discrimination index D = 100·r(x, X₋), the correlation of the question's score x with the
  score X₋ on the rest of the test;
- discriminative efficiency DE = 100·C(x, X₋)/Cmax(x, X₋), Cmax pairing both sorted;
- Cronbach's alpha (Moodle's coefficient of internal consistency)
  CIC = 100·P/(P−1)·(1 − ΣV(xₚ)/V(X)), the error ratio ER = 100·√(1 − CIC/100) and the
  standard error SE = ER/100·SD(X).

A Moodle quiz asks every question of every attempt; a newsquiz game may not (a drill of six
questions from a pack of 43, a game left half way). So: F and SD count the rows that answered
the question; D and DE take for X₋ the MEAN score on the other questions the row answered,
which on a full matrix is the rest-of-test total divided by P−1 and so gives exactly Moodle's
figures (a correlation and a ratio of covariances do not change when one variable is scaled);
alpha, ER and SE count the rows that answered every question. A figure that cannot be
computed (one row, every score equal) is None, shown as "n/a": never a division by zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Matrix = Sequence[Sequence[float | None]]

# Moodle's thresholds (percentages) for questions worth a second look.
DUBIOUS_EFFICIENCY = 15.0
VERY_LIKELY_BELOW = 30.0
LIKELY_BELOW = 50.0
DUBIOUS = "dubious"
VERY_LIKELY_NEEDS_REVISION = "very likely needs revision"
LIKELY_NEEDS_REVISION = "likely needs revision"


@dataclass(frozen=True)
class ItemStatistics:
    """One question's figures, each in percent; None when it cannot be computed."""

    answered: int  # rows that answered the question
    facility: float | None
    standard_deviation: float | None
    discrimination: float | None
    discriminative_efficiency: float | None

    @property
    def flags(self) -> tuple[str, ...]:
        """Moodle's warnings: a low discrimination index, a dubious efficiency."""
        out: list[str] = []
        d = self.discrimination
        if d is not None and d < VERY_LIKELY_BELOW:
            out.append(VERY_LIKELY_NEEDS_REVISION)
        elif d is not None and d < LIKELY_BELOW:
            out.append(LIKELY_NEEDS_REVISION)
        de = self.discriminative_efficiency
        if de is not None and de < DUBIOUS_EFFICIENCY:
            out.append(DUBIOUS)
        return tuple(out)


@dataclass(frozen=True)
class PackStatistics:
    """The whole test's (a pack's) figures over the rows that answered every question, in percent
    of the maximum score (P, one a question); None when they cannot be computed."""

    complete: int  # rows that answered every question: the rows these figures count
    questions: int  # P
    average: float | None
    standard_deviation: float | None
    alpha: float | None  # Cronbach's alpha, Moodle's coefficient of internal consistency
    error_ratio: float | None
    standard_error: float | None


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def covariance(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The sample covariance (over n−1); None under two pairs."""
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / (n - 1)


def variance(xs: Sequence[float]) -> float | None:
    return covariance(xs, xs)


# Below this a variance is a rounding error of an exact zero (every score equal).
_ZERO = 1e-12


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r; None when either side does not vary."""
    cov, vx, vy = covariance(xs, ys), variance(xs), variance(ys)
    if cov is None or vx is None or vy is None or vx <= _ZERO or vy <= _ZERO:
        return None
    return cov / math.sqrt(vx * vy)


def efficiency(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """C(x, y)/Cmax(x, y): the covariance against the largest one the same two sets of
    values could have, each sorted and paired in order; None when that is not positive."""
    cov = covariance(xs, ys)
    best = covariance(sorted(xs), sorted(ys))
    if cov is None or best is None or best <= _ZERO:
        return None
    return cov / best


def _percent(value: float | None) -> float | None:
    return None if value is None else 100.0 * value


def _rest_means(matrix: Matrix, column: int) -> tuple[list[float], list[float]]:
    """The question's scores and, for each row that answered it and another question,
    the mean score on the other questions that row answered."""
    scores: list[float] = []
    rest: list[float] = []
    for row in matrix:
        own = row[column]
        if own is None:
            continue
        others = [v for i, v in enumerate(row) if i != column and v is not None]
        if others:
            scores.append(own)
            rest.append(sum(others) / len(others))
    return scores, rest


def item_statistics(matrix: Matrix, questions: int | None = None) -> list[ItemStatistics]:
    """Per column of `matrix` (`questions` columns, for a matrix of no rows)."""
    count = len(matrix[0]) if matrix else (questions or 0)
    out: list[ItemStatistics] = []
    for column in range(count):
        scores = [v for row in matrix if (v := row[column]) is not None]
        spread = variance(scores)
        paired, rest = _rest_means(matrix, column)
        out.append(
            ItemStatistics(
                answered=len(scores),
                facility=_percent(mean(scores)),
                standard_deviation=_percent(None if spread is None else math.sqrt(spread)),
                discrimination=_percent(correlation(paired, rest)),
                discriminative_efficiency=_percent(efficiency(paired, rest)),
            )
        )
    return out


def pack_statistics(matrix: Matrix, questions: int | None = None) -> PackStatistics:
    """Alpha, error ratio and standard error over the rows that answered every question."""
    count = len(matrix[0]) if matrix else (questions or 0)
    complete = [[v for v in row if v is not None] for row in matrix if None not in row]
    totals = [sum(row) for row in complete]
    average = mean(totals)
    spread = variance(totals)
    alpha: float | None = None
    if count >= 2 and spread is not None and spread > _ZERO:
        item_spread = sum(variance([row[i] for row in complete]) or 0.0 for i in range(count))
        alpha = count / (count - 1) * (1 - item_spread / spread)
    error_ratio = None if alpha is None else math.sqrt(max(0.0, 1 - alpha))
    sd = None if spread is None else math.sqrt(spread)
    standard_error = None if error_ratio is None or sd is None else error_ratio * sd
    return PackStatistics(
        complete=len(complete),
        questions=count,
        average=_share(average, count),
        standard_deviation=_share(sd, count),
        alpha=_percent(alpha),
        error_ratio=_percent(error_ratio),
        standard_error=_share(standard_error, count),
    )


def _share(points: float | None, maximum: int) -> float | None:
    """Points out of `maximum` as a percentage of it."""
    return None if points is None or not maximum else 100.0 * points / maximum
