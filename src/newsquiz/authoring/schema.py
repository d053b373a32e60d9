"""A JSON Schema (draft 2020-12) of the pack format, for editors and tools.

It describes what the loader accepts; the loader stays the authority (it
also checks that quotes are in the article and answers grade correctly).
Scalars may be numbers or booleans as well as text, because YAML editors
read `answer: 84` or `answer: true` that way; newsquiz reads them as written.
"""

from __future__ import annotations

import json
from typing import Any

from newsquiz.pack.model import FORMAT, Kind

SCHEMA_ID = "https://newsquiz.invalid/schema/newsquiz-1.json"
SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$"


def _scalar(description: str) -> dict[str, Any]:
    return {"type": ["string", "number", "boolean"], "description": description}


def _answer(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "anyOf": [
            {"type": ["string", "number", "boolean"]},
            {"type": "array", "items": {"type": ["string", "number", "boolean"]}, "minItems": 1},
        ],
    }


def _answers(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "anyOf": [
            {"type": ["string", "number", "boolean"]},
            {"type": "array", "items": {"$ref": "#/$defs/answer"}},
        ],
    }


def _accepted(description: str) -> dict[str, Any]:
    """`accept`: answers, each maybe worth part of the marks (`{answer: Cat, score: 0.5}`)."""
    scored = {
        "type": "object",
        "description": "An answer worth part of the marks.",
        "required": ["answer", "score"],
        "additionalProperties": False,
        "properties": {
            "answer": {"$ref": "#/$defs/answer"},
            "score": {
                "type": ["number", "string"],
                "exclusiveMinimum": 0,
                "exclusiveMaximum": 1,
                "description": "The share of the marks it earns: more than 0, less than 1.",
            },
        },
    }
    return {
        "description": description,
        "anyOf": [
            {"type": ["string", "number", "boolean"]},
            scored,
            {"type": "array", "items": {"anyOf": [{"$ref": "#/$defs/answer"}, scored]}},
        ],
    }


def pack_schema() -> dict[str, Any]:
    question = {
        "type": "object",
        "description": "One question about the article.",
        "required": ["id", "question", "answer", "cite"],
        "additionalProperties": False,
        "properties": {
            "id": {
                "type": "string",
                "pattern": SLUG_PATTERN,
                "description": "Unique within the pack: lowercase letters, digits and hyphens.",
            },
            "question": {"type": "string", "minLength": 1, "description": "What the player reads."},
            "answer": {"$ref": "#/$defs/answer"},
            "accept": _accepted(
                "Other answers graded correct; `{answer, score}` for one worth part of the marks."
            ),
            "reject": _answers("Answers that must be graded wrong even if they look close."),
            "kind": {
                "enum": [k.value for k in Kind],
                "description": "How the answer is graded; inferred from the answer when left out.",
            },
            "choices": {
                "type": "array",
                "items": {"type": ["string", "number", "boolean"]},
                "minItems": 2,
                "maxItems": 26,
                "description": "For `kind: choice`: the options, the answer among them.",
            },
            "cite": {
                "description": "Verbatim quote(s) from the article that prove the answer.",
                "anyOf": [
                    {"type": "string", "minLength": 1},
                    {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
                ],
            },
            "explain": {"type": "string", "description": "Shown after the player answers."},
            "tolerance": {
                "type": ["number", "string"],
                "description": "For numbers: how far off an answer may be and still count.",
            },
            "claim": {"type": "string", "description": "The statement a claim question tests."},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsquiz pack",
        "description": f"A newsquiz pack ({FORMAT}): an article and cited questions about it.",
        "type": "object",
        "required": ["format", "id", "title", "article", "questions"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT, "description": "The format version."},
            "id": {
                "type": "string",
                "pattern": SLUG_PATTERN,
                "description": "The pack's id: lowercase letters, digits and hyphens.",
            },
            "title": {"type": "string", "minLength": 1},
            "description": {"type": "string"},
            "article": {
                "description": "The article file (next to pack.yaml) and where it was published.",
                "anyOf": [
                    {"type": "string", "minLength": 1},
                    {
                        "type": "object",
                        "required": ["file"],
                        "additionalProperties": False,
                        "properties": {
                            "file": {"type": "string", "minLength": 1},
                            "outlet": _scalar("Who published it."),
                            "url": {"type": "string"},
                            "published": {
                                "type": "string",
                                "format": "date",
                                "pattern": r"^\d{4}-\d{2}-\d{2}$",
                                "description": "ISO date, like 2022-05-13.",
                            },
                            "license": _scalar("The article's licence, e.g. CC BY 2.5."),
                            "credit": _scalar(
                                "The attribution its licence asks for; shown with the article."
                            ),
                        },
                    },
                ],
            },
            "questions": {
                "type": "array",
                "minItems": 1,
                "items": {"$ref": "#/$defs/question"},
            },
        },
        "$defs": {
            "question": question,
            "answer": _answer("The answer as a player would type it; a list for `kind: list`."),
        },
    }


def schema_json() -> str:
    return json.dumps(pack_schema(), indent=2, ensure_ascii=False) + "\n"
