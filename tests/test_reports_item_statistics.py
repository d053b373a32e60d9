"""Moodle's quiz statistics (newsquiz.item_statistics) against an example worked by hand."""

from __future__ import annotations

import pytest

from newsquiz.item_statistics import (
    DUBIOUS,
    LIKELY_NEEDS_REVISION,
    VERY_LIKELY_NEEDS_REVISION,
    ItemStatistics,
    item_statistics,
    pack_statistics,
)

# Five players, three questions; bob was half right on q2.
#          q1   q2   q3   total X
#   ada    1    1    1    3
#   bob    1    .5   1    2.5
#   cy     1    1    0    2
#   dee    0    1    0    1
#   eve    0    0    0    0
CLASS: list[list[float | None]] = [
    [1.0, 1.0, 1.0],
    [1.0, 0.5, 1.0],
    [1.0, 1.0, 0.0],
    [0.0, 1.0, 0.0],
    [0.0, 0.0, 0.0],
]


def test_the_figures_of_each_question_are_moodles_worked_by_hand() -> None:
    q1, q2, q3 = item_statistics(CLASS)
    # q1 = 1,1,1,0,0: mean .6, so F = 60. V = (3·.4² + 2·.6²)/(5−1) = 1.2/4 = .3,
    # SD = √.3 = .547723 → 54.772.
    # Rest of the test X₋ = q2+q3 = 2, 1.5, 1, 1, 0 (mean 1.1; deviations .9 .4 −.1 −.1 −1.1),
    # V(X₋) = (.81+.16+.01+.01+1.21)/4 = .55.
    # C(x, X₋) = (.4·.9 + .4·.4 + .4·(−.1) + (−.6)(−.1) + (−.6)(−1.1))/4 = 1.2/4 = .3.
    # D = 100·.3/√(.3·.55) = 100·.3/.406202 = 73.855.
    # Cmax pairs both sorted: x 0,0,1,1,1 with X₋ 0,1,1,1.5,2:
    # ((−.6)(−1.1) + (−.6)(−.1) + .4·(−.1) + .4·.4 + .4·.9)/4 = 1.2/4 = .3, so DE = 100.
    assert q1.answered == 5
    assert q1.facility == pytest.approx(60.0, abs=5e-4)
    assert q1.standard_deviation == pytest.approx(54.772, abs=5e-4)
    assert q1.discrimination == pytest.approx(73.855, abs=5e-4)
    assert q1.discriminative_efficiency == pytest.approx(100.0, abs=5e-4)
    assert q1.flags == ()
    # q2 = 1,.5,1,1,0: mean .7 → F = 70; deviations .3 −.2 .3 .3 −.7,
    # V = (.09+.04+.09+.09+.49)/4 = .2, SD = √.2 = .447214 → 44.721.
    # X₋ = q1+q3 = 2,2,1,0,0 (mean 1; deviations 1 1 0 −1 −1), V(X₋) = 4/4 = 1.
    # C = (.3·1 + (−.2)·1 + .3·0 + .3·(−1) + (−.7)(−1))/4 = .5/4 = .125.
    # D = 100·.125/√(.2·1) = 100·.125/.447214 = 27.951: below 30, very likely needs revision.
    # Cmax: x 0,.5,1,1,1 with X₋ 0,0,1,2,2: (.7 + .2 + 0 + .3 + .3)/4 = .375,
    # DE = 100·.125/.375 = 33.333.
    assert q2.facility == pytest.approx(70.0, abs=5e-4)
    assert q2.standard_deviation == pytest.approx(44.721, abs=5e-4)
    assert q2.discrimination == pytest.approx(27.951, abs=5e-4)
    assert q2.discriminative_efficiency == pytest.approx(33.333, abs=5e-4)
    assert q2.flags == (VERY_LIKELY_NEEDS_REVISION,)
    # q3 = 1,1,0,0,0: mean .4 → F = 40; V = (2·.6² + 3·.4²)/4 = .3, SD → 54.772.
    # X₋ = q1+q2 = 2,1.5,2,1,0 (mean 1.3; deviations .7 .2 .7 −.3 −1.3),
    # V(X₋) = (.49+.04+.49+.09+1.69)/4 = .7.
    # C = (.6·.7 + .6·.2 + (−.4)(.7) + (−.4)(−.3) + (−.4)(−1.3))/4 = .9/4 = .225.
    # D = 100·.225/√(.3·.7) = 100·.225/.458258 = 49.099: 30 to 50, likely needs revision.
    # Cmax: x 0,0,0,1,1 with X₋ 0,1,1.5,2,2: (.52 + .12 − .08 + .42 + .42)/4 = .35,
    # DE = 100·.225/.35 = 64.286.
    assert q3.facility == pytest.approx(40.0, abs=5e-4)
    assert q3.standard_deviation == pytest.approx(54.772, abs=5e-4)
    assert q3.discrimination == pytest.approx(49.099, abs=5e-4)
    assert q3.discriminative_efficiency == pytest.approx(64.286, abs=5e-4)
    assert q3.flags == (LIKELY_NEEDS_REVISION,)


