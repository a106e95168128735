"""Export the lessons as static HTML pages (for students without Jupyter): `make html`.

Each notebook is executed headless with its widget state stored, then converted with nbconvert's HTML
exporter, so widgets show their state as it was after running (they do not respond to typing: that needs
a live kernel). Pages go to build/html/, with an index.html linking them.

Usage: python tools/export_html.py [NOTEBOOK ...] [--out build/html]
"""

from __future__ import annotations

import argparse
import html
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def export(path: Path, out_dir: Path) -> Path:
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter

    nb = nbformat.read(path, as_version=4)
    os.environ.setdefault("MPLBACKEND", "Agg")
    client = NotebookClient(nb, timeout=180, kernel_name="python3", store_widget_state=True, resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    target = out_dir / (path.stem + ".html")
    tmp = target.with_suffix(".html.tmp")
    tmp.write_text(body, encoding="utf-8")
    os.replace(tmp, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "html")
    args = parser.parse_args(argv)
    notebooks = args.notebooks or sorted((ROOT / "lessons").glob("*.ipynb"))
    if not notebooks:
        print("export_html: no notebooks to export", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    pages = []
    for path in notebooks:
        target = export(path, args.out)
        pages.append(target)
        print(f"wrote {target}")
    links = "".join(f'<li><a href="{html.escape(p.name)}">{html.escape(p.stem)}</a></li>' for p in pages)
    (args.out / "index.html").write_text(f"<!DOCTYPE html><meta charset='utf-8'><title>Lessons</title><h1>Lessons</h1><ul>{links}</ul>", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
