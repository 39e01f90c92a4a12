"""`import perfindicator` loads nothing but the package: each public name loads on first use.

The names are listed twice in `perfindicator/__init__.py`: imports under `TYPE_CHECKING` for
type checkers and the API reference, and `_SOURCES` for the lookup at run time. These tests
keep the two, and `__all__`, the same, and check in fresh interpreters what an import loads.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import perfindicator

INIT = Path(perfindicator.__file__)


def _fresh(code: str) -> object:
    """Run `code` in a fresh interpreter and return the JSON it prints."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(done.stdout)


def _type_checking_imports() -> dict[str, tuple[str, ...]]:
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    (block,) = [
        node
        for node in tree.body
        if isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    ]
    found: dict[str, tuple[str, ...]] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom)
        assert node.module is not None
        found[node.module] = found.get(node.module, ()) + tuple(a.name for a in node.names)
    return found


def test_the_lookup_table_says_what_the_type_checking_imports_say() -> None:
    assert _type_checking_imports() == perfindicator._SOURCES


def test_all_is_every_name_of_the_lookup_table_once() -> None:
    names = [name for names in perfindicator._SOURCES.values() for name in names]
    assert len(names) == len(set(names))
    assert sorted(perfindicator.__all__) == sorted(names)


@pytest.mark.parametrize("name", perfindicator.__all__)
def test_each_name_is_the_object_its_module_defines(name: str) -> None:
    module = sys.modules.get(perfindicator._MODULE_OF[name]) or __import__(
        perfindicator._MODULE_OF[name], fromlist=[name]
    )
    assert getattr(perfindicator, name) is getattr(module, name)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'parse_targets'"):
        getattr(perfindicator, "parse_targets")  # noqa: B009
    assert not hasattr(perfindicator, "Specifier")


def test_dir_lists_every_public_name() -> None:
    assert set(perfindicator.__all__) <= set(dir(perfindicator))


_LOADED = (
    "import sys, json{imports}; print(json.dumps(sorted(m for m in sys.modules "
    "if m.startswith(('perfindicator', 'attr', 'cattrs', 'hypothesis')))))"
)


def test_importing_the_package_loads_no_module_of_it() -> None:
    assert _fresh(_LOADED.format(imports=", perfindicator")) == [
        "perfindicator",
        "perfindicator._views",
    ]


def test_parsing_a_target_loads_neither_readers_nor_converter_nor_display() -> None:
    loaded = _fresh(_LOADED.format(imports=", perfindicator; perfindicator.parse_target('>=95%')"))
    assert isinstance(loaded, list)
    assert "perfindicator.grammar.parse" in loaded
    assert "cattrs" not in loaded
    assert not [
        m
        for m in loaded
        if m.startswith(
            ("perfindicator.documents", "perfindicator.interchange", "perfindicator.display")
        )
    ]


def test_the_first_jupyter_view_loads_the_display_layer() -> None:
    # Nothing here imports perfindicator.display: `_repr_html_` must find the view anyway.
    code = (
        "import json, sys; from perfindicator import Findings; "
        "before = 'perfindicator.display.html' in sys.modules; "
        "html = Findings()._repr_html_(); "
        "print(json.dumps([before, html]))"
    )
    loaded = _fresh(code)
    assert isinstance(loaded, list)
    before, html = loaded
    assert before is False
    assert html.startswith("<table><caption>0 findings</caption>")


def test_each_public_module_loads_when_named() -> None:
    names = sorted(
        p.stem if p.suffix == ".py" else p.name
        for p in INIT.parent.iterdir()
        if not p.name.startswith("_") and (p.suffix == ".py" or (p / "__init__.py").exists())
    )
    assert names == sorted(perfindicator._SUBPACKAGES)
    found = _fresh(
        "import json, perfindicator; "
        f"print(json.dumps([getattr(perfindicator, n).__name__ for n in {names!r}]))"
    )
    assert found == [f"perfindicator.{name}" for name in names]


def test_help_and_hasattr_work_without_the_optional_extras() -> None:
    # `strategies` needs Hypothesis: without it the package's attribute is missing, with the
    # advice in the AttributeError, and help() and inspect skip it.
    code = (
        "import json, sys; sys.modules['hypothesis'] = None; "
        "import inspect, pydoc, perfindicator; "
        "text = pydoc.render_doc(perfindicator); inspect.getmembers(perfindicator)\n"
        "try:\n perfindicator.strategies\nexcept AttributeError as error:\n message = str(error)\n"
        "print(json.dumps([hasattr(perfindicator, 'strategies'), 'parse_target' in text, message]))"
    )
    loaded = _fresh(code)
    assert isinstance(loaded, list)
    has, documented, message = loaded
    assert has is False
    assert documented is True
    assert message.startswith("module 'perfindicator' has no attribute 'strategies': ")
    assert "Hypothesis" in message


def test_dir_lists_no_name_of_the_package_machinery() -> None:
    assert not {"importlib", "functools", "TYPE_CHECKING", "annotations"} & set(dir(perfindicator))


def test_views_shown_at_once_by_many_threads_all_render() -> None:
    code = (
        "import json, threading; from perfindicator import Findings\n"
        "found = []\n"
        "def show():\n"
        "    try:\n        found.append(Findings()._repr_html_()[:7])\n"
        "    except Exception as error:\n        found.append(type(error).__name__)\n"
        "threads = [threading.Thread(target=show) for _ in range(8)]\n"
        "for t in threads: t.start()\n"
        "for t in threads: t.join()\n"
        "print(json.dumps(found))"
    )
    assert _fresh(code) == ["<table>"] * 8


def test_a_view_whose_first_load_failed_loads_at_the_next() -> None:
    code = (
        "import json; import perfindicator._views as views; from perfindicator import Findings\n"
        "real = views._LOADERS.pop(); calls = []\n"
        "def interrupted():\n"
        "    calls.append(1)\n"
        "    if len(calls) == 1: raise RuntimeError('interrupted')\n"
        "    return real()\n"
        "views.load_with(interrupted)\n"
        "try:\n    Findings()._repr_html_()\nexcept RuntimeError:\n    pass\n"
        "html = Findings()._repr_html_()\n"
        "print(json.dumps([len(calls), html[:7]]))"
    )
    assert _fresh(code) == [2, "<table>"]


@pytest.mark.parametrize(
    "context",
    [
        "c.prec = 3; c.Emin = -5\nfor signal in list(c.traps): c.traps[signal] = False",
        "c.prec = 2; c.traps[decimal.Rounded] = True",
    ],
)
def test_modules_loaded_under_an_odd_decimal_context_compute_as_under_the_default(
    context: str,
) -> None:
    # 90% of a 95% target earns 90/95 of 10 points: 9.4736… rounds half up to 9.47. A tenth
    # of a third to 10 places is 0.3333333333, whatever context was in force on first use;
    # the scheme presets (sums of weights) load under it too.
    code = (
        "import decimal, json, perfindicator\n"
        f"c = decimal.getcontext(); {context}\n"
        "scored = perfindicator.score('>=95%', '90%', 10)\n"
        "perfindicator.ScoringScheme\n"
        "from perfindicator.reports.scheme import PRESETS as presets\n"
        "decimal.setcontext(decimal.Context())\n"
        "from perfindicator._exact import quotient\n"
        "third = quotient(decimal.Decimal(1), decimal.Decimal(3), 10)\n"
        "print(json.dumps([str(scored), str(third), len(presets)]))"
    )
    assert _fresh(code) == ["9.47", "0.3333333333", 6]
