"""Charts for the lessons: readability, certainty, spin and who is quoted.

Every helper takes ``ax=None`` (a new figure is made only when no Axes is
given), returns the Axes it drew on, and never calls ``plt.show()``.  They all
finish with :func:`decorate`, which sets the title and axis labels in plain
words, large enough to read when projected, and stores a plain-language
caption (an alt text) that :func:`caption` gives back.

Colours come from the Okabe-Ito palette in :mod:`kit.widgets._common`, and
colour is never the only cue: bars also carry hatching, dots have different
shapes, and values are written next to them.

Importing this module does not import matplotlib; each helper imports it
when called.

>>> import kit.charts, sys
>>> "kit.charts" in sys.modules
True
"""

from __future__ import annotations

import math
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .widgets._common import PALETTE

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

    from .analysis import Analysis

__all__ = [
    "caption",
    "decorate",
    "plot_certainty",
    "plot_framing_vs_quotes",
    "plot_readability_by_paragraph",
    "plot_speakers",
    "plot_spin_profile",
    "plain_label",
    "quoted_shares",
    "FONT_SIZE",
    "TITLE_SIZE",
]

#: Smallest font size used anywhere on a chart (readable on a projector).
FONT_SIZE = 12
#: Font size of chart titles.
TITLE_SIZE = 14

_QUOTE_COLOUR, _FRAMING_COLOUR = PALETTE[1], PALETTE[0]
_QUOTE_HATCH, _FRAMING_HATCH = "//", ".."
#: How paragraphs are told apart: colour, hatching, a letter tag and the legend text.
_PARAGRAPH_GROUPS = {
    "quotes": (_QUOTE_COLOUR, _QUOTE_HATCH, "Q", "Q: mostly direct quotes (half or more)"),
    "mixed": (PALETTE[5], "xx", "Q+F", "Q+F: some quotes, mostly framing"),
    "framing": (_FRAMING_COLOUR, _FRAMING_HATCH, "F", "F: only the writer's framing"),
}
_FLAG_HATCHES = ("//", "\\\\", "xx", "..", "oo", "++", "--", "**")
_FLAG_NAMES = {
    "unsupported": "words no quote has",
    "certainty": "more certain than the quote",
    "negation": "flips a 'not'",
    "number": "number does not match",
    "loaded": "loaded word",
    "clickbait": "clickbait",
    "said_verb": "loaded 'said' verb",
    "vague_source": "vague source",
}


# --------------------------------------------------------------------------- shared helpers


def plain_label(text: object, width: int = 38, max_lines: int = 2) -> str:
    """Wrap and shorten text for a chart label, with ``$`` made literal.

    Parameters
    ----------
    text : object
        Any text (a headline, a speaker's name).
    width : int
        Characters per line.
    max_lines : int
        Lines to keep; the last one ends in "..." when text was cut.

    Returns
    -------
    str
        The label, safe from matplotlib's ``$...$`` maths mode.

    Examples
    --------
    >>> plain_label("Council spends $5m on a new bridge over the river Lea", width=20)
    'Council spends \\\\$5m\\non a new bridge...'
    >>> plain_label("")
    '(empty)'
    """
    words = " ".join(str(text).split())
    if not words:
        return "(empty)"
    lines = textwrap.wrap(words, width) or [words]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1][: max(width - 3, 1)]
        lines[-1] = (last.rsplit(" ", 1)[0] if " " in last else last).rstrip() + "..."
    return "\n".join(lines).replace("$", r"\$")


