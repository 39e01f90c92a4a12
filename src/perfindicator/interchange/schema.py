"""A JSON Schema (draft 2020-12) for serialised projects, for systems outside Python."""

from __future__ import annotations

from typing import Any

from perfindicator.model.categories import Level2
from perfindicator.model.kinds import FormKind, Period, StandardBasis
from perfindicator.model.targets import Direction

__all__ = ["json_schema"]

# ASCII digits, written out: in Python's `re` (which `jsonschema` uses) `\d` also matches
# other scripts' digits, such as "١٢٣", which perfindicator refuses.
_AMOUNT = {"type": ["string", "null"], "pattern": r"^[0-9]+(\.[0-9]+)?$"}
_DATE = {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_TEXT = {"type": "string", "pattern": r"^(\S(.*\S)?)?$"}


def _enum(members: type[Any], *, null: bool = False) -> dict[str, Any]:
    return {"enum": [member.value for member in members] + ([None] if null else [])}


def _object(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of a `Project` as `to_json` writes it.

    The schema checks the document's shape: keys, types, enum labels, number and date
    formats. What only the library can check (that a target string reads as a target, that
    an end date is not before the start) `from_json` checks.

    Examples:
        >>> json_schema()["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
    """
    funding = _object(
        dict.fromkeys(
            (
                "total",
                "fiscal",
                "other",
                "annual_request",
                "appropriation",
                "carryover",
                "annual_other",
            ),
            _AMOUNT,
        )
        | {"in_yuan": {"type": "boolean"}},
        [],
    )
    labelled = {
        "type": "array",
        "items": _object({"label": _TEXT, "text": _TEXT}, ["label", "text"]),
    }
    goals = _object(
        {
            "overall": _TEXT,
            "annual": _TEXT,
            "period": {
                "type": ["array", "null"],
                "prefixItems": [{"type": "integer"}, {"type": "integer"}],
                "minItems": 2,
                "maxItems": 2,
            },
        },
        [],
    )
    indicator = _object(
        {
            "level2": {"enum": [member.value for member in Level2]},
            "name": {**_TEXT, "minLength": 1},
            "target": {
                "type": ["string", "null"],
                "minLength": 1,
                "description": "the canonical target expression, e.g. >=95%; null for an empty cell",
            },
            "explanation": _TEXT,
            "basis": _enum(StandardBasis, null=True),
            "weight": _AMOUNT,
            "direction": _enum(Direction, null=True),
            "period": _enum(Period),
        },
        ["level2", "name", "target"],
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://perfindicator.invalid/schema/project.json",
        "title": "perfindicator Project (财政项目支出绩效目标申报表)",
        "description": "Amounts in yuan as decimal strings; dates as ISO strings.",
        **_object(
            {
                "name": {**_TEXT, "minLength": 1},
                "year": {"type": "integer", "minimum": 1, "maximum": 9999},
                "category": _TEXT,
                "department": _TEXT,
                "implementing_unit": _TEXT,
                "start": {**_DATE, "type": ["string", "null"]},
                "end": {**_DATE, "type": ["string", "null"]},
                "funding": funding,
                "goals": goals,
                "indicators": {"type": "array", "items": indicator},
                "kind": _enum(FormKind),
                "details": labelled,
                "unclaimed": labelled,
                "empty_rows": {"type": "integer", "minimum": 0},
            },
            ["name", "year"],
        ),
    }
