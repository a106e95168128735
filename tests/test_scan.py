"""The keyword-window scans find exactly what a plain whole-text scan finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kit
from kit import registry
from kit.scan import finditer_near

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [kit.load_article(path).text for path in SEEDS]


@pytest.mark.parametrize("name", sorted(registry._NEAR_SCANS))
def test_near_scans_match_plain_scans_on_every_seed(name: str, texts: list[str]) -> None:
    pattern, keywords, _, _ = registry._NEAR_SCANS[name]
    found = 0
    for text in texts:
        plain = [m.span() for m in pattern.finditer(text)]
        near = [m.span() for m in registry._near(name, text, 0)]
        assert near == plain, name
        found += len(plain)
    assert found >= 1, f"{name} matches nothing in the seeds, so this test checks nothing"


def test_near_scan_keeps_word_boundaries_and_body_start() -> None:
    text = "Headline\nHis son, Tom was there. Mason's son, Ed."
    rx = re.compile(r"\b[Ss]on,\s+([A-Z]\w+)")
    assert [m.group(1) for m in finditer_near(rx, text, 9, ["son,"], 5, 20)] == ["Tom", "Ed"]
    assert list(finditer_near(rx, text, 9, ["daughter"], 5, 20)) == []
    assert [m.group(1) for m in finditer_near(rx, text, 30, ["son,"], 5, 20)] == ["Ed"]
