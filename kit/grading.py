"""Grade a class's exercise notebooks in one command, without running student code.

``kit grade ASSIGNMENT SUBMISSIONS [--out gradebook.csv] [--feedback DIR]
[--canvas canvas.csv] [--overrides overrides.csv] [--execute [--timeout SECONDS]]`` (see :func:`grade_command`).

Exercise notebook format
------------------------
An exercise is written once, as the *instructor notebook*
``exercises/source/NAME.ipynb``; ``tools/make_student_versions.py`` generates the
*student notebook* ``exercises/NAME.ipynb`` and the keyfile
``exercises/keys/NAME.json`` from it.

* Cell metadata is nbgrader-compatible (``schema_version`` 3). An answer cell has
  ``metadata.nbgrader = {"grade_id": "q1", "points": 1, "solution": true,
  "grade": true, "locked": false, "schema_version": 3}`` and the tag
  ``"solution"``; instruction and setup cells have ``"solution": false,
  "grade": false, "locked": true``.
* An instructor answer cell holds one assignment of a literal between nbgrader's
  markers::

      ### BEGIN SOLUTION
      answer_q3 = ["bold", "slams"]
      ### END SOLUTION

  and ``metadata.kit`` describes the question: ``type`` (``choice``,
  ``words``, ``number``, ``open``), ``hint``, ``right`` (feedback for a right
  answer), and per type ``options`` (how many), ``feedback`` (option number ->
  feedback on that wrong option), ``tolerance``, ``rubric``. The notebook's
  ``metadata.kit`` names the ``exercise`` and the ``article`` it is about.
* The student notebook replaces each solution with ``answer_q3 = None  # your
  answer here``, drops ``metadata.kit`` from answer cells, and clears outputs.
  After each answer cell a locked cell calls ``check("q3", answer_q3, ...)``
  (:func:`kit.exercises.check`), which compares salted hashes from the keyfile.

Grading reads answers statically: the answer cell is found by
``metadata.nbgrader.grade_id`` (or, if the metadata was deleted, by an
``answer_qN = ...`` assignment in any code cell); the cell is parsed with
:func:`ast.parse` and only the assigned value is read, with
:func:`ast.literal_eval`. Without ``--execute`` student code is never run.

Running the notebooks (``--execute``)
-------------------------------------
``kit grade ... --execute [--timeout SECONDS]`` (``grade(..., execute=True,
timeout=60)``) additionally checks that each readable submission *runs*: every
notebook is executed top to bottom with nbclient and the ``python3`` kernel in a
separate process, at most two at once. Each run gets a fresh temporary copy of the
notebook as its working directory, with ``HOME`` pointing there, so relative file
writes (``open("out.txt", "w")``) land in that copy, which is deleted afterwards, and
not in the class folder. A run that takes longer than the time limit (60 s by
default, kernel start included) is stopped by killing its whole process group and
the kernel's. An exception in a cell, a timeout or a dead kernel is reported in that
student's status and reason (``execution failed: NameError in cell 4``, ``execution
timed out after 60 s``; cells are counted from 1, markdown included) and the batch
goes on. Scores still come only from the static reading of the answer cells:
execution never changes points.

This is **not a sandbox**. Student code runs with the instructor's user rights: it
can read and change any file the instructor can (outside its working directory
too), use the network, start processes that escape the time limit by leaving the
process group, and read the environment. Use ``--execute`` only on trusted
submissions or inside a throwaway container or VM.

>>> _literal_assignment("import os; os.remove('x')\\nanswer_q1 = [1, 'two']", "answer_q1")
[1, 'two']
"""

from __future__ import annotations

import argparse
import ast
import csv
import html
import io
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Iterable, Sequence

from .exercises import KEY_SCHEMA, hash_answer, load_keys, normalize_answer, score_answer

__all__ = [
    "GradingError",
    "StudentGrade",
    "GradeResult",
    "build_keys",
    "grade",
    "grade_command",
    "read_notebook",
    "find_answers",
    "student_version",
]

MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024
MAX_ZIP_BYTES = 200 * 1024 * 1024
MAX_ZIP_FILES = 5000
EXECUTE_TIMEOUT = 60
EXECUTE_WORKERS = 2
_ROOT = Path(__file__).resolve().parent.parent
_BEGIN, _END = "### BEGIN SOLUTION", "### END SOLUTION"
_STUB = "{name} = None  # your answer here"


class GradingError(Exception):
    """A problem with the grading run itself (not one student's file): one line for the teacher."""


