"""What `newsquiz serve` runs for each browser tab, and the address it tells the teacher."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.web.serving import ServeOptions, game_command, game_environment, share_address

PACK = Path(__file__).parent / "pack"


def test_every_tab_runs_the_same_drill_with_the_class_options() -> None:
    words = shlex.split(
        game_command(
            ServeOptions(str(PACK), count=5, seed=7, time_limit=20, group="9b", db="/tmp/c.db")
        )
    )
    assert words[:4] == [sys.executable, "-m", "newsquiz", "drill"]
    assert words[4] == str(PACK.resolve())  # any tab, any working folder
    options = dict(zip(words[5::2], words[6::2], strict=True))
    assert options == {
        "--count": "5",
        "--seed": "7",
        "--time": "20",
        "--group": "9b",
    }


def test_the_store_location_travels_in_the_environment_never_on_a_command_line() -> None:
    """A URL's password on a command line is shown by `ps` to every user."""
    options = ServeOptions(str(PACK), db="postgresql://quiz:s3cret@db.school/quiz")
    assert "s3cret" not in game_command(options)
    assert game_environment(options) == {"NEWSQUIZ_DB": "postgresql://quiz:s3cret@db.school/quiz"}
    assert game_environment(ServeOptions(str(PACK))) == {}


def test_a_group_label_with_spaces_or_quotes_stays_one_argument() -> None:
    words = shlex.split(game_command(ServeOptions(str(PACK), group="9b; rm -rf / 'x'")))
    assert words[words.index("--group") + 1] == "9b; rm -rf / 'x'"


def test_the_address_to_share_is_local_by_default() -> None:
    assert ServeOptions("p").host == "127.0.0.1"
    assert share_address(ServeOptions("p", port=8123)) == "http://127.0.0.1:8123"
    assert share_address(ServeOptions("p", public_url="https://quiz.school")) == (
        "https://quiz.school"
    )


def test_a_broken_pack_is_reported_before_anything_is_served(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pack.yaml").write_text("format: newsquiz/1\nid: Bad Id\n", encoding="utf-8")
    assert main(["serve", str(tmp_path), "--port", "1"]) == 1
    err = capsys.readouterr().err
    assert "pack.yaml:2:5: error:" in err and "Traceback" not in err


def test_a_pack_broken_after_serving_began_shows_the_student_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Under textual-serve a game that exits at once leaves the student an empty page.
    from newsquiz.tui.notice import CANNOT_START_IN_BROWSER, NoticeApp

    shown: list[str] = []
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    monkeypatch.setattr(NoticeApp, "run", lambda self: shown.append(self.message))
    broken = tmp_path / "pack.yaml"
    broken.write_text("format: newsquiz/1\nid: [\n", encoding="utf-8")
    assert main(["drill", str(broken), "--player", "ana"]) == 1
    assert shown == [CANNOT_START_IN_BROWSER]
    assert str(tmp_path) not in shown[0]


async def test_the_notice_says_what_to_do_and_closes() -> None:
    from newsquiz.tui.notice import CANNOT_START_IN_BROWSER, NoticeApp

    app = NoticeApp(CANNOT_START_IN_BROWSER)
    async with app.run_test(size=(80, 24)) as pilot:
        notice = app.query_one("#notice")
        assert "Tell your teacher" in str(notice.render())
        await pilot.press("enter")
    assert app.return_code == 0
