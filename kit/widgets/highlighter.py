"""Highlighter: the whole article with quotes marked per speaker and marked words styled by kind.

Layer 1 is :func:`render_highlight` (an HTML string), layer 2 is
:class:`HighlighterModel` (traitlets, no ipywidgets) and layer 3 is the view
returned by :func:`make_highlighter`, which imports ipywidgets when called.

>>> from kit.analysis import analyze
>>> page = render_highlight(analyze('Critics slammed the plan. "It is <b>fine</b>," said Ann Lee.'))
>>> "&lt;b&gt;fine&lt;/b&gt;" in page and "<b>fine</b>" not in page
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Sequence

import re

import traitlets

from ._common import MARKER_STYLES, as_analysis, escape, speaker_label_style, speaker_quote_style, style_tag

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis

__all__ = [
    "ARTICLE_MAX_HEIGHT",
    "KIND_LABELS",
    "MARKER_ORDER",
    "as_analysis",
    "render_highlight",
    "render_legend",
    "HighlighterModel",
    "make_highlighter",
]

#: Marker kinds in the order they are offered, all shown by default.
MARKER_ORDER: tuple[str, ...] = ("loaded", "hedge", "booster", "said_verb", "vague_source")

#: How tall the article's scroll box may grow before it scrolls, so the buttons above stay in view.
ARTICLE_MAX_HEIGHT = "30em"

_CSS_LENGTH = re.compile(r"\d+(\.\d+)?(em|rem|px|vh)")

#: Plain-language names for the marker kinds (button labels and legend).
KIND_LABELS: dict[str, str] = {
    "loaded": "loaded words",
    "hedge": "hedges",
    "booster": "boosters",
    "said_verb": "loaded said-verbs",
    "vague_source": "vague sources",
    "clickbait": "clickbait",
}

_KIND_HELP: dict[str, str] = {
    "loaded": "words that tell you how to feel",
    "hedge": "words that show doubt",
    "booster": "words that sound certain",
    "said_verb": "reporting verbs that colour what was said",
    "vague_source": "sources that are not named",
    "clickbait": "patterns that tease a click",
}


def _speaker_styles(analysis: "Analysis") -> dict[str | None, tuple[int, str, str]]:
    from ..report import speaker_styles

    return speaker_styles(analysis)


def _clusters(markers: Sequence[dict[str, Any]]) -> list[tuple[int, int, list[dict[str, Any]]]]:
    """Group overlapping markers ("slammed" is loaded *and* a said-verb) into one span each."""
    out: list[tuple[int, int, list[dict[str, Any]]]] = []
    for m in sorted(markers, key=lambda m: (m["start"], -m["end"])):
        if out and m["start"] < out[-1][1]:
            start, end, group = out[-1]
            out[-1] = (start, max(end, m["end"]), group + [m])
        else:
            out.append((m["start"], m["end"], [m]))
    return out


def _mark_open(group: Sequence[dict[str, Any]]) -> str:
    colour, line, _ = MARKER_STYLES.get(group[0]["kind"], ("#555555", "solid", "?"))
    title = " ".join(m.get("explanation") or m.get("note") or m["kind"] for m in group)
    kinds = " ".join(f"kit-mark-{m['kind']}" for m in group)
    return (
        f'<span class="kit-mark {kinds}" style="text-decoration-color:{colour};text-decoration-style:{line}"'
        f' title="{escape(title)}">'
    )


def _mark_tags(group: Sequence[dict[str, Any]]) -> str:
    tags = "".join(dict.fromkeys(MARKER_STYLES.get(m["kind"], ("", "", "?"))[2] for m in group))
    names = ", ".join(dict.fromkeys(KIND_LABELS.get(m["kind"], m["kind"]) for m in group))
    return f'<span class="kit-mark-tag" aria-label="{escape(names)}">{escape(tags)}</span>'


def _render_piece(text: str, start: int, end: int, clusters: Sequence[tuple[int, int, list[dict[str, Any]]]]) -> str:
    """``text[start:end]`` escaped, with the marker clusters (clipped to the piece) wrapped."""
    parts: list[str] = []
    pos = start
    for c_start, c_end, group in clusters:
        if c_end <= start or c_start >= end:
            continue
        s, e = max(c_start, start), min(c_end, end)
        if s < pos:
            continue
        parts.append(escape(text[pos:s]))
        parts.append(_mark_open(group) + escape(text[s:e]) + "</span>")
        if c_end <= end:
            parts.append(_mark_tags(group))
        pos = e
    parts.append(escape(text[pos:end]))
    return "".join(parts)


def render_legend(analysis: "Analysis", show: Iterable[str] = MARKER_ORDER) -> str:
    """A legend explaining every style used: speakers (numbered), terms and marker kinds.

    >>> from kit.analysis import analyze
    >>> "loaded words" in render_legend(analyze('"Yes," said Ann Lee.'), show=("loaded",))
    True
    """
    show = [k for k in MARKER_ORDER if k in set(show)]
    speakers = dict(analysis.speakers())
    items = []
    for speaker, (number, colour, _line) in _speaker_styles(analysis).items():
        count = speakers.get(speaker or "unnamed", 0)
        items.append(
            f'<li><span class="kit-label" style="{speaker_label_style(colour)}">{number}</span>'
            f'<span class="kit-quote" style="{speaker_quote_style(colour)}">'
            f'{escape(speaker or "speaker not named")}</span> — {count} quote{"s" if count != 1 else ""} '
            f"(shaded, with a solid bar and label {number})</li>"
        )
    if any(q.kind == "term" for q in analysis.quotes):
        items.append('<li><span class="kit-term">in italics</span> — a term or title in quotation marks, not speech</li>')
    for kind in show:
        colour, line, tag = MARKER_STYLES[kind]
        items.append(
            f'<li><span class="kit-mark" style="text-decoration-color:{colour};text-decoration-style:{line}">'
            f'{escape(KIND_LABELS[kind])}</span><span class="kit-mark-tag">{tag}</span> — '
            f"{escape(_KIND_HELP[kind])} ({line} underline, tag {tag}); point at a word to see why</li>"
        )
    hidden = [KIND_LABELS[k] for k in MARKER_ORDER if k not in show]
    if hidden:
        items.append(f"<li>Not shown: {escape(', '.join(hidden))}</li>")
    return f'<ul class="kit-legend" aria-label="Legend" style="padding-left:0;list-style:none">{"".join(items)}</ul>'


def render_highlight(
    analysis: "Analysis", show: Iterable[str] = MARKER_ORDER, max_height: str | None = ARTICLE_MAX_HEIGHT
) -> str:
    """The whole article as HTML: quotes marked per speaker, terms in italics, marked words styled.

    Each quote is a shaded box in its speaker's colour with a solid bar below and
    the speaker's number in front; marked words have a patterned underline and a
    letter tag. The headline and the legend come first; the article's paragraphs
    sit in a scroll box (``max_height`` tall at most), so a long article does not
    push the widget's buttons off the screen.

    Parameters
    ----------
    analysis
        The analysed article.
    show
        Marker kinds to mark (any of :data:`MARKER_ORDER`).
    max_height
        A CSS length (``"30em"``, ``"480px"``) for the scroll box; ``None`` shows the whole article.

    Returns
    -------
    str
        An HTML fragment (with the shared ``<style>``); every piece of article text is escaped.

    >>> from kit.analysis import analyze
    >>> html = render_highlight(analyze('Critics slammed it. "We may wait," said Ann Lee.'), show=("loaded",))
    >>> 'title="Ann Lee (said)"' in html, "kit-mark-loaded" in html, "kit-mark-hedge" in html
    (True, True, False)
    >>> "max-height:30em;overflow-y:auto" in html, 'role="region"' in render_highlight(analyze("Hi."), max_height=None)
    (True, False)
    """
    if max_height is not None and not _CSS_LENGTH.fullmatch(str(max_height)):
        raise ValueError(f"max_height must be a CSS length such as '30em' or '480px', not {max_height!r}")
    show = tuple(k for k in MARKER_ORDER if k in set(show))
    article = analysis.article
    text = article.text
    styles = _speaker_styles(analysis)
    markers = [m for m in analysis.language()["markers"] if m["kind"] in show]
    clusters = _clusters(markers)
    quotes = sorted(analysis.quotes, key=lambda q: q.start)
    paragraphs: list[str] = []
    for para in article.paragraphs:
        pos = para.start
        chunks: list[str] = []
        for q in quotes:
            if q.start < para.start or q.end > para.end or q.start < pos:
                continue
            chunks.append(_render_piece(text, pos, q.start, clusters))
            inner = _render_piece(text, q.start, q.end, clusters)
            if q.kind == "term":
                chunks.append(f'<span class="kit-term" title="a term or title, not speech">{inner}</span>')
            else:
                number, colour, _line = styles.get(q.speaker, (0, "#555555", "solid"))
                who = q.speaker or "speaker not named"
                cue = f" ({q.cue})" if q.cue else ""
                chunks.append(
                    f'<span class="kit-label" style="{speaker_label_style(colour)}" aria-hidden="true">{number}</span>'
                    f'<span class="kit-quote kit-speaker-{number}" style="{speaker_quote_style(colour)}"'
                    f' title="{escape(who + cue)}">{inner}</span>'
                )
            pos = q.end
        chunks.append(_render_piece(text, pos, para.end, clusters))
        paragraphs.append("<p>" + "".join(chunks) + "</p>")
    headline = f"<h3>{escape(article.headline)}</h3>" if article.headline else ""
    if not paragraphs:
        paragraphs.append("<p><em>This article has no text.</em></p>")
    if max_height is None:
        article_box = '<div class="kit-article">'
    else:
        article_box = (
            f'<div class="kit-article kit-scroll" role="region" tabindex="0" aria-label="Article text (scroll for more)"'
            f' style="max-height:{max_height};overflow-y:auto">'
        )
    return (
        f'{style_tag()}<div class="kit-w kit-highlight">{headline}{render_legend(analysis, show)}'
        f'{article_box}{"".join(paragraphs)}</div></div>'
    )


class HighlighterModel(traitlets.HasTraits):
    """State of the highlighter: the analysis, the marker kinds shown and the resulting HTML.

    >>> from kit.analysis import analyze
    >>> model = HighlighterModel(analysis=analyze('Critics slammed it. "Yes," said Ann Lee.'))
    >>> "kit-mark-loaded" in model.html
    True
    >>> model.show = ["hedge"]
    >>> "kit-mark-loaded" in model.html
    False
    """

    analysis = traitlets.Any(allow_none=True)
    show = traitlets.List(traitlets.Unicode(), default_value=list(MARKER_ORDER))
    html = traitlets.Unicode("")

    def __init__(self, analysis: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.analysis = as_analysis(analysis) if analysis is not None else None
        self._update()

    @traitlets.observe("analysis", "show")
    def _on_change(self, change: dict[str, Any]) -> None:
        self._update()

    def _update(self) -> None:
        self.html = render_highlight(self.analysis, self.show) if self.analysis is not None else ""

    def set_kind(self, kind: str, on: bool) -> None:
        """Show (``on=True``) or hide one marker kind."""
        kinds = set(self.show) | {kind} if on else set(self.show) - {kind}
        self.show = [k for k in MARKER_ORDER if k in kinds]


def make_highlighter(article_or_analysis: Any, show: Sequence[str] = MARKER_ORDER) -> Any:
    """Build the highlighter view: one toggle per marker kind above the highlighted article.

    The article's paragraphs scroll inside a box at most :data:`ARTICLE_MAX_HEIGHT`
    tall, so the toggles stay on screen while students read a long article.

    The returned ``VBox`` has ``.model`` (:class:`HighlighterModel`), ``.toggles``
    (kind -> ``ToggleButton``) and ``.output`` (the ``HTML`` widget). It is not displayed.
    """
    import ipywidgets as widgets

    model = HighlighterModel(analysis=as_analysis(article_or_analysis), show=list(show))
    toggles: dict[str, Any] = {}
    for kind in MARKER_ORDER:
        colour, line, tag = MARKER_STYLES[kind]
        button = widgets.ToggleButton(
            value=kind in model.show,
            description=f"{KIND_LABELS[kind]} ({tag})",
            tooltip=f"Show or hide {KIND_LABELS[kind]}: {_KIND_HELP[kind]}",
            icon="check" if kind in model.show else "",
            layout=widgets.Layout(width="auto"),
        )
        button.add_class("kit-highlighter-toggle")

        def on_toggle(change: dict[str, Any], kind: str = kind, button: Any = button) -> None:
            button.icon = "check" if change["new"] else ""
            model.set_kind(kind, bool(change["new"]))

        button.observe(on_toggle, names="value")
        toggles[kind] = button
    # no side margins: a 100%-wide widget with margins pokes 2px out of the cell and hides the scroll box's right border
    output = widgets.HTML(value=model.html, layout=widgets.Layout(width="100%", max_width="1000px", margin="2px 0"))
    output.add_class("kit-highlighter-output")
    traitlets.dlink((model, "html"), (output, "value"))
    bar = widgets.HBox(list(toggles.values()), layout=widgets.Layout(flex_flow="row wrap"))
    bar.add_class("kit-highlighter-toggles")
    box = widgets.VBox([bar, output], layout=widgets.Layout(max_width="1000px"))
    box.add_class("kit-highlighter")
    box.model = model
    box.toggles = toggles
    box.output = output
    return box
