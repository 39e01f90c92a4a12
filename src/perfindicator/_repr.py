"""Rich display hooks: how Jupyter shows a model object or a report, supplied from the edge.

The model and the reports define `_repr_html_`, which Jupyter calls, but how a table looks is
the display layer's business and the display layer sits above them. So the classes look the
renderer up here, and the package wires the display layer's renderers in when it is imported:
the import arrows keep pointing down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["compact", "html", "register_html"]

_HTML: dict[type, Callable[[Any], str]] = {}


def register_html(cls: type, render: Callable[[Any], str]) -> None:
    """Make `render(obj)` the HTML of every instance of `cls`."""
    _HTML[cls] = render


def html(obj: object) -> str:
    """Return the HTML of `obj` from the renderer registered for its class."""
    return _HTML[type(obj)](obj)


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
