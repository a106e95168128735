"""Instructor notebook -> answer keys and student notebook; finding an assignment's keys.

The instructor notebook ``exercises/source/NAME.ipynb`` holds each solution
between nbgrader's ``### BEGIN SOLUTION`` / ``### END SOLUTION`` markers and
describes each question in the cell's ``metadata.kit`` (see :mod:`kit.grading`).
:func:`build_keys` turns it into keyfile data (salted hashes, hints, rubrics),
:func:`student_version` into the notebook students get, and
:func:`load_assignment` finds the keys ``kit grade`` grades against.

>>> cell = {"cell_type": "code", "metadata": {"nbgrader": {"grade_id": "q1", "solution": True, "grade": True},
...         "kit": {"type": "number"}}, "source": "### BEGIN SOLUTION\\nanswer_q1 = 4\\n### END SOLUTION"}
>>> student_version({"cells": [cell]})["cells"][0]["source"]
'answer_q1 = None  # your answer here'
>>> build_keys({"cells": [cell]}, salt="s")["questions"]["q1"]["type"]
'number'
"""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path
from typing import Any

from .exercises import KEY_SCHEMA, hash_answer, load_keys, normalize_answer
from .grading_answers import _literal_assignment, _source, read_notebook
from .grading_errors import GradingError, SubmissionProblem

__all__ = [
    "build_keys",
    "load_assignment",
    "new_salt",
    "student_version",
]

_BEGIN, _END = "### BEGIN SOLUTION", "### END SOLUTION"
_STUB = "{name} = None  # your answer here"


def _solution_value(source: str, qid: str) -> Any:
    """The literal assigned to ``answer_<qid>`` between the solution markers (or anywhere, without them)."""
    match = re.search(re.escape(_BEGIN) + r"(.*?)" + re.escape(_END), source, flags=re.DOTALL)
    return _literal_assignment(match.group(1) if match else source, f"answer_{qid}")


def _answer_cells(notebook: dict[str, Any]) -> list[dict[str, Any]]:
    """The graded solution cells (nbgrader ``solution`` and ``grade`` both true)."""
    cells = []
    for cell in notebook.get("cells", []):
        nbg = cell.get("metadata", {}).get("nbgrader", {})
        if cell.get("cell_type") == "code" and nbg.get("solution") and nbg.get("grade"):
            cells.append(cell)
    return cells


def _question_key(cell: dict[str, Any], salt: str) -> tuple[str, dict[str, Any]]:
    """One question's keyfile entry from its instructor answer cell: ``(qid, entry)``."""
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
    return qid, out


def build_keys(notebook: dict[str, Any], salt: str) -> dict[str, Any]:
    """Build the keyfile data (hashes, hints, rubric) from an instructor notebook.

    The exercise name and article come from the notebook's ``metadata.kit``.
    """
    meta = notebook.get("metadata", {}).get("kit", {})
    questions: dict[str, Any] = {}
    for cell in _answer_cells(notebook):
        qid, out = _question_key(cell, salt)
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
    """True for an instructor notebook (an answer cell still holds its solution markers)."""
    return any(_BEGIN in _source(c) for c in _answer_cells(notebook))


def _notebook_keys(path: Path, assignment: str) -> dict[str, Any]:
    """Keys for a notebook: built from it if it is the instructor version, else its keyfile."""
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


def load_assignment(assignment: str) -> dict[str, Any]:
    """Keys for an exercise name, a student notebook (its keyfile) or an instructor notebook (built on the fly)."""
    path = Path(assignment)
    if path.suffix == ".ipynb":
        return _notebook_keys(path, assignment)
    if path.suffix == ".json" and path.is_file():
        try:
            return load_keys(path)
        except ValueError as exc:
            raise GradingError(str(exc)) from None
    try:
        return load_keys(assignment)
    except ValueError as exc:
        raise GradingError(str(exc)) from None


def new_salt() -> str:
    """A fresh random salt for a new keyfile."""
    return secrets.token_hex(16)
