"""A claim that denies something over a span ("had not … in 14 years", "the worst in 40
years", "the first since 2009") stays true for every shorter span, and one bounded by
"within" or "or more" for every value on the bound's side: its false values must lie on the
other side of the true one. On a small article written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.perturb import bound_keeps_true, window_keeps_true
from newsquiz.pack import load_pack

FERRY = """\
Island ferry back after the storm
The island ferry has not missed a crossing in 14 years, its captain, Mara Velin, said on Monday.
The storm was the worst to hit the island in 40 years, and the harbour wall took 3 years to build.
The walkout was the first at the shipyard since 2009, when the yard opened its second dock in 2016.
Passengers of cancelled sailings will be refunded within 30 days, and repairs will take 12 days.
A crossing takes 50 minutes or more in winter; the new boat, due in 2027, has 180 seats.
"""


def false_values(write_pack: WritePack, questions: str) -> list[list[str]]:
    yaml = (
        "format: newsquiz/1\nid: ferry\ntitle: Ferry\n"
        "article: {file: article.txt, published: 2026-03-02}\nquestions:\n" + questions
    )
    bank = ClaimBank(load_pack(write_pack(yaml, FERRY)))
    return [[c.value for c in qc.false_claims] for qc in bank.by_question]


def _size(value: str) -> float:
    number, unit = value.split()
    days = {"years": 365.0, "year": 365.0, "months": 30.0, "days": 1.0, "weeks": 7.0}
    return float(number) * days.get(unit, 1 / 1440)


def test_a_span_with_nothing_in_it_is_changed_only_to_a_longer_one(
    write_pack: WritePack,
) -> None:
    questions = (
        "  - id: streak\n    question: For how long has the ferry not missed a crossing?\n"
        "    answer: 14 years\n    kind: duration\n"
        "    cite: has not missed a crossing in 14 years\n"
        "    claim: The island ferry had not missed a crossing in {answer}.\n"
        "  - id: worst\n    question: The worst storm to hit the island in how long?\n"
        "    answer: 40 years\n    kind: duration\n"
        "    cite: the worst to hit the island in 40 years\n"
    )
    streak, worst = false_values(write_pack, questions)
    assert streak and all(_size(v) > _size("14 years") for v in streak)  # not in 3 years: true
    assert worst and all(_size(v) > _size("40 years") for v in worst)


def test_a_first_since_a_year_is_changed_only_to_an_earlier_year(
    write_pack: WritePack,
) -> None:
    questions = (
        "  - id: since\n    question: The walkout was the first at the shipyard since when?\n"
        "    answer: '2009'\n    kind: number\n"
        "    cite: the first at the shipyard since 2009\n"
    )
    (since,) = false_values(write_pack, questions)
    assert all(int(v) < 2009 for v in since)  # "the first since 2016" would be true


def test_within_and_or_more_keep_their_side(write_pack: WritePack) -> None:
    questions = (
        "  - id: refund\n    question: Within how long will passengers be refunded?\n"
        "    answer: within 30 days\n    kind: duration\n"
        "    cite: refunded within 30 days\n"
        "  - id: crossing\n    question: How long does a crossing take in winter?\n"
        "    answer: 50 minutes\n    kind: duration\n"
        "    cite: A crossing takes 50 minutes or more in winter\n"
    )
    refund, crossing = false_values(write_pack, questions)
    assert refund and all(_size(v.removeprefix("within ")) < 30 for v in refund)
    assert crossing and all(_size(v) > _size("50 minutes") for v in crossing)


def test_the_length_of_an_episode_is_no_window() -> None:
    # "took 3 years to build", "stayed shut for six days": a shorter value is false there.
    assert not window_keeps_true("The wall took ", " to build.", "3 years", "2 years")
    assert not window_keeps_true("The bridge stayed shut for ", ".", "six days", "two days")
    # The rent is frozen "for the first 3 years": the first of a period, not a denial.
    assert not window_keeps_true("No rent is due for the first ", ".", "3 years", "2 years")
    assert not window_keeps_true("The harvest took ", ".", "40 days", "12 days")


def test_windows_that_deny_or_rank_are_read_in_either_order() -> None:
    assert window_keeps_true("It had not rained for ", ".", "6 weeks", "5 weeks")
    assert window_keeps_true("It was their biggest win in ", ".", "22", "5") is False  # no unit
    assert window_keeps_true("It was their biggest win in ", " years.", "22", "5")
    assert window_keeps_true("", " without a single missed crossing.", "14 years", "9 years")
    assert window_keeps_true("Nobody was paid for ", ".", "3 months", "2 months")
    assert window_keeps_true("the lowest turnout since ", ".", "1998", "2004")
    assert not window_keeps_true("the lowest turnout since ", ".", "1998", "1990")
    assert not window_keeps_true("It had not rained for ", ".", "6 weeks", "8 weeks")
    # `not more than`: the bound words decide, not the denial.
    assert not window_keeps_true("It took no more than ", ".", "6 weeks", "5 weeks")


def test_a_bound_after_the_value_counts_as_one_before_it() -> None:
    assert bound_keeps_true("It takes ", "50 minutes", "40 minutes", " or more.")
    assert not bound_keeps_true("It takes ", "50 minutes", "60 minutes", " or more.")
    assert bound_keeps_true("Refunds come within ", "30 days", "45 days")
    assert not bound_keeps_true("Refunds come within ", "30 days", "10 days")


def test_a_rank_or_a_wait_is_no_window_of_its_own() -> None:
    # The fire is ranked; its four days are no span that held nothing larger.
    assert not window_keeps_true("The largest fire burned for ", ".", "four days", "three days")
    assert window_keeps_true("It was the lowest for ", ".", "20 years", "9 years")
    # One of several, due at the end of a wait; a condition to wait for.
    assert not window_keeps_true("The first of the cranes is due in ", ".", "18 months", "9 months")
    assert not window_keeps_true(
        "The alert is lowered only after ", " without an explosion.", "seven days", "48 hours"
    )


def test_a_bound_on_money_written_with_a_pointed_sign_holds_too() -> None:
    # `Rs. 250,000`: the sign and its point stand between the bound and the figure.
    before = "Most growers will receive "
    assert bound_keeps_true(before, "less than Rs. 250,000", "less than Rs. 520,000", " each")
    assert not bound_keeps_true(before, "less than Rs. 250,000", "less than Rs. 205,000", " each")


def test_within_a_range_is_bounded_by_its_far_end() -> None:
    assert not bound_keeps_true("It reopens within ", "six to nine months", "six to eight months")
    assert bound_keeps_true("It reopens within ", "six to nine months", "six to ten months")
    assert not bound_keeps_true("Buds come within ", "two to three weeks", "two to three days")


def test_a_streak_or_a_run_without_loss_is_true_of_any_shorter_one() -> None:
    assert bound_keeps_true("The club has won ", "12", "10", " straight matches.")
    assert bound_keeps_true("They won ", "9", "7", " games in a row.")
    assert not bound_keeps_true("They won ", "9", "11", " games in a row.")
    assert window_keeps_true("The side has been unbeaten in ", " games.", "14", "11")
    assert window_keeps_true("The club had not lost in ", " matches.", "14", "9")
    assert not window_keeps_true("The club had not lost in ", " matches.", "14", "19")
    # A count ranked in: "the largest fire in 3 provinces" is no streak.
    assert not window_keeps_true("It was the largest fire in ", " provinces.", "3", "2")


def test_a_deadline_is_met_by_any_later_one() -> None:
    """'to be finished by 2028': 'by 2030' is as true; only an earlier deadline is false."""
    from newsquiz.claims.perturb import deadline_keeps_true

    assert deadline_keeps_true("The tunnel is to be finished by ", "2028", "2030")
    assert not deadline_keeps_true("The tunnel is to be finished by ", "2028", "2026")
    assert deadline_keeps_true("The rest are to move by ", "August 17, 2028", "August 24, 2028")
    assert not deadline_keeps_true("The rest are to move by ", "August 17", "August 10")
    assert deadline_keeps_true("It must be paid no later than ", "June 1", "June 30")
    assert deadline_keeps_true("by the end of ", "2027", "2029")
    # Not a deadline: a change by an amount, a date given as a start.
    assert not deadline_keeps_true("Prices rose by ", "12 percent", "20 percent")
    assert not deadline_keeps_true("The toll applies from ", "2028", "2030")


def test_a_bounded_fraction_keeps_its_side() -> None:
    """'more than half': 'more than a third' is as true; 'up to a quarter' makes 'up to a
    third' true."""
    assert bound_keeps_true("It lost ", "more than half", "more than a third")
    assert not bound_keeps_true("It lost ", "more than half", "more than two-thirds")
    assert bound_keeps_true("It could lose up to ", "a quarter", "a third")
    assert not bound_keeps_true("It could lose up to ", "a quarter", "a fifth")
    assert not bound_keeps_true("It lost ", "half", "a third")  # no bound: exact


