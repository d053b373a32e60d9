"""Classes of misses that held-out group 256 showed (after its first figure), each with
invented examples:

- a compound a hyphen splits after a prefix of two letters (`co-operative`, `re-elected`)
  where the key writes it as one word;
- a claim's correction stating a score with a nil (`false, it was 2-0`): the article's 0 is
  one of its figures;
- common synonyms of things and posts (`heavy goods vehicle` for lorry, `financial director`
  for director of finance);
- a description after a comma in the article's words, in other forms of them (`who pay`
  where it says pays) or opening as a participle, a bearing or `with` does (`based in
  Kelso`, `north of Hawick`), is no second answer;
- a value beside the answer that is its whole (`140 of her 190 goats`) or a part of it
  (`11, four of them children`) is no second answer;
- a length of time in parts set apart by commas (`two years, four months`) is one length;
- a range a unit wide said with `or` (`three or four weeks` for three to four weeks) is the
  range; `six or eight weeks` offers two lengths;
- an amount spoken in units and hundredths (`six pounds eighty a kilo`);
- a slash between a figure and a word is `per` (`EUR 42/arroba`);
- a unit per a unit of time is one unit, no length of time (`9,000 litres per second`);
- the article's conversion written before the key (`€1.4 million ($1.6 million)` where the
  dollars are asked) may stand beside it, as one written after it may;
- the key's possessive typed without its apostrophe (`womens` for women's).
"""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question, graded, graded_claim

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
P = Outcome.PARTIAL


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Harlow Dairy Cooperative", "Harlow Dairy Co-operative", C),
        ("Harlow Dairy Cooperative", "Harlow Dairy Co operative", C),
        ("the Road Coordination Unit", "the Road Co-ordination Unit", C),
        ("Harlow Dairy Cooperative", "Harlow Beef Co-operative", X),
    ],
)
def test_a_prefix_a_hyphen_sets_apart(key: str, typed: str, expected: Outcome) -> None:
    quote = f"the milk was collected by the {key}"
    assert graded("text", key, "Who collected the milk?", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it was 2-0", C),
        ("no, they led 2-0", C),
        ("false, it was 3-0", X),
        ("false, it was 2-2", X),
    ],
)
def test_a_score_with_a_nil(typed: str, expected: Outcome) -> None:
    claim = "True or false: Kilbride were 3-1 up at half-time."
    quote = "Kilbride scored twice in the first half and were 2-0 up at half-time"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("a lorry", "a heavy goods vehicle", C),
        ("a lorry", "an HGV", C),
        ("a lorry", "a van", X),
        ("director of finance", "financial director", C),
        ("director of finance", "finance director", C),
        ("director of finance", "director of nursing", X),
    ],
)
def test_common_synonyms(key: str, typed: str, expected: Outcome) -> None:
    quote = f"Ines Barros, {key}, saw it"
    assert graded("text", key, "What did she see?", quote, typed) is expected


