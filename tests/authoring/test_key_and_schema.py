from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from tests.authoring.conftest import RunCli
from tests.conftest import SEED_PACK

from newsquiz.authoring.schema import pack_schema


class _Yaml12Loader(yaml.SafeLoader):
    """YAML as an editor's language server reads it: dates stay text (YAML 1.2 core)."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _document(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Yaml12Loader)


def test_seed_pack_validates_against_the_schema(cli: RunCli) -> None:
    ran = cli("schema")
    assert ran.status == 0
    schema = json.loads(ran.out)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(_document(SEED_PACK / "pack.yaml"))


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["questions"][0].update(anwser="x"), ["questions", 0]),
        (lambda d: d["questions"][0].pop("cite"), ["questions", 0]),
        (lambda d: d["questions"][0].update(kind="sentence"), ["questions", 0, "kind"]),
        (lambda d: d.update(id="Not A Slug"), ["id"]),
        (lambda d: d.update(format="newsquiz/2"), ["format"]),
        (lambda d: d.update(questions=[]), ["questions"]),
    ],
)
def test_schema_rejects_what_the_loader_rejects(change: Any, path: list[Any]) -> None:
    document = _document(SEED_PACK / "pack.yaml")
    change(document)
    errors = list(jsonschema.Draft202012Validator(pack_schema()).iter_errors(document))
    assert errors and any(list(e.absolute_path) == path for e in errors)


def test_schema_output_file(tmp_path: Path, cli: RunCli) -> None:
    target = tmp_path / "newsquiz-1.schema.json"
    assert cli("schema", "-o", target).status == 0
    assert json.loads(target.read_text())["$id"] == pack_schema()["$id"]


def test_key_lists_answers_alternatives_and_citations(cli: RunCli) -> None:
    ran = cli("key", "austin-shoigu-call")
    assert ran.status == 0
    assert "How long did the call between Austin and Shoigu last?" in ran.out
    assert "Answer: about an hour" in ran.out
    assert "Also accepted: " in ran.out and "60 minutes" in ran.out
    assert "Line 2: “The call lasted about an hour”" in ran.out


def test_key_as_markdown(cli: RunCli) -> None:
    ran = cli("key", "austin-shoigu-call", "--markdown")
    assert ran.status == 0
    assert ran.out.startswith("# Answer key: ")
    assert "**How long did the call between Austin and Shoigu last?**" in ran.out
    assert "    - Answer: **about an hour**" in ran.out
    assert "    - Line 2: “The call lasted about an hour”" in ran.out


@pytest.mark.parametrize("form", [[], ["--markdown"]])
def test_the_key_carries_the_articles_credit(cli: RunCli, form: list[str]) -> None:
    ran = cli("key", "nasa-shuttle-retirement-homes", *form)
    assert ran.status == 0
    assert "Article credit:" in ran.out and "licensed CC BY 2.5" in ran.out


def test_every_bundled_pack_validates_against_the_schema() -> None:
    from newsquiz.library import bundled_dir

    validator = jsonschema.Draft202012Validator(pack_schema())
    for folder in sorted(bundled_dir().iterdir()):
        if (folder / "pack.yaml").is_file():
            validator.validate(_document(folder / "pack.yaml"))
