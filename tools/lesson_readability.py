"""Measure the reading level of the lessons' student-facing text (their markdown cells).

Each lesson's markdown cells are turned into plain prose -- heading marks, emphasis, code spans, links,
images, bullets, block quotes, tables and HTML removed; a heading, bullet or table row that does not end
in a full stop becomes its own sentence, so the formulas do not run it into the next line; a decimal point
("0.75") is not taken for a full stop -- and scored with the kit's own offline readability
(``kit.readability.readability_scores`` and ``grade_level``, textstat's formulas).

Usage::

    python tools/lesson_readability.py                  # every lessons/*.ipynb, plus the overall figure
    python tools/lesson_readability.py lessons/03_headline_vs_quote.ipynb
    python tools/lesson_readability.py --show 03        # print the extracted text of matching lessons
    python tools/lesson_readability.py --json           # one JSON object per lesson, then the overall one

Printed per lesson and overall: ``grade`` (the kit's consensus grade, :func:`kit.readability.grade_level`:
the median of Flesch-Kincaid, Gunning fog, SMOG and Coleman-Liau), the Flesch-Kincaid grade, textstat's
``text_standard`` label and the word count. The target for the lessons is a consensus grade of about 8-10
(US grades; ages 13-16). Code cells, quiz prompts and widget text are not measured.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "lessons"
TARGET = (8, 10)  # US grades the student-facing text should read at

_FENCE = re.compile(r"^\s*(```|~~~).*?^\s*\1\s*$", re.MULTILINE | re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_QUOTE_MARK = re.compile(r"^\s*>\s?")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)*]*$")
_SOFT_END = re.compile(r"\s*[:;,]$")
# a decimal point is not a full stop: "0.75" would otherwise end a sentence in textstat's counting
_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
# emoji and other pictographs (🔎, ✏️, 🧭, 🎉) are decoration, not words
_PICTOGRAPH = re.compile("[\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]")


def _code_span(match: re.Match) -> str:
    """Keep a code span that reads as a word (`kit`, `None`, `stats`); drop real code (`analysis.stats`)."""
    inner = match.group(2).strip()
    return inner if re.fullmatch(r"[A-Za-z]+", inner) else ""


def _inline(text: str) -> str:
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _CODE_SPAN.sub(_code_span, text)
    for _ in range(2):  # nested emphasis such as ***word***
        text = _EMPHASIS.sub(r"\2", text)
    text = _PICTOGRAPH.sub("", text)
    text = _DECIMAL.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def _close(line: str) -> str:
    """End a unit (paragraph, heading, bullet, table row) with a full stop so it counts as its own sentence.

    A trailing colon, semicolon or comma (a lead-in to a list, a list item) becomes a full stop.

    >>> _close("run a cell;"), _close("Compare two examples:"), _close("Done."), _close('He said "no."')
    ('run a cell.', 'Compare two examples.', 'Done.', 'He said "no."')
    """
    line = _SOFT_END.sub("", line.rstrip())
    return line if not line or _SENTENCE_END.search(line) else line + "."


def markdown_to_text(markdown: str) -> str:
    """Turn one markdown cell into plain prose for the readability formulas.

    >>> markdown_to_text("## 2. What is a *loaded* word?\\n\\nA word that **pushes** a feeling.")
    'What is a loaded word?\\nA word that pushes a feeling.'
    >>> markdown_to_text("- run a cell\\n- use `kit` and `analysis.stats`")
    'run a cell.\\nuse kit and.'
    >>> markdown_to_text("| word | meaning |\\n|---|---|\\n| said | neutral |")
    'word, meaning.\\nsaid, neutral.'
    >>> markdown_to_text("It scores about 0.75 here")
    'It scores about 075 here.'
    """
    text = _HTML_COMMENT.sub(" ", _FENCE.sub(" ", markdown))
    text = _HTML_TAG.sub(" ", text)
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for raw in text.splitlines():
        line = _QUOTE_MARK.sub("", raw)
        if not line.strip():
            flush()
            continue
        if _TABLE_RULE.match(line):
            continue
        if line.strip().startswith("|"):
            cells = [_inline(c) for c in line.strip().strip("|").split("|")]
            flush()
            paragraphs.append(_close(", ".join(c for c in cells if c)))
            continue
        if _HEADING.match(line) or _LIST_MARK.match(line):
            flush()
            body = _inline(_LIST_MARK.sub("", _HEADING.sub("", line)))
            if _HEADING.match(line):
                paragraphs.append(_close(body))
            else:
                current.append(body)  # a bullet may wrap over several lines
            continue
        current.append(_inline(line))
    flush()
    return "\n".join(_close(p.strip()) for p in paragraphs if p.strip())


def lesson_text(path: Path) -> str:
    """All markdown cells of one notebook, as plain prose separated by blank lines."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return "\n\n".join(markdown_to_text(cell.source) for cell in nb.cells if cell.cell_type == "markdown").strip()


def measure(text: str) -> dict:
    """Flesch-Kincaid grade, the kit's consensus grade, textstat's label, words and sentences.

    ``grade`` is :func:`kit.readability.grade_level`: the median of the grade formulas (Flesch-Kincaid,
    Gunning fog, SMOG, Coleman-Liau), the number the kit itself reports as "about grade N".
    """
    from kit.readability import grade_level, readability_scores

    scores = readability_scores(text)
    return {
        "grade": grade_level(scores),
        "flesch_kincaid_grade": scores["flesch_kincaid_grade"],
        "text_standard": scores["text_standard"],
        "words": scores["words"],
        "sentences": scores["sentences"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to measure (default: lessons/*.ipynb)")
    parser.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")
    parser.add_argument("--show", metavar="PATTERN", help="print the extracted text of lessons whose name contains PATTERN")
    args = parser.parse_args(argv)

    paths = args.notebooks or sorted(LESSONS.glob("[0-9][0-9]_*.ipynb"))
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print(f"lesson_readability: no such notebook: {missing[0]}", file=sys.stderr)
        return 2
    texts = {p.stem: lesson_text(p) for p in paths}
    if args.show:
        for name, text in texts.items():
            if args.show in name:
                print(f"===== {name}\n{text}\n")
        return 0

    rows = [dict(lesson=name, **measure(text)) for name, text in texts.items()]
    overall = dict(lesson="overall", **measure("\n\n".join(texts.values())))
    if args.json:
        for row in rows + [overall]:
            print(json.dumps(row))
        return 0
    width = max(len(r["lesson"]) for r in rows + [overall])
    def number(value: float | None) -> str:
        return "-" if value is None else f"{value:.1f}"

    print(f"{'lesson':<{width}}  {'grade':>5}  {'FK grade':>8}  {'words':>6}  {'sentences':>9}  text_standard")
    for row in rows + [overall]:
        if row is overall:
            print("-" * (width + 58))
        print(
            f"{row['lesson']:<{width}}  {number(row['grade']):>5}  {number(row['flesch_kincaid_grade']):>8}  "
            f"{row['words']:>6}  {row['sentences']:>9}  {row['text_standard'] or '-'}"
        )
    print(f"\ngrade = the kit's consensus grade (median of Flesch-Kincaid, Gunning fog, SMOG, Coleman-Liau); "
          f"target {TARGET[0]}-{TARGET[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