_MILL_ARTICLE = (
    "Fire broke out at the Dunmore mill, run by Carrow Textiles, which pays its staff well.",
    "Carrow Textiles is based in Kelso, north of Hawick, and is owned by the Reid family.",
    "The mill's workers voted against the new shifts.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Carrow Textiles, who pay their staff well", C),  # `pay` read as the article's pays
        ("Carrow Textiles, based in Kelso", C),
        ("Carrow Textiles, owned by the Reid family", C),
        ("Carrow Textiles, north of Hawick", C),
        ("Carrow Textiles, with 40 staff", X),  # no 40 in the article
        ("Carrow Textiles, who own the river", X),  # not the article's words
        ("Carrow Textiles, voted against the new shifts", X),  # an act of its own
        ("Carrow Textiles, Hawick", X),
    ],
)
def test_a_description_in_the_articles_words(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "text",
        "Carrow Textiles",
        "Which company runs the Dunmore mill?",
        "run by Carrow Textiles",
        *_MILL_ARTICLE,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("140 of her 190 goats", C),  # the whole the answer is part of
        ("140 out of her 190 goats", C),
        ("140 of a possible 190", C),
        ("190 of her 140 goats", X),  # the whole given as the part
        ("140 or 190", X),
        ("140, 190", X),
    ],
)
def test_the_whole_an_answer_is_part_of(typed: str, expected: Outcome) -> None:
    asked = "How many goats did the farmer lose?"
    assert graded("number", "140", asked, "She lost 140 of her 190 goats.", typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("11, four of them children", C),  # a part of the answer, as the article gives it
        ("eleven, four of whom were children", C),
        ("11, four", X),
        ("4, eleven of them children", X),
    ],
)
def test_a_part_of_the_answer(typed: str, expected: Outcome) -> None:
    asked = "How many people were taken to hospital?"
    quote = "Paramedics took 11 people to hospital, four of them children."
    assert graded("number", "11", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("two years, four months", C),  # one length, its parts set apart by a comma
        ("2 yrs, 4 mos", C),
        ("2 years, 4 months", C),
        ("28 months", C),
        ("two years, five months", X),
        ("two years, four years", X),  # two lengths, not one
    ],
)
def test_a_length_of_time_in_parts_with_commas(typed: str, expected: Outcome) -> None:
    asked = "How long had he served?"
    quote = "He had served two years and four months of his sentence."
    assert graded("duration", "two years and four months", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("three to four weeks", "three or four weeks", C),  # the range, as one says it
        ("three to four weeks", "3 or 4 weeks", C),
        ("three or four weeks", "3 or 4 weeks", C),
        ("six to eight weeks", "six or eight weeks", X),  # two lengths offered
        ("three to four weeks", "three or five weeks", X),
        ("four weeks", "three or four weeks", X),  # no range in the article
    ],
)
def test_a_range_a_unit_wide_said_with_or(key: str, typed: str, expected: Outcome) -> None:
    asked = "How long will the repairs take?"
    quote = f"The repairs will take {key}."
    assert graded("duration", key, asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("six pounds eighty", P),  # hundredths spoken after the currency's word; no rate
        ("six pounds eighty a kilo", C),
        ("6 pounds 80 a kilo", C),
        ("6 pounds 80", P),  # its rate left off: half the fact
        ("six pounds ninety", X),
        ("six pounds", X),
    ],
)
def test_an_amount_spoken_in_units_and_hundredths(typed: str, expected: Outcome) -> None:
    asked = "What did the shop charge for honey?"
    quote = "The shop charged £6.80 a kilogram for honey."
    assert graded("money", "£6.80 a kilogram", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("EUR 42/arroba", C),  # a slash between a figure and a word: per
        ("€42/arroba", C),
        ("€42/kg", X),  # per another unit
        ("€42/day", X),  # per a time the article does not give
        ("€42/€48", X),  # a slash between figures still offers two
    ],
)
def test_a_slash_between_a_figure_and_a_word(typed: str, expected: Outcome) -> None:
    asked = "What price will growers ask?"
    quote = "Growers will ask a minimum price of €42 per arroba."
    assert graded("money", "€42 per arroba", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9,000 litres per second", C),  # another unit of the same flow, exactly
        ("9000 litres a second", C),
        ("9,000 litres per minute", X),  # per another unit of time
        ("8,000 litres per second", X),
    ],
)
def test_a_unit_per_a_unit_of_time_is_one_unit(typed: str, expected: Outcome) -> None:
    asked = "How much water will the pipeline deliver?"
    quote = "The pipeline will deliver 9 cubic metres per second."
    key = "9 cubic metres per second"
    assert graded("number", key, asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("€1.4 million ($1.6 million)", C),  # the article's own pair, the asked one in it
        ("$1.6 million (€1.4 million)", C),
        ("$1.6 million", C),
        ("€1.4 million", X),  # not in the currency asked
        ("€1.5 million ($1.6 million)", X),  # not the article's conversion
    ],
)
def test_the_articles_conversion_written_before_the_key(typed: str, expected: Outcome) -> None:
    asked = "How much, in US dollars, will the extra sessions cost?"
    quote = "The extra sessions will cost €1.4 million ($1.6 million)."
    assert graded("money", "$1.6 million", asked, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("womens double sculls, mens pair", C),  # the possessives without apostrophes
        ("women's double sculls, men's pair", C),
        ("womens double sculls, womens pair", X),
    ],
)
def test_a_possessive_without_its_apostrophe(typed: str, expected: Outcome) -> None:
    quote = "Croatia won the women's double sculls and the men's pair"
    key = ("women's double sculls", "men's pair")
    assert graded("list", key, "Which events did Croatia win?", quote, typed) is expected
