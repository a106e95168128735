"""kit: compare a news article's headline and framing with the direct quotes it rests on.

Importing ``kit`` is fast and changes no global state: matplotlib, ipywidgets and
textstat are imported only when a chart, a widget or a readability score is made.

>>> import kit
>>> analysis = kit.analyze(kit.load_article("nato_rutte_peace_talks"))
>>> len(analysis.speech), analysis.speakers()[0]
(7, ('Mark Rutte', 7))
"""

from __future__ import annotations

# Articles: loading, headline, paragraphs and sentences
from .articles import Article, ArticleError, Span, load_article, seed_names, split_sentences

# Quotes: where they are, who said them
from .quotes import QuoteSpan, find_quote_spans
from .people import find_people
from .analysis import Analysis, Quote, analyze, count_words, find_quotes

__all__ = [
    # articles
    "Article",
    "ArticleError",
    "Span",
    "load_article",
    "seed_names",
    "split_sentences",
    # quotes
    "QuoteSpan",
    "find_quote_spans",
    "find_people",
    "Quote",
    "find_quotes",
    # analysis
    "Analysis",
    "analyze",
    "count_words",
]

# Headlines and language (pure, imported eagerly: they are small)
from .certainty import CertaintyReport, certainty
from .headlines import HeadlineReport, prepare, score_headline, score_headlines
from .language import Marker, find_clickbait, find_markers

__all__ += [
    # headlines and language
    "CertaintyReport",
    "certainty",
    "HeadlineReport",
    "prepare",
    "score_headline",
    "score_headlines",
    "Marker",
    "find_clickbait",
    "find_markers",
    # widgets and charts (imported on first use: they need ipywidgets / matplotlib)
    "make_highlighter",
    "make_workbench",
    "make_picker",
    "make_byo",
    "make_certainty_ladder",
    "make_readability_explorer",
    "make_quiz",
    "Question",
    "plot_readability_by_paragraph",
    "plot_framing_vs_quotes",
    "plot_certainty",
    "plot_spin_profile",
    "plot_speakers",
    "readability_scores",
    "check",
]

_LAZY = {
    "make_highlighter": "kit.widgets.highlighter",
    "make_workbench": "kit.widgets.workbench",
    "make_picker": "kit.widgets.picker",
    "make_byo": "kit.widgets.byo",
    "make_certainty_ladder": "kit.widgets.ladder",
    "make_readability_explorer": "kit.widgets.readability_explorer",
    "make_quiz": "kit.widgets.quiz",
    "Question": "kit.widgets.quiz",
    "plot_readability_by_paragraph": "kit.charts",
    "plot_framing_vs_quotes": "kit.charts",
    "plot_certainty": "kit.charts",
    "plot_spin_profile": "kit.charts",
    "plot_speakers": "kit.charts",
    "readability_scores": "kit.readability",
    "check": "kit.exercises",
}


def __getattr__(name: str):
    """Import widget builders, charts and readability only when first used (keeps ``import kit`` fast)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kit' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__version__ = "0.1.0"
