"""Find one submission per student: a folder, nbgrader's layout, or a zip of either.

:func:`find_submissions` turns a folder into one :class:`Submission` per
student -- a flat folder of ``<student>.ipynb`` files, or nbgrader's
``submitted/<student>/<assignment>/`` layout -- and marks the students whose
upload cannot be graded (wrong file type, no notebook, several notebooks).
:func:`safe_extract` unpacks a zip of either layout without letting it write
outside the target folder.

``kit.grading.safe_extract`` calls :func:`safe_extract` with the limits
``kit.grading.MAX_ZIP_FILES`` and ``kit.grading.MAX_ZIP_BYTES``, read at call time.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     for name in ("bob.ipynb", "alice.ipynb", "alice.txt", "carol.pdf"):
...         _ = (Path(tmp) / name).write_text("{}")
...     [(s.student, s.status, s.notes) for s in find_submissions(Path(tmp), "01_quotes")]
[('alice', '', ['ignored alice.txt']), ('bob', '', []), ('carol', 'wrong file type', [])]
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .grading_errors import GradingError

__all__ = [
    "MAX_ZIP_BYTES",
    "MAX_ZIP_FILES",
    "Submission",
    "find_submissions",
    "safe_extract",
]

MAX_ZIP_BYTES = 200 * 1024 * 1024
MAX_ZIP_FILES = 5000

_IGNORED_PREFIXES = (".", "__MACOSX")


@dataclass
class Submission:
    """One student's upload: the notebook to grade, or the status and reason it cannot be graded."""

    student: str
    path: Path | None = None
    status: str = ""
    reason: str = ""
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Zip files


def _unsafe_name(name: str, mode: int) -> bool:
    """An absolute path, a drive letter, a ``..`` part or a symbolic link."""
    parts = PurePosixPath(name).parts
    return name.startswith("/") or bool(re.match(r"^[A-Za-z]:", name)) or ".." in parts or mode == 0o120000


def safe_extract(
    archive: Path, target: Path, *, max_files: int = MAX_ZIP_FILES, max_bytes: int = MAX_ZIP_BYTES
) -> list[str]:
    """Extract a zip into ``target``, skipping absolute paths, ``..`` and links.

    Refuses (``GradingError``) more than *max_files* files or *max_bytes* in total
    (5,000 and 200 MB by default); the size is counted while writing, so a lying
    header does not help. Returns the skipped names.
    """
    skipped: list[str] = []
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise GradingError(f"{archive} is not a readable zip file ({exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > max_files:
            raise GradingError(f"{archive} has {len(infos)} entries (the limit is {max_files})")
        if sum(i.file_size for i in infos) > max_bytes:
            raise GradingError(f"{archive} unpacks to more than 200 MB")
        root = target.resolve()
        written = 0
        for info in infos:
            name = info.filename.replace("\\", "/")
            mode = (info.external_attr >> 16) & 0o170000
            if _unsafe_name(name, mode):
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
                    if written > max_bytes:
                        raise GradingError(f"{archive} unpacks to more than 200 MB")
                    out.write(chunk)
    return skipped


# ---------------------------------------------------------------------------
# Folders


def _hidden(path: Path, root: Path) -> bool:
    """True for anything inside a hidden folder or a macOS ``__MACOSX`` folder (relative to ``root``)."""
    return any(part.startswith(_IGNORED_PREFIXES) for part in path.relative_to(root).parts)


def _visible_entries(root: Path) -> list[Path]:
    return [p for p in sorted(root.iterdir()) if not p.name.startswith(_IGNORED_PREFIXES)]


def _nbgrader_submission(folder: Path, assignment: str) -> Submission:
    """The submission in ``<student>/<assignment>/`` (or directly in ``<student>/``)."""
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
    return sub


def _flat_submission(key: str, paths: list[Path]) -> Submission:
    """The submission of one student in a flat folder, from the files whose names match ``key``."""
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
    return sub


def find_submissions(root: Path, assignment: str) -> list[Submission]:
    """One :class:`Submission` per student from a flat folder or nbgrader's ``submitted/<student>/<assignment>/`` layout."""
    if (root / "submitted").is_dir():
        root = root / "submitted"
    entries = _visible_entries(root)
    if len(entries) == 1 and entries[0].is_dir() and not any(entries[0].glob("*/*.ipynb")) and any(entries[0].glob("*.ipynb")):
        root = entries[0]  # a zip holding one folder of notebooks
        entries = _visible_entries(root)
    elif len(entries) == 1 and entries[0].is_dir() and (entries[0] / "submitted").is_dir():
        return find_submissions(entries[0], assignment)
    files = [p for p in entries if p.is_file()]
    folders = [p for p in entries if p.is_dir()]
    subs: dict[str, Submission] = {}
    if folders and not any(p.suffix == ".ipynb" for p in files):
        # nbgrader layout: <student>/<assignment>/*.ipynb
        for folder in folders:
            subs[folder.name] = _nbgrader_submission(folder, assignment)
        return [subs[k] for k in sorted(subs)]
    groups: dict[str, list[Path]] = {}
    for p in files:
        groups.setdefault(p.stem.casefold(), []).append(p)
    for key, paths in groups.items():
        subs[key] = _flat_submission(key, paths)
    return [subs[k] for k in sorted(subs)]
