"""From the blind judging of held-out group 323's claims (140a #6): a temporary thing swapped
for an `immediate` or a `partial` one reads as no kind of thing at all."""

from __future__ import annotations

from newsquiz.claims.perturb import related_words


def test_a_temporary_thing_becomes_only_a_permanent_one() -> None:
    assert related_words("a place at a temporary market") == ["a place at a permanent market"]
    assert related_words("a permanent ban") == ["a temporary ban"]


def test_an_immediate_ceasefire_keeps_every_kind() -> None:
    assert related_words("an immediate ceasefire") == [
        "a temporary ceasefire",
        "a partial ceasefire",
        "a permanent ceasefire",
    ]
