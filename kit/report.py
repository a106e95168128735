"""A self-contained HTML page of an analysed article: quotes marked per speaker.

Each speaker gets a colour from the Okabe-Ito colour-blind-safe palette *and* a
numbered label and a distinct underline style, so the marking never relies on
colour alone. Every piece of article text is HTML-escaped.

>>> from kit.analysis import analyze
>>> page = render_html([analyze('"<b>Hi</b>," said Ann Lee.')])
>>> "&lt;b&gt;Hi&lt;/b&gt;" in page and "<b>Hi</b>" not in page
True
"""

from __future__ import annotations

import html
from typing import Sequence

from .analysis import Analysis
from .widgets._common import speaker_label_style

__all__ = ["render_html", "render_article_html", "SPEAKER_STYLES", "speaker_styles"]

#: Okabe-Ito palette (colour-blind safe) paired with underline styles.
SPEAKER_STYLES: tuple[tuple[str, str], ...] = (
    ("#0072B2", "solid"),
    ("#D55E00", "dashed"),
    ("#009E73", "dotted"),
    ("#CC79A7", "double"),
    ("#E69F00", "wavy"),
    ("#56B4E9", "solid"),
    ("#000000", "dashed"),
    ("#F0E442", "dotted"),
)

_CSS = """
body { font: 18px/1.55 Georgia, 'DejaVu Serif', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
h1 { font: bold 1.5rem/1.3 'DejaVu Sans', Arial, sans-serif; }
.kit-meta, .kit-legend { font: 0.9rem/1.4 'DejaVu Sans', Arial, sans-serif; color: #333; }
.kit-legend li { list-style: none; margin: 0.2rem 0; }
.kit-quote { text-decoration-line: underline; text-decoration-thickness: 3px; text-underline-offset: 4px;
  background: #f6f6f6; }
.kit-label { font: bold 0.7rem 'DejaVu Sans', Arial, sans-serif; vertical-align: super; padding: 0 0.2rem;
  border-radius: 3px; color: #fff; margin-right: 0.1rem; }
.kit-term { font-style: italic; background: #eee; }
.kit-legend .kit-quote { padding: 0 0.3rem; }
"""


def speaker_styles(analysis: Analysis) -> dict[str | None, tuple[int, str, str]]:
    """Map each speaker to ``(number, colour, underline style)``, most quoted first.

    >>> from kit.analysis import analyze
    >>> speaker_styles(analyze('"Yes," said Ann Lee.'))
    {'Ann Lee': (1, '#0072B2', 'solid')}
    """
    styles: dict[str | None, tuple[int, str, str]] = {}
    for number, (speaker, _) in enumerate(analysis.speakers(), start=1):
        key = None if speaker == "unnamed" else speaker
        colour, line = SPEAKER_STYLES[(number - 1) % len(SPEAKER_STYLES)]
        styles[key] = (number, colour, line)
    return styles


def render_article_html(analysis: Analysis) -> str:
    """The article body as an HTML fragment with each quote marked."""
    article = analysis.article
    styles = speaker_styles(analysis)
    text = article.text
    quotes = sorted(analysis.quotes, key=lambda q: q.start)
    parts: list[str] = []
    for para in article.paragraphs:
        pos = para.start
        chunks: list[str] = []
        for q in quotes:
            if q.start < para.start or q.end > para.end or q.start < pos:
                continue
            chunks.append(html.escape(text[pos : q.start]))
            inner = html.escape(q.text)
            if q.kind == "term":
                chunks.append(f'<span class="kit-term" title="a term or title, not speech">{inner}</span>')
            else:
                number, colour, line = styles.get(q.speaker, (0, "#555555", "solid"))
                who = html.escape(q.speaker or "speaker not named")
                cue = f" ({html.escape(q.cue)})" if q.cue else ""
                chunks.append(
                    f'<span class="kit-label" style="{speaker_label_style(colour)}" aria-hidden="true">{number}</span>'
                    f'<span class="kit-quote" style="text-decoration-color:{colour};text-decoration-style:{line}"'
                    f' title="{who}{cue}">{inner}</span>'
                )
            pos = q.end
        chunks.append(html.escape(text[pos : para.end]))
        parts.append("<p>" + "".join(chunks) + "</p>")
    legend = []
    for speaker, (number, colour, line) in styles.items():
        count = dict(analysis.speakers()).get(speaker or "unnamed", 0)
        legend.append(
            f'<li><span class="kit-label" style="{speaker_label_style(colour)}">{number}</span>'
            f'<span class="kit-quote" style="text-decoration-color:{colour};text-decoration-style:{line}">'
            f'{html.escape(speaker or "speaker not named")}</span> — {count} quote{"s" if count != 1 else ""}'
            f" ({line} underline)</li>"
        )
    stats = analysis.stats
    share = f"{stats.get('quoted_share', 0) * 100:.0f}%"
    headline = html.escape(article.headline) if article.headline else "(no headline)"
    notes = "".join(f"<p class='kit-meta'>{html.escape(n)}</p>" for n in article.notes)
    return (
        f"<article><h1>{headline}</h1>"
        f"<p class='kit-meta'>Source: {html.escape(article.source)} · {stats.get('words', 0)} words · "
        f"{stats.get('quotes', 0)} quotes · {share} of the words are quoted</p>{notes}"
        f"<ul class='kit-legend' aria-label='Speakers'>{''.join(legend)}</ul>"
        + "".join(parts)
        + "</article>"
    )


def render_html(analyses: Sequence[Analysis], title: str = "Quotes and framing") -> str:
    """A complete, self-contained HTML page (inline CSS, no scripts) for one or more articles."""
    body = "<hr>".join(render_article_html(a) for a in analyses)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{html.escape(title)}</title>"
        f"<style>{_CSS}</style></head><body>{body}</body></html>\n"
    )
