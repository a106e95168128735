"""Every notebook in the repository is committed clean and executes top to bottom offline."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(
    p for folder in ("lessons", "exercises", "classroom", "tests/notebooks") for p in (ROOT / folder).rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)
SKIP_FILE = ROOT / "tests" / "notebooks_skip.txt"
SKIPPED = {
    line.split("#", 1)[0].strip(): line.split("#", 1)[1].strip() if "#" in line else "listed"
    for line in (SKIP_FILE.read_text(encoding="utf-8").splitlines() if SKIP_FILE.exists() else [])
    if line.split("#", 1)[0].strip()
}
IDS = [str(p.relative_to(ROOT)) for p in NOTEBOOKS]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        assert not cell.get("outputs"), f"{path.name}: a cell has stored outputs"
        assert cell.get("execution_count") is None, f"{path.name}: a cell has an execution count"
    assert nb.get("metadata", {}).get("kernelspec", {}).get("name") == "python3"


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_executes(path):
    rel = str(path.relative_to(ROOT))
    if rel in SKIPPED:
        pytest.skip(SKIPPED[rel])
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    env_backup = os.environ.get("MPLBACKEND")
    os.environ["MPLBACKEND"] = "Agg"
    try:
        NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    finally:
        if env_backup is None:
            os.environ.pop("MPLBACKEND", None)
        else:
            os.environ["MPLBACKEND"] = env_backup
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", f"{rel}: {output.get('ename')}: {output.get('evalue')}"
