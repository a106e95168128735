"""Shared pieces for the widgets: escaping, the colour-blind-safe palette, marker styles, CSS."""

from __future__ import annotations

import html
from typing import Any

__all__ = [
    "escape",
    "as_analysis",
    "PALETTE",
    "MARKER_STYLES",
    "CSS",
    "style_tag",
    "contrast_ratio",
    "label_text_colour",
    "tint",
    "speaker_label_style",
    "speaker_quote_style",
]

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


#: Text colours a coloured label can use: near-black on light colours, white on dark ones.
_DARK_TEXT, _LIGHT_TEXT = "#111111", "#ffffff"


def _channels(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    if len(value) != 6:
        raise ValueError(f"expected a colour like '#1a2b3c', not {colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _luminance(colour: str) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).

    >>> round(contrast_ratio("#000000", "#ffffff"), 1), round(contrast_ratio("#ffffff", "#F0E442"), 2)
    (21.0, 1.32)
    """
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def label_text_colour(background: str) -> str:
    """The text colour (near-black or white) with the higher contrast on ``background``.

    Light palette colours (yellow, sky blue, orange) get dark text, dark ones white text.

    >>> label_text_colour("#F0E442"), label_text_colour("#56B4E9"), label_text_colour("#0072B2")
    ('#111111', '#111111', '#ffffff')
    """
    dark, light = contrast_ratio(_DARK_TEXT, background), contrast_ratio(_LIGHT_TEXT, background)
    return _DARK_TEXT if dark >= light else _LIGHT_TEXT


def tint(colour: str, amount: float = 0.3) -> str:
    """``colour`` mixed with white (``amount`` of the colour), for a pale background.

    >>> tint("#000000", 0.25), tint("#0072B2", 1.0)
    ('#bfbfbf', '#0072b2')
    """
    amount = max(0.0, min(1.0, float(amount)))
    mixed = (round(c * amount + 255 * (1 - amount)) for c in _channels(colour))
    return "#" + "".join(f"{c:02x}" for c in mixed)


def speaker_label_style(colour: str) -> str:
    """Inline style of a speaker's numbered label: the speaker's colour with readable text on it.

    >>> speaker_label_style("#F0E442")
    'background:#F0E442;color:#111111'
    """
    return f"background:{colour};color:{label_text_colour(colour)}"


def speaker_quote_style(colour: str) -> str:
    """Inline style of a quote: a pale tint of the speaker's colour with a solid bar below.

    Speakers are shaded boxes with a solid bar (and a numbered label), never a
    patterned text underline, so they cannot be mistaken for the dotted, dashed,
    wavy or double underlines of the word markers (:data:`MARKER_STYLES`).

    >>> speaker_quote_style("#D55E00")
    'background:#f2cfb2;border-bottom-color:#D55E00'
    """
    return f"background:{tint(colour)};border-bottom-color:{colour}"


def escape(text: object) -> str:
    """HTML-escape any text that came from a student or an article (quotes included).

    >>> escape('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape(str(text), quote=True)


CSS = """
.kit-w { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 15px; line-height: 1.5; color: #111; max-width: 1100px; }
.kit-w .kit-article p { margin: 0 0 0.6em 0; }
.kit-w .kit-scroll { overflow-y: auto; font-size: 16px; line-height: 1.6; border: 1px solid #999; border-radius: 4px;
  padding: 0.5em 0.9em; background: #fff; scrollbar-gutter: stable; }
.kit-w .kit-scroll:focus { outline: 3px solid #0072B2; outline-offset: 1px; }
.kit-w .kit-quote { background: #f4f4f4; border-bottom: 3px solid #555; padding: 0 1px 1px 1px; box-shadow: 0 1px 0 #555; }
.kit-w .kit-label { font: bold 11px 'DejaVu Sans', Arial, sans-serif; vertical-align: super; padding: 0 3px; border-radius: 3px; color: #fff; margin-right: 1px; border: 1px solid #555; }
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
