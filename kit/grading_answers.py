"""Read a notebook and its answers statically: nothing a student wrote is executed.

:func:`read_notebook` loads a submission as plain JSON data (converting
nbformat 3); :func:`find_answers` finds each question's answer cell (by
``metadata.nbgrader.grade_id``, or by an ``answer_qN = ...`` line when the
metadata was deleted) and reads the assigned value with :func:`ast.parse` and
:func:`ast.literal_eval` only.  See :mod:`kit.grading` for the notebook format.

>>> _literal_assignment("import os; os.remove('x')\\nanswer_q1 = [1, 'two']", "answer_q1")
[1, 'two']
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .grading_errors import SubmissionProblem

__all__ = [
    "MAX_NOTEBOOK_BYTES",
    "Answer",
    "find_answers",
    "read_notebook",
]

MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024

_PARSE_ERRORS = (SyntaxError, ValueError, RecursionError, MemoryError)


# ---------------------------------------------------------------------------
# Reading a notebook file


def _convert_nbformat3(path: Path, text: str) -> tuple[dict[str, Any], str]:
    """An nbformat 3 notebook converted to version 4 (needs nbformat)."""
    try:
        import nbformat

        converted = nbformat.reads(text, as_version=4)
        return json.loads(nbformat.writes(converted)), "converted from nbformat 3"
    except Exception:
        raise SubmissionProblem("old nbformat", f"{path.name} uses nbformat 3 and cannot be read") from None


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
        return _convert_nbformat3(path, text)
    if isinstance(version, int) and version < 3:
        raise SubmissionProblem("old nbformat", f"{path.name} uses nbformat {version}, which cannot be read; re-save it in Jupyter")
    raise SubmissionProblem("corrupt notebook", f"{path.name} has no readable cells (nbformat {version!r})")


def _source(cell: dict[str, Any]) -> str:
    """A cell's source as one string (notebooks may store it as a list of lines)."""
    source = cell.get("source", "")
    if isinstance(source, list):
        return "".join(str(s) for s in source)
    return str(source)


# ---------------------------------------------------------------------------
# Reading one assigned literal


def _strip_magics(source: str) -> str:
    """Blank out IPython lines (``%magic``, ``!shell``, ``obj?``) so the cell parses as Python."""
    lines = []
    for line in source.split("\n"):
        stripped = line.lstrip()
        lines.append("" if stripped.startswith(("%", "!")) or stripped.endswith("?") else line)
    return "\n".join(lines)


class _NotLiteral(Exception):
    """The answer is code (a call, a name, an expression), not a literal value."""


def _parse_from_assignment(source: str, name: str) -> ast.Module:
    """Parse from the last line that sets ``name`` on, as far as it parses (broken code elsewhere).

    Raises ``LookupError`` if no line sets ``name``, ``SyntaxError`` if even that line does not parse.
    """
    tree = None
    lines = source.split("\n")
    starts = [i for i, line in enumerate(lines) if re.match(rf"\s*{re.escape(name)}\s*(:[^=]*)?=(?!=)", line)]
    if not starts:
        raise LookupError(name)
    for end in range(len(lines), starts[-1], -1):
        try:
            tree = ast.parse("\n".join(line.strip() if i == starts[-1] else line for i, line in enumerate(lines[starts[-1]:end], starts[-1])))
            break
        except _PARSE_ERRORS:
            continue
    if tree is None:
        raise SyntaxError(f"cannot parse the line that sets {name}")
    return tree


def _assigned_value(tree: ast.Module, name: str) -> ast.expr | None:
    """The value node of the last top-level ``name = ...`` (or ``name: T = ...``), if any."""
    found = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            found = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name and node.value:
            found = node.value
    return found


def _literal_assignment(source: str, name: str) -> Any:
    """The value of the last top-level ``name = <literal>`` in ``source`` (never executed).

    Raises ``LookupError`` if there is no such assignment, :class:`_NotLiteral` if
    the value is code rather than a literal, ``SyntaxError`` if it cannot be parsed.

    Examples
    --------
    >>> _literal_assignment("answer_q2 = 7\\nanswer_q2 = 8", "answer_q2")
    8
    >>> _literal_assignment("answer_q2 = len('abc')", "answer_q2")
    Traceback (most recent call last):
    kit.grading_answers._NotLiteral: len('abc')
    """
    source = _strip_magics(source)
    try:
        tree = ast.parse(source)
    except _PARSE_ERRORS:
        tree = _parse_from_assignment(source, name)
    found = _assigned_value(tree, name)
    if found is None:
        raise LookupError(name)
    try:
        return ast.literal_eval(found)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        raise _NotLiteral(ast.get_source_segment(source, found) or "code") from None


# ---------------------------------------------------------------------------
# Finding each question's answer


@dataclass
class Answer:
    """One question's answer as read from a notebook."""

    value: Any = None
    problem: str = ""  # "", "missing answer cell", "duplicate answer cell", "not a literal", "syntax error"
    note: str = ""


def _sources_by_grade_id(cells: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The sources of the code cells, grouped by ``metadata.nbgrader.grade_id``."""
    by_id: dict[str, list[str]] = {}
    for cell in cells:
        meta = cell.get("metadata")
        nbg = meta.get("nbgrader") if isinstance(meta, dict) else None
        gid = nbg.get("grade_id") if isinstance(nbg, dict) else None
        if isinstance(gid, str):
            by_id.setdefault(gid, []).append(_source(cell))
    return by_id


def _read_answer(qid: str, tagged: list[str], cells: list[dict[str, Any]]) -> Answer:
    """The answer to ``qid`` from its tagged cells, or from any code cell that sets ``answer_<qid>``."""
    name = f"answer_{qid}"
    sources = tagged
    note = ""
    if len(sources) > 1:
        note = f"{len(sources)} answer cells for {qid}; graded the last one"
    if not sources:
        pattern = re.compile(rf"^\s*{re.escape(name)}\s*(:[^=\n]*)?=(?!=)", re.MULTILINE)
        sources = [s for s in (_source(c) for c in cells) if pattern.search(s)]
        if not sources:
            return Answer(problem="missing answer cell", note=f"no answer cell for {qid}")
        note = note or "metadata missing"
    try:
        value = _literal_assignment(sources[-1], name)
    except LookupError:
        return Answer(problem="missing answer cell", note=f"the {qid} answer cell does not set {name}")
    except _NotLiteral as exc:
        code = " ".join(str(exc).split())[:60]
        return Answer(problem="not a literal", note=f"{qid}: {name} is computed ({code}); type the value itself")
    except SyntaxError:
        return Answer(problem="syntax error", note=f"{qid}: the answer cell has a syntax error")
    problem = "duplicate answer cell" if len(tagged) > 1 else ""
    return Answer(value, problem, note)


def find_answers(notebook: dict[str, Any], questions: Iterable[str]) -> dict[str, Answer]:
    """Read each question's answer statically from a notebook (as plain data).

    >>> nb = {"cells": [{"cell_type": "code", "metadata": {"nbgrader": {"grade_id": "q1"}}, "source": "answer_q1 = 2"}]}
    >>> find_answers(nb, ["q1", "q2"])["q1"].value, find_answers(nb, ["q1", "q2"])["q2"].problem
    (2, 'missing answer cell')
    """
    cells = [c for c in notebook.get("cells", []) if isinstance(c, dict) and c.get("cell_type") == "code"]
    by_id = _sources_by_grade_id(cells)
    return {qid: _read_answer(qid, by_id.get(qid, []), cells) for qid in questions}
