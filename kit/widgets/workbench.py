"""Headline workbench: write a headline and see, on every keystroke, how faithful it is to the quotes.

The article is analysed once; each keystroke only re-scores the headline against
the prepared :meth:`~kit.analysis.Analysis.headline_context` (well under a millisecond).

>>> from kit.analysis import analyze
>>> model = WorkbenchModel(analysis=analyze('"We may delay the vote," said Ann Lee.'))
>>> model.headline = "Lee vows to delay vote"
>>> [f["kind"] for f in model.report.flags]
['certainty']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

import traitlets

from ..headlines import HeadlineReport, score_headline
from ._common import escape, style_tag
from ._common import as_analysis

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis

__all__ = [
    "FLAG_LABELS",
    "MAX_ATTEMPTS",
    "fidelity_words",
    "render_gauge",
    "render_headline_terms",
    "render_flags",
    "render_best_quote",
    "render_attempts",
    "WorkbenchModel",
    "make_workbench",
]

#: How many attempts the compare list keeps (the oldest is dropped first).
MAX_ATTEMPTS = 10

#: Each flag kind in plain words.
FLAG_LABELS: dict[str, str] = {
    "unsupported": "Not in the quotes",
    "certainty": "Sounds surer than the speaker",
    "negation": "Turns the quote around",
    "number": "A number that does not match",
    "loaded": "Loaded word",
    "clickbait": "Clickbait",
    "said_verb": "Loaded reporting verb",
    "vague_source": "Vague source",
}

_TERM_TITLES = {
    "quoted": "a speaker said this",
    "context": "who said it: a name or role from the article",
    "framing": "the article says so; the speaker did not",
    "nowhere": "nobody said this",
}


def fidelity_words(fidelity: float | None) -> str:
    """Plain words for a fidelity score.

    >>> [fidelity_words(x) for x in (None, 0.9, 0.6, 0.2)]
    ['no headline yet', 'faithful', 'stretches the quotes', 'misleading']
    """
    if fidelity is None:
        return "no headline yet"
    if fidelity >= 0.75:
        return "faithful"
    if fidelity >= 0.45:
        return "stretches the quotes"
    return "misleading"


def _wrap(body: str, cls: str) -> str:
    return f'{style_tag()}<div class="kit-w {cls}">{body}</div>'


def render_gauge(fidelity: float | None) -> str:
    """A bar, the number and plain words for a headline's fidelity (``None``: no headline yet).

    >>> "faithful" in render_gauge(0.88) and "0.88" in render_gauge(0.88)
    True
    >>> "no headline yet" in render_gauge(None)
    True
    """
    words = fidelity_words(fidelity)
    if fidelity is None:
        body = (
            '<div class="kit-gauge" role="meter" aria-label="fidelity: no headline yet"><div style="width:0%"></div></div>'
            f"<div><strong>Fidelity: —</strong> {words}</div>"
        )
    else:
        value = max(0.0, min(1.0, float(fidelity)))
        colour = {"faithful": "#009E73", "stretches the quotes": "#E69F00", "misleading": "#D55E00"}[words]
        body = (
            f'<div class="kit-gauge" role="meter" aria-valuemin="0" aria-valuemax="1" aria-valuenow="{value:.2f}"'
            f' aria-label="fidelity {value:.2f}: {words}"><div style="width:{value * 100:.0f}%;background:{colour}"></div></div>'
            f"<div><strong>Fidelity: {value:.2f}</strong> — {words}</div>"
        )
    return _wrap(body, "kit-gauge-box")


def render_headline_terms(report: HeadlineReport) -> str:
    """The headline with each content word marked by where it comes from.

    Quoted words are bold, framing-only words have a dotted underline and a small "A"
    ("the article says so; the speaker did not"), words found nowhere are struck
    through with a small "?" after them ("nobody said this"). The tags sit outside
    the underlined or struck-through word, so they are never crossed out. Names and
    roles stay plain.

    >>> from kit.analysis import analyze
    >>> a = analyze('The council met on Monday. "We will vote in June," said Ann Lee.')
    >>> html = render_headline_terms(a.score_headline("Council to vote on ban"))
    >>> "<strong" in html, "nobody said this" in html
    (True, True)
    >>> '</s><sup class="kit-term-tag" aria-hidden="true">?</sup>' in html
    True
    """
    text = report.text
    if not text:
        return _wrap("<em>Your headline will appear here, word by word.</em>", "kit-terms")
    parts: list[str] = []
    pos = 0
    for term in sorted(report.terms, key=lambda t: t["start"]):
        start, end, status = term["start"], term["end"], term["status"]
        if start < pos:
            continue
        parts.append(escape(text[pos:start]))
        word = escape(text[start:end])
        title = escape(_TERM_TITLES.get(status, status))
        if status == "quoted":
            parts.append(f'<strong class="kit-term-quoted" title="{title}">{word}</strong>')
        elif status == "framing":
            parts.append(
                f'<span class="kit-term-framing" style="text-decoration:underline dotted 2px;text-underline-offset:3px"'
                f' title="{title}">{word}</span><sup class="kit-term-tag" aria-hidden="true">A</sup>'
            )
        elif status == "nowhere":
            # the "?" goes after the struck-through word, not inside it, or it is crossed out too (and reads like "²")
            parts.append(f'<s class="kit-term-nowhere" title="{title}">{word}</s><sup class="kit-term-tag" aria-hidden="true">?</sup>')
        else:
            parts.append(f'<span class="kit-term-context" title="{title}">{word}</span>')
        pos = end
    parts.append(escape(text[pos:]))
    legend = (
        '<div class="kit-legend"><strong>bold</strong>: a speaker said it · '
        '<span style="text-decoration:underline dotted 2px">dotted</span><sup class="kit-term-tag">A</sup>: only the article says it · '
        '<s>struck</s><sup class="kit-term-tag">?</sup>: nobody said it · plain: names, roles and small words</div>'
    )
    return _wrap(f'<div style="font-size:1.25em">{"".join(parts)}</div>{legend}', "kit-terms")


def render_flags(report: HeadlineReport) -> str:
    """Each flag with its kind in plain words and its explanation (a green note when there are none).

    >>> from kit.headlines import score_headline
    >>> "Clickbait" in render_flags(score_headline("You won't believe this"))
    True
    >>> "No flags" in render_flags(score_headline("Mayor opens bridge"))
    True
    """
    if not report.text:
        return _wrap('<div class="kit-flag kit-ok">No flags yet: write a headline above.</div>', "kit-flags")
    if not report.flags:
        return _wrap('<div class="kit-flag kit-ok" role="status">✓ No flags: nothing in this headline stretches the quotes.</div>', "kit-flags")
    items = []
    for flag in report.flags:
        label = FLAG_LABELS.get(flag["kind"], flag["kind"])
        items.append(
            f'<div class="kit-flag kit-flag-{escape(flag["kind"])}">⚠ <strong>{escape(label)}</strong>'
            f' (“{escape(flag["text"])}”): {escape(flag["explanation"])}</div>'
        )
    count = len(report.flags)
    return _wrap(f'<div role="status">{count} flag{"s" if count != 1 else ""}:</div>{"".join(items)}', "kit-flags")


def render_best_quote(analysis: "Analysis", report: HeadlineReport) -> str:
    """The quote the headline rests on most, with its speaker and the two certainty scores.

    >>> from kit.analysis import analyze
    >>> a = analyze('"We will vote in June," said Ann Lee.')
    >>> "Ann Lee" in render_best_quote(a, a.score_headline("Lee: vote in June"))
    True
    """
    if not report.text:
        return _wrap("<em>The quote your headline rests on will appear here.</em>", "kit-best-quote")
    index = report.best_quote
    if index is None or not (0 <= index < len(analysis.quotes)):
        return _wrap("<div class=\"kit-flag\">No quote shares a content word with this headline.</div>", "kit-best-quote")
    quote = analysis.quotes[index]
    who = escape(quote.speaker or "a speaker the article does not name")
    cue = f" ({escape(quote.cue)})" if quote.cue else ""
    certainty = ""
    if report.quote_certainty is not None:
        certainty = (
            f'<div class="kit-legend">Certainty: headline {report.certainty:.2f}, quote {report.quote_certainty:.2f}'
            " (0 = very doubtful, 1 = very sure)</div>"
        )
    return _wrap(
        f"<div>Closest quote — <strong>{who}</strong>{cue}:</div>"
        f'<blockquote style="margin:0.3em 0 0.3em 1em;border-left:4px solid #0072B2;padding-left:0.5em">“{escape(quote.text)}”</blockquote>'
        f"{certainty}",
        "kit-best-quote",
    )


def render_attempts(attempts: Sequence[dict[str, Any]]) -> str:
    """A small table of kept attempts: headline, fidelity (with words) and number of flags.

    >>> html = render_attempts([{"text": "<b>Hi</b>", "fidelity": 0.5, "flags": 1}])
    >>> "&lt;b&gt;Hi&lt;/b&gt;" in html and "stretches the quotes" in html
    True
    """
    if not attempts:
        return _wrap('<div class="kit-legend">No attempts kept yet. Press “Keep this attempt” to compare headlines.</div>', "kit-attempts")
    rows = []
    for number, attempt in enumerate(attempts, start=1):
        fidelity = attempt.get("fidelity")
        score = "—" if fidelity is None else f"{fidelity:.2f}"
        rows.append(
            f"<tr><td>{number}</td><td>{escape(attempt.get('text', ''))}</td>"
            f"<td>{score} ({escape(fidelity_words(fidelity))})</td><td>{int(attempt.get('flags', 0))}</td></tr>"
        )
    cell = 'style="text-align:left;padding:2px 8px;border-bottom:1px solid #999"'
    return _wrap(
        f'<table style="border-collapse:collapse"><caption style="text-align:left">Kept attempts</caption>'
        f"<thead><tr><th {cell}>#</th><th {cell}>Headline</th><th {cell}>Fidelity</th><th {cell}>Flags</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>",
        "kit-attempts",
    )


class WorkbenchModel(traitlets.HasTraits):
    """State of the workbench: the headline, its report and the kept attempts.

    ``report`` is recomputed on every change of ``headline`` by re-scoring it
    against the context prepared once for the article (the article is never re-analysed).

    >>> from kit.analysis import analyze
    >>> model = WorkbenchModel(analysis=analyze('"We will vote in June," said Ann Lee.'), headline="Lee: vote in June")
    >>> model.keep(), model.keep(), len(model.attempts)
    (True, False, 1)
    """

    analysis = traitlets.Any(allow_none=True)
    headline = traitlets.Unicode("")
    report = traitlets.Any()
    attempts = traitlets.List(traitlets.Dict())

    def __init__(self, analysis: Any = None, headline: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.analysis = as_analysis(analysis) if analysis is not None else None
        self._context = self.analysis.headline_context() if self.analysis is not None else None
        self.report = score_headline(headline, self._context)
        self.headline = headline

    @traitlets.observe("headline")
    def _rescore(self, change: dict[str, Any]) -> None:
        self.report = score_headline(change["new"], self._context)

    def keep(self) -> bool:
        """Add the current headline to the compare list; False if empty or already kept.

        At most :data:`MAX_ATTEMPTS` are kept; the oldest is dropped first.
        """
        report = self.report
        text = report.text
        if not text or any(a["text"] == text for a in self.attempts):
            return False
        attempt = {"text": text, "fidelity": report.fidelity, "flags": len(report.flags)}
        self.attempts = (list(self.attempts) + [attempt])[-MAX_ATTEMPTS:]
        return True

    def clear(self) -> None:
        """Empty the compare list."""
        self.attempts = []


def make_workbench(article_or_analysis: Any, headline: str = "") -> Any:
    """Build the workbench view: headline input, gauge, marked words, flags, best quote and kept attempts.

    The returned ``VBox`` has ``.model`` (:class:`WorkbenchModel`) and the parts
    ``.input``, ``.gauge``, ``.terms``, ``.flags``, ``.best_quote``, ``.keep_button``
    and ``.attempts``. It is not displayed.
    """
    import ipywidgets as widgets

    analysis = as_analysis(article_or_analysis)
    model = WorkbenchModel(analysis=analysis, headline=headline)
    full = widgets.Layout(width="100%", max_width="1000px")
    text = widgets.Text(
        value=model.headline,
        placeholder="Write a headline for this article",
        continuous_update=True,
        description="Headline",
        layout=widgets.Layout(width="100%", max_width="900px"),
    )
    text.add_class("kit-workbench-input")
    traitlets.link((text, "value"), (model, "headline"))
    gauge = widgets.HTML(layout=full)
    gauge.add_class("kit-workbench-gauge")
    terms = widgets.HTML(layout=full)
    terms.add_class("kit-workbench-terms")
    flags = widgets.HTML(layout=full)
    flags.add_class("kit-workbench-flags")
    best = widgets.HTML(layout=full)
    best.add_class("kit-workbench-quote")
    keep = widgets.Button(description="Keep this attempt", icon="plus", tooltip="Add this headline to the compare table",
                          layout=widgets.Layout(width="220px"))
    keep.add_class("kit-workbench-keep")
    attempts = widgets.HTML(layout=full)
    attempts.add_class("kit-workbench-attempts")

    def show_report(change: Any = None) -> None:
        report = model.report
        gauge.value = render_gauge(report.fidelity)
        terms.value = render_headline_terms(report)
        flags.value = render_flags(report)
        best.value = render_best_quote(analysis, report)

    def show_attempts(change: Any = None) -> None:
        attempts.value = render_attempts(model.attempts)

    model.observe(show_report, names="report")
    model.observe(show_attempts, names="attempts")
    keep.on_click(lambda _button: model.keep())
    show_report()
    show_attempts()
    box = widgets.VBox([text, gauge, terms, flags, best, keep, attempts], layout=widgets.Layout(max_width="1000px"))
    box.add_class("kit-workbench")
    box.model = model
    box.input = text
    box.gauge = gauge
    box.terms = terms
    box.flags = flags
    box.best_quote = best
    box.keep_button = keep
    box.attempts = attempts
    return box
