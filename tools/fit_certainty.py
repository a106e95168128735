"""Fit the certainty constants (kit/certainty.py) by least squares on the tune split of
tests/data/certainty_ratings.tsv, and report Pearson r on both splits.

Usage: python tools/fit_certainty.py
"""

from __future__ import annotations

import itertools
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kit.language import find_markers  # noqa: E402
from tools.eval_headlines import _rows, pearson  # noqa: E402


def features(sentence: str) -> tuple[float, float, bool]:
    markers = find_markers(sentence, kinds=("hedge", "booster"))
    h = sum(m.weight for m in markers if m.kind == "hedge")
    b = sum(m.weight for m in markers if m.kind == "booster")
    return b, h, sentence.rstrip().endswith("?")


def predict(params, feats) -> float:
    base, boost, hedge, question = params
    b, h, q = feats
    return 1 / (1 + math.exp(-(base + boost * b - hedge * (h + (question if q else 0)))))


def main() -> None:
    rows = _rows("certainty_ratings.tsv")
    tune = [(features(r["sentence"]), float(r["rating"])) for r in rows if r["split"] == "tune"]
    hold = [(features(r["sentence"]), float(r["rating"])) for r in rows if r["split"] == "holdout"]
    grid = itertools.product(
        [x / 20 for x in range(-10, 21)], [x / 20 for x in range(2, 31)], [x / 20 for x in range(2, 31)], [1.0, 1.5, 2.0, 3.0]
    )
    best = min(grid, key=lambda p: sum((predict(p, f) - y) ** 2 for f, y in tune))
    for name, data in (("tune", tune), ("holdout", hold)):
        r = pearson([predict(best, f) for f, _ in data], [y for _, y in data])
        print(f"{name}: Pearson r = {r:.3f} (n={len(data)})")
    print("BASE={}, BOOST={}, HEDGE={}, QUESTION={}".format(*best))


if __name__ == "__main__":
    main()
