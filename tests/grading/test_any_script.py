"""Answers in any script: a name or a word written in Cyrillic, Greek, Devanagari, Arabic or
Chinese is graded on its letters, and Latin letters without a decomposition (ø, ł, ß, æ)
are forgiven as an English keyboard types them."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import grade


@pytest.mark.parametrize(
    ("key", "right", "wrong"),
    [
        ("Москва", "москва", "Киев"),
        ("Αθήνα", "Αθηνα", "Σπάρτη"),
        ("नमस्ते", "नमस्ते", "नमस्कार"),
        ("दिल्ली", "दिल्ली", "दाल"),  # the vowel signs are the word: not dropped
        ("القاهرة", "القاهرة", "الرياض"),
        ("北京", "北京", "上海"),
    ],
)
def test_a_key_in_another_script(key: str, right: str, wrong: str) -> None:
    question = make_question("text", key)
    assert grade(question, right).correct
    assert not grade(question, wrong).correct
    assert grade(question, wrong).label != "No answer"


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("Søren Kierkegaard", "Soren Kierkegaard"),
        ("Łódź", "Lodz"),
        ("Straße", "strasse"),
        ("Novak Đoković", "Novak Djokovic"),
        ("Æthelred", "Aethelred"),
        ("Þór", "Thor"),
    ],
)
def test_latin_letters_without_accents_as_typed_on_an_english_keyboard(
    key: str, typed: str
) -> None:
    assert grade(make_question("person" if " " in key else "text", key), typed).correct


def test_arabic_pointing_is_optional_like_an_accent() -> None:
    assert grade(make_question("text", "مُحَمَّد"), "محمد").correct