def _new_axes(ax: Axes | None, figsize: tuple[float, float] = (8.0, 4.5)) -> Axes:
    """Return ``ax``, or the Axes of a new figure when ``ax`` is None."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots(figsize=figsize, layout="constrained")
    return new


def _fit_label(ax: Axes, text: str, vertical: bool) -> str:
    """Wrap an axis label onto more lines when it is longer than its axis.

    A long label is first broken before its bracket ("Flesch-Kincaid grade" /
    "(US school grade)"), then wrapped at spaces, so it never runs past the
    figure's edge, where it would be cut off.
    """
    if not text or "\n" in text:
        return text
    try:
        figure = ax.get_figure(root=True)  # the whole figure, also for an Axes in a subfigure
    except TypeError:  # matplotlib < 3.10
        figure = ax.get_figure()
    if figure is None:
        return text
    box = ax.get_position()
    inches = figure.get_figheight() * box.height if vertical else figure.get_figwidth() * box.width
    chars = max(12, int(inches * 72 / (FONT_SIZE * 0.62)))
    if len(text) <= chars:
        return text
    head, bracket, rest = text.partition(" (")
    parts = [head, bracket.strip() + rest] if bracket else [text]
    return "\n".join(line for part in parts for line in (textwrap.wrap(part, chars) or [part]))


def decorate(
    ax: Axes,
    *,
    title: str = "",
    xlabel: str = "",
    ylabel: str = "",
    caption: str = "",
    legend: bool = False,
) -> Axes:
    """Give a chart its title, axis labels, readable font sizes and caption.

    An axis label longer than its axis is wrapped onto two or more lines, so it
    is never cut off at the edge of the figure.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        The chart.
    title, xlabel, ylabel : str
        Plain words.
    caption : str
        A plain-language description of what the chart shows (alt text),
        stored as ``ax.kit_caption``.
    legend : bool
        Add a legend from the labelled artists.

    Returns
    -------
    matplotlib.axes.Axes
        The same Axes.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> ax = Figure().add_subplot()
    >>> _ = decorate(ax, title="Words", xlabel="count", ylabel="who", caption="Nothing yet.")
    >>> ax.get_title(), caption(ax)
    ('Words', 'Nothing yet.')
    >>> ax = Figure(figsize=(6, 3)).add_subplot()
    >>> decorate(ax, ylabel="Flesch-Kincaid grade (US school grade)").get_ylabel()
    'Flesch-Kincaid grade\\n(US school grade)'
    """
    ax.set_title(title, fontsize=TITLE_SIZE, wrap=True)
    ax.set_xlabel(_fit_label(ax, xlabel, vertical=False), fontsize=FONT_SIZE)
    ax.set_ylabel(_fit_label(ax, ylabel, vertical=True), fontsize=FONT_SIZE)
    ax.tick_params(labelsize=max(FONT_SIZE - 1, 11))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if legend:
        ax.legend(fontsize=max(FONT_SIZE - 1, 11), frameon=False)
    ax.kit_caption = caption or title
    return ax


def caption(ax: Axes) -> str:
    """The plain-language caption a chart helper stored on ``ax``.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> caption(Figure().add_subplot())
    ''
    """
    return str(getattr(ax, "kit_caption", ""))


def _nothing(ax: Axes, message: str, *, title: str, xlabel: str = "", ylabel: str = "") -> Axes:
    """Draw a clear 'nothing to show' message instead of a chart."""
    ax.text(
        0.5,
        0.5,
        f"Nothing to show: {message}",
        ha="center",
        va="center",
        fontsize=FONT_SIZE + 1,
        wrap=True,
        transform=ax.transAxes,
    )
    ax.set_xticks([])
    ax.set_yticks([])
    return decorate(ax, title=title, xlabel=xlabel, ylabel=ylabel, caption=f"Nothing to show: {message}")


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def _metric(key: str):
    from .readability import METRICS

    for metric in METRICS:
        if metric.key == key:
            return metric
    names = ", ".join(m.key for m in METRICS if m.kind != "label")
    raise ValueError(f"unknown readability metric {key!r}; choose one of: {names}")


def _axis_words(metric) -> str:
    if metric.kind == "grade":
        return f"{metric.label} (US school grade)"
    if metric.kind == "ease":
        return f"{metric.label} (higher is easier)"
    return f"{metric.label} (higher is harder)"


# --------------------------------------------------------------------------- readability


def quoted_shares(analysis: Analysis) -> list[float]:
    """Share of each paragraph's characters that are inside direct (speech) quotes.

    Parameters
    ----------
    analysis : kit.analysis.Analysis
        An analysed article.

    Returns
    -------
    list of float
        One number in [0, 1] per paragraph.

    Examples
    --------
    >>> from kit.analysis import analyze
    >>> [round(s, 2) for s in quoted_shares(analyze('"We will win," said Ann Lee.\\n\\nThe match is on Sunday.'))]
    [0.43, 0.0]
    """
    shares = []
    for para in analysis.article.paragraphs:
        length = max(para.end - para.start, 1)
        quoted = sum(
            max(0, min(q.end, para.end) - max(q.start, para.start)) for q in analysis.speech
        )
        shares.append(min(quoted / length, 1.0))
    return shares


def plot_readability_by_paragraph(
    analysis: Analysis, metric: str = "flesch_kincaid_grade", ax: Axes | None = None
) -> Axes:
    """Bar chart of one readability measure for each paragraph.

    Paragraphs that are mostly direct quotes (half or more of their
    characters), those with some quotes and those that are only the writer's
    framing differ in colour, hatching, a letter above the bar (Q, Q+F, F)
    and the legend.  Paragraphs too short to measure get a
    "too short" label instead of a bar.

    Parameters
    ----------
    analysis : kit.analysis.Analysis
        An analysed article.
    metric : str
        A key of :data:`kit.readability.METRICS` (not ``text_standard``).
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    info = _metric(metric)
    if info.kind == "label":
        raise ValueError("text_standard is a label, not a number; choose a numeric metric")
    ax = _new_axes(ax)
    title = f"{info.label}, paragraph by paragraph"
    xlabel, ylabel = "Paragraph (in reading order)", _axis_words(info)
    paragraphs = analysis.readability()["paragraphs"]
    values = [_number(p.get(metric)) for p in paragraphs]
    if not any(v is not None for v in values):
        return _nothing(ax, "the article has no paragraphs long enough to measure.", title=title, xlabel=xlabel, ylabel=ylabel)
    shares = quoted_shares(analysis)
    positions = list(range(1, len(values) + 1))
    top = max(v for v in values if v is not None)
    counts = {group: 0 for group in _PARAGRAPH_GROUPS}
    for pos, value, share in zip(positions, values, shares):
        group = "quotes" if share >= 0.5 else ("mixed" if share > 0 else "framing")
        colour, hatch, tag, name = _PARAGRAPH_GROUPS[group]
        if value is None:
            ax.text(pos, 0, "too\nshort", ha="center", va="bottom", fontsize=11, rotation=90)
            continue
        ax.bar(pos, value, color=colour, hatch=hatch, edgecolor="black", linewidth=0.8,
               label=None if counts[group] else name)
        counts[group] += 1
        ax.text(pos, value + top * 0.01, tag, ha="center", va="bottom", fontsize=11)
    ax.set_xticks(positions)
    if len(positions) > 20:
        ax.set_xticks(positions[::2])
    ax.set_ylim(0, top * 1.15 + 1)
    measured = [v for v in values if v is not None]
    hardest = positions[values.index(max(measured))]
    text = (
        f"Bar chart of the {info.label} of each of the {len(values)} paragraphs. "
        f"{counts['quotes']} are mostly direct quotes, {counts['mixed']} mix quotes with the "
        f"writer's framing and {counts['framing']} are framing only. Paragraph {hardest} scores highest, at {max(measured):g}."
    )
    return decorate(ax, title=title, xlabel=xlabel, ylabel=ylabel, caption=text, legend=True)


