"""The gradebook: one row per student, and the files and summary ``kit grade`` writes from it.

:class:`GradeResult` (what :func:`kit.grading.grade` returns) holds one
:class:`StudentGrade` per student.  From it this module renders the gradebook
CSV (:func:`gradebook_csv`), a Canvas import (:func:`canvas_csv`), one HTML
feedback page per student (:func:`feedback_html`) and the summary printed in
the terminal (:func:`_summary`).  Every cell or page built from a student's
file is made safe: CSV cells cannot start a spreadsheet formula and HTML is
escaped.

>>> row = StudentGrade("=cmd", {"q1": 1.0}, 1.0, 2.0, "ok", "")
>>> print(gradebook_csv(GradeResult("ex", {"q1": {"points": 2}}, [row], 2.0, "")), end="")
student,q1,total,max,status,reason
'=cmd,1,1,2,ok,
"""

from __future__ import annotations

import csv
import html
import io
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "GradeResult",
    "StudentGrade",
    "canvas_csv",
    "feedback_html",
    "gradebook_csv",
]


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
    """What :func:`kit.grading.grade` returns: rows, the questions and the terminal summary."""

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
    """Points as the gradebook shows them: at most 2 decimals, no trailing zeros, ``""`` for None.

    >>> _fmt(16.0), _fmt(2.50), _fmt(1 / 3), _fmt(None)
    ('16', '2.5', '0.33', '')
    """
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, then rename it."""
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


# ---------------------------------------------------------------------------
# CSV files


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


# ---------------------------------------------------------------------------
# Feedback pages


def _escape(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _question_html(qid: str, spec: dict[str, Any], row: StudentGrade) -> list[str]:
    """The feedback page's section for one question: points, the answer, feedback, any override."""
    e = _escape
    earned = row.points.get(qid)
    parts = [f'<div class="q"><h2>{e(qid)}: {e(spec.get("title", qid))}</h2>']
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
    return parts


def feedback_html(row: StudentGrade, result: GradeResult) -> str:
    """One student's feedback page; everything from the student is HTML-escaped."""
    e = _escape
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
        parts.extend(_question_html(qid, spec, row))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _file_name(student: str, used: set[str]) -> str:
    """A safe, unique (case-insensitively) ``<student>.html`` name; records it in ``used``."""
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", student).strip("._") or "student"
    name, n = base, 2
    while name.casefold() in used:
        name, n = f"{base}_{n}", n + 1
    used.add(name.casefold())
    return name + ".html"


# ---------------------------------------------------------------------------
# Terminal summary


def _summary(result: GradeResult) -> str:
    """The class summary printed by ``kit grade``: mean, question difficulty, who needs a look."""
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
