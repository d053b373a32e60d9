"""A player's name from the command line never carries control characters to a terminal."""

from __future__ import annotations

from newsquiz.commands.names import MAX_NAME, player_name
from newsquiz.facts.text import printable


def test_escape_sequences_are_taken_out_of_a_name() -> None:
    assert player_name("\x1b]0;pwned\x07Ana") == "]0;pwnedAna"
    assert "\x1b" not in player_name("\x1b[2JBo")
    assert player_name("  Ana \u202e  ") == "Ana"
    assert len(player_name("x" * 500)) == MAX_NAME


def test_printable_keeps_every_printable_character() -> None:
    text = "Zoë Ñúñez 山田 — [bold]not markup[/]"
    assert printable(text) == text


def test_a_group_label_is_cleaned_like_a_name() -> None:
    import argparse

    from newsquiz.commands import drill, serve

    for command in (drill, serve):
        parser = argparse.ArgumentParser()
        command.add_arguments(parser)
        args = parser.parse_args(["pack", "--group", "\x1b]0;owned\x07 9b " + "x" * 5000])
        assert "\x1b" not in args.group and len(args.group) <= 40