def test_a_changed_value_with_its_own_bound_is_read_with_it() -> None:
    """'more than half' changed to 'fewer than a quarter' or 'about a third' says a false
    thing of its own: only a value under the same bound can be implied by the true one."""
    assert not bound_keeps_true("She said ", "more than half", "fewer than a quarter")
    assert not bound_keeps_true("She said ", "more than half", "about a third")
    assert not bound_keeps_true("It killed ", "at least 64", "up to 23")
    assert bound_keeps_true("It killed ", "at least 64", "at least 23")
    assert bound_keeps_true("It killed at least ", "64", "23")


def test_no_more_than_is_one_bound_not_two() -> None:
    assert bound_keeps_true("It seats no more than ", "40", "50")
    assert not bound_keeps_true("It seats no more than ", "40", "30")
    assert bound_keeps_true("It seats no fewer than ", "40", "30")
    assert not bound_keeps_true("It seats no fewer than ", "40", "50")
    assert bound_keeps_true("It seats a maximum of ", "40", "50")
    assert bound_keeps_true("It needs a minimum of ", "40", "30")
    assert bound_keeps_true("It takes not less than ", "40 minutes", "30 minutes")


def test_within_the_first_is_a_bound_too() -> None:
    # `within the first 30 days` where signatures were to come within the first two weeks
    # is implied (judged accidentally true, held-out 29a #19); a tighter one is not.
    before = "They hoped to gather 1,500 signatures within the first "
    assert bound_keeps_true(before, "two weeks", "30 days")
    assert not bound_keeps_true(before, "two weeks", "10 days")
    assert bound_keeps_true("Repairs are due within the next ", "six months", "a year")


