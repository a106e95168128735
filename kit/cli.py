"""The ``kit`` command line: ``kit analyze``, ``kit headlines`` and ``kit grade``.

Errors (a missing file, a folder, a binary or too large file) print one line on
stderr and exit with status 2; no traceback is ever shown.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Sequence, TextIO

from .analysis import Analysis, analyze
from .articles import ArticleError, load_article

__all__ = ["main", "format_summary", "format_headline", "write_atomic"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(2, f"kit: {message} (see 'kit --help')\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kit", description="Compare news headlines and framing with the quotes they rest on.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    analyze_p = sub.add_parser("analyze", help="find the quotes in articles and who said them")
    analyze_p.add_argument("paths", nargs="+", metavar="PATH", help="article files (plain text) or seed names")
    analyze_p.add_argument("--headline", action="append", default=[], metavar="TEXT", help="a headline to check (repeatable)")
    analyze_p.add_argument("--json", action="store_true", help="print JSON (JSON Lines for several articles)")
    analyze_p.add_argument("--html", metavar="OUT", help="write a self-contained HTML page to OUT")
    head_p = sub.add_parser("headlines", help="score a file of headlines (one a line), optionally against an article")
    head_p.add_argument("file", metavar="FILE", help="a text file with one headline a line ('-' reads standard input)")
    head_p.add_argument("--article", metavar="PATH", help="the article (file or seed name) the headlines rest on")
    head_p.add_argument("--json", action="store_true", help="print one JSON object a line, in input order")
    head_p.add_argument("--csv", metavar="OUT", help="write a CSV table to OUT")
    head_p.add_argument("--sort", choices=["input", "spin", "fidelity"], default="input", help="order of the readable table")
    grade_p = sub.add_parser("grade", help="grade a class's exercise notebooks (never runs student code unless --execute)", add_help=False)
    grade_p.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def format_summary(analysis: Analysis) -> str:
    """A readable summary of one analysis.

    >>> print(format_summary(analyze('"Yes," said Ann Lee.')))  # doctest: +NORMALIZE_WHITESPACE
    <text>
      headline: (none)
      1 quote; 1 of 4 words quoted (25%)
    <BLANKLINE>
      1. Ann Lee (said), full: "Yes,"
    <BLANKLINE>
      Who is quoted: Ann Lee 1
    """
    article = analysis.article
    stats = analysis.stats
    lines = [article.source, f"  headline: {article.headline or '(none)'}"]
    lines.extend(f"  note: {note}" for note in article.notes)
    count = stats["quotes"]
    lines.append(
        f"  {count} quote{'s' if count != 1 else ''}; {stats['quoted_words']} of {stats['words']} words quoted "
        f"({stats['quoted_share'] * 100:.0f}%)"
    )
    lines.append("")
    if not analysis.quotes:
        lines.append("  No direct quotes found.")
    for number, quote in enumerate(analysis.quotes, start=1):
        text = quote.text if len(quote.text) <= 100 else quote.text[:97] + "..."
        if quote.kind == "term":
            lines.append(f"  {number}. (term, not speech): \"{text}\"")
            continue
        who = quote.speaker or "speaker not named"
        cue = f" ({quote.cue})" if quote.cue else ""
        lines.append(f"  {number}. {who}{cue}, {quote.kind}: \"{text}\"")
    speakers = analysis.speakers()
    if speakers:
        lines.append("")
        lines.append("  Who is quoted: " + "; ".join(f"{name} {n}" for name, n in speakers))
    for report in analysis.headline_reports():
        lines.append("")
        lines.extend("  " + line for line in format_headline(report).splitlines())
    return "\n".join(lines)


def format_headline(report) -> str:
    """A readable block for one headline report.

    >>> from kit.headlines import score_headline
    >>> print(format_headline(score_headline("Mayor slams critics")))
    Headline: Mayor slams critics
      certainty 0.59 · spin 0.12
      - loaded (slams): 'slams' is loaded wording: makes criticism sound violent and dramatic; 'criticises' is neutral.
    """
    lines = [f"Headline: {report.text}"]
    parts = []
    if report.fidelity is not None:
        parts.append(f"fidelity {report.fidelity:.2f}")
        parts.append(f"support {report.support:.2f}")
    parts.append(f"certainty {report.certainty:.2f}")
    if report.quote_certainty is not None:
        parts.append(f"best quote's certainty {report.quote_certainty:.2f}")
    parts.append(f"spin {report.spin:.2f}")
    lines.append("  " + " · ".join(parts))
    if report.best_quote is not None:
        lines.append(f"  rests most on quote {report.best_quote + 1}")
    if not report.flags:
        lines.append("  no flags")
    for flag in report.flags:
        lines.append(f"  - {flag['kind']} ({flag['text']}): {flag['explanation']}")
    return "\n".join(lines)


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, so a crash never leaves half a file."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _cmd_analyze(args: argparse.Namespace, out: TextIO) -> int:
    analyses = []
    for path in args.paths:
        article = load_article(path)
        analyses.append(analyze(article, headlines=args.headline))
    if args.html:
        from .report import render_html

        try:
            write_atomic(args.html, render_html(analyses))
        except OSError as exc:
            raise ArticleError(f"cannot write {args.html}: {exc.strerror or exc}") from None
    if args.json:
        if len(analyses) == 1:
            out.write(json.dumps(analyses[0].to_dict(full=True), ensure_ascii=False, indent=2) + "\n")
        else:
            for analysis in analyses:
                out.write(json.dumps(analysis.to_dict(full=True), ensure_ascii=False) + "\n")
    else:
        out.write("\n\n".join(format_summary(a) for a in analyses) + "\n")
        if args.html:
            out.write(f"\nHTML page written to {args.html}\n")
    return 0


CSV_FIELDS = ("line", "text", "fidelity", "support", "certainty", "quote_certainty", "best_quote", "spin", "flags", "unsupported", "explanations")


def _read_headlines(path: str) -> list[str]:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        p = Path(path)
        if not p.exists():
            raise ArticleError(f"no such file: {path}")
        if p.is_dir():
            raise ArticleError(f"{path} is a folder, not a text file")
        try:
            if p.stat().st_size > 50 * 1024 * 1024:
                raise ArticleError(f"{path} is too large (the limit is 50 MB)")
            data = p.read_bytes()
        except PermissionError:
            raise ArticleError(f"cannot read {path}: permission denied") from None
        name = path
    from .articles import decode_bytes

    text, _, _ = decode_bytes(data)
    del name
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _cmd_headlines(args: argparse.Namespace, out: TextIO) -> int:
    import csv
    import io

    from .headlines import prepare, score_headline

    headlines = _read_headlines(args.file)
    analysis = analyze(load_article(args.article)) if args.article else None
    context = prepare(analysis)
    reports = [score_headline(h, context) for h in headlines]
    if args.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for n, r in enumerate(reports, start=1):
            writer.writerow(
                {
                    "line": n,
                    "text": r.text,
                    "fidelity": r.fidelity,
                    "support": r.support,
                    "certainty": r.certainty,
                    "quote_certainty": r.quote_certainty,
                    "best_quote": r.best_quote,
                    "spin": r.spin,
                    "flags": ";".join(f["kind"] for f in r.flags),
                    "unsupported": ";".join(u["text"] for u in r.unsupported),
                    "explanations": " | ".join(f["explanation"] for f in r.flags),
                }
            )
        try:
            write_atomic(args.csv, buffer.getvalue())
        except OSError as exc:
            raise ArticleError(f"cannot write {args.csv}: {exc.strerror or exc}") from None
    if args.json:
        for r in reports:
            out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    elif not args.csv or args.sort != "input":
        order = list(reports)
        if args.sort == "spin":
            order.sort(key=lambda r: -r.spin)
        elif args.sort == "fidelity":
            order.sort(key=lambda r: (r.fidelity is None, r.fidelity if r.fidelity is not None else 0))
        out.write("\n\n".join(format_headline(r) for r in order) + ("\n" if order else ""))
    if args.csv and not args.json:
        out.write(f"CSV written to {args.csv} ({len(reports)} headlines)\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["grade"]:
        from .grading import grade_command

        try:
            return grade_command(argv[1:])
        except KeyboardInterrupt:
            print("kit: interrupted", file=sys.stderr)
            return 130
        except Exception as exc:  # never a traceback for an instructor either
            print(f"kit: unexpected error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
            return 1
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "analyze":
            return _cmd_analyze(args, sys.stdout)
        if args.command == "headlines":
            return _cmd_headlines(args, sys.stdout)
    except ArticleError as exc:
        print(f"kit: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # never a traceback for a student
        print(f"kit: unexpected error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
