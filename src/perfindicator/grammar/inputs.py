"""The grammar at the edge of the public API: targets given as text, dates given as text."""

from __future__ import annotations

import datetime
import re

from perfindicator.errors import FieldTypeError, TargetSyntaxError
from perfindicator.grammar.parse import parse_target
from perfindicator.model.targets import TARGET_TYPES, Deadline, Target

__all__ = ["as_target", "read_date"]

# Only the calendar date of the JSON Schema: `date.fromisoformat` also takes `20221231` and
# week dates (`2022-W52-5`), which would turn an 8-digit actual value into a date.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def as_target(value: object, owner: str, field: str) -> Target:
    """Return a target given as a `Target` or as its text; refuse anything else.

    Raises:
        TargetSyntaxError: the text does not read as a target.
        FieldTypeError: `value` is neither, naming `owner` and `field`.
    """
    if isinstance(value, TARGET_TYPES):
        return value  # type: ignore[return-value]
    if isinstance(value, str):
        return parse_target(value)
    raise FieldTypeError(owner, field, value, "must be a target or its text, e.g. '>=95%'")


def read_date(text: str) -> datetime.date | None:
    """Read an actual date: `2022-11-30`, or a dated deadline spelling such as `2022年11月30日`.

    Returns `None` for text that is not a date.
    """
    stripped = text.strip()
    if _ISO_DATE.fullmatch(stripped):
        try:
            return datetime.date.fromisoformat(stripped)
        except ValueError:
            return None
    try:
        written = parse_target(text)
    except TargetSyntaxError:
        return None
    if isinstance(written, Deadline) and written.year is not None:
        return written.resolve()
    return None
