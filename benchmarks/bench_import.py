"""`import perfindicator` in a fresh interpreter, as a ratio to `import packaging.specifiers`.

Each side runs `python -c` in a new process that times its own import with the process's CPU
clock (`time.process_time`), so the interpreter's start-up counts for neither side. Figures of
`run_all.py` (issue #16): importing the package, and for information importing it and using
`parse_target` once (which loads the model and the grammar; the readers, the JSON converter and
the display layer load only when used).

    .venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable

_TIMED = "import time; start = time.process_time(); {code}; print(time.process_time() - start)"
REFERENCE = "import packaging.specifiers"

# Imports read compiled bytecode, as from an installed wheel: written once to a cache of this
# run's own (not the source tree), whatever PYTHONDONTWRITEBYTECODE says.
_ENVIRONMENT = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPYCACHEPREFIX": tempfile.mkdtemp(prefix="perfindicator-bench-"),
}


def import_seconds(code: str) -> Callable[[], float]:
    """A callable running `code` in a fresh interpreter and returning the CPU seconds it took."""
    command = [sys.executable, "-c", _TIMED.format(code=code)]

    def run() -> float:
        done = subprocess.run(command, capture_output=True, text=True, check=True, env=_ENVIRONMENT)
        return float(done.stdout)

    run()  # writes the bytecode
    return run


def import_package() -> tuple[Callable[[], float], Callable[[], float]]:
    """`import perfindicator`, and the reference."""
    return import_seconds("import perfindicator"), import_seconds(REFERENCE)


def import_and_parse() -> tuple[Callable[[], float], Callable[[], float]]:
    """`import perfindicator` and one `parse_target`, and the reference."""
    code = "import perfindicator; perfindicator.parse_target('>=95%')"
    return import_seconds(code), import_seconds(REFERENCE)


def main() -> None:
    for name, workload in (("import", import_package), ("import + parse", import_and_parse)):
        operation, reference = workload()
        ratios = [operation() / reference() for _ in range(21)]
        print(f"{name:<16} ratio {statistics.median(ratios):5.2f}")


if __name__ == "__main__":
    main()