class SubmissionProblem(Exception):
    """One student's file cannot be graded; ``status`` is short, ``reason`` says why."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


# ---------------------------------------------------------------------------
# Reading notebooks and answers (static: nothing is executed)


def read_notebook(path: Path) -> tuple[dict[str, Any], str]:
    """Read a notebook as plain data (nbformat 4; version 3 is converted).

    Returns ``(notebook, note)``; raises :class:`SubmissionProblem` for a corrupt,
    too large or unreadable file.
    """
    try:
        size = path.stat().st_size
        if size > MAX_NOTEBOOK_BYTES:
            raise SubmissionProblem("too large", f"{path.name} is {size // 1024 // 1024} MB (the limit is 20 MB)")
        raw = path.read_bytes()
    except OSError as exc:
        raise SubmissionProblem("unreadable file", f"cannot read {path.name}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
        data = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        detail = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise SubmissionProblem("corrupt notebook", f"{path.name} is not valid notebook JSON{detail}") from None
    if not isinstance(data, dict):
        raise SubmissionProblem("corrupt notebook", f"{path.name} is JSON but not a notebook")
    version = data.get("nbformat")
    if version == 4 and isinstance(data.get("cells"), list):
        return data, ""
    if version == 3:
        try:
            import nbformat

            converted = nbformat.reads(text, as_version=4)
            return json.loads(nbformat.writes(converted)), "converted from nbformat 3"
        except Exception:
            raise SubmissionProblem("old nbformat", f"{path.name} uses nbformat 3 and cannot be read") from None
    if isinstance(version, int) and version < 3:
        raise SubmissionProblem("old nbformat", f"{path.name} uses nbformat {version}, which cannot be read; re-save it in Jupyter")
    raise SubmissionProblem("corrupt notebook", f"{path.name} has no readable cells (nbformat {version!r})")


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    if isinstance(source, list):
        return "".join(str(s) for s in source)
    return str(source)


def _strip_magics(source: str) -> str:
    lines = []
    for line in source.split("\n"):
        stripped = line.lstrip()
        lines.append("" if stripped.startswith(("%", "!")) or stripped.endswith("?") else line)
    return "\n".join(lines)


class _NotLiteral(Exception):
    pass


def _literal_assignment(source: str, name: str) -> Any:
    """The value of the last top-level ``name = <literal>`` in ``source`` (never executed).

    Raises ``LookupError`` if there is no such assignment, :class:`_NotLiteral` if
    the value is code rather than a literal, ``SyntaxError`` if it cannot be parsed.
    """
    source = _strip_magics(source)
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        tree = None
    if tree is None:
        # broken code elsewhere in the cell: parse from the assignment line on, as far as it parses
        lines = source.split("\n")
        starts = [i for i, line in enumerate(lines) if re.match(rf"\s*{re.escape(name)}\s*(:[^=]*)?=(?!=)", line)]
        if not starts:
            raise LookupError(name)
        for end in range(len(lines), starts[-1], -1):
            try:
                tree = ast.parse("\n".join(line.strip() if i == starts[-1] else line for i, line in enumerate(lines[starts[-1]:end], starts[-1])))
                break
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                continue
        if tree is None:
            raise SyntaxError(f"cannot parse the line that sets {name}")
    found = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            found = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name and node.value:
            found = node.value
    if found is None:
        raise LookupError(name)
    try:
        return ast.literal_eval(found)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        raise _NotLiteral(ast.get_source_segment(source, found) or "code") from None


@dataclass
class Answer:
    """One question's answer as read from a notebook."""

    value: Any = None
    problem: str = ""  # "", "missing answer cell", "duplicate answer cell", "not a literal", "syntax error"
    note: str = ""


def find_answers(notebook: dict[str, Any], questions: Iterable[str]) -> dict[str, Answer]:
    """Read each question's answer statically from a notebook (as plain data).

    >>> nb = {"cells": [{"cell_type": "code", "metadata": {"nbgrader": {"grade_id": "q1"}}, "source": "answer_q1 = 2"}]}
    >>> find_answers(nb, ["q1", "q2"])["q1"].value, find_answers(nb, ["q1", "q2"])["q2"].problem
    (2, 'missing answer cell')
    """
    cells = [c for c in notebook.get("cells", []) if isinstance(c, dict) and c.get("cell_type") == "code"]
    by_id: dict[str, list[str]] = {}
    for cell in cells:
        meta = cell.get("metadata")
        nbg = meta.get("nbgrader") if isinstance(meta, dict) else None
        gid = nbg.get("grade_id") if isinstance(nbg, dict) else None
        if isinstance(gid, str):
            by_id.setdefault(gid, []).append(_source(cell))
    answers: dict[str, Answer] = {}
    for qid in questions:
        name = f"answer_{qid}"
        sources = by_id.get(qid, [])
        note = ""
        if len(sources) > 1:
            note = f"{len(sources)} answer cells for {qid}; graded the last one"
        if not sources:
            pattern = re.compile(rf"^\s*{re.escape(name)}\s*(:[^=\n]*)?=(?!=)", re.MULTILINE)
            sources = [s for s in (_source(c) for c in cells) if pattern.search(s)]
            if not sources:
                answers[qid] = Answer(problem="missing answer cell", note=f"no answer cell for {qid}")
                continue
            note = note or "metadata missing"
        try:
            value = _literal_assignment(sources[-1], name)
        except LookupError:
            answers[qid] = Answer(problem="missing answer cell", note=f"the {qid} answer cell does not set {name}")
            continue
        except _NotLiteral as exc:
            code = " ".join(str(exc).split())[:60]
            answers[qid] = Answer(problem="not a literal", note=f"{qid}: {name} is computed ({code}); type the value itself")
            continue
        except SyntaxError:
            answers[qid] = Answer(problem="syntax error", note=f"{qid}: the answer cell has a syntax error")
            continue
        problem = "duplicate answer cell" if len(by_id.get(qid, [])) > 1 else ""
        answers[qid] = Answer(value, problem, note)
    return answers


