"""How faithfully does a headline represent what the quoted people said?

:func:`prepare` does the article-side work once (the quotes' content words,
negations, numbers and certainty); :func:`score_headline` then scores one
headline against it in about a millisecond, so a widget can re-score on every
keystroke.

A :class:`HeadlineReport` has

* ``support`` in [0, 1]: the share of the headline's content words (stemmed,
  with a small list of near-synonyms) that the quotes contain. Names of the
  people and organisations in the article and their roles ("NATO chief") are
  who-said-it context, not claims, and are not counted;
* ``unsupported``: the content words no quote contains, each saying whether the
  article's own framing uses it ("the article says so; the speaker did not");
* ``best_quote``: the index (into the analysis' quotes) of the quote the
  headline rests on most;
* ``certainty`` of the headline and of its best quote (see :mod:`kit.certainty`);
* ``flags``: ``{"kind", "text", "explanation"}`` for each distortion: ``unsupported``,
  ``certainty``, ``negation``, ``number``, ``loaded``, ``clickbait``,
  ``said_verb``, ``vague_source``;
* ``fidelity`` in [0, 1]: starts from ``support`` and each flag lowers it by
  :data:`PENALTIES`, with the reason.

Without an article, ``support``, ``best_quote`` and ``fidelity`` are ``None``
and only the language flags are given.

This module holds :func:`score_headline`, which runs the checks in order, and the fidelity
arithmetic; each concept has a module of its own:

* :mod:`kit.headline_context`: :func:`prepare`, :class:`HeadlineContext`, :class:`HeadlineReport`
  and :data:`PENALTIES`;
* :mod:`kit.headline_language`: the language flags;
* :mod:`kit.headline_support`: claim words, support and the ``unsupported`` flag;
* :mod:`kit.headline_certainty`: the ``certainty`` flag;
* :mod:`kit.headline_flips` and :mod:`kit.headline_reversals`: the ``negation`` flag, on top
  of :mod:`kit.headline_negation` (which words a sentence denies);
* :mod:`kit.headline_numbers`: the ``number`` flag.

Its public names, and the private helpers the tests import (``_negation_scope``,
``_added_clause``, ``_stated_flatly``), are still importable from here.

>>> from kit.analysis import analyze
>>> a = analyze('Mayor Ann Lee spoke. "We may delay the vote," Lee said. "The delay is not about punishment."')
>>> report = score_headline("Mayor vows to delay vote as punishment", prepare(a))
>>> sorted({f["kind"] for f in report.flags})
['certainty', 'negation']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Sequence

from .certainty import certainty
from .headline_certainty import _certainty_flag
from .headline_context import PENALTIES, HeadlineContext, HeadlineReport, prepare
from .headline_flips import _negation_flag
from .headline_language import _language_flags
from .headline_numbers import _number_flags
from .headline_support import _best_quote, _claims, _unsupported_flag, _unsupported_words
from .language import Token, content_terms, find_markers, stem, tokenize

# private helpers that the tests and other code import from here
from .headline_certainty import _stated_flatly  # noqa: F401
from .headline_negation import _negation_scope  # noqa: F401
from .headline_support import _added_clause  # noqa: F401

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

__all__ = ["HeadlineContext", "HeadlineReport", "PENALTIES", "prepare", "score_headline", "score_headlines"]

#: the most that loaded words, together, lower fidelity
_LOADED_CAP = 0.3
_INVENTED_PENALTY = 0.1  # each headline word found nowhere in the article
_INVENTED_CAP = 0.3
_NEGATION_CAP = 0.4  # fidelity of a headline that reverses a quote never rises above this
_FRAMING_CREDIT = 0.5  # a headline word only the article's framing uses counts half towards fidelity


def score_headline(headline: str, context: HeadlineContext | None = None) -> HeadlineReport:
    """Score one headline against an article's quotes (or alone, without ``context``).

    Parameters
    ----------
    headline
        The headline (whitespace is normalised).
    context
        The article side, from :func:`prepare`; without it only the language flags are given.

    Returns
    -------
    HeadlineReport
        Support, fidelity, the best quote, the unsupported words and the flags, in this order: unsupported,
        the language flags (as they appear), certainty, negation, numbers.

    >>> score_headline("").fidelity is None
    True
    >>> [f["kind"] for f in score_headline("You won't believe what critics claim").flags]
    ['clickbait', 'vague_source']
    """
    context = context or HeadlineContext()
    headline = " ".join(str(headline).split())
    tokens = tokenize(headline)
    markers = find_markers(headline, tokens=tokens)
    head_certainty = certainty(headline, tokens)

    # language flags (need no article)
    quote_stems = frozenset(s for q in context.quotes for s in q.stems)
    flags, bait = _language_flags(headline, markers, quote_stems, context)

    support = best = fidelity = quote_certainty = None
    unsupported: list[dict[str, Any]] = []
    terms_out: list[dict[str, Any]] = []
    reasons: list[str] = []
    if context.has_article and tokens:
        found = _claims(headline, tokens, markers, head_certainty, context)
        claims, supported, support, terms_out = found.claims, found.supported, found.support, found.terms
        best_info = _best_quote(claims, context)
        best = best_info.index if best_info else None
        unsupported = _unsupported_words(headline, claims, found.number_spans, context)
        flag = _unsupported_flag(headline, unsupported, claims, context)
        if flag:
            flags.insert(0, flag)
        # certainty: against the quote sentences the headline rests on; when it shares no claim word with
        # any quote but names a speaker ("..., lawyer says"), against everything that speaker said
        head_words = {stem(t.norm) for t in tokens}
        named = {name for name, keys in context.speaker_keys if keys & head_words}
        flag, quote_certainty = _certainty_flag(headline, tokens, head_certainty, claims, best_info, named, quote_stems, context)
        if flag:
            flags.append(flag)
        # negation: the headline asserts what a quote denies ("to close" / "will not close"), or denies
        # what it says, or swaps a word for its opposite ("stay open" / "close")
        flag = _negation_flag(headline, tokens, head_certainty, bait, named, context)
        if flag:
            flags.append(flag)
        flags.extend(_number_flags(headline, tokens, found.numbers, best_info, context))
        fidelity, reasons = _fidelity(flags, claims, supported, support, unsupported, context)
    return HeadlineReport(
        text=headline,
        fidelity=fidelity,
        support=support,
        certainty=head_certainty.score,
        quote_certainty=quote_certainty,
        best_quote=best,
        unsupported=tuple(unsupported),
        flags=tuple(flags),
        terms=tuple(terms_out),
        reasons=tuple(reasons),
        certainty_words=tuple(m.text for m in head_certainty.boosters + head_certainty.hedges),
    )


def _fidelity(
    flags: Sequence[dict[str, str]],
    claims: Sequence[tuple[Token, str]],
    supported: Sequence[tuple[Token, str]],
    support: float,
    unsupported: Sequence[dict[str, Any]],
    context: HeadlineContext,
) -> tuple[float, list[str]]:
    """Fidelity in [0, 1] and the reasons for it: from the claims the article backs, less each flag's penalty.

    Parameters
    ----------
    flags
        Every flag of the headline.
    claims, supported, support
        The headline's claim words, those a quote contains, and their share (see :func:`kit.headline_support._claims`).
    unsupported
        The claim words no quote contains; those found nowhere in the article cost fidelity too.
    context
        The article side, from :func:`prepare`.
    """
    reasons: list[str] = []
    loaded_penalty = 0.0
    # fidelity starts from the claims the article backs: a quoted word counts fully, a word only the
    # article's own framing uses counts half (the article says so, the speaker did not)
    framed_only = [1 for _, k in claims if k not in context.quote_keys and k in context.framing_keys]
    # words the language flags are about ("concedes", "fury") are claims no quote makes either
    flagged_words = sum(
        len(content_terms(tokenize(f["text"]))) for f in flags if f["kind"] in ("loaded", "said_verb")
    )
    total = len(claims) + flagged_words
    fidelity = round((len(supported) + _FRAMING_CREDIT * len(framed_only)) / total, 2) if total else support
    invented_words = [u["text"] for u in unsupported if not u["in_framing"]]
    if invented_words:
        penalty = min(_INVENTED_PENALTY * len(invented_words), _INVENTED_CAP)
        fidelity -= penalty
        reasons.append(f"-{penalty:.2f} words found nowhere in the article: {', '.join(invented_words)}")
    for flag in flags:
        penalty = PENALTIES[flag["kind"]]
        if flag["kind"] == "loaded":
            penalty = min(penalty, max(_LOADED_CAP - loaded_penalty, 0.0))
            loaded_penalty += penalty
        if penalty:
            fidelity -= penalty
            reasons.append(f"-{penalty:.2f} {flag['kind']}: {flag['text']}")
    if any(f["kind"] == "negation" for f in flags) and fidelity > _NEGATION_CAP:
        reasons.append(f"capped at {_NEGATION_CAP:.2f}: a headline that turns a quote around is misleading however many words it shares")
        fidelity = _NEGATION_CAP
    fidelity = round(max(0.0, min(1.0, fidelity)), 2)
    start = f"starts at support {support:.2f}: {len(supported)} of {len(claims)} content words are in the quotes"
    if framed_only and claims:
        start += f"; +{_FRAMING_CREDIT * len(framed_only) / len(claims):.2f} for {len(framed_only)} more that only the article's framing uses (half credit)"
    reasons.insert(0, start)
    return fidelity, reasons


def score_headlines(headlines: Iterable[str], analysis: "Analysis | None" = None) -> list[HeadlineReport]:
    """Score many headlines against one article (the article-side work is done once).

    >>> [r.text for r in score_headlines(["One", "Two"])]
    ['One', 'Two']
    """
    context = prepare(analysis)
    return [score_headline(h, context) for h in headlines]
