"""Remembered settings: read back as written, a damaged file ignored, a failed write said."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsquiz.settings import Settings, load_settings, save_settings, settings_path


def test_settings_come_back_as_saved(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "settings.json"
    chosen = Settings(player="Zoë", group="9b", mode="open", theme="nord")
    assert save_settings(chosen, path) == ""
    assert load_settings(path).settings == chosen
    assert load_settings(path).note == ""


def test_no_file_is_a_first_run_with_nothing_to_say(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "none.json")
    assert loaded.settings == Settings() and loaded.note == ""


def test_the_tests_never_read_the_players_own_settings() -> None:
    assert os.environ["NEWSQUIZ_CONFIG"]
    assert settings_path() == Path(os.environ["NEWSQUIZ_CONFIG"])


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b"{" + b" " * 70_000 + b"}"],
    ids=["broken JSON", "not UTF-8", "not an object", "far too long"],
)
def test_a_damaged_file_is_ignored_with_one_line_saying_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.note.startswith("Settings ignored:") and str(path) in loaded.note
    assert "\n" not in loaded.note


def test_a_hostile_name_is_kept_as_plain_text_and_odd_values_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        '{"player": "\\u001b[31mAna [bold]' + "x" * 60 + '", "mode": 3, "theme": ["x"], "extra": 1}'
    )
    settings = load_settings(path).settings
    assert settings.player.startswith("[31mAna [bold]") and len(settings.player) == 40
    assert "\x1b" not in settings.player
    assert (settings.mode, settings.theme, settings.group) == ("", "", "")


def test_a_file_that_cannot_be_written_is_said_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    note = save_settings(Settings(player="Ana"), blocker / "settings.json")
    assert note.startswith("Settings not saved") and "\n" not in note
    assert list(tmp_path.iterdir()) == [blocker]  # nothing half-written left behind


def test_an_unreadable_file_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "settings.json"
    folder.mkdir()  # reading a folder fails as a file that cannot be read would
    loaded = load_settings(folder)
    assert loaded.settings == Settings() and loaded.note.startswith("Settings not read")