# ---------------------------------------------------------------------------
# Instructor notebook -> keys and student version


def _solution_value(source: str, qid: str) -> Any:
    match = re.search(re.escape(_BEGIN) + r"(.*?)" + re.escape(_END), source, flags=re.DOTALL)
    return _literal_assignment(match.group(1) if match else source, f"answer_{qid}")


def _answer_cells(notebook: dict[str, Any]) -> list[dict[str, Any]]:
    cells = []
    for cell in notebook.get("cells", []):
        nbg = cell.get("metadata", {}).get("nbgrader", {})
        if cell.get("cell_type") == "code" and nbg.get("solution") and nbg.get("grade"):
            cells.append(cell)
    return cells


def build_keys(notebook: dict[str, Any], salt: str) -> dict[str, Any]:
    """Build the keyfile data (hashes, hints, rubric) from an instructor notebook.

    The exercise name and article come from the notebook's ``metadata.kit``.
    """
    meta = notebook.get("metadata", {}).get("kit", {})
    questions: dict[str, Any] = {}
    for cell in _answer_cells(notebook):
        nbg = cell["metadata"]["nbgrader"]
        qid = nbg["grade_id"]
        spec = dict(cell["metadata"].get("kit", {}))
        kind = spec.get("type")
        value = _solution_value(_source(cell), qid)
        out: dict[str, Any] = {"type": kind, "points": nbg.get("points", 1), "title": spec.get("title", qid)}
        for key in ("hint", "right"):
            if spec.get(key):
                out[key] = spec[key]

        def h(text: str) -> str:
            return hash_answer(salt, qid, text)

        if kind == "choice":
            out["options"] = int(spec["options"])
            right = value if isinstance(value, (list, tuple)) else [value]
            out["hashes"] = sorted(h(str(int(v))) for v in right)
            out["feedback"] = {h(str(int(k))): v for k, v in sorted(spec.get("feedback", {}).items())}
        elif kind == "number":
            tol = int(spec.get("tolerance", 0))
            out["hashes"] = sorted(h(str(round(value) + d)) for d in range(-tol, tol + 1))
        elif kind == "words":
            out["hashes"] = sorted({h(normalize_answer(w)) for w in value})
        elif kind == "open":
            out["rubric"] = spec["rubric"]
        else:
            raise GradingError(f"question {qid}: unknown type {kind!r} in the instructor notebook")
        questions[qid] = out
    return {
        "schema": KEY_SCHEMA,
        "exercise": meta.get("exercise", ""),
        "article": meta.get("article", ""),
        "salt": salt,
        "questions": questions,
    }


def student_version(notebook: dict[str, Any]) -> dict[str, Any]:
    """The student notebook: solutions replaced by stubs, ``metadata.kit`` dropped from answer cells, outputs cleared."""
    nb = json.loads(json.dumps(notebook))
    for cell in nb.get("cells", []):
        meta = cell.setdefault("metadata", {})
        nbg = meta.get("nbgrader", {})
        if cell.get("cell_type") == "code":
            cell["outputs"], cell["execution_count"] = [], None
        if cell.get("cell_type") == "code" and (nbg.get("solution") or "solution" in meta.get("tags", [])):
            meta.pop("kit", None)
            source = _source(cell)
            qid = nbg.get("grade_id", "")
            stub = _STUB.format(name=f"answer_{qid}")
            pattern = re.escape(_BEGIN) + r".*?" + re.escape(_END)
            source = re.sub(pattern, lambda _: stub, source, flags=re.DOTALL)
            cell["source"] = source
    return nb


def _has_solutions(notebook: dict[str, Any]) -> bool:
    return any(_BEGIN in _source(c) for c in _answer_cells(notebook))


def load_assignment(assignment: str) -> dict[str, Any]:
    """Keys for an exercise name, a student notebook (its keyfile) or an instructor notebook (built on the fly)."""
    path = Path(assignment)
    if path.suffix == ".ipynb":
        if not path.is_file():
            raise GradingError(f"no such notebook: {assignment}")
        try:
            notebook, _ = read_notebook(path)
        except SubmissionProblem as exc:
            raise GradingError(f"cannot read the assignment: {exc.reason}") from None
        if _has_solutions(notebook):
            keys = build_keys(notebook, salt="instructor")
            keys["exercise"] = keys["exercise"] or path.stem
            return keys
        for folder in (path.parent / "keys", path.parent.parent / "keys"):
            if (folder / f"{path.stem}.json").is_file():
                return load_keys(folder / f"{path.stem}.json")
        raise GradingError(f"no answer key for {path.name}: expected keys/{path.stem}.json next to it")
    if path.suffix == ".json" and path.is_file():
        try:
            return load_keys(path)
        except ValueError as exc:
            raise GradingError(str(exc)) from None
    try:
        return load_keys(assignment)
    except ValueError as exc:
        raise GradingError(str(exc)) from None


# ---------------------------------------------------------------------------
# Finding submissions (folder, nbgrader layout, zip)