def test_the_figures_of_the_pack_are_moodles_worked_by_hand() -> None:
    figures = pack_statistics(CLASS)
    # X = 3, 2.5, 2, 1, 0: mean 1.7 of 3 → 56.667%; deviations 1.3 .8 .3 −.7 −1.7,
    # V(X) = (1.69+.64+.09+.49+2.89)/4 = 5.8/4 = 1.45, SD = √1.45 = 1.204159 → /3 = 40.139%.
    # ΣV(xₚ) = .3 + .2 + .3 = .8.
    # CIC = 100·3/2·(1 − .8/1.45) = 100·1.5·.448276 = 67.241.
    # ER = 100·√(1 − .672414) = 100·√.327586 = 57.235.
    # SE = .572351·1.204159 = .689205 points of 3 → 22.973%.
    assert (figures.complete, figures.questions) == (5, 3)
    assert figures.average == pytest.approx(56.667, abs=5e-4)
    assert figures.standard_deviation == pytest.approx(40.139, abs=5e-4)
    assert figures.alpha == pytest.approx(67.241, abs=5e-4)
    assert figures.error_ratio == pytest.approx(57.235, abs=5e-4)
    assert figures.standard_error == pytest.approx(22.973, abs=5e-4)


def test_a_question_that_rewards_the_weaker_players_is_flagged_both_ways() -> None:
    # q2 = 1 − q1: the rest of the test for q1 is q2, exactly opposed, so r = −1.
    # Means 2/3 and 1/3: C = ((1/3)(−1/3) + (1/3)(−1/3) + (−2/3)(2/3))/2 = −1/3;
    # Cmax pairs 0,1,1 with 0,0,1: ((−2/3)(−1/3) + (1/3)(−1/3) + (1/3)(2/3))/2 = 1/6,
    # so DE = 100·(−1/3)/(1/6) = −200.
    q1, _ = item_statistics([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    assert q1.discrimination == pytest.approx(-100.0)
    assert q1.discriminative_efficiency == pytest.approx(-200.0)
    assert q1.flags == (VERY_LIKELY_NEEDS_REVISION, DUBIOUS)
    assert ItemStatistics(9, 50.0, 50.0, 60.0, 14.9).flags == (DUBIOUS,)
    assert ItemStatistics(9, 50.0, 50.0, 50.0, 15.0).flags == ()


def test_a_game_left_half_way_counts_where_it_can() -> None:
    # fay answered q1 only: she counts in q1's facility (4 right of 6), not in its
    # discrimination (she has no rest of the test), nor in the pack's alpha (not complete).
    with_fay: list[list[float | None]] = [*CLASS, [1.0, None, None]]
    q1, _, _ = item_statistics(with_fay)
    assert q1.answered == 6 and q1.facility == pytest.approx(100 * 4 / 6)
    assert q1.discrimination == pytest.approx(73.855, abs=5e-4)
    assert pack_statistics(with_fay) == pack_statistics(CLASS)


def test_the_rest_of_the_test_is_the_mean_of_what_a_row_answered() -> None:
    # gus skipped q3: his rest of the test for q1 is his q2 alone, as a share (1.0), like
    # everyone else's mean of q2 and q3, so a shorter game is not read as a weaker one.
    with_gus: list[list[float | None]] = [*CLASS, [1.0, 1.0, None]]
    q1, _, _ = item_statistics(with_gus)
    assert q1.discrimination is not None and q1.discrimination > 73.855


@pytest.mark.parametrize(
    ("matrix", "discrimination"),
    [
        ([], (None, None, None)),  # nobody
        ([[1.0, 0.0, 0.5]], (None, None, None)),  # one player
        ([[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]], (None, None, None)),  # every score equal
        ([[None, 1.0, 0.0], [None, 0.0, 1.0]], (None, -100.0, -100.0)),  # q1 never asked
    ],
)
def test_what_cannot_be_computed_is_none_never_a_division_error(
    matrix: list[list[float | None]], discrimination: tuple[float | None, ...]
) -> None:
    items = item_statistics(matrix, questions=3)
    assert tuple(i.discrimination for i in items) == pytest.approx(discrimination)
    figures = pack_statistics(matrix, questions=3)
    assert figures.questions == 3
    assert (figures.alpha, figures.error_ratio, figures.standard_error) == (None, None, None)


def test_a_question_everyone_got_right_has_no_discrimination() -> None:
    q1, q2 = item_statistics([[1.0, 1.0], [1.0, 0.0], [1.0, 0.0]])
    assert q1.facility == 100.0 and q1.standard_deviation == 0.0
    assert q1.discrimination is None and q1.discriminative_efficiency is None
    assert q1.flags == ()
    assert q2.discrimination is None  # its rest of the test (q1) does not vary
