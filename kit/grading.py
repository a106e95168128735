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

Where the code is
-----------------
This module grades a class (:func:`grade`, ``kit grade``: :func:`grade_command`)
and re-exports the names of the modules it is built from:

* :mod:`kit.grading_errors` -- :class:`GradingError`, :class:`SubmissionProblem`;
* :mod:`kit.grading_answers` -- reading notebooks and answers statically
  (:func:`read_notebook`, :func:`find_answers`);
* :mod:`kit.grading_keys` -- instructor notebook -> keys and student version
  (:func:`build_keys`, :func:`student_version`, :func:`load_assignment`);
* :mod:`kit.grading_submissions` -- one submission per student from a folder,
  nbgrader's layout or a zip (:func:`find_submissions`, :func:`safe_extract`);
* :mod:`kit.grading_execute` -- ``--execute`` (:func:`execute_notebook`);
* :mod:`kit.grading_results` -- the gradebook rows and the files written from
  them (:class:`GradeResult`, :func:`gradebook_csv`, :func:`canvas_csv`,
  :func:`feedback_html`).

>>> _literal_assignment("import os; os.remove('x')\\nanswer_q1 = [1, 'two']", "answer_q1")
[1, 'two']
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import sys
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Sequence

from .exercises import score_answer
from .grading_answers import find_answers, read_notebook
from .grading_errors import GradingError, SubmissionProblem
from .grading_execute import EXECUTE_TIMEOUT, EXECUTE_WORKERS, Execution, _check_execute_available, execute_notebook
from .grading_keys import build_keys, load_assignment, student_version
from .grading_results import (
    GradeResult,
    StudentGrade,
    _atomic_write,
    _file_name,
    _fmt,
    _summary,
    canvas_csv,
    feedback_html,
    gradebook_csv,
)
from .grading_submissions import MAX_ZIP_BYTES, MAX_ZIP_FILES, Submission, find_submissions
from .grading_submissions import safe_extract as _safe_extract

# Re-exported so ``from kit.grading import ...`` keeps working for every name that lived here.
from .grading_answers import MAX_NOTEBOOK_BYTES, Answer, _literal_assignment  # noqa: F401
from .grading_execute import _execute_main  # noqa: F401
from .grading_keys import new_salt  # noqa: F401

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


def safe_extract(archive: Path, target: Path) -> list[str]:
    """Extract a zip into ``target``, skipping absolute paths, ``..`` and links.

    Refuses (``GradingError``) more than :data:`MAX_ZIP_FILES` files (5,000) or
    :data:`MAX_ZIP_BYTES` (200 MB) in total; the size is counted while writing, so a
    lying header does not help. Returns the skipped names. The two limits are this
    module's, read at each call (see :func:`kit.grading_submissions.safe_extract`).
    """
    return _safe_extract(archive, target, max_files=MAX_ZIP_FILES, max_bytes=MAX_ZIP_BYTES)


# ---------------------------------------------------------------------------
# Grading one student


def _read_overrides(path: str | Path, questions: dict[str, Any]) -> dict[tuple[str, str], tuple[float, str]]:
    """The overrides CSV as ``(student, question) -> (points, reason)``; ``GradingError`` if it is wrong."""
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


def _score_notebook(
    path: Path,
    keys: dict[str, Any],
    points: dict[str, float | None],
    answers: dict[str, Any],
    results: dict[str, Any],
    reasons: list[str],
) -> str:
    """Read one notebook's answers and score them, filling the four containers; return the status.

    Raises :class:`SubmissionProblem` when the file cannot be read.
    """
    questions = keys["questions"]
    notebook, note = read_notebook(path)
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
    return "; ".join(problems) or "ok"


def _apply_overrides(
    student: str,
    questions: dict[str, Any],
    overrides: dict[tuple[str, str], tuple[float, str]],
    points: dict[str, float | None],
    reasons: list[str],
) -> dict[str, tuple[float, str]]:
    """Set the teacher's points for ``student`` (noted in ``reasons``); return those applied."""
    applied = {}
    for qid in questions:
        if (student, qid) in overrides:
            value, why = overrides[(student, qid)]
            points[qid] = value
            applied[qid] = (value, why)
            reasons.append(f"override {qid}: {_fmt(value)}" + (f" ({why})" if why else ""))
    return applied