@dataclass
class Submission:
    student: str
    path: Path | None = None
    status: str = ""
    reason: str = ""
    notes: list[str] = field(default_factory=list)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith((".", "__MACOSX")) for part in path.relative_to(root).parts)


def safe_extract(archive: Path, target: Path) -> list[str]:
    """Extract a zip into ``target``, skipping absolute paths, ``..`` and links.

    Refuses (``GradingError``) more than 5,000 files or 200 MB in total; the size is
    counted while writing, so a lying header does not help. Returns the skipped names.
    """
    skipped: list[str] = []
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise GradingError(f"{archive} is not a readable zip file ({exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_FILES:
            raise GradingError(f"{archive} has {len(infos)} entries (the limit is {MAX_ZIP_FILES})")
        if sum(i.file_size for i in infos) > MAX_ZIP_BYTES:
            raise GradingError(f"{archive} unpacks to more than 200 MB")
        root = target.resolve()
        written = 0
        for info in infos:
            name = info.filename.replace("\\", "/")
            parts = PurePosixPath(name).parts
            mode = (info.external_attr >> 16) & 0o170000
            if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in parts or mode == 0o120000:
                skipped.append(name)
                continue
            dest = (root / name).resolve()
            if root not in dest.parents and dest != root:
                skipped.append(name)
                continue
            if info.is_dir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(dest, "wb") as out:
                while True:
                    chunk = src.read(1 << 20)
                    if not chunk:
                        break
                    written += len(chunk)
                    if written > MAX_ZIP_BYTES:
                        raise GradingError(f"{archive} unpacks to more than 200 MB")
                    out.write(chunk)
    return skipped


def find_submissions(root: Path, assignment: str) -> list[Submission]:
    """One :class:`Submission` per student from a flat folder or nbgrader's ``submitted/<student>/<assignment>/`` layout."""
    if (root / "submitted").is_dir():
        root = root / "submitted"
    entries = [p for p in sorted(root.iterdir()) if not p.name.startswith((".", "__MACOSX"))]
    if len(entries) == 1 and entries[0].is_dir() and not any(entries[0].glob("*/*.ipynb")) and any(entries[0].glob("*.ipynb")):
        root = entries[0]  # a zip holding one folder of notebooks
        entries = [p for p in sorted(root.iterdir()) if not p.name.startswith((".", "__MACOSX"))]
    elif len(entries) == 1 and entries[0].is_dir() and (entries[0] / "submitted").is_dir():
        return find_submissions(entries[0], assignment)
    files = [p for p in entries if p.is_file()]
    folders = [p for p in entries if p.is_dir()]
    subs: dict[str, Submission] = {}
    if folders and not any(p.suffix == ".ipynb" for p in files):
        # nbgrader layout: <student>/<assignment>/*.ipynb
        for folder in folders:
            base = folder / assignment if (folder / assignment).is_dir() else folder
            notebooks = sorted(p for p in base.rglob("*.ipynb") if not _hidden(p, base))
            sub = Submission(folder.name)
            named = [p for p in notebooks if p.stem == assignment]
            if len(named) == 1:
                sub.path = named[0]
            elif len(notebooks) == 1:
                sub.path = notebooks[0]
            elif not notebooks:
                others = sorted(p.name for p in base.rglob("*") if p.is_file() and not _hidden(p, base))
                sub.status = "wrong file type" if others else "no notebook"
                sub.reason = f"no .ipynb file (found {', '.join(others[:3])})" if others else "no notebook submitted"
            else:
                sub.status, sub.reason = "duplicate files", "several notebooks: " + ", ".join(p.name for p in notebooks[:5])
            subs[folder.name] = sub
        return [subs[k] for k in sorted(subs)]
    groups: dict[str, list[Path]] = {}
    for p in files:
        groups.setdefault(p.stem.casefold(), []).append(p)
    for key, paths in groups.items():
        notebooks = [p for p in paths if p.suffix.lower() == ".ipynb"]
        student = notebooks[0].stem if len(notebooks) == 1 else paths[0].stem if len(paths) == 1 else key
        sub = Submission(student)
        if len(notebooks) == 1:
            sub.path = notebooks[0]
            sub.notes += [f"ignored {p.name}" for p in paths if p not in notebooks]
        elif not notebooks:
            sub.status, sub.reason = "wrong file type", f"{', '.join(p.name for p in paths)} is not a notebook (.ipynb)"
        else:
            sub.status, sub.reason = "duplicate files", "two or more files for one student: " + ", ".join(p.name for p in notebooks)
        subs[key] = sub
    return [subs[k] for k in sorted(subs)]


# ---------------------------------------------------------------------------
# Running notebooks (--execute): NOT a sandbox, see the module docstring


@dataclass
class Execution:
    """How one notebook run went: ``status`` is ``ok``, ``execution failed`` or ``execution timed out``."""

    status: str
    reason: str = ""


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        pass


def execute_notebook(path: Path, timeout: float = EXECUTE_TIMEOUT) -> Execution:
    """Run one notebook in a separate process, in a fresh temporary copy; never raises for a student problem.

    The runner (:func:`_execute_main`) is started in a new session; on timeout that
    process group and the kernel's (the kernel starts its own session) are killed.
    """
    with tempfile.TemporaryDirectory(prefix="kit-run-", ignore_cleanup_errors=True) as base:
        work, control = Path(base) / "work", Path(base) / "control"
        work.mkdir()
        control.mkdir()
        copy = work / (path.name if path.suffix == ".ipynb" else "submission.ipynb")
        shutil.copyfile(path, copy)
        env = dict(os.environ, HOME=str(work), JUPYTER_RUNTIME_DIR=str(control / "runtime"),
                   PYTHONPATH=os.pathsep.join(p for p in (str(_ROOT), os.environ.get("PYTHONPATH", "")) if p))
        env.pop("PYTHONSTARTUP", None)
        cmd = [sys.executable, "-c", "from kit.grading import _execute_main; raise SystemExit(_execute_main())",
               str(copy), str(timeout), str(control)]
        posix = hasattr(os, "killpg")
        with open(control / "stderr.txt", "wb") as err:
            proc = subprocess.Popen(cmd, cwd=work, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=err, start_new_session=posix)
            timed_out = False
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
            finally:
                # kill the kernel's group and the runner's group (also leftovers after a normal end)
                try:
                    kernel = int((control / "kernel.pid").read_text().strip())
                except (OSError, ValueError):
                    kernel = 0
                if posix:
                    if kernel > 1:
                        _kill_group(kernel)
                    _kill_group(proc.pid)
                else:  # pragma: no cover - Windows: no process groups here
                    proc.kill()
                proc.wait()
        limit = f"{timeout:g}"
        if timed_out:
            return Execution("execution timed out", f"execution timed out after {limit} s")
        try:
            outcome = json.loads((control / "result.json").read_text(encoding="utf-8"))
            return Execution(str(outcome["status"]), str(outcome.get("reason", "")))
        except (OSError, ValueError, KeyError, TypeError):
            tail = (control / "stderr.txt").read_text(encoding="utf-8", errors="replace").strip().splitlines()
            detail = tail[-1][:120] if tail else f"exit status {proc.returncode}"
            return Execution("execution failed", f"execution failed: the runner stopped ({detail})")


def _execute_main(argv: Sequence[str] | None = None) -> int:
    """Runner process: ``NOTEBOOK TIMEOUT CONTROL_DIR``; writes ``CONTROL_DIR/result.json``."""
    args = list(sys.argv[1:] if argv is None else argv)
    notebook_path, timeout, control = Path(args[0]), float(args[1]), Path(args[2])
    failed: dict[str, Any] = {}

    def done(status: str, reason: str = "") -> int:
        (control / "result.json").write_text(json.dumps({"status": status, "reason": reason}), encoding="utf-8")
        return 0

    try:
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
    except ImportError as exc:
        return done("execution failed", f"execution failed: {exc}")
    try:
        nb = nbformat.read(str(notebook_path), as_version=4)
    except Exception as exc:
        return done("execution failed", f"execution failed: cannot read the notebook ({exc.__class__.__name__})")

    def started(**_: Any) -> None:
        process = getattr(getattr(client.km, "provisioner", None), "process", None)
        if process is not None:
            (control / "kernel.pid").write_text(str(process.pid), encoding="utf-8")

    def cell_error(cell: Any = None, cell_index: int = 0, execute_reply: Any = None, **_: Any) -> None:
        content = (execute_reply or {}).get("content", {})
        failed.setdefault("index", cell_index)
        failed.setdefault("ename", content.get("ename") or "error")

    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(notebook_path.parent)}},
                            on_notebook_start=started, on_cell_error=cell_error)
    try:
        client.execute()
    except CellTimeoutError:
        return done("execution timed out", f"execution timed out after {timeout:g} s")
    except DeadKernelError:
        return done("execution failed", "execution failed: the kernel died")
    except CellExecutionError as exc:
        ename = failed.get("ename") or getattr(exc, "ename", "") or "error"
        where = f" in cell {failed['index'] + 1}" if "index" in failed else ""
        return done("execution failed", f"execution failed: {ename}{where}")
    except Exception as exc:
        return done("execution failed", f"execution failed: {exc.__class__.__name__}")
    return done("ok")


