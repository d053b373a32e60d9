"""A number in brackets that converts the value beside it (`12 kilometres (7.5 miles)`,
`KSh 1.3 billion (about $10 million)`) is the same fact in other units: never asked on
its own, never left beside a blank where it gives the answer away, and never left in a
false claim that it contradicts."""

from __future__ import annotations

import re

from newsquiz.authoring.draft import Candidate, draft_candidates

_ARTICLE = [
    "Harbour towns open a longer ferry route",
    "The new ferry route runs 12 kilometres (7.5 miles) along the fjord to Holmvik.",
    "The district council approved KSh 1.3 billion (about $10 million) for new pipes in March.",
    "A sailing boat worth $3,000 (about €2,700) was stolen from the marina on May 4, 2024.",
    "The lighthouse keeper measured waves of 6.5 metres (21 feet) during the storm of 2019.",
    "Engineers lowered the quay by half a metre (1.6 feet) and added 40 new moorings.",
    "The thermometer on the pier showed 31 °C (88 °F) at noon, and 19 °C (66 °F) at dusk.",
    "The pilot boat travelled about 300 miles (480 km) to reach the fishing grounds in 2022.",
]
# The conversions in brackets, and the value each converts.
_CONVERTED = {
    "7.5": "12",
    "$10 million": "1.3 billion",
    "€2,700": "$3,000",
    "21": "6.5",
    "1.6": "",
    "480": "300",
    "88": "31",
    "66": "19",
}


def _draft() -> list[Candidate]:
    return draft_candidates(_ARTICLE)


def _brackets_with_a_number(text: str) -> list[str]:
    return re.findall(r"\([^()]*\d[^()]*\)", text)


def test_a_conversion_is_never_asked_as_a_fact_of_its_own() -> None:
    answers = {c.answer_text for c in _draft() if c.kind != "claim"}
    assert not answers & set(_CONVERTED), answers


def test_the_blank_of_the_main_value_loses_its_conversion() -> None:
    drafted = {c.answer_text: c for c in _draft() if c.kind != "claim"}
    for main in ("12", "KSh 1.3 billion", "$3,000", "6.5", "300"):
        assert main in drafted, sorted(drafted)
        question = drafted[main].question
        assert "____" in question
        assert not _brackets_with_a_number(question), question
    # the sentence itself is cited as the article writes it
    assert "(7.5 miles)" in drafted["12"].cite


def test_a_false_claim_keeps_no_conversion_of_its_changed_value() -> None:
    claims = [c for c in _draft() if c.kind == "claim" and c.answer == "false"]
    assert claims
    for claim in claims:
        for converted, main in _CONVERTED.items():
            if f"({converted}" in claim.question or f"(about {converted}" in claim.question:
                assert main and main in claim.question, claim.question


def test_many_converted_sentences_draft_no_conversion_anywhere() -> None:
    paragraphs = ["Glacier survey finds thinning ice"]
    for n in range(2, 14):
        paragraphs.append(
            f"At site {n}, the ice front retreated {n * 37} metres ({n * 121:,} feet) "
            f"between 2014 and 2020."
        )
    drafted = draft_candidates(paragraphs)
    converted = {f"{n * 121:,}" for n in range(2, 14)}
    assert not {c.answer_text for c in drafted} & converted
    for candidate in drafted:
        if candidate.answer_text.endswith(("metres", "7")) or candidate.answer == "false":
            assert "feet)" not in candidate.question, candidate.question


def test_a_currency_is_read_as_a_whole_word() -> None:
    """`14.2 billion krónur`: the currency after the figure is the whole word, never the
    `kr` it begins with (which left `____ónur` in the question)."""
    drafted = draft_candidates(
        [
            "Mackerel deal signed",
            "Last year's Icelandic mackerel catch was worth 14.2 billion krónur ($103 "
            "million), according to Statistics Iceland.",
        ]
    )
    asked = [c for c in drafted if c.kind == "money"]
    assert [c.answer_text for c in asked] == ["14.2 billion krónur"], drafted
    assert "ónur" not in asked[0].question