def _grade_one(sub: Submission, keys: dict[str, Any], overrides: dict[tuple[str, str], tuple[float, str]]) -> StudentGrade:
    """One student's gradebook row (a file that cannot be read gets no per-question points)."""
    questions = keys["questions"]
    max_points = float(sum(q.get("points", 1) for q in questions.values()))
    points: dict[str, float | None] = {q: None for q in questions}
    status, reasons = sub.status, ([sub.reason] if sub.reason else []) + sub.notes
    answers: dict[str, Any] = {}
    results: dict[str, Any] = {}
    if not status and sub.path is not None:
        try:
            status = _score_notebook(sub.path, keys, points, answers, results, reasons)
        except SubmissionProblem as exc:
            status, reasons = exc.status, [exc.reason] + reasons
    applied = _apply_overrides(sub.student, questions, overrides, points, reasons)
    total = round(sum(v for v in points.values() if v is not None), 2)
    return StudentGrade(sub.student, points, total, max_points, status or "ok", "; ".join(reasons), answers, results, applied)


# ---------------------------------------------------------------------------
# Grading a class


def _grade_folder(
    source: Path,
    name: str,
    keys: dict[str, Any],
    overrides: dict[tuple[str, str], tuple[float, str]],
    progress: Callable[[int, int], None] | None,
) -> tuple[list[Submission], list[StudentGrade]]:
    """Find and grade every submission in a folder, reporting progress after each."""
    subs = find_submissions(source, name)
    rows = []
    for done, sub in enumerate(subs, start=1):
        rows.append(_grade_one(sub, keys, overrides))
        if progress is not None:
            progress(done, len(subs))
    return subs, rows


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


def _run_summary(
    result: GradeResult,
    overrides: dict[tuple[str, str], tuple[float, str]],
    ran: dict[str, Execution] | None,
    timeout: float,
) -> str:
    """The class summary, plus overrides for unknown students and how the ``--execute`` runs went."""
    known = {r.student for r in result.students}
    unknown = sorted({s for s, _ in overrides} - known)
    summary = _summary(result) + (f"\nOverrides for unknown students: {', '.join(unknown)}" if unknown else "")
    if ran is not None:
        bad = sum(1 for e in ran.values() if e.status != "ok")
        summary += (f"\nExecuted {len(ran)} notebook{'s' if len(ran) != 1 else ''} (time limit {timeout:g} s, "
                    f"not a sandbox): {len(ran) - bad} ran without errors, {bad} failed or timed out.")
    return summary


def _write_files(
    result: GradeResult,
    out: str | Path | None,
    canvas: str | Path | None,
    feedback_dir: str | Path | None,
) -> None:
    """Write the requested gradebook, Canvas CSV and feedback pages (each atomically)."""
    if out:
        _atomic_write(Path(out), gradebook_csv(result))
    if canvas:
        _atomic_write(Path(canvas), canvas_csv(result))
    if feedback_dir:
        used: set[str] = set()
        for row in result.students:
            _atomic_write(Path(feedback_dir) / _file_name(row.student, used), feedback_html(row, result))


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
        subs, rows = _grade_folder(source, name, keys, table, progress)
        ran = _execute_rows(subs, rows, timeout) if execute else None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    max_points = float(sum(q.get("points", 1) for q in questions.values()))
    result = GradeResult(name, questions, rows, max_points, "", skipped)
    result.summary = _run_summary(result, table, ran, timeout)
    _write_files(result, out, canvas, feedback_dir)
    return result


# ---------------------------------------------------------------------------
# kit grade (command line)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one-line :class:`GradingError` s, not ``SystemExit``."""

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


def _parser() -> _Parser:
    """The ``kit grade`` argument parser."""
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
    return parser


def grade_command(argv: Sequence[str]) -> int:
    """``kit grade ASSIGNMENT SUBMISSIONS [options]``: grade, write files, print a summary; return the exit status.

    Errors print one line on stderr and return 2.
    """
    parser = _parser()
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
