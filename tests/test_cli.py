"""The command line: summary, JSON, JSON Lines, HTML, and one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kit.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kit", *args], capture_output=True, text=True, timeout=60)


def test_summary(capsys):
    assert main(["analyze", "nato_rutte_peace_talks"]) == 0
    out = capsys.readouterr().out
    assert "7 quotes" in out and "Mark Rutte 7" in out


def test_json_one_object(capsys):
    assert main(["analyze", "nato_rutte_peace_talks", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "kit.analysis/1"
    assert data["headline"] is None
    assert len(data["quotes"]) == 7
    assert set(data["quotes"][0]) >= {"text", "start", "end", "speaker", "cue", "kind"}
    assert data["stats"]["words"] > data["stats"]["quoted_words"] > 0


def test_json_lines_in_order(tmp_path, capsys):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text('"One," said Ann Lee.', encoding="utf-8")
    b.write_text("No quotes here.", encoding="utf-8")
    assert main(["analyze", str(a), str(b), "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(a), str(b)]
    assert json.loads(lines[1])["quotes"] == []


def test_html_escapes_and_marks_speakers(tmp_path, capsys):
    src = tmp_path / "x.txt"
    src.write_text('"<script>alert(1)</script>," said Ann Lee. <img src=x onerror=alert(1)>', encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["analyze", str(src), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "Ann Lee" in page
    assert "kit-label" in page  # numbered labels, not colour alone


def test_empty_article_is_normal(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("")
    assert main(["analyze", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quotes"] == [] and data["stats"]["words"] == 0


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "folder"),
        (lambda d: _write(d / "bin.dat", bytes(range(256)) * 50), "binary"),
        (lambda d: _sparse(d / "huge.txt", 20 * 1024 * 1024), "too large"),
    ],
)
def test_errors_are_one_line_exit_2(tmp_path, make, message):
    path = make(tmp_path)
    result = run("analyze", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_python_dash_m_and_help():
    result = run("--help")
    assert result.returncode == 0 and "analyze" in result.stdout
    assert run().returncode == 2
    bad = run("analyze")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def _sparse(path, size: int):
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path