def plot_framing_vs_quotes(
    analysis: Analysis, metrics: Sequence[str] | None = None, ax: Axes | None = None
) -> Axes:
    """Grouped bars: the writer's framing next to the quotes, for each measure.

    Parameters
    ----------
    analysis : kit.analysis.Analysis
        An analysed article.
    metrics : sequence of str, optional
        Readability keys to show; by default every grade-type measure.
        Measures with no value for either part are left out.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    from .readability import METRICS

    keys = list(metrics) if metrics is not None else [m.key for m in METRICS if m.kind == "grade"]
    infos = [_metric(k) for k in keys]
    ax = _new_axes(ax)
    title = "Is the writer's framing harder to read than the quotes?"
    report = analysis.readability()
    rows = []
    for info in infos:
        framing, quotes = _number(report["framing"].get(info.key)), _number(report["quotes"].get(info.key))
        if framing is not None or quotes is not None:
            rows.append((info, framing, quotes))
    kinds = {info.kind for info in infos}
    ylabel = "US school grade" if kinds <= {"grade"} else ("score" if len(infos) != 1 else _axis_words(infos[0]))
    if not rows:
        return _nothing(ax, "there is no framing or quoted text long enough to measure.", title=title, xlabel="Readability measure", ylabel=ylabel)
    width = 0.38
    top = max(v for _, f, q in rows for v in (f, q) if v is not None)
    described = []
    for i, (info, framing, quotes) in enumerate(rows):
        for offset, value, colour, hatch, name in (
            (-width / 2, framing, _FRAMING_COLOUR, _FRAMING_HATCH, "the writer's framing"),
            (width / 2, quotes, _QUOTE_COLOUR, _QUOTE_HATCH, "the direct quotes"),
        ):
            if value is None:
                ax.text(i + offset, 0, "n/a", ha="center", va="bottom", fontsize=11)
                continue
            ax.bar(
                i + offset,
                value,
                width,
                color=colour,
                hatch=hatch,
                edgecolor="black",
                linewidth=0.8,
                label=name if i == 0 else None,
            )
            ax.text(i + offset, value + top * 0.01, f"{value:g}", ha="center", va="bottom", fontsize=11)
        described.append(
            f"{info.label}: framing {framing if framing is not None else 'not measurable'}, "
            f"quotes {quotes if quotes is not None else 'not measurable'}"
        )
    ax.set_xticks(range(len(rows)), [plain_label(info.label, width=14) for info, _, _ in rows])
    ax.set_ylim(0, top * 1.18 + 1)
    text = "Grouped bar chart comparing the writer's framing with the direct quotes. " + "; ".join(described) + "."
    return decorate(ax, title=title, xlabel="Readability measure", ylabel=ylabel, caption=text, legend=True)


# --------------------------------------------------------------------------- headlines


def _reports(headlines: Iterable[Any], analysis: Analysis | None) -> list:
    """Turn headline strings into reports (reports are kept as they are)."""
    from .headlines import score_headline

    context = analysis.headline_context() if analysis is not None else None
    out = []
    for item in headlines:
        if isinstance(item, str):
            if item.strip():
                out.append(score_headline(item, context))
        elif item is not None:
            out.append(item)
    return out


def plot_certainty(
    headlines: Iterable[Any], analysis: Analysis | None = None, ax: Axes | None = None
) -> Axes:
    """Dot plot: how certain each headline sounds next to the quote it rests on.

    Each headline is a row; a triangle marks the headline's certainty and a
    circle its best quote's, on a 0 (openly unsure) to 1 (absolute) scale,
    joined by a line, with both numbers written beside the dots.

    Parameters
    ----------
    headlines : iterable of str or HeadlineReport
        Headlines (scored against ``analysis``) or reports from
        :func:`kit.headlines.score_headline`.  When empty and ``analysis`` is
        given, the analysis' own headlines are used.
    analysis : kit.analysis.Analysis, optional
        The article the headlines are about.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    reports = _reports(headlines, analysis)
    if not reports and analysis is not None:
        reports = analysis.headline_reports()
    ax = _new_axes(ax, (9.0, 1.2 + 0.9 * max(len(reports), 2)))
    title = "How sure does each headline sound, next to its quote?"
    xlabel = "Certainty (0 = openly unsure, 1 = absolutely sure)"
    if not reports:
        return _nothing(ax, "there are no headlines to compare.", title=title, xlabel=xlabel, ylabel="Headline")
    rows = list(range(len(reports)))[::-1]
    described = []
    first_quote = True
    for row, report in zip(rows, reports):
        head, quote = float(report.certainty), _number(report.quote_certainty)
        if quote is not None:
            ax.plot([head, quote], [row, row], color="0.55", linewidth=2, zorder=1)
            ax.scatter([quote], [row], s=120, marker="o", color=_QUOTE_COLOUR, edgecolor="black", zorder=3,
                       label="its best quote (circle)" if first_quote else None)
            ax.annotate(f"{quote:.2f}", (quote, row), xytext=(0, -16), textcoords="offset points",
                        ha="center", va="top", fontsize=11)
            first_quote = False
        ax.scatter([head], [row], s=140, marker="^", color=_FRAMING_COLOUR, edgecolor="black", zorder=4,
                   label="headline (triangle)" if row == rows[0] else None)
        ax.annotate(f"{head:.2f}", (head, row), xytext=(0, 10), textcoords="offset points",
                    ha="center", va="bottom", fontsize=11)
        gap = f", its quote {quote:.2f}" if quote is not None else ", no quote to compare"
        described.append(f"'{' '.join(report.text.split())}' {head:.2f}{gap}")
    ax.set_yticks(rows, [plain_label(r.text) for r in reports])
    ax.set_xlim(-0.05, 1.05)
    ax.set_ylim(-0.8, len(reports) - 0.2)
    ax.grid(axis="x", color="0.9")
    text = "Dot plot of certainty from 0 to 1: " + "; ".join(described) + "."
    return decorate(ax, title=title, xlabel=xlabel, ylabel="Headline", caption=text, legend=True)


