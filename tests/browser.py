"""Helpers for real-browser tests: JupyterLab on a free localhost port, driven by Playwright in Debian's Chromium.

Never downloads a browser: it uses /usr/bin/chromium (installed by .ci/run with apt). When Chromium or
Playwright is missing locally the tests skip with the reason; in CI (CI=true) a missing Chromium fails.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


def require_browser() -> None:
    """Skip (locally) or fail (in CI) when the browser stack is missing."""
    reasons = []
    if not Path(CHROMIUM).exists():
        reasons.append(f"{CHROMIUM} not found (install Debian's chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reasons.append("Python playwright not installed")
    if reasons:
        if os.environ.get("CI"):
            pytest.fail("browser tests must run in CI: " + "; ".join(reasons))
        pytest.skip("; ".join(reasons))


def stop(proc: subprocess.Popen) -> None:
    """Stop a server started in its own session, and everything it started."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def jupyter_lab(root: Path) -> Iterator[tuple[str, str]]:
    """Start JupyterLab serving ``root``; yield (base_url, token); stop it afterwards."""
    port, token = free_port(), secrets.token_hex(16)
    settings = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True, exist_ok=True)
    overrides = settings / "overrides.json"
    try:
        current = json.loads(overrides.read_text()) if overrides.exists() else {}
    except ValueError:
        current = {}
    # no news pop-up over the screenshots; render every cell (no windowing) so tests see the whole notebook
    current.setdefault("@jupyterlab/apputils-extension:notification", {"fetchNews": "false", "checkForUpdates": False})
    current.setdefault("@jupyterlab/notebook-extension:tracker", {"windowingMode": "none"})
    overrides.write_text(json.dumps(current))
    env = dict(os.environ, JUPYTER_CONFIG_DIR=tempfile.mkdtemp(), JUPYTER_RUNTIME_DIR=tempfile.mkdtemp())
    cmd = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.token={token}", "--ServerApp.port_retries=0", "--allow-root", f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=", "--ServerApp.disable_check_xsrf=False",
    ]
    log = tempfile.NamedTemporaryFile(prefix="jupyterlab-", suffix=".log", delete=False)
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            if proc.poll() is not None:
                raise RuntimeError("JupyterLab exited: " + Path(log.name).read_text()[-2000:])
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError("JupyterLab did not start in 60 s")
        yield base, token
    finally:
        stop(proc)


@contextmanager
def chromium(width: int = 1280, height: int = 720):
    """A headless Chromium page (Playwright), with a fresh profile; closed afterwards."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="kit-chromium-")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, viewport={"width": width, "height": height}
        )
        try:
            yield context.pages[0] if context.pages else context.new_page()
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


def run_all_cells(page, url: str, timeout: float = 120_000) -> None:
    """Open a notebook in JupyterLab and run all its cells."""
    page.goto(url)
    page.wait_for_selector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', timeout=timeout)
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=timeout)
    prompts = page.locator(".jp-CodeCell .jp-InputPrompt")
    for _attempt in range(4):
        # the first launch in a fresh environment can swallow the command while the kernel connects: retry
        page.locator(".jp-Notebook").first.click(position={"x": 5, "y": 5})
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        deadline = time.time() + 20
        while time.time() < deadline:
            if any(p.strip() not in ("[ ]:", "[ ]", "") for p in prompts.all_inner_texts()):
                return
            time.sleep(0.5)
    raise AssertionError("Run All Cells did not start the notebook")


def wait_until_executed(page, timeout: float = 120_000) -> None:
    """Wait until no code cell is still waiting ([*]) or unrun ([ ])."""
    deadline = time.time() + timeout / 1000
    while time.time() < deadline:
        prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()
        if prompts and not any("*" in p or p.strip() in ("[ ]:", "[ ]") for p in prompts):
            return
        time.sleep(0.5)
    raise AssertionError("cells did not finish running: " + ", ".join(page.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()))


@contextmanager
def voila(notebook: Path) -> Iterator[str]:
    """Serve one notebook with Voila on a free port; yield its URL; stop it afterwards."""
    port = free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=tempfile.mkdtemp(), JUPYTER_RUNTIME_DIR=tempfile.mkdtemp())
    cmd = [sys.executable, "-m", "voila", str(notebook), f"--port={port}", "--no-browser", "--Voila.ip=127.0.0.1"]
    log = tempfile.NamedTemporaryFile(prefix="voila-", suffix=".log", delete=False)
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True, cwd=str(notebook.parent))
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            if proc.poll() is not None:
                raise RuntimeError("Voila exited: " + Path(log.name).read_text()[-2000:])
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.3)
        else:
            raise RuntimeError("Voila did not start in 60 s")
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(proc)
