"""The Dask recipe (`examples/batch_on_dask.py`) gives the tables of the process pool.

A folder of every kind of form in several formats, and one bad file, is processed on a
local cluster of two worker processes by the recipe's function, and by its script (which
starts a cluster of its own, of one worker here: the two cores of a small machine are
already the test's cluster's); both must write, byte for byte, the tables that
`perfindicator.batch.run(folder, jobs=2)` writes.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from distributed import Client, LocalCluster

from perfindicator import batch
from perfindicator.batch import FileResult

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "examples/forms/templates"
RECIPE = ROOT / "examples/batch_on_dask.py"

LAYOUT = {
    "declarations/tianjin_hebei_2023.xlsx": TEMPLATES / "tianjin_hebei_2023.xlsx",
    "declarations/anhui_huaibei_2025.pdf": TEMPLATES / "anhui_huaibei_2025.pdf",
    "declarations/chongqing_rongchang_2022.docx": TEMPLATES / "chongqing_rongchang_2022.docx",
    "reports/ningxia_yuanzhou_selfeval_2022.html": TEMPLATES
    / "ningxia_yuanzhou_selfeval_2022.html",
    "reports/anhui_chizhou_2022.pdf": TEMPLATES / "anhui_chizhou_2022.pdf",
    "reports/hubei_huanggang_2020.xls": TEMPLATES / "hubei_huanggang_2020.xls",
    "monitoring/hubei_huangshi_2019.csv": TEMPLATES / "hubei_huangshi_2019.csv",
    # Three declarations in one text, with actual values beside them (their stem): lines.
    "shanghai-justice-2022.txt": ROOT / "examples/forms/shanghai-justice-2022.txt",
    "shanghai-justice-2022.json": ROOT / "examples/actuals-illustrative.json",
}
BAD = "bad/corrupt.xlsx"  # a zip header and nothing of a workbook
# Every form file (the JSON is none), in the order of their names, as the batch sorts them.
SOURCES = [
    BAD,
    "declarations/anhui_huaibei_2025.pdf",
    "declarations/chongqing_rongchang_2022.docx",
    "declarations/tianjin_hebei_2023.xlsx",
    "monitoring/hubei_huangshi_2019.csv",
    "reports/anhui_chizhou_2022.pdf",
    "reports/hubei_huanggang_2020.xls",
    "reports/ningxia_yuanzhou_selfeval_2022.html",
    "shanghai-justice-2022.txt",
]


def load_recipe() -> ModuleType:
    """The example as a module: examples/ is no package, so it is loaded from its file."""
    spec = importlib.util.spec_from_file_location("batch_on_dask", RECIPE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("forms")
    for name, origin in LAYOUT.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(origin, root / name)
    (root / BAD).parent.mkdir()
    (root / BAD).write_bytes(b"PK\x03\x04 and nothing of a workbook")
    return root


@pytest.fixture(scope="module")
def pooled(folder: Path) -> list[FileResult]:
    return list(batch.run(folder, jobs=2))


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # Worker processes, as a cluster has; they start in about two seconds here.
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def written(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_the_pool_reads_every_file_and_reports_the_bad_one(pooled: list[FileResult]) -> None:
    # What the Dask results are compared with must hold something: a project row for each
    # form (three for the Shanghai text), the bad file in errors and nowhere else.
    assert [result.path for result in pooled] == SOURCES
    tables = batch.tables(pooled)
    projects = [row["source"] for row in tables["projects"]]
    assert projects == [*SOURCES[1:-1], *[SOURCES[-1]] * 3]
    assert {row["source"] for row in tables["errors"]} == {BAD}
    assert all(tables[kind] for kind in batch.KINDS if kind != "errors")


def test_the_recipe_on_a_local_cluster_gives_the_pools_tables(
    client: Client, folder: Path, pooled: list[FileResult], tmp_path: Path
) -> None:
    results = load_recipe().run_on_dask(client, folder, partitions=4)
    assert results == pooled
    dask_tables = written(batch.write(results, tmp_path / "dask")["errors"].parent)
    pool_tables = written(batch.write(pooled, tmp_path / "pool")["errors"].parent)
    assert list(dask_tables) == [f"{kind}.csv" for kind in sorted(batch.KINDS)]
    assert dask_tables == pool_tables


def test_the_recipe_passes_on_a_bad_actuals_file_as_run_does(
    client: Client, folder: Path, tmp_path: Path
) -> None:
    actuals = tmp_path / "actuals.json"
    actuals.write_text('{"projects": []}', encoding="utf-8")
    form = folder / "declarations/tianjin_hebei_2023.xlsx"
    results = load_recipe().run_on_dask(client, [form], actuals=actuals)
    # The actuals file's problem first, as its own result; the form read without it.
    assert [result.path for result in results] == [str(actuals), str(form)]
    assert results == list(batch.run([form], actuals=actuals))


def test_the_script_writes_the_pools_tables_and_exits_1_for_the_bad_file(
    folder: Path, pooled: list[FileResult], tmp_path: Path
) -> None:
    out = tmp_path / "script"
    done = subprocess.run(
        [sys.executable, str(RECIPE), str(folder), "--out", str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("9 files read, 1 with errors")
    assert written(out) == written(batch.write(pooled, tmp_path / "pool")["errors"].parent)