def _check_execute_available() -> None:
    import importlib.util

    missing = [m for m in ("nbclient", "nbformat", "ipykernel") if importlib.util.find_spec(m) is None]
    if missing:
        raise GradingError(f"--execute needs {', '.join(missing)}: pip install nbclient ipykernel")


# ---------------------------------------------------------------------------
# Grading


@dataclass
class StudentGrade:
    """One student's row in the gradebook."""

    student: str
    points: dict[str, float | None]
    total: float
    max_points: float
    status: str
    reason: str
    answers: dict[str, Any] = field(default_factory=dict)
    results: dict[str, Any] = field(default_factory=dict)
    overrides: dict[str, tuple[float, str]] = field(default_factory=dict)

    @property
    def readable(self) -> bool:
        """False when the file itself could not be graded (no per-question points)."""
        return any(v is not None for v in self.points.values())


@dataclass
class GradeResult:
    """What :func:`grade` returns: rows, the questions and the terminal summary."""

    assignment: str
    questions: dict[str, Any]
    students: list[StudentGrade]
    max_points: float
    summary: str
    skipped: list[str] = field(default_factory=list)

    def student(self, student_id: str) -> StudentGrade:
        """The row for one student (``KeyError`` if absent)."""
        for row in self.students:
            if row.student == student_id:
                return row
        raise KeyError(student_id)


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _read_overrides(path: str | Path, questions: dict[str, Any]) -> dict[tuple[str, str], tuple[float, str]]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GradingError(f"cannot read overrides {path}: {getattr(exc, 'strerror', None) or exc}") from None
    reader = csv.DictReader(io.StringIO(text))
    needed = {"student", "question", "points"}
    if not reader.fieldnames or not needed <= {f.strip() for f in reader.fieldnames}:
        raise GradingError(f"overrides {path} needs the columns student,question,points,reason")
    out: dict[tuple[str, str], tuple[float, str]] = {}
    for line, row in enumerate(reader, start=2):
        row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        qid = row["question"]
        if qid not in questions:
            raise GradingError(f"overrides {path} line {line}: unknown question {qid!r}")
        try:
            value = float(row["points"])
        except ValueError:
            raise GradingError(f"overrides {path} line {line}: points {row['points']!r} is not a number") from None
        top = float(questions[qid].get("points", 1))
        if not 0 <= value <= top:
            raise GradingError(f"overrides {path} line {line}: {qid} is worth 0 to {_fmt(top)} points, not {row['points']}")
        out[(row["student"], qid)] = (value, row.get("reason", ""))
    return out