def plot_spin_profile(reports: Iterable[Any], ax: Axes | None = None) -> Axes:
    """Stacked horizontal bars: how many flags of each kind each headline got.

    Parameters
    ----------
    reports : iterable of HeadlineReport or str
        Reports from :func:`kit.headlines.score_headline` (strings are scored
        without an article, which gives only the language flags).
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    reports = _reports(reports, None)
    ax = _new_axes(ax, (9.0, 1.2 + 0.9 * max(len(reports), 2)))
    title = "What kind of spin does each headline have?"
    xlabel, ylabel = "Number of flags", "Headline"
    if not reports:
        return _nothing(ax, "there are no headlines to check.", title=title, xlabel=xlabel, ylabel=ylabel)
    counts = [Counter(flag["kind"] for flag in report.flags) for report in reports]
    order = list(_FLAG_NAMES)
    kinds = [k for k in order if any(c[k] for c in counts)]
    kinds += sorted({k for c in counts for k in c} - set(kinds))
    rows = list(range(len(reports)))[::-1]
    left = [0] * len(reports)
    for i, kind in enumerate(kinds):
        widths = [c[kind] for c in counts]
        ax.barh(rows, widths, left=left, color=PALETTE[i % len(PALETTE)], hatch=_FLAG_HATCHES[i % len(_FLAG_HATCHES)],
                edgecolor="black", linewidth=0.8, label=_FLAG_NAMES.get(kind, kind.replace("_", " ")))
        left = [a + b for a, b in zip(left, widths)]
    for row, total in zip(rows, left):
        ax.text(total + 0.05, row, f"{total} flag{'s' if total != 1 else ''}" if total else "no flags",
                va="center", ha="left", fontsize=11)
    ax.set_yticks(rows, [plain_label(r.text) for r in reports])
    ax.set_xlim(0, max(max(left), 1) + 1.2)
    ax.xaxis.get_major_locator().set_params(integer=True)
    described = [
        f"'{' '.join(r.text.split())}': "
        + (", ".join(f"{c[k]} {_FLAG_NAMES.get(k, k)}" for k in kinds if c[k]) or "no flags")
        for r, c in zip(reports, counts)
    ]
    text = "Stacked bar chart of flag kinds per headline. " + "; ".join(described) + "."
    return decorate(ax, title=title, xlabel=xlabel, ylabel=ylabel, caption=text, legend=bool(kinds))


# --------------------------------------------------------------------------- speakers


def plot_speakers(analysis: Analysis, ax: Axes | None = None) -> Axes:
    """Horizontal bars: who is quoted, and how many times (counts written on the bars).

    Parameters
    ----------
    analysis : kit.analysis.Analysis
        An analysed article.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    speakers = analysis.speakers()
    ax = _new_axes(ax, (8.0, 1.2 + 0.7 * max(len(speakers), 2)))
    title = "Who is quoted, and how often?"
    xlabel, ylabel = "Number of direct quotes", "Speaker"
    if not speakers:
        return _nothing(ax, "the article has no direct quotes.", title=title, xlabel=xlabel, ylabel=ylabel)
    rows = list(range(len(speakers)))[::-1]
    counts = [n for _, n in speakers]
    for row, (name, n) in zip(rows, speakers):
        unnamed = name == "unnamed"
        ax.barh(row, n, color=PALETTE[4] if unnamed else PALETTE[0], hatch="xx" if unnamed else "",
                edgecolor="black", linewidth=0.8)
        ax.text(n + 0.05, row, str(n), va="center", ha="left", fontsize=FONT_SIZE)
    labels = [plain_label("(no name given)" if name == "unnamed" else name, width=24) for name, _ in speakers]
    ax.set_yticks(rows, labels)
    ax.set_xlim(0, max(counts) * 1.15 + 0.5)
    ax.xaxis.get_major_locator().set_params(integer=True)
    total = sum(counts)
    text = (
        f"Bar chart of who is quoted: {total} direct quote{'s' if total != 1 else ''} from "
        f"{len(speakers)} speaker{'s' if len(speakers) != 1 else ''}. "
        + "; ".join(f"{name}: {n}" for name, n in speakers)
        + "."
    )
    return decorate(ax, title=title, xlabel=xlabel, ylabel=ylabel, caption=text)
