"""`make html`: a notebook exports to a static page that carries its widget state."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.export_html import main  # noqa: E402

NOTEBOOK = Path(__file__).resolve().parent / "notebooks" / "browser_widgets.ipynb"


@pytest.mark.notebook
def test_export_keeps_widget_state(tmp_path):
    assert main([str(NOTEBOOK), "--out", str(tmp_path)]) == 0
    page = (tmp_path / "browser_widgets.html").read_text(encoding="utf-8")
    assert "application/vnd.jupyter.widget-state+json" in page
    assert "kit-workbench" in page or "Headline" in page
    assert (tmp_path / "index.html").exists()
