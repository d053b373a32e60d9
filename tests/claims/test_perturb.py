"""One family of wrong values at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsquiz.claims import perturb
from newsquiz.facts.written import DateValue, Duration, Money, Number, find_dates, find_values


class Rendered(Protocol):
    def render(self) -> str: ...


def rendered(values: Sequence[Rendered]) -> list[str]:
    return [v.render() for v in values]


def test_neighbouring_numbers_step_by_one_and_by_the_leading_digit() -> None:
    assert rendered(perturb.neighbour_numbers(Number(84))) == ["83", "85", "74", "94"]
    assert rendered(perturb.neighbour_numbers(Number(1))) == ["2"]  # never zero or below
    assert rendered(perturb.neighbour_numbers(Number(2.5, decimals=1))) == ["2.4", "2.6"]


def test_a_round_figure_stays_round() -> None:
    assert rendered(perturb.neighbour_numbers(Number(46000, grouped=True))) == [
        "45,000",
        "47,000",
        "36,000",
        "56,000",
    ]
    assert rendered(perturb.neighbour_numbers(Number(10000, grouped=True))) == [
        "9,000",
        "11,000",
        "20,000",
    ]  # never 10,001, nor nothing at all
    assert rendered(perturb.neighbour_numbers(Number(1350, grouped=True))) == [
        "1,340",
        "1,360",
        "350",
        "2,350",
    ]
    (prize,) = find_values("a bonus of $10,000 for the record")
    assert isinstance(prize.value, Money)
    assert "$10,001" not in rendered(perturb.neighbour_money(prize.value))


def test_no_amount_is_scaled_down_to_thousands_in_words() -> None:
    (grant,) = find_values("the agency paid €2.3 million")
    assert isinstance(grant.value, Money)
    assert perturb.scaled_money(grant.value) == []  # neither €2.3 thousand nor billion


def test_swapped_digits_never_lead_with_zero_or_swap_equal_digits() -> None:
    assert rendered(perturb.swapped_digits(Number(84))) == ["48"]
    assert rendered(perturb.swapped_digits(Number(1250, grouped=True))) == [
        "2,150",
        "1,520",
        "1,205",
    ]
    assert perturb.swapped_digits(Number(105)) == [Number(150)]  # not 015
    assert perturb.swapped_digits(Number(77)) == []
    assert perturb.swapped_digits(Number(2, words=True)) == []


def test_scale_is_off_by_ten_and_leaves_small_counts_alone() -> None:
    assert rendered(perturb.scaled_number(Number(84))) == ["840"]
    assert rendered(perturb.scaled_number(Number(40))) == ["400", "4"]
    assert perturb.scaled_number(Number(3)) == []


def test_money_is_off_by_ten_or_a_thousand_times_less_in_its_own_words() -> None:
    (found,) = find_values("another $40 billion aid package")
    assert isinstance(found.value, Money)
    assert rendered(perturb.scaled_money(found.value)) == [
        "$400 billion",
        "$4 billion",
        "$40 million",
    ]  # never "$40 trillion": a thousand times an aid package fools nobody
    (million,) = find_values("a $40 million grant")
    assert isinstance(million.value, Money)
    # Never a thousand times more: a $40 million grant is no $40 billion.
    assert rendered(perturb.scaled_money(million.value)) == ["$400 million", "$4 million"]
    assert rendered(perturb.neighbour_money(found.value))[:2] == ["$39 billion", "$41 billion"]


def test_neighbouring_dates_keep_the_writers_style() -> None:
    (found,) = find_dates("The two haven’t spoken since Feb. 11, a week before")
    assert isinstance(found.value, DateValue)
    assert rendered(perturb.neighbour_dates(found.value, 2022)) == [
        "Feb. 10",
        "Feb. 12",
        "Feb. 4",
        "Feb. 18",
        "Jan. 11",
        "Mar. 11",
    ]


def test_a_yearless_date_does_not_wrap_into_another_year() -> None:
    first = DateValue(1, 1, None)
    assert all(d.month == 1 or d.month in (2, 12) for d in perturb.neighbour_dates(first, 2022))
    assert DateValue(12, 31, None) not in perturb.neighbour_dates(first, 2022)


def test_day_and_month_swap_only_when_the_day_could_be_a_month() -> None:
    assert rendered(perturb.day_month_swapped(DateValue(2, 11, 2022))) == ["November 2, 2022"]
    assert perturb.day_month_swapped(DateValue(2, 18, None)) == []
    assert perturb.day_month_swapped(DateValue(3, 3, None)) == []


def test_durations_change_amount_or_move_to_a_nearby_unit() -> None:
    hour = Duration(1, "hour", "article")
    assert rendered(perturb.neighbour_durations(hour)) == ["two hours", "half an hour"]
    # Only units within a factor of ten: "about a minute" or "about a day" fools nobody.
    assert rendered(perturb.nearby_units(hour)) == []
    assert rendered(perturb.nearby_units(Duration(84, "day"))) == ["84 weeks"]
    assert rendered(perturb.nearby_units(Duration(1, "week", "article"))) == ["a day", "a month"]
    assert rendered(perturb.swapped_duration_digits(Duration(84, "day"))) == ["48 days"]


def test_titles_gain_or_lose_a_modifier() -> None:
    assert perturb.changed_titles("Defense Secretary") == [
        "Deputy Defense Secretary",
        "former Defense Secretary",
    ]
    assert perturb.changed_titles("Pentagon press secretary") == [
        "Pentagon deputy press secretary",
        "former Pentagon press secretary",
    ]
    assert perturb.changed_titles("Vice President") == ["President", "former President"]
    assert perturb.changed_titles("Ukrainian Defense Minister") == [
        "Ukrainian Deputy Defense Minister",
        "former Ukrainian Defense Minister",
    ]
    assert perturb.changed_titles("President of Finland")[0] == "Vice President of Finland"
    assert perturb.changed_titles("Lloyd Austin") == []


def test_other_values_of_the_same_kind_come_from_the_article_at_a_believable_size() -> None:
    article = [
        f.value for f in find_values("about an hour; 84 days; two hours; a week; $5 billion")
    ]
    answer = Duration(1, "hour", "article")
    got = rendered(perturb.same_kind_from_article(answer, article))
    assert got == ["two hours"]  # not "84 days" or "a week" for a phone call, and no money
    strike = [f.value for f in find_values("12 days; 10 hours; two weeks; four days; $38.6m")]
    got = rendered(perturb.same_kind_from_article(Duration(12, "day", "article"), strike))
    assert got == ["two weeks", "four days"]  # a strike of 12 days is no 10-hour shift
    contract = [f.value for f in find_values("$38.6 million; $4.6 million; $47.2 million")]
    (worth,) = (f.value for f in find_values("$38.6 million"))
    assert rendered(perturb.same_kind_from_article(worth, contract)) == ["$47.2 million"]
    sale = [f.value for f in find_values("$3.4 million; £12 million; 9 million euros; €8 million")]
    (price,) = (f.value for f in find_values("£14.2 million"))
    assert rendered(perturb.same_kind_from_article(price, sale)) == ["£12 million"]
    (grant,) = (f.value for f in find_values("€6 million"))
    assert rendered(perturb.same_kind_from_article(grant, sale)) == [
        "9 million euros",
        "€8 million",
    ]


def test_article_dates_take_on_the_answers_style() -> None:
    answer = DateValue(2, 18, 2022, comma=True)
    from_article = DateValue(2, 11, None, month_form="abbr.")
    assert perturb.restyled(from_article, answer).render() == "February 11, 2022"


def test_a_list_swaps_its_last_item_for_a_neighbour_not_already_in_it() -> None:
    neighbours = perturb.neighbouring_countries("Sweden")
    assert "Norway" in neighbours and "Sweden" not in neighbours
    swapped = perturb.swapped_list_items(("Finland", "Sweden"), ["Finland", "Norway"])
    assert swapped == [("Finland", "Norway")]


def test_a_hyphenated_or_multi_word_title_takes_its_modifier_outside() -> None:
    assert perturb.changed_titles("Russian general-in-chief") == [
        "Russian deputy general-in-chief",
        "former Russian general-in-chief",
    ]
    assert perturb.changed_titles("British Prime Minister")[0] == "British Deputy Prime Minister"
    assert perturb.changed_titles("the prime minister")[0] == "the deputy prime minister"
    assert perturb.changed_titles("UN secretary-general")[0] == "UN deputy secretary-general"


def test_an_international_body_is_swapped_for_another_the_article_first() -> None:
    swapped = perturb.other_organisations("NATO", ["Russian Ambassador to the European Union"])
    assert swapped[0] == ("the European Union", True)
    # the generic table's bodies of the same kind, by their full names (none far longer)
    assert ("the United Nations", False) in swapped and all(v != "NATO" for v, _ in swapped)
    assert "the International Court of Justice" not in {v for v, _ in swapped}  # a court
    assert all(len(v) <= 20 for v, _ in swapped)
    assert perturb.other_organisations("the treaty alliance") == []


def test_a_city_is_swapped_for_another_of_the_same_country() -> None:
    swapped = perturb.other_cities("Kharkiv", ["forced to retreat around kyiv"])
    assert swapped[0] == ("Kyiv", True)
    assert "Odesa" in {v for v, _ in swapped}  # the generic table's cities of the country
    assert "Moscow" not in {v for v, _ in swapped}
    assert perturb.other_cities("Lloyd Austin") == []  # a name, not the city in Texas


def test_a_word_is_swapped_for_its_kin_with_the_article_agreeing() -> None:
    assert perturb.related_words("an immediate ceasefire")[0] == "a temporary ceasefire"
    assert perturb.related_words("a very drastic change") == [
        "a very gradual change",
        "a very modest change",
    ]
    assert perturb.related_words("forced to retreat") == [
        "forced to advance",
        "forced to regroup",
    ]
    assert "nuclear forces" in perturb.related_words("naval forces")
    assert perturb.related_words("plan resources") == []


def test_a_town_the_article_places_elsewhere_keeps_its_name() -> None:
    # The table's Lima is in Peru; the article's is in Ohio: no Peruvian city stands for it.
    assert perturb.other_cities("Lima", ["The firm is based in Lima, Ohio, by the river."]) == []
    assert perturb.other_cities("Lima, Ohio", []) == []
    peru = [city for city, _ in perturb.other_cities("Lima", ["The firm is based in Lima, Peru."])]
    assert "Arequipa" in peru
    sydney = perturb.other_cities("Sydney", ["He lives in Sydney, New South Wales."])
    assert "Melbourne" in [city for city, _ in sydney]  # a state of the city's own country


def test_a_title_the_article_gives_another_person_is_not_a_slip() -> None:
    article = [
        "President Aurelio Manalastas declared a state of calamity.",
        "Vice President Carmela Ocampo visited Laoag on Sunday.",
    ]
    assert perturb.held_by_another("President", article)  # Manalastas is the President
    assert perturb.held_by_another("President Carmela Ocampo", article)
    assert not perturb.held_by_another("former President", article)  # a past post
    assert not perturb.held_by_another("Vice President", article[:1])  # nobody's here


def test_swapped_digits_never_make_a_length_nobody_writes_in_that_unit() -> None:
    # 81 months is written "nearly seven years"; 18 months → 81 months fools nobody.
    assert perturb.swapped_duration_digits(Duration(18, "month")) == []
    assert rendered(perturb.swapped_duration_digits(Duration(12, "month"))) == ["21 months"]
    assert perturb.swapped_duration_digits(Duration(16, "week")) == []
    assert rendered(perturb.swapped_duration_digits(Duration(15, "year"))) == ["51 years"]
