"""Time `kit grade` on 200 submissions of exercise 01 (copies of the instructor answers, some blanked).

Prints the median seconds of 3 runs on its last line (read by bench/run.py).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kit.grading import grade  # noqa: E402


def main() -> None:
    source = nbformat.read(ROOT / "exercises" / "source" / "01_quotes_and_framing.ipynb", as_version=4)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "submitted"
        folder.mkdir()
        for n in range(200):
            nbformat.write(source, folder / f"student{n:03d}.ipynb")
        times = []
        for run in range(3):
            start = time.perf_counter()
            grade(ROOT / "exercises" / "01_quotes_and_framing.ipynb", folder, out=Path(tmp) / f"gradebook{run}.csv")
            times.append(time.perf_counter() - start)
    print(statistics.median(times))


if __name__ == "__main__":
    main()