def _grade_one(sub: Submission, keys: dict[str, Any], overrides: dict[tuple[str, str], tuple[float, str]]) -> StudentGrade:
    questions = keys["questions"]
    max_points = float(sum(q.get("points", 1) for q in questions.values()))
    points: dict[str, float | None] = {q: None for q in questions}
    status, reasons = sub.status, ([sub.reason] if sub.reason else []) + sub.notes
    answers: dict[str, Any] = {}
    results: dict[str, Any] = {}
    if not status and sub.path is not None:
        try:
            notebook, note = read_notebook(sub.path)
            if note:
                reasons.append(note)
            found = find_answers(notebook, questions)
            problems = []
            bare = [qid for qid, answer in found.items() if answer.note == "metadata missing"]
            if bare:
                reasons.append(f"answer cell metadata missing for {', '.join(bare)}: read the answer_qN lines instead")
            for qid, answer in found.items():
                if answer.note and answer.note != "metadata missing":
                    reasons.append(answer.note)
                if answer.problem and answer.problem not in problems:
                    problems.append(answer.problem)
                if answer.problem and answer.problem != "duplicate answer cell":
                    points[qid] = 0.0
                    continue
                answers[qid] = answer.value
                result = score_answer(keys, qid, answer.value)
                results[qid] = result
                points[qid] = result.points
            status = "; ".join(problems) or "ok"
        except SubmissionProblem as exc:
            status, reasons = exc.status, [exc.reason] + reasons
    applied = {}
    for qid in questions:
        if (sub.student, qid) in overrides:
            value, why = overrides[(sub.student, qid)]
            points[qid] = value
            applied[qid] = (value, why)
            reasons.append(f"override {qid}: {_fmt(value)}" + (f" ({why})" if why else ""))
    total = round(sum(v for v in points.values() if v is not None), 2)
    return StudentGrade(sub.student, points, total, max_points, status or "ok", "; ".join(reasons), answers, results, applied)


def _atomic_write(path: Path, text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _cell(text: str) -> str:
    """Keep spreadsheet programs from reading a student-controlled cell as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def gradebook_csv(result: GradeResult) -> str:
    """The gradebook as CSV text: student, each question, total, max, status, reason."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["student", *result.questions, "total", "max", "status", "reason"])
    for row in result.students:
        writer.writerow([_cell(row.student), *(_fmt(row.points[q]) for q in result.questions), _fmt(row.total),
                         _fmt(row.max_points), row.status, _cell(row.reason)])
    return buffer.getvalue()


def canvas_csv(result: GradeResult) -> str:
    """A Canvas gradebook import: the five identity columns, then ``<assignment> (<max>)``.

    Students whose file could not be read get an empty cell, so nothing is posted for them.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", f"{result.assignment} ({_fmt(result.max_points)})"])
    for row in result.students:
        score = _fmt(row.total) if row.readable else ""
        writer.writerow([_cell(row.student), "", "", _cell(row.student), "", score])
    return buffer.getvalue()


def feedback_html(row: StudentGrade, result: GradeResult) -> str:
    """One student's feedback page; everything from the student is HTML-escaped."""
    e = lambda value: html.escape(str(value), quote=True)  # noqa: E731
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(result.assignment)}: feedback for {e(row.student)}</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;line-height:1.5}"
        ".q{border-top:1px solid #ccc;padding:.5em 0}.ok{color:#006400}.no{color:#8b0000}pre{white-space:pre-wrap}</style>",
        "</head><body>",
        f"<h1>{e(result.assignment)}</h1>",
        f"<p>Student: <strong>{e(row.student)}</strong>. Score: <strong>{e(_fmt(row.total))} of {e(_fmt(row.max_points))}</strong>.</p>",
    ]
    if row.status != "ok":
        parts.append(f"<p class=\"no\">Status: {e(row.status)}.</p>")
    if row.reason:
        parts.append(f"<p>Notes: {e(row.reason)}</p>")
    for qid, spec in result.questions.items():
        earned = row.points.get(qid)
        parts.append(f'<div class="q"><h2>{e(qid)}: {e(spec.get("title", qid))}</h2>')
        parts.append(f"<p>Points: {e(_fmt(earned) or '-')} of {e(_fmt(float(spec.get('points', 1))))}</p>")
        if qid in row.answers:
            parts.append(f"<p>Your answer:</p><pre>{e(repr(row.answers[qid]))}</pre>")
        res = row.results.get(qid)
        if res is not None:
            parts.append(f'<p class="{"ok" if res.full else "no"}">{e(res.feedback)}</p>')
            if res.details:
                parts.append("<ul>" + "".join(f"<li>{e(d)}</li>" for d in res.details) + "</ul>")
        if qid in row.overrides:
            value, why = row.overrides[qid]
            parts.append(f"<p>Your teacher set this to {e(_fmt(value))} points{': ' + e(why) if why else ''}.</p>")
        parts.append("</div>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _file_name(student: str, used: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", student).strip("._") or "student"
    name, n = base, 2
    while name.casefold() in used:
        name, n = f"{base}_{n}", n + 1
    used.add(name.casefold())
    return name + ".html"


