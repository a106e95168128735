"""Shared pieces for the widgets: escaping, the colour-blind-safe palette, marker styles, CSS."""

from __future__ import annotations

import html
from typing import Any

__all__ = ["escape", "as_analysis", "PALETTE", "MARKER_STYLES", "CSS", "style_tag"]

#: Okabe-Ito colour-blind-safe palette.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")

#: How each marker kind is shown: colour, underline style and a short text label (never colour alone).
MARKER_STYLES: dict[str, tuple[str, str, str]] = {
    "hedge": ("#0072B2", "dotted", "H"),
    "booster": ("#D55E00", "solid", "B"),
    "loaded": ("#CC79A7", "wavy", "L"),
    "said_verb": ("#009E73", "double", "S"),
    "vague_source": ("#E69F00", "dashed", "V"),
    "clickbait": ("#000000", "dashed", "C"),
}


def escape(text: object) -> str:
    """HTML-escape any text that came from a student or an article (quotes included).

    >>> escape('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape(str(text), quote=True)


CSS = """
.kit-w { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 15px; line-height: 1.5; color: #111; max-width: 1100px; }
.kit-w .kit-article p { margin: 0 0 0.6em 0; }
.kit-w .kit-quote { text-decoration-line: underline; text-decoration-thickness: 3px; text-underline-offset: 4px; background: #f4f4f4; }
.kit-w .kit-label { font: bold 11px 'DejaVu Sans', Arial, sans-serif; vertical-align: super; padding: 0 3px; border-radius: 3px; color: #fff; margin-right: 1px; }
.kit-w .kit-mark { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.kit-w .kit-mark-tag { font: bold 10px 'DejaVu Sans', Arial, sans-serif; vertical-align: sub; color: #333; }
.kit-w .kit-term { font-style: italic; background: #eee; }
.kit-w .kit-legend { font-size: 13px; color: #333; margin: 0.3em 0; }
.kit-w .kit-flag { margin: 0.3em 0; padding: 0.3em 0.5em; border-left: 4px solid #D55E00; background: #fff7f0; }
.kit-w .kit-ok { border-left-color: #009E73; background: #f0fff7; }
.kit-w .kit-gauge { height: 18px; background: #e6e6e6; border-radius: 9px; overflow: hidden; max-width: 420px; }
.kit-w .kit-gauge > div { height: 100%; background: #0072B2; }
.kit-w .kit-error { color: #8a1c00; background: #fff0f0; padding: 0.4em 0.6em; border-left: 4px solid #8a1c00; }
"""


def style_tag() -> str:
    """The shared CSS as a ``<style>`` tag, to put at the top of a widget's HTML."""
    return f"<style>{CSS}</style>"


def as_analysis(obj: Any):
    """Accept an :class:`~kit.analysis.Analysis`, an :class:`~kit.articles.Article`, a seed name or text.

    >>> as_analysis('"Yes," said Ann Lee.').speakers()
    [('Ann Lee', 1)]
    """
    from ..analysis import Analysis, analyze
    from ..articles import Article

    if isinstance(obj, Analysis):
        return obj
    if isinstance(obj, (Article, str)):
        return analyze(obj)  # analyze() loads a seed article given by name
    raise TypeError(f"expected an Analysis, an Article, a seed name or article text, not {type(obj).__name__}")
