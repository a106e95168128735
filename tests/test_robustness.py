"""Bad input never gives a traceback or a hang; the analysis works with the network blocked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from samples import HTML_PAGE, LONG_LINE, MANY_UNBALANCED, ONLY_MARKS


def kit_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kit", *args], capture_output=True, text=True, timeout=timeout)


CASES = {
    "empty": b"",
    "whitespace": b"  \n\n\t \n",
    "latin1": "“Café crème,” said Zoë Lind.".encode("cp1252"),
    "utf16_bom": "“Hi,” said Ann Lee.".encode("utf-16"),
    "html_page": HTML_PAGE.encode(),
    "only_marks": ONLY_MARKS.encode(),
    "unbalanced": MANY_UNBALANCED.encode(),
    "long_line": LONG_LINE.encode(),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_odd_files_give_a_normal_result(tmp_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(CASES[name])
    result = kit_cli("analyze", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    text_length = len(CASES[name].decode("utf-8", "replace"))
    for quote in data["quotes"]:
        assert 0 <= quote["start"] < quote["end"] <= text_length + 1


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "folder"),
        (lambda d: (d / "bin.dat").write_bytes(bytes(range(256)) * 50) and d / "bin.dat", "binary"),
    ],
)
def test_bad_paths_one_line_exit_2(tmp_path, make, message):
    path = make(tmp_path)
    for command in (["analyze", str(path)], ["headlines", str(path)]):
        result = kit_cli(*command)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert message in result.stderr and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr


def test_twenty_megabytes_refused_quickly(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (4 * 1024 * 1024))
    result = kit_cli("analyze", str(path), timeout=30)
    assert result.returncode == 2 and "too large" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file without read permission")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    result = kit_cli("analyze", str(path))
    assert result.returncode == 2 and "permission" in result.stderr


def test_headlines_cli(tmp_path):
    heads = tmp_path / "week.txt"
    heads.write_text("Rutte vows unshakable support\n\nYou won't believe what NATO did\nRutte says he is not always sure\n", encoding="utf-8")
    result = kit_cli("headlines", str(heads), "--article", "nato_rutte_peace_talks", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["Rutte vows unshakable support", "You won't believe what NATO did", "Rutte says he is not always sure"]
    assert all(0 <= r["fidelity"] <= 1 for r in rows)
    assert "clickbait" in {f["kind"] for f in rows[1]["flags"]}
    alone = [json.loads(line) for line in kit_cli("headlines", str(heads), "--json").stdout.splitlines()]
    assert all(r["fidelity"] is None and r["support"] is None and r["best_quote"] is None for r in alone)
    out = tmp_path / "week.csv"
    assert kit_cli("headlines", str(heads), "--csv", str(out), "--sort", "spin").returncode == 0
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("line,text,fidelity")


OFFLINE = textwrap.dedent(
    """
    import socket
    def refuse(*args, **kwargs):
        raise OSError("network disabled for this test")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    import nltk
    def no_download(*args, **kwargs):
        raise AssertionError("tried to download " + repr(args))
    nltk.download = no_download
    import json, kit
    analysis = kit.analyze(kit.load_article("nato_rutte_peace_talks"), headlines=["Rutte vows unshakable support"])
    data = analysis.to_dict(full=True)
    assert data["readability"]["article"]["flesch_reading_ease"] is not None
    assert data["headlines"][0]["flags"]
    print("offline ok")
    """
)


def test_whole_analysis_offline(tmp_path):
    env = dict(os.environ, NLTK_DATA=str(tmp_path / "nltk"), HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", OFFLINE], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "offline ok" in result.stdout


def test_a_lesson_runs_with_the_network_blocked(tmp_path, monkeypatch):
    """The kernel gets a sitecustomize that refuses every non-local connection, and an empty NLTK_DATA."""
    import nbformat
    from nbclient import NotebookClient
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    lesson = root / "lessons" / "08_readability.ipynb"
    offline = str(root / "tests" / "offline")
    monkeypatch.setenv("PYTHONPATH", offline + os.pathsep + os.environ.get("PYTHONPATH", ""))
    monkeypatch.setenv("NLTK_DATA", str(tmp_path / "nltk"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(lesson, as_version=4)
    probe = nbformat.v4.new_code_cell(
        "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), timeout=1)\n    raise SystemExit('network was reachable')\n"
        "except OSError as exc:\n    assert 'network disabled' in str(exc), exc"
    )
    nb.cells.insert(0, probe)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(lesson.parent)}}).execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
