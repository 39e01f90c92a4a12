"""The grammar at the edge of the public API: targets given as text, dates given as text."""

from __future__ import annotations

import datetime
import re

from perfindicator.errors import FieldTypeError, TargetSyntaxError
from perfindicator.grammar.parse import parse_target
from perfindicator.model.targets import TARGET_TYPES, Deadline, Target

__all__ = ["as_target", "read_date", "read_iso_date"]

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
        return value
    if isinstance(value, str):
        return parse_target(value)
    raise FieldTypeError(owner, field, value, "must be a target or its text, e.g. '>=95%'")


def read_iso_date(text: str) -> datetime.date | None:
    """Read a calendar date written `YYYY-MM-DD` in ASCII digits; `None` for anything else.

    Examples:
        >>> read_iso_date("2022-12-31"), read_iso_date("20221231"), read_iso_date("2022-02-30")
        (datetime.date(2022, 12, 31), None, None)
    """
    if _ISO_DATE.fullmatch(text) is None:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def read_date(text: str) -> datetime.date | None:
    """Read an actual date: `2022-11-30`, or a dated deadline spelling such as `2022年11月30日`.

    Returns `None` for text that is not a date.
    """
    iso = read_iso_date(text.strip())
    if iso is not None:
        return iso
    try:
        written = parse_target(text)
    except TargetSyntaxError:
        return None
    if isinstance(written, Deadline) and written.year is not None:
        return written.resolve()
    return None
