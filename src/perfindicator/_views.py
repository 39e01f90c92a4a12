"""Jupyter views: the HTML of a model object or a report, supplied from the edge on first use.

The model and the reports define `_repr_html_`, which Jupyter calls, but how a table looks is
the display layer's business and the display layer sits above them. So the classes look the
renderer up here, and the display layer registers its renderers when it is imported: the
import arrows keep pointing down. The package names the module to import (`load_with`), so
the display layer loads with the first view rather than with the package.

This module imports next to nothing: the package imports it on `import perfindicator`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

__all__ = ["html", "load_with", "register_html"]

_HTML: dict[type, Callable[[Any], str]] = {}
_LOADERS: list[Callable[[], object]] = []
# Held while a loader runs: the views of a notebook's threads all wait for the one import.
_LOADING = threading.Lock()


def register_html(cls: type, render: Callable[[Any], str]) -> None:
    """Make `render(obj)` the HTML of every instance of `cls`."""
    _HTML[cls] = render


def load_with(loader: Callable[[], object]) -> None:
    """Call `loader` the first time a view is not yet registered: it registers them."""
    _LOADERS.append(loader)


def html(obj: object) -> str:
    """Return the HTML of `obj` from the renderer registered for its class."""
    render = _HTML.get(type(obj))
    if render is None:
        with _LOADING:
            while (render := _HTML.get(type(obj))) is None and _LOADERS:
                _LOADERS[-1]()
                # Dropped once it has run without an error: a failed import (interrupted,
                # say) is tried again by the next view.
                _LOADERS.pop()
    if render is None:
        raise LookupError(f"no HTML view is registered for {type(obj).__name__}")
    return render(obj)
