"""`st.from_type` draws every public type through the entry point alone (issue #17).

The types are found by walking the package, not listed here, so a new public attrs class or
enum without a registered strategy fails the test.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Found the way users find them: the names each public module exports.
_PUBLIC_TYPES = textwrap.dedent(
    """
    import enum, importlib, inspect, pkgutil, typing
    import attrs
    import perfindicator

    def public_types():
        named = [("perfindicator", name) for name in perfindicator.__all__]
        for info in pkgutil.walk_packages(perfindicator.__path__, "perfindicator."):
            if any(part.startswith("_") for part in info.name.split(".")):
                continue
            module = importlib.import_module(info.name)
            named += [(info.name, name) for name in getattr(module, "__all__", vars(module))]
        found = {}
        for module, name in named:
            cls = getattr(importlib.import_module(module), name)
            if not inspect.isclass(cls) or name.startswith("_"):
                continue
            if not cls.__module__.startswith("perfindicator."):
                continue
            exported = module == "perfindicator" and not (
                issubclass(cls, BaseException) or typing.is_typeddict(cls)
            )
            if attrs.has(cls) or issubclass(cls, enum.Enum) or exported:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
        return found
    """
)


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _PUBLIC_TYPES + textwrap.dedent(script)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_from_type_draws_every_public_type_in_a_fresh_interpreter() -> None:
    # Nothing is registered here: the entry point must do it, at Hypothesis' import.
    result = _run(
        """
        import enum, warnings
        warnings.simplefilter("error")
        from hypothesis import given, settings, strategies as st
        from perfindicator._hypothesis import STRATEGIES

        types = public_types()
        unregistered = sorted(
            path for path, cls in types.items()
            if path not in STRATEGIES and not issubclass(cls, enum.Enum)
        )
        assert not unregistered, f"no strategy registered for {unregistered}"

        drawn = set()

        @settings(max_examples=3, database=None, deadline=None)
        @given(st.data())
        def draw_each(data):
            for path, cls in types.items():
                value = data.draw(st.from_type(cls), label=path)
                assert isinstance(value, cls), (path, value)
                drawn.add(path)

        draw_each()
        assert drawn == set(types)
        print(len(types), "ok")
        """
    )
    assert result.stdout.strip().endswith(" ok"), result.stderr[-3000:]
    # Hand-counted floor: 50 attrs classes, Findings and 21 enums exported by the package,
    # besides the public modules' own (Cell, Grid, Label, Sheet, Rule, …).
    assert int(result.stdout.split()[0]) >= 72


def test_every_registered_strategy_names_a_public_type() -> None:
    # A registration left behind by a renamed class would fail only when drawn.
    result = _run(
        """
        from perfindicator import strategies
        from perfindicator._hypothesis import STRATEGIES

        types = public_types()
        stale = sorted(set(STRATEGIES) - set(types))
        missing = sorted(name for name in STRATEGIES.values() if name not in strategies.__all__)
        print(stale, missing)
        """
    )
    assert result.stdout.strip() == "[] []", result.stderr[-3000:]