def _summary(result: GradeResult) -> str:
    rows = result.students
    readable = [r for r in rows if r.readable]
    lines = [f"Graded {len(rows)} submission{'s' if len(rows) != 1 else ''} for {result.assignment} (max {_fmt(result.max_points)} points)."]
    if readable:
        mean = sum(r.total for r in readable) / len(readable)
        share = mean / result.max_points * 100 if result.max_points else 0
        lines.append(f"Class mean: {mean:.1f} of {_fmt(result.max_points)} ({share:.0f}%) over {len(readable)} readable notebooks.")
        lines.append("Question difficulty (share with full points):")
        for qid, spec in result.questions.items():
            full = sum(1 for r in readable if (r.points.get(qid) or 0) >= float(spec.get("points", 1)))
            lines.append(f"  {qid:<4} {full / len(readable) * 100:4.0f}%  {spec.get('title', '')}")
    else:
        lines.append("No readable notebooks.")
    low = result.max_points * 0.5
    look = [r for r in rows if r.status != "ok" or (r.total or 0) < low]
    if look:
        lines.append(f"Need a look ({len(look)}):")
        for r in look:
            if r.status != "ok":
                lines.append(f"  {r.student}: {r.status}" + (f" ({r.reason})" if r.reason else ""))
            else:
                lines.append(f"  {r.student}: low score ({_fmt(r.total or 0)} of {_fmt(result.max_points)})")
    if result.skipped:
        lines.append("Skipped zip entries (outside the folder): " + ", ".join(result.skipped))
    return "\n".join(lines)


def _execute_rows(subs: list[Submission], rows: list[StudentGrade], timeout: float) -> dict[str, Execution]:
    """Run the readable submissions (two at a time) and add failures to their status and reason."""
    todo = [(sub, row) for sub, row in zip(subs, rows) if sub.path is not None and row.readable]
    with ThreadPoolExecutor(max_workers=EXECUTE_WORKERS) as pool:
        runs = list(pool.map(lambda pair: execute_notebook(pair[0].path, timeout), todo))
    out: dict[str, Execution] = {}
    for (sub, row), run in zip(todo, runs):
        out[row.student] = run
        if run.status != "ok":
            row.status = run.status if row.status == "ok" else f"{row.status}; {run.status}"
            row.reason = "; ".join(r for r in (run.reason, row.reason) if r)
    return out


