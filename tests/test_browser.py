"""Real-browser tests: JupyterLab in headless Debian Chromium, driven by Playwright.

Opens tests/notebooks/browser_widgets.ipynb, runs all cells, types a headline into the workbench and
clicks words in the spot-the-spin picker, and saves screenshots to tests/artifacts/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from browser import ARTIFACTS, chromium, jupyter_lab, require_browser, run_all_cells

pytestmark = [pytest.mark.browser, pytest.mark.slow]
NOTEBOOK = Path(__file__).resolve().parent / "notebooks" / "browser_widgets.ipynb"


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    require_browser()
    root = tmp_path_factory.mktemp("lab")
    shutil.copy(NOTEBOOK, root / NOTEBOOK.name)
    with jupyter_lab(root) as (base, token):
        yield f"{base}/lab/tree/{NOTEBOOK.name}?token={token}"


def test_workbench_and_picker_in_jupyterlab(lab):
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(exist_ok=True)
    with chromium(1280, 720) as page:
        run_all_cells(page, lab)
        box = page.locator(".kit-workbench-input input").first
        expect(box).to_be_visible(timeout=90_000)
        gauge = page.locator(".kit-workbench-gauge").first
        flags = page.locator(".kit-workbench-flags").first
        before = gauge.inner_text()
        box.click()
        box.type("Rutte vows unshakable support as peace talks collapse", delay=20)
        expect(box).to_have_value("Rutte vows unshakable support as peace talks collapse", timeout=30_000)
        expect(flags).to_contain_text("Sounds surer", timeout=60_000)
        expect(gauge).not_to_have_text(before, timeout=30_000)
        box.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "workbench.png"))

        words = page.locator(".kit-picker-word")
        expect(words.first).to_be_visible(timeout=30_000)
        words.filter(has_text="unshakable").first.click()
        page.locator(".kit-picker-check").first.click()
        feedback = page.locator(".kit-picker-feedback").first
        expect(feedback).to_contain_text("unshakable", timeout=60_000)
        feedback.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "picker.png"))


def test_classroom_display_in_voila():
    require_browser()
    from playwright.sync_api import expect

    from browser import voila

    notebook = Path(__file__).resolve().parent.parent / "classroom" / "workbench.ipynb"
    ARTIFACTS.mkdir(exist_ok=True)
    with voila(notebook) as url, chromium(1280, 720) as page:
        page.goto(url, timeout=90_000)
        box = page.locator(".kit-workbench-input input").first
        expect(box).to_be_visible(timeout=90_000)
        box.click()
        box.type("Experts say Rutte slams peace talks", delay=20)
        flags = page.locator(".kit-workbench-flags").first
        expect(flags).to_contain_text("Experts say", timeout=20_000)
        expect(page.locator(".kit-workbench-terms").first).to_contain_text("talks", timeout=20_000)
        page.screenshot(path=str(ARTIFACTS / "voila_workbench.png"))


LESSONS = sorted(p.stem for p in (Path(__file__).resolve().parent.parent / "lessons").glob("*.ipynb"))


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_runs_in_jupyterlab(tmp_path, name):
    """A student opens the lesson and runs all cells: no traceback, every cell ran, widgets are there."""
    require_browser()
    from browser import wait_until_executed

    root = Path(__file__).resolve().parent.parent / "lessons"
    shutil.copy(root / f"{name}.ipynb", tmp_path / f"{name}.ipynb")
    ARTIFACTS.mkdir(exist_ok=True)
    with jupyter_lab(tmp_path) as (base, token), chromium(1280, 720) as page:
        run_all_cells(page, f"{base}/lab/tree/{name}.ipynb?token={token}")
        wait_until_executed(page)
        page.wait_for_timeout(1500)
        text = page.locator(".jp-Notebook").first.inner_text()
        assert "Traceback" not in text and "Error" not in page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts().__str__()
        assert page.locator(".widget-vbox, .jp-OutputArea-output img").count() > 0
        page.set_viewport_size({"width": 1280, "height": 720})
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
