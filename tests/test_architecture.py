"""The package's structure: its import graph has no cycle and every arrow points down a layer.

The graph is read from the source with `ast`, so imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import perfindicator

PACKAGE = Path(perfindicator.__file__).parent

# Each module's layer, from the bottom. A module may import its own layer's modules and
# those of lower layers, never a higher layer's.
LAYERS: dict[str, int] = {
    "errors": 0,
    "_lexicon": 0,
    "_exact": 0,
    "_repr": 0,
    "_views": 0,
    "_syntax": 1,
    "model": 2,
    "grammar": 3,
    "scoring": 4,
    "reports": 5,
    "documents": 6,
    "audits": 6,
    "interchange": 7,
    "display": 6,
    "io": 7,
    "frames": 7,
    "cli": 8,
    "batch": 8,
    "strategies": 8,
    "_hypothesis": 8,
    "__init__": 9,
    "__main__": 9,
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every perfindicator module `path` imports, at any depth of its code."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: str) -> set[str]:
    """Every perfindicator module that `source`, a module of `package`, imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("perfindicator"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                # `from . import x` in package a.b is a.b.x; each further dot goes up one.
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            if not base.startswith("perfindicator"):
                continue
            for alias in node.names:
                # `from perfindicator.model import _validators` imports a module.
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in MODULES else base)
    return {name for name in found if name in MODULES}


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def layer(module: str) -> int:
    parts = module.split(".")
    key = parts[1] if len(parts) > 1 else "__init__"
    return LAYERS[key]


def graph() -> dict[str, set[str]]:
    return {name: imports(path) - {name} for name, path in MODULES.items()}


def test_every_module_has_a_layer() -> None:
    for name in MODULES:
        assert isinstance(layer(name), int), name


def upward(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The imports that point to a higher layer."""
    return sorted(
        (module, target)
        for module, targets in edges.items()
        for target in targets
        if layer(target) > layer(module)
    )


def find_cycle(edges: dict[str, set[str]]) -> list[str]:
    """A cycle of the graph as a list of modules, first repeated last; `[]` if none."""
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str]:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt] if nxt in path else [*path, nxt]
            if nxt not in state:
                found = visit(nxt, [*path, nxt])
                if found:
                    return found
        state[node] = 2
        return []

    for start in sorted(edges):
        if start not in state:
            found = visit(start, [start])
            if found:
                return found
    return []


def test_no_import_points_up_a_layer() -> None:
    assert upward(graph()) == []


# Layers side by side that must not lean on each other: a document layout does not depend on
# how JSON or a table looks, and so on.
SIBLINGS = ("documents", "display")


def test_sibling_layers_do_not_import_each_other() -> None:
    def package(module: str) -> str:
        parts = module.split(".")
        return parts[1] if len(parts) > 1 else ""

    crossing = sorted(
        (module, target)
        for module, targets in graph().items()
        for target in targets
        if package(module) in SIBLINGS
        and package(target) in SIBLINGS
        and package(module) != package(target)
    )
    assert crossing == []


def test_the_import_graph_has_no_cycle() -> None:
    edges = graph()
    # Importing a submodule runs its package's __init__ first: count that arrow too, unless
    # the __init__ is what imports the submodule (re-exporting its own modules).
    for name in list(edges):
        parent = name.rpartition(".")[0]
        if parent in MODULES and parent != "perfindicator" and name not in edges[parent]:
            edges[name] = edges[name] | {parent}
    assert find_cycle(edges) == []


def test_the_checks_can_fail() -> None:
    model, grammar = "perfindicator.model.targets", "perfindicator.grammar.parse"
    assert upward({model: {grammar}, grammar: {model}}) == [(model, grammar)]
    assert find_cycle({model: {grammar}, grammar: {model}}) == [grammar, model, grammar]
    assert find_cycle({model: set(), grammar: {model}}) == []


def test_function_level_and_relative_imports_count() -> None:
    source = "def f():\n    from perfindicator.grammar.parse import parse_target\n"
    assert imports_in(source, "perfindicator.model") == {"perfindicator.grammar.parse"}
    assert imports_in("from . import _validators\n", "perfindicator.model") == {
        "perfindicator.model._validators"
    }