def grade(
    assignment: str | Path,
    submissions: str | Path,
    out: str | Path | None = None,
    feedback_dir: str | Path | None = None,
    canvas: str | Path | None = None,
    overrides: str | Path | None = None,
    execute: bool = False,
    timeout: float = EXECUTE_TIMEOUT,
    progress: "Callable[[int, int], None] | None" = None,
) -> GradeResult:
    """Grade every submission of one assignment and write the requested files.

    Parameters
    ----------
    assignment
        An exercise name (``"01_quotes_and_framing"``), a student or instructor
        notebook, or a keyfile.
    submissions
        A folder of ``.ipynb`` files (student id = file name), nbgrader's
        ``submitted/<student>/<assignment>/`` layout, or a ``.zip`` of either.
    out, feedback_dir, canvas
        Where to write the gradebook CSV, the per-student feedback pages and the
        Canvas import CSV (each written atomically; ``None`` skips it).
    overrides
        A CSV ``student,question,points,reason`` applied on every grading run.
    execute
        Also run each readable notebook (separate process, fresh temporary working
        directory, at most two at once) and report failures in status and reason;
        scores still come from the static reading. NOT a sandbox: see the module
        docstring. Without it no student code runs.
    timeout
        With ``execute``: seconds allowed per notebook, kernel start included.

    Raises
    ------
    GradingError
        For a problem with the run itself (unknown assignment, bad zip, bad overrides).
    """
    if execute:
        if not timeout or timeout <= 0:
            raise GradingError(f"--timeout must be a positive number of seconds, not {timeout!r}")
        _check_execute_available()
    keys = load_assignment(str(assignment))
    name = keys.get("exercise") or Path(str(assignment)).stem
    questions = keys["questions"]
    table = _read_overrides(overrides, questions) if overrides else {}
    source = Path(submissions)
    if not source.exists():
        raise GradingError(f"no such folder or zip: {submissions}")
    skipped: list[str] = []
    tmp = None
    try:
        if source.is_file():
            if not zipfile.is_zipfile(source):
                raise GradingError(f"{submissions} is neither a folder nor a zip file")
            tmp = Path(tempfile.mkdtemp(prefix="kit-grade-"))
            skipped = safe_extract(source, tmp)
            source = tmp
        subs = find_submissions(source, name)
        rows = []
        for done, sub in enumerate(subs, start=1):
            rows.append(_grade_one(sub, keys, table))
            if progress is not None:
                progress(done, len(subs))
        ran = _execute_rows(subs, rows, timeout) if execute else None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    max_points = float(sum(q.get("points", 1) for q in questions.values()))
    result = GradeResult(name, questions, rows, max_points, "", skipped)
    known = {r.student for r in rows}
    unknown = sorted({s for s, _ in table} - known)
    result.summary = _summary(result) + (f"\nOverrides for unknown students: {', '.join(unknown)}" if unknown else "")
    if ran is not None:
        bad = sum(1 for e in ran.values() if e.status != "ok")
        result.summary += (f"\nExecuted {len(ran)} notebook{'s' if len(ran) != 1 else ''} (time limit {timeout:g} s, "
                           f"not a sandbox): {len(ran) - bad} ran without errors, {bad} failed or timed out.")
    if out:
        _atomic_write(Path(out), gradebook_csv(result))
    if canvas:
        _atomic_write(Path(canvas), canvas_csv(result))
    if feedback_dir:
        used: set[str] = set()
        for row in rows:
            _atomic_write(Path(feedback_dir) / _file_name(row.student, used), feedback_html(row, result))
    return result


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        raise GradingError(message)


def _progress_bar(done: int, total: int) -> None:
    """A one-line progress bar on stderr (redrawn in place on a terminal, every 10% otherwise)."""
    width = 30
    filled = int(width * done / total) if total else width
    line = f"grading [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
    if sys.stderr.isatty():
        sys.stderr.write("\r" + line + ("\n" if done == total else ""))
    elif done == total or total < 10 or done % max(1, total // 10) == 0:
        sys.stderr.write(line + "\n")
    sys.stderr.flush()


def grade_command(argv: Sequence[str]) -> int:
    """``kit grade ASSIGNMENT SUBMISSIONS [options]``: grade, write files, print a summary; return the exit status.

    Errors print one line on stderr and return 2.
    """
    parser = _Parser(prog="kit grade", description="Grade exercise notebooks without running student code (unless --execute).")
    parser.add_argument("assignment", metavar="ASSIGNMENT", help="exercise name or notebook (student or instructor version)")
    parser.add_argument("submissions", metavar="SUBMISSIONS", help="folder of .ipynb, nbgrader submitted/ layout, or a .zip")
    parser.add_argument("--out", metavar="CSV", help="write the gradebook CSV here")
    parser.add_argument("--feedback", metavar="DIR", help="write one feedback HTML page per student here")
    parser.add_argument("--canvas", metavar="CSV", help="write a Canvas gradebook import here")
    parser.add_argument("--overrides", metavar="CSV", help="manual points: student,question,points,reason")
    parser.add_argument("--execute", action="store_true",
                        help="also run each notebook in a separate process to check it runs (NOT a sandbox: trusted "
                             "submissions or a container/VM only); scores still come from the answer cells")
    parser.add_argument("--timeout", metavar="SECONDS", type=float, default=None,
                        help=f"with --execute: seconds per notebook (default {EXECUTE_TIMEOUT})")
    try:
        args = parser.parse_args(list(argv))
        if args.timeout is not None and not args.execute:
            raise GradingError("--timeout only applies with --execute")
        timeout = EXECUTE_TIMEOUT if args.timeout is None else args.timeout
        result = grade(args.assignment, args.submissions, out=args.out, feedback_dir=args.feedback,
                       canvas=args.canvas, overrides=args.overrides, execute=args.execute, timeout=timeout,
                       progress=_progress_bar)
    except GradingError as exc:
        print(f"kit grade: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    except OSError as exc:
        print(f"kit grade: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kit grade: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback for a teacher
        print(f"kit grade: unexpected error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 2
    print(result.summary)
    written = [f"{what} {path}" for what, path in (("gradebook", args.out), ("Canvas CSV", args.canvas), ("feedback pages in", args.feedback)) if path]
    print("Wrote " + ", ".join(written) + "." if written else "No files written (use --out, --canvas or --feedback).")
    return 0


def new_salt() -> str:
    """A fresh random salt for a new keyfile."""
    return secrets.token_hex(16)