def test_a_bound_on_a_measure_that_marks_out_a_class_holds_of_a_tighter_one() -> None:
    # `farms with no more than 20 hectares may apply`: every farm of 5 hectares has no more
    # than 20, so `no more than 5` is true of those it names; `no more than 30` is false.
    before, after = "Farms with no more than ", " of maize may apply."
    assert bound_keeps_true(before, "20 hectares", "5 hectares", after)
    assert not bound_keeps_true(before, "20 hectares", "30 hectares", after)
    # `wells with more than 50 ppm were closed`: `more than 80 ppm` names fewer, truly.
    before, after = "Wells with more than ", " of arsenic were closed."
    assert bound_keeps_true(before, "50 ppm", "80 ppm", after)
    assert not bound_keeps_true(before, "50 ppm", "20 ppm", after)


def test_a_count_after_with_is_no_class() -> None:
    # `overlapped with at least 23 territories` counts them: at least 13 is true as well.
    before, after = "The licences overlapped with at least ", " Indigenous territories."
    assert bound_keeps_true(before, "23", "13", after)
    assert not bound_keeps_true(before, "23", "41", after)


def test_a_bound_said_with_about_holds_every_value_on_its_side() -> None:
    # `within about 18 months`: 36b's accidental truth was `within about 7 years`.
    before = "The spent stage is expected to burn up within about "
    assert bound_keeps_true(before, "18 months", "7 years")
    assert not bound_keeps_true(before, "18 months", "9 months")
    assert bound_keeps_true("Repairs will cost up to about ", "€40,000", "€90,000")


def test_a_denied_bound_holds_the_other_way() -> None:
    # `none … more than six feet`: none more than seven either (judged accidentally true, 99a)
    before = "None of the islands rises more than "
    assert bound_keeps_true(before, "6", "7", " feet above sea level.")
    assert not bound_keeps_true(before, "6", "5", " feet above sea level.")
    # `no more than` is a bound of its own, not a denied one
    assert bound_keeps_true("It carries no more than ", "40 people", "50 people")
    assert not bound_keeps_true("It carries no more than ", "40 people", "30 people")
