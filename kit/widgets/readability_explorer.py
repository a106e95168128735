"""Readability explorer: pick a measure, see each paragraph and framing vs quotes, read one plain line.

Three layers (see :mod:`kit.widgets`):

1. :func:`explorer_summary`, :func:`chart_figure` and :func:`chart_png` -- pure functions;
2. :class:`ReadabilityModel` -- a ``traitlets.HasTraits`` model (the chosen measure and the summary);
3. :func:`make_readability_explorer` -- a thin ipywidgets view.

The charts are drawn on a bare :class:`matplotlib.figure.Figure` (no pyplot),
saved as PNG and shown in ``ipywidgets.Image`` widgets, so redrawing never
leaves figures open and never touches global matplotlib state. The two charts
are stacked, each as wide as the notebook allows (up to its own pixel width), so
neither is squeezed and no axis label is cut off.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import traitlets

from ._common import escape, style_tag
from ._common import as_analysis

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis

__all__ = [
    "CHART_DPI",
    "CHART_SIZE",
    "METRIC_CHOICES",
    "ReadabilityModel",
    "chart_figure",
    "chart_png",
    "explorer_summary",
    "make_readability_explorer",
]


def _choices() -> tuple[tuple[str, str], ...]:
    from ..readability import METRICS

    return tuple((m.label, m.key) for m in METRICS if m.kind != "label")


#: (plain label, key) of every measure the explorer offers (all but ``text_standard``).
METRIC_CHOICES: tuple[tuple[str, str], ...] = _choices()

#: Size (inches) and resolution of each explorer chart: 720 x 414 pixels, shown one above the other.
CHART_SIZE: tuple[float, float] = (8.0, 4.6)
CHART_DPI = 90


def _phrase(grade: float) -> str:
    g = int(math.floor(grade + 0.5))
    if g < 1:
        return "below grade 1"
    if g <= 12:
        return f"about grade {g}"
    return f"about grade {g} ({'college' if g <= 16 else 'graduate'} level)"


def _value(scores: dict[str, Any], key: str) -> float | None:
    value = scores.get(key)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def explorer_summary(analysis: Analysis, metric: str = "flesch_kincaid_grade") -> str:
    """One plain line comparing how hard the quotes and the writer's framing are to read.

    With a grade-type measure the grades are that measure's; otherwise the
    consensus grade (:func:`kit.readability.grade_level`) is used and the
    chosen measure's two numbers are added.

    Parameters
    ----------
    analysis : kit.analysis.Analysis
        An analysed article.
    metric : str
        A key of :data:`kit.readability.METRICS` (not ``text_standard``).

    Returns
    -------
    str

    Examples
    --------
    >>> from kit.analysis import analyze
    >>> a = analyze('"We will win the cup. It is our year," said coach Ann Lee. The club, whose '
    ...             'extraordinarily complicated administrative difficulties have been widely '
    ...             'documented, nevertheless anticipates considerable improvement. Fans are unconvinced.')
    >>> explorer_summary(a, "flesch_kincaid_grade")
    'The quotes read at below grade 1; the framing at about grade 17 (graduate level), by the Flesch-Kincaid grade.'
    >>> explorer_summary(a, "flesch_reading_ease")  # doctest: +NORMALIZE_WHITESPACE
    'The quotes read at below grade 1; the framing at about grade 19 (graduate level).
     Flesch reading ease: quotes 100, framing 0 (higher is easier).'
    >>> explorer_summary(analyze(""), "gunning_fog")
    'There are no quotes to measure, and no framing text either.'
    """
    from ..readability import METRICS, grade_level

    info = {m.key: m for m in METRICS}.get(metric)
    if info is None or info.kind == "label":
        raise ValueError(f"choose one of: {', '.join(key for _, key in METRIC_CHOICES)}")
    report = analysis.readability()
    quotes, framing = report["quotes"], report["framing"]
    if info.kind == "grade":
        q, f = _value(quotes, metric), _value(framing, metric)
        by = f", by the {info.label}"
    else:
        q, f = grade_level(quotes), grade_level(framing)
        by = ""
    if q is None and f is None:
        line = "There are no quotes to measure, and no framing text either."
    elif q is None:
        line = f"There are no quotes to measure; the framing reads at {_phrase(f)}{by}."
    elif f is None:
        line = f"The quotes read at {_phrase(q)}; there is no framing text to measure{by}."
    else:
        line = f"The quotes read at {_phrase(q)}; the framing at {_phrase(f)}{by}."
    if info.kind != "grade" and (q is not None or f is not None):
        qv, fv = _value(quotes, metric), _value(framing, metric)
        direction = "higher is easier" if info.kind == "ease" else "higher is harder"
        shown = lambda v: "not measurable" if v is None else f"{v:g}"  # noqa: E731
        line += f" {info.label}: quotes {shown(qv)}, framing {shown(fv)} ({direction})."
    return line


def chart_figure(analysis: Analysis, metric: str, which: str, size: tuple[float, float] = CHART_SIZE) -> Any:
    """Draw one explorer chart on a bare :class:`matplotlib.figure.Figure` (no pyplot) and return the Figure.

    The figure uses constrained layout and :func:`kit.charts.decorate` wraps long
    axis labels, so titles, labels and tick labels all stay inside the figure.

    Parameters
    ----------
    analysis : kit.analysis.Analysis
        An analysed article.
    metric : str
        The chosen readability measure.
    which : str
        ``"paragraphs"`` or ``"comparison"`` (see :func:`chart_png`).
    size : tuple of float
        Figure size in inches.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from kit.analysis import analyze
    >>> fig = chart_figure(analyze(""), "gunning_fog", "paragraphs")
    >>> [round(v) for v in fig.get_size_inches()], type(fig.get_layout_engine()).__name__
    ([8, 5], 'ConstrainedLayoutEngine')
    """
    from matplotlib.figure import Figure

    from .. import charts
    from ..readability import METRICS

    if which not in ("paragraphs", "comparison"):
        raise ValueError("which must be 'paragraphs' or 'comparison'")
    fig = Figure(figsize=size, dpi=CHART_DPI, layout="constrained")
    ax = fig.add_subplot()
    if which == "paragraphs":
        charts.plot_readability_by_paragraph(analysis, metric, ax=ax)
    else:
        kind = {m.key: m.kind for m in METRICS}[metric]
        charts.plot_framing_vs_quotes(analysis, None if kind == "grade" else [metric], ax=ax)
    return fig


def chart_png(analysis: Analysis, metric: str, which: str, size: tuple[float, float] = CHART_SIZE) -> bytes:
    """Draw one explorer chart on a bare Figure and return it as PNG bytes.

    Parameters
    ----------
    analysis : kit.analysis.Analysis
        An analysed article.
    metric : str
        The chosen readability measure.
    which : str
        ``"paragraphs"`` (:func:`kit.charts.plot_readability_by_paragraph`) or
        ``"comparison"`` (:func:`kit.charts.plot_framing_vs_quotes`: every grade
        measure, or just ``metric`` when it is not a grade).
    size : tuple of float
        Figure size in inches.

    Returns
    -------
    bytes
        A PNG image.

    Examples
    --------
    >>> from kit.analysis import analyze
    >>> chart_png(analyze(""), "gunning_fog", "comparison")[:4]
    b'\\x89PNG'
    """
    import io

    buffer = io.BytesIO()
    chart_figure(analysis, metric, which, size).savefig(buffer, format="png")
    return buffer.getvalue()


class ReadabilityModel(traitlets.HasTraits):
    """The analysis, the chosen measure and the one-line summary.

    Examples
    --------
    >>> from kit.analysis import analyze
    >>> model = ReadabilityModel(analysis=analyze('"We will win," said Ann Lee. The club anticipates improvement.'))
    >>> model.metric = "gunning_fog"
    >>> model.summary.endswith("by the Gunning fog index.")
    True
    """

    analysis = traitlets.Any(allow_none=True)
    metric = traitlets.Enum([key for _, key in METRIC_CHOICES], default_value="flesch_kincaid_grade")
    summary = traitlets.Unicode("")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._refresh()

    @traitlets.observe("analysis", "metric")
    def _on_change(self, change: dict[str, Any]) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self.summary = explorer_summary(self.analysis, self.metric) if self.analysis is not None else ""

    def summary_html(self) -> str:
        """The summary as escaped HTML with the shared style."""
        return f'{style_tag()}<div class="kit-w kit-readability-summary"><p>{escape(self.summary)}</p></div>'


def make_readability_explorer(article_or_analysis: Any) -> Any:
    """Build the readability explorer (not displayed: show it as a cell's last line).

    Parameters
    ----------
    article_or_analysis
        An Analysis, an Article, a seed name or article text.

    Returns
    -------
    ipywidgets.VBox
        With ``.model`` (:class:`ReadabilityModel`), ``.dropdown``,
        ``.paragraph_image``, ``.comparison_image`` and ``.summary`` (HTML).
        The two chart images are stacked in ``.charts`` (a ``VBox``), each as
        wide as the notebook allows, up to the chart's own width in pixels.
    """
    import ipywidgets as w

    from ..readability import METRICS

    model = ReadabilityModel(analysis=as_analysis(article_or_analysis))
    explanations = {m.key: m.explanation for m in METRICS}
    dropdown = w.Dropdown(options=list(METRIC_CHOICES), value=model.metric, description="Measure:",
                          style={"description_width": "initial"}, layout=w.Layout(width="24em"))
    dropdown.add_class("kit-readability-metric")
    traitlets.link((dropdown, "value"), (model, "metric"))
    about = w.HTML()
    about.add_class("kit-readability-about")
    native = f"{round(CHART_SIZE[0] * CHART_DPI)}px"  # never blown up past the pixels drawn

    def image() -> Any:
        return w.Image(format="png", layout=w.Layout(width="100%", max_width=native, height="auto", margin="0 0 0.8em 0"))

    paragraph_image, comparison_image = image(), image()
    paragraph_image.add_class("kit-readability-paragraphs")
    comparison_image.add_class("kit-readability-comparison")
    summary = w.HTML()
    summary.add_class("kit-readability-summary")

    def redraw(_: Any = None) -> None:
        paragraph_image.value = chart_png(model.analysis, model.metric, "paragraphs")
        comparison_image.value = chart_png(model.analysis, model.metric, "comparison")
        about.value = f'{style_tag()}<div class="kit-w kit-legend">{escape(explanations[model.metric])}</div>'
        summary.value = model.summary_html()

    model.observe(redraw, names=["metric", "analysis"])
    redraw()
    charts_box = w.VBox([paragraph_image, comparison_image], layout=w.Layout(width="100%"))
    charts_box.add_class("kit-readability-charts")
    view = w.VBox([w.HBox([dropdown, about]), summary, charts_box])
    view.add_class("kit-readability-explorer")
    view.model, view.dropdown, view.paragraph_image, view.comparison_image, view.summary = (
        model, dropdown, paragraph_image, comparison_image, summary)
    view.charts = charts_box
    return view
