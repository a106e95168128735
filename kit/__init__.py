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

__version__ = "0.1.0"
