"""Generate student notebooks and answer keyfiles from the instructor notebooks.

For every ``exercises/source/NAME.ipynb`` this writes

* ``exercises/NAME.ipynb``: solutions replaced by ``answer_qN = None  # your answer here``,
  ``metadata.kit`` removed from answer cells, outputs and execution counts cleared;
* ``exercises/keys/NAME.json``: salted hashes of the answers, hints and rubrics
  (the salt of an existing keyfile is kept, so regenerating changes nothing).

Usage::

    python tools/make_student_versions.py           # regenerate
    python tools/make_student_versions.py --check   # exit 1 if the committed files differ
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import nbformat

from kit.grading import _atomic_write, build_keys, new_salt, student_version

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "exercises"


def _notebook_text(data: dict) -> str:
    notebook = nbformat.from_dict(data)
    nbformat.validate(notebook)
    return nbformat.writes(notebook) + "\n"


def expected_files(exercises: Path = EXERCISES) -> dict[Path, str]:
    """What the generator would write: path -> text."""
    files: dict[Path, str] = {}
    for source in sorted((exercises / "source").glob("*.ipynb")):
        data = json.loads(source.read_text(encoding="utf-8"))
        keyfile = exercises / "keys" / f"{source.stem}.json"
        salt = None
        if keyfile.exists():
            try:
                salt = json.loads(keyfile.read_text(encoding="utf-8")).get("salt")
            except ValueError:
                salt = None
        keys = build_keys(data, salt or new_salt())
        keys["exercise"] = keys["exercise"] or source.stem
        files[exercises / f"{source.stem}.ipynb"] = _notebook_text(student_version(data))
        files[keyfile] = json.dumps(keys, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed files differ from what would be generated")
    parser.add_argument("--exercises", type=Path, default=EXERCISES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    files = expected_files(args.exercises)
    stale = [p for p, text in files.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(args.exercises.parent)}", file=sys.stderr)
        if stale:
            print("run: python tools/make_student_versions.py", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        _atomic_write(path, files[path])
        print(f"wrote {path.relative_to(args.exercises.parent)}")
    if not stale:
        print("all student versions up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
