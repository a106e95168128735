"""Analyse an article: its quotes with speakers and cues, and simple statistics.

:func:`analyze` is the one call behind ``kit analyze`` and the widgets. Its
:meth:`Analysis.to_dict` is the JSON schema ``kit.analysis/1`` documented in
the README.

>>> result = analyze('Dana Okafor leads the board. "We will vote in June," Okafor said.')
>>> [(q.text, q.speaker, q.cue, q.kind) for q in result.quotes]
[('We will vote in June,', 'Dana Okafor', 'said', 'full')]
>>> result.stats["quoted_words"], result.stats["words"]
(5, 12)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from .articles import Article
from .attribution import attribute
from .quotes import find_quote_spans

__all__ = ["Quote", "Analysis", "find_quotes", "analyze", "count_words", "SCHEMA"]

SCHEMA = "kit.analysis/1"
_WORD = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")


def count_words(text: str) -> int:
    """Count words (letters or digits, with inner apostrophes and hyphens).

    >>> count_words("Rutte’s day-to-day role, in 2025.")
    5
    """
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class Quote:
    """A direct quote: what was said, where, by whom and how it was reported.

    Attributes
    ----------
    text
        The words inside the quotation marks; ``article.text[start:end] == text``.
    start, end
        Character offsets into the article text.
    speaker
        The fullest name the article uses, an organisation, an anonymous
        source's description, or ``None`` when the article does not say.
    cue
        The reporting verb or phrase ("said", "told reporters", "according to"), or ``None``.
    kind
        ``"full"``, ``"fragment"`` or ``"term"`` (a title or scare quote, not speech).
    paragraph
        Index of the paragraph.
    continues
        Index of the quote this one continues (split over paragraphs), or ``None``.
    """

    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None
    kind: str
    paragraph: int
    continues: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The quote as plain data (the ``quotes`` items of the JSON schema)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "cue": self.cue,
            "kind": self.kind,
            "paragraph": self.paragraph,
        }

    @property
    def is_speech(self) -> bool:
        """True for full quotes and fragments, False for terms."""
        return self.kind != "term"


def find_quotes(article: Article) -> list[Quote]:
    """Find every quote in ``article`` with its speaker, cue and kind.

    >>> art = Article.from_text('“I need to chair the alliance,“ Rutte said.')
    >>> find_quotes(art)[0].speaker
    'Rutte'
    """
    spans = find_quote_spans(article.text, article.paragraphs)
    attributions = attribute(article.text, spans, article.paragraphs, article.sentences, article.body_start)
    return [
        Quote(span.text, span.start, span.end, speaker, cue, span.kind, span.paragraph, span.continues)
        for span, (speaker, cue) in zip(spans, attributions)
    ]


@dataclass(frozen=True)
class Analysis:
    """The result of :func:`analyze`: an article and what the kit found in it."""

    article: Article
    quotes: tuple[Quote, ...]
    stats: dict[str, Any] = field(default_factory=dict)
    headlines: tuple[str, ...] = ()
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def speech(self) -> tuple[Quote, ...]:
        """Quotes that are speech (full or fragment), not terms."""
        return tuple(q for q in self.quotes if q.is_speech)

    def speakers(self) -> list[tuple[str, int]]:
        """Who is quoted how often, most quoted first (``None`` shown as "unnamed").

        >>> analyze('"Yes," said Ann Lee. "No," said Bo Ray. "Maybe," Lee said.').speakers()
        [('Ann Lee', 2), ('Bo Ray', 1)]
        """
        counts = Counter(q.speaker or "unnamed" for q in self.speech if q.continues is None)
        return counts.most_common()

    def framing_text(self) -> str:
        """The writer's words: the body with the quoted words blanked out."""
        body = list(self.article.text)
        for q in self.speech:
            body[q.start : q.end] = " " * (q.end - q.start)
        return "".join(body)[self.article.body_start :]

    def headline_context(self):
        """Article-side data for scoring headlines, computed once (see :mod:`kit.headlines`)."""
        if "headline_context" not in self._cache:
            from .headlines import prepare

            self._cache["headline_context"] = prepare(self)
        return self._cache["headline_context"]

    def score_headline(self, headline: str):
        """Score one headline against this article's quotes (a :class:`kit.headlines.HeadlineReport`)."""
        from .headlines import score_headline

        return score_headline(headline, self.headline_context())

    def headline_reports(self) -> list:
        """Reports for the article's own headline (if any) and the extra headlines given to :func:`analyze`."""
        texts = ([self.article.headline] if self.article.headline else []) + list(self.headlines)
        return [self.score_headline(text) for text in dict.fromkeys(texts)]

    def language(self) -> dict[str, Any]:
        """Hedges, boosters, loaded words, said-verbs and vague sources, framing vs quotes."""
        if "language" not in self._cache:
            from .language import language_report

            self._cache["language"] = language_report(self)
        return self._cache["language"]

    def readability(self) -> dict[str, Any]:
        """textstat metrics for the whole article, the framing, the quotes and each paragraph."""
        if "readability" not in self._cache:
            from .readability import readability_report

            text = self.article.text
            body = self.article.body
            quotes = "\n\n".join(q.text for q in self.speech)
            paragraphs = [text[p.start : p.end] for p in self.article.paragraphs]
            self._cache["readability"] = readability_report(body, self.framing_text(), quotes, paragraphs)
        return self._cache["readability"]

    def to_dict(self, full: bool = False) -> dict[str, Any]:
        """Plain data in the ``kit.analysis/1`` schema (see the README).

        With ``full=True`` the ``headlines``, ``language`` and ``readability``
        parts are included too.
        """
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "source": self.article.source,
            "headline": self.article.headline,
            "encoding": self.article.encoding,
            "notes": list(self.article.notes),
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [{"speaker": s, "quotes": n} for s, n in self.speakers()],
            "stats": dict(self.stats),
        }
        if full:
            data["headlines"] = [r.to_dict() for r in self.headline_reports()]
            data["language"] = self.language()
            data["readability"] = self.readability()
        return data


def analyze(article: Article | str, headlines: Iterable[str] = ()) -> Analysis:
    """Analyse an article (an :class:`Article` or plain text).

    Parameters
    ----------
    article
        The article, its text, or the name of a seed article.
    headlines
        Extra headlines to score against the quotes (see :meth:`Analysis.headline_reports`).

    >>> analyze("").stats
    {'words': 0, 'quoted_words': 0, 'quoted_share': 0.0, 'quotes': 0, 'paragraphs': 0}
    """
    if isinstance(article, str):
        from .articles import load_article, seed_names

        name = article.strip()
        if name and len(name) < 80 and " " not in name and "\n" not in name and name in seed_names():
            article = load_article(name)  # kit.analyze("nato_rutte_peace_talks") means the seed article
        else:
            article = Article.from_text(article)
    quotes = tuple(find_quotes(article))
    words = count_words(article.body)
    quoted = sum(count_words(q.text) for q in quotes if q.is_speech)
    stats = {
        "words": words,
        "quoted_words": quoted,
        "quoted_share": round(quoted / words, 3) if words else 0.0,
        "quotes": sum(1 for q in quotes if q.is_speech),
        "paragraphs": len(article.paragraphs),
    }
    extra = tuple(" ".join(str(h).split()) for h in headlines if str(h).strip())
    return Analysis(article, quotes, stats, extra)
