"""The plain `repr` of the model's records (the HTML views are in `_views`)."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["compact"]


def compact(obj: Any) -> str:
    """An attrs instance's repr naming only the fields that differ from their defaults.

    Required fields are always shown. A form's optional details (an explanation, a weight, a
    period) are empty on most rows, and a repr that spelled them all out would bury the
    three fields that identify the row.
    """
    shown = []
    for field in attrs.fields(type(obj)):
        if not field.repr:
            continue
        value = getattr(obj, field.name)
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory() if not default.takes_self else attrs.NOTHING
        if default is attrs.NOTHING or value != default:
            shown.append(f"{field.name}={value!r}")
    return f"{type(obj).__name__}({', '.join(shown)})"
