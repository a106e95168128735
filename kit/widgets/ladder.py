"""The certainty ladder: quotes, framing sentences and headlines placed by how sure they sound.

Three layers (see :mod:`kit.widgets`):

1. :func:`ladder_items` and :func:`render_ladder` -- pure functions, plain data and HTML;
2. :class:`LadderModel` -- a ``traitlets.HasTraits`` model holding the state;
3. :func:`make_certainty_ladder` -- a thin ipywidgets view (ipywidgets is imported only there).

Each rung of the ladder is a band of the 0-1 certainty scale ("absolute" at
the top, "unsure" at the bottom); every sentence sits in its band with its
score, a source tag that is a letter *and* a shape (Q circle = quote,
F square = framing, HL triangle = headline) and the words that put it there
highlighted. The source tags never reuse a marker tag (H = hedge, B = booster).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import traitlets

from ._common import as_analysis, MARKER_STYLES, escape, style_tag

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis

__all__ = [
    "BANDS",
    "SOURCES",
    "LadderModel",
    "as_analysis",
    "ladder_items",
    "make_certainty_ladder",
    "render_ladder",
]

#: Source key -> (letter tag, shape, plain name). The tags differ from the hedge
#: and booster tags in :data:`~kit.widgets._common.MARKER_STYLES` ("H", "B").
SOURCES: dict[str, tuple[str, str, str]] = {
    "quote": ("Q", "\u25cf", "quote"),
    "framing": ("F", "\u25a0", "writer's framing"),
    "headline": ("HL", "\u25b2", "headline"),
}

#: The rungs of the ladder, top to bottom: (label, lowest score, plain words).
BANDS: tuple[tuple[str, float, str], ...] = (
    ("absolute", 0.85, "sounds absolutely sure"),
    ("confident", 0.7, "sounds confident"),
    ("neutral", 0.45, "a plain statement"),
    ("cautious", 0.25, "sounds cautious"),
    ("unsure", 0.0, "sounds openly unsure"),
)

_FRAMING_LIMIT = 12
_ELLIPSIS = "\u2026"
_LADDER_CSS = """
.kit-w .kit-ladder { border-left: 6px solid #555; margin: 0.4em 0; }
.kit-w .kit-rung { display: flex; border-top: 1px dashed #999; min-height: 2.2em; }
.kit-w .kit-rung-name { flex: 0 0 9.5em; padding: 0.3em 0.5em; font-weight: bold; background: #f4f4f4; }
.kit-w .kit-rung-name small { display: block; font-weight: normal; color: #333; }
.kit-w .kit-rung-items { flex: 1; padding: 0.2em 0.5em; }
.kit-w .kit-ladder-item { margin: 0.25em 0; }
.kit-w .kit-src { display: inline-block; min-width: 3.2em; font-weight: bold; border: 2px solid #111; border-radius: 3px;
  padding: 0 4px; margin-right: 0.4em; background: #fff; }
.kit-w .kit-score { font-family: 'DejaVu Sans Mono', monospace; margin-right: 0.4em; }
.kit-w .kit-speaker { color: #333; font-style: italic; }
"""


# --------------------------------------------------------------------------- pure layer


def _item(text: str, source: str, speaker: str | None) -> dict[str, Any]:
    from ..certainty import certainty

    report = certainty(text)
    markers = sorted(report.hedges + report.boosters, key=lambda m: m.start)
    return {
        "text": text,
        "source": source,
        "speaker": speaker,
        "score": report.score,
        "label": report.label,
        "words": [m.text for m in markers],
        "reasons": list(report.reasons),
        "marks": [(m.start, m.end, m.kind) for m in markers],
    }


def _clean(text: str) -> str:
    return " ".join(text.split())


def _framing_sentences(analysis: Analysis) -> list[str]:
    """The article's sentences with the direct quotes replaced by an ellipsis."""
    text = analysis.article.text
    speech = analysis.speech
    out = []
    for span in analysis.article.sentences:
        if span.start < analysis.article.body_start:
            continue
        pieces, cursor = [], span.start
        for q in speech:
            if q.end <= span.start or q.start >= span.end:
                continue
            pieces.append(text[cursor : max(q.start, cursor)])
            pieces.append(_ELLIPSIS)
            cursor = max(cursor, min(q.end, span.end))
        pieces.append(text[cursor : span.end])
        sentence = _clean("".join(pieces))
        if re.search(r"\w", sentence.replace(_ELLIPSIS, "")):
            out.append(sentence)
    return out


def ladder_items(analysis: Analysis, headlines: Iterable[str] = ()) -> list[dict[str, Any]]:
    """The sentences to put on the certainty ladder, least certain first.

    One item per sentence of each direct quote, per framing sentence with a
    hedge or booster (the 12 most marked), and per headline (the article's
    own, those given to :func:`kit.analyze`, then ``headlines``).

    Parameters
    ----------
    analysis : kit.analysis.Analysis
        An analysed article.
    headlines : iterable of str
        Extra headlines to place.

    Returns
    -------
    list of dict
        ``{"text", "source", "speaker", "score", "label", "words", "reasons",
        "marks"}`` where *source* is ``"quote"``, ``"framing"`` or
        ``"headline"``, *words* the hedges and boosters found and *marks*
        their ``(start, end, kind)`` in *text*; sorted by score.

    Examples
    --------
    >>> from kit.analysis import analyze
    >>> a = analyze('"We may delay the vote," said Ann Lee. The council will certainly decide.')
    >>> [(i["source"], i["score"], i["words"]) for i in ladder_items(a, ["Lee vows delay"])]
    [('quote', 0.26, ['may']), ('headline', 0.82, ['vows']), ('framing', 0.88, ['will', 'certainly'])]
    >>> ladder_items(analyze(""))
    []
    """
    from ..articles import split_sentences

    items: list[dict[str, Any]] = []
    for quote in analysis.speech:
        spans = split_sentences(quote.text) or []
        sentences = [_clean(quote.text[s.start : s.end]) for s in spans] or [_clean(quote.text)]
        for sentence in sentences:
            if sentence:
                items.append(_item(sentence, "quote", quote.speaker))
    framing = [_item(s, "framing", None) for s in _framing_sentences(analysis)]
    framing = [i for i in framing if i["words"]]
    framing.sort(key=lambda i: (-len(i["words"]), -abs(i["score"] - 0.59)))
    items.extend(framing[:_FRAMING_LIMIT])
    own = [analysis.article.headline] if analysis.article.headline else []
    for headline in dict.fromkeys(_clean(h) for h in [*own, *analysis.headlines, *headlines]):
        if headline:
            items.append(_item(headline, "headline", None))
    items.sort(key=lambda i: i["score"])
    return items


def _highlight(text: str, marks: Sequence[tuple[int, int, str]]) -> str:
    """Escape ``text`` and wrap each marked stretch in a styled, tagged ``<span>``."""
    out, cursor = [], 0
    for start, end, kind in sorted(marks):
        if start < cursor or end > len(text):
            continue
        colour, line, tag = MARKER_STYLES.get(kind, ("#000000", "solid", "?"))
        name = "hedge (less sure)" if kind == "hedge" else "booster (more sure)" if kind == "booster" else kind
        out.append(escape(text[cursor:start]))
        out.append(
            f'<span class="kit-mark kit-mark-{escape(kind)}" title="{escape(name)}" '
            f'style="text-decoration-color:{colour};text-decoration-style:{line};font-weight:bold">'
            f'{escape(text[start:end])}<span class="kit-mark-tag">{escape(tag)}</span></span>'
        )
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def _band(score: float) -> str:
    for label, low, _ in BANDS:
        if score >= low:
            return label
    return BANDS[-1][0]


def render_ladder(items: Sequence[dict[str, Any]], sources: Iterable[str] | None = None) -> str:
    """The ladder as HTML: rungs from "absolute" (1) down to "unsure" (0).

    Every text from the article or a student is escaped.

    Parameters
    ----------
    items : sequence of dict
        From :func:`ladder_items`.
    sources : iterable of str, optional
        Which sources to show (default: all).

    Returns
    -------
    str
        HTML with the shared style tag, a legend and one ``kit-rung`` per band.

    Examples
    --------
    >>> html = render_ladder([{"text": "<b>Sure</b> win", "source": "headline", "speaker": None,
    ...                        "score": 0.9, "label": "absolute", "words": [], "reasons": []}])
    >>> "&lt;b&gt;Sure&lt;/b&gt;" in html, "<b>Sure" in html, 'kit-src-headline' in html
    (True, False, True)
    >>> "Nothing to place" in render_ladder([])
    True
    """
    shown = set(SOURCES) if sources is None else set(sources)
    chosen = [i for i in items if i.get("source") in shown]
    legend = " &nbsp; ".join(
        f'<span class="kit-src kit-src-{key}">{shape} {tag}</span>{escape(name)}' for key, (tag, shape, name) in SOURCES.items()
    )
    marks = " &nbsp; ".join(
        f'<span class="kit-mark" style="text-decoration-color:{MARKER_STYLES[k][0]};'
        f'text-decoration-style:{MARKER_STYLES[k][1]}">{word}</span><span class="kit-mark-tag">{MARKER_STYLES[k][2]}</span> {explain}'
        for k, word, explain in (("hedge", "hedge", "makes it less sure"), ("booster", "booster", "makes it more sure"))
    )
    parts = [style_tag(), f"<style>{_LADDER_CSS}</style>", '<div class="kit-w kit-ladder-widget">']
    parts.append(f'<div class="kit-legend">{legend}<br>{marks}</div>')
    if not chosen:
        parts.append('<div class="kit-legend kit-ladder-empty">Nothing to place on the ladder yet: '
                     "no sentences from the chosen sources.</div></div>")
        return "".join(parts)
    parts.append('<div class="kit-ladder" role="list" aria-label="Certainty ladder, most certain at the top">')
    for label, low, words in BANDS:
        rung = sorted((i for i in chosen if _band(float(i["score"])) == label), key=lambda i: -float(i["score"]))
        high = 1.0 if label == BANDS[0][0] else BANDS[[b[0] for b in BANDS].index(label) - 1][1]
        parts.append(f'<div class="kit-rung kit-rung-{label}" role="listitem">')
        parts.append(f'<div class="kit-rung-name">{label}<small>{low:.2f}-{high:.2f}: {words}</small></div>')
        parts.append('<div class="kit-rung-items">')
        for item in rung:
            tag, shape, name = SOURCES.get(item["source"], ("?", "?", str(item["source"])))
            speaker = f' <span class="kit-speaker">({escape(item["speaker"])})</span>' if item.get("speaker") else ""
            reasons = escape(" ".join(item.get("reasons") or ()))
            parts.append(
                f'<div class="kit-ladder-item kit-item-{escape(item["source"])}" title="{reasons}">'
                f'<span class="kit-src kit-src-{escape(item["source"])}" title="{escape(name)}">{shape} {tag}</span>'
                f'<span class="kit-score">{float(item["score"]):.2f}</span>'
                f'{_highlight(str(item["text"]), item.get("marks") or ())}{speaker}</div>'
            )
        parts.append("</div></div>")
    parts.append("</div></div>")
    return "".join(parts)


# --------------------------------------------------------------------------- model


class LadderModel(traitlets.HasTraits):
    """State of the certainty ladder: the analysis, extra headlines, sources shown and the HTML.

    Examples
    --------
    >>> model = LadderModel(analysis=as_analysis('"We may win," said Ann Lee.'))
    >>> model.add_headline("Lee vows <win>")
    >>> [i["source"] for i in model.items], "&lt;win&gt;" in model.html
    (['quote', 'headline'], True)
    >>> model.sources = ["headline"]
    >>> "kit-item-quote" in model.html
    False
    """

    analysis = traitlets.Any(allow_none=True)
    headlines = traitlets.List(traitlets.Unicode())
    sources = traitlets.List(traitlets.Unicode(), default_value=list(SOURCES))
    items = traitlets.List(read_only=True)
    html = traitlets.Unicode("")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._refresh()

    @traitlets.observe("analysis", "headlines")
    def _on_data(self, change: dict[str, Any]) -> None:
        self._refresh()

    @traitlets.observe("sources")
    def _on_sources(self, change: dict[str, Any]) -> None:
        self.html = render_ladder(self.items, self.sources)

    def _refresh(self) -> None:
        items = ladder_items(self.analysis, self.headlines) if self.analysis is not None else []
        self.set_trait("items", items)
        self.html = render_ladder(items, self.sources)

    def add_headline(self, text: str) -> None:
        """Add a headline (blank text and repeats are ignored)."""
        text = _clean(str(text))
        if text and text not in self.headlines:
            self.headlines = [*self.headlines, text]


# --------------------------------------------------------------------------- view


def make_certainty_ladder(article_or_analysis: Any, headlines: Iterable[str] = ()) -> Any:
    """Build the certainty ladder widget (not displayed: show it as a cell's last line).

    Parameters
    ----------
    article_or_analysis
        An Analysis, an Article, a seed name or article text.
    headlines : iterable of str
        Headlines to place from the start.

    Returns
    -------
    ipywidgets.VBox
        With ``.model`` (:class:`LadderModel`), ``.source_boxes`` (source ->
        Checkbox), ``.headline_text``, ``.add_button`` and ``.ladder`` (HTML).
    """
    import ipywidgets as w

    model = LadderModel(analysis=as_analysis(article_or_analysis), headlines=[_clean(h) for h in headlines if _clean(h)])
    boxes = {
        key: w.Checkbox(value=True, description=f"{shape} {tag}: {name}", indent=False,
                        layout=w.Layout(width="auto", margin="0 1.5em 0 0"))
        for key, (tag, shape, name) in SOURCES.items()
    }
    for key, box in boxes.items():
        box.add_class("kit-ladder-source")
        box.add_class(f"kit-ladder-source-{key}")

    def on_box(change: dict[str, Any]) -> None:
        model.sources = [key for key, box in boxes.items() if box.value]

    for box in boxes.values():
        box.observe(on_box, names="value")

    text = w.Text(placeholder="Write a headline and press Add", description="Headline:",
                  layout=w.Layout(width="32em"), continuous_update=False)
    text.add_class("kit-ladder-headline")
    button = w.Button(description="Add", icon="plus", tooltip="Put this headline on the ladder")
    button.add_class("kit-ladder-add")

    def on_add(_: Any = None) -> None:
        model.add_headline(text.value)
        text.value = ""

    button.on_click(on_add)
    ladder = w.HTML(model.html)
    ladder.add_class("kit-ladder-html")
    traitlets.dlink((model, "html"), (ladder, "value"))
    view = w.VBox([w.HBox(list(boxes.values())), w.HBox([text, button]), ladder])
    view.add_class("kit-certainty-ladder")
    view.model, view.source_boxes, view.headline_text, view.add_button, view.ladder = model, boxes, text, button, ladder
    return view
