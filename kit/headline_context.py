"""The article side of headline scoring: what :func:`prepare` computes once per article, and the report.

:func:`prepare` reads an :class:`~kit.analysis.Analysis` once and keeps, in a :class:`HeadlineContext`,
everything :func:`kit.headlines.score_headline` compares a headline with: each quote's words, negations
and certainty (a ``_QuoteInfo`` each), the article's framing words, who-said-it words, numbers, the
words it only ever hedges, and what it reports people said in its own words. :class:`HeadlineReport`
is what scoring one headline returns; :data:`PENALTIES` says how much each kind of flag costs.

>>> from kit.analysis import analyze
>>> context = prepare(analyze('Mayor Ann Lee spoke. "We may delay the vote," Lee said.'))
>>> [(q.speaker, sorted(q.keys)) for q in context.quotes]
[('Ann Lee', ['delay', 'vote'])]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

from .articles import Span, split_sentences  # (Span: used by the doctests)
from .certainty import CertaintyReport, certainty
from .headline_negation import PERMANENT, _ANY_NEGATOR, _RULE_OUT, _deverbal, _elliptical_denials, _identity_denials, _negation_scope
from .headline_numbers import _number_sentences
from .language import Token, _synonym_keys, content_terms, stem, tokenize
from .numbers import find_numbers
from .people import ROLE_WORDS, find_people
from .scan import compiled as _rx

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

__all__ = ["HeadlineContext", "HeadlineReport", "PENALTIES", "prepare", "_QuoteInfo", "_info", "_list", "_quote_words"]

#: How much each kind of flag lowers fidelity (loaded words count each, up to the cap).
PENALTIES: dict[str, float] = {
    "certainty": 0.25,
    "negation": 0.4,
    "number": 0.3,
    "loaded": 0.12,
    "clickbait": 0.2,
    "said_verb": 0.12,
    "vague_source": 0.2,
    "unsupported": 0.0,  # already counted through support
}


@dataclass(frozen=True)
class _QuoteInfo:
    """One quote (or reported clause) as the headline checks need it; built by :func:`_info`."""

    index: int
    text: str
    keys: frozenset[str]
    positive: frozenset[str]
    negated: frozenset[str]
    certainty: CertaintyReport
    stems: frozenset[str]
    sentences: tuple[tuple[frozenset[str], CertaintyReport, str], ...] = ()
    heads: frozenset[str] = frozenset()  # the words the quote's negations are about
    speaker: str | None = None
    identity: frozenset[str] = frozenset()  # what the quote says something is not ("not a ban", "not about punishment")


@dataclass(frozen=True)
class HeadlineContext:
    """Article-side data, computed once by :func:`prepare`."""

    quotes: tuple[_QuoteInfo, ...] = ()
    quote_keys: frozenset[str] = frozenset()
    framing_keys: frozenset[str] = frozenset()
    article_keys: frozenset[str] = frozenset()
    context_keys: frozenset[str] = frozenset()
    proper_keys: frozenset[str] = frozenset()  # stems of the article's capitalised words (places, names)
    number_values: tuple[tuple[float, ...], ...] = ()
    number_units: tuple[str, ...] = ()
    number_kinds: tuple[str, ...] = ()
    number_texts: tuple[str, ...] = ()
    #: for each number, the content words of its paragraph (to tell "halved waits" from "half the staff")
    number_keys: tuple[frozenset[str], ...] = ()
    #: changes the article states as "from X to Y" (48,000 -> 71,000): ratio and per cent change
    number_ratios: tuple[tuple[tuple[float, ...], frozenset[str]], ...] = ()
    has_article: bool = False
    #: each speaker with the stemmed words a headline may use to name them ("lawyer", "Okafor")
    speaker_keys: tuple[tuple[str, frozenset[str]], ...] = ()
    #: words the article only ever uses right after a hedge, with the words that hedge them
    #: (``rise`` -> "might rise"): a headline that states them flatly ("will rise") overstates
    hedged_only: tuple[tuple[str, bool, frozenset[str], str], ...] = ()
    #: the content words of every sentence of the article, framing and quotes alike
    sentence_keys: tuple[frozenset[str], ...] = ()
    #: what the article reports people said in its own words ("The mayor said no homes had been lost"),
    #: one entry per reported clause that holds a negation; checked for flipped claims after the quotes
    reported: tuple[_QuoteInfo, ...] = ()
    #: every sentence of the article, quote or framing, that says something is or is not "ruled out"
    rule_outs: tuple[str, ...] = ()
    #: dates and times the article only ever gives as possible ("could be back by March 28", "provisionally set
    #: for May"), each with the sentence that hedges it
    hedged_dates: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class HeadlineReport:
    """The result of :func:`score_headline`."""

    text: str
    fidelity: float | None
    support: float | None
    certainty: float
    quote_certainty: float | None
    best_quote: int | None
    unsupported: tuple[dict[str, Any], ...]
    flags: tuple[dict[str, str], ...]
    terms: tuple[dict[str, Any], ...] = field(default=())
    reasons: tuple[str, ...] = field(default=())
    certainty_words: tuple[str, ...] = field(default=())

    @property
    def spin(self) -> float:
        """How loaded the headline's wording is: the sum of its language flags' penalties."""
        total = 0.0
        for flag in self.flags:
            if flag["kind"] in ("loaded", "clickbait", "said_verb", "vague_source"):
                total += PENALTIES[flag["kind"]]
        return round(total, 2)

    def to_dict(self) -> dict[str, Any]:
        """Plain data in the ``headlines`` items of the ``kit.analysis/1`` schema."""
        return {
            "text": self.text,
            "fidelity": self.fidelity,
            "support": self.support,
            "certainty": self.certainty,
            "quote_certainty": self.quote_certainty,
            "certainty_words": list(self.certainty_words),
            "best_quote": self.best_quote,
            "unsupported": [u["text"] for u in self.unsupported],
            "unsupported_detail": list(self.unsupported),
            "flags": [dict(f) for f in self.flags],
            "spin": self.spin,
            "reasons": list(self.reasons),
        }


_REPORTING = re.compile(
    r"\b(?:said|says|told\s+(?:[\w’'-]+\s+){0,3}?(?=that\b|\S+\s+(?:had|has|have|was|were|is|are|would|will)\b)|added|adds|stated|states|"
    r"confirmed|confirms|insisted|insists|stressed|stresses|explained|explains|maintained|maintains|according\s+to\s+(?:[\w’'-]+\s+){1,4}?(?=[,]))"
    r"(?:\s+that)?\s+",
    re.IGNORECASE,
)
_REPORTED_TAIL = re.compile(r",\s+(?:[\w’'.-]+\s+){1,6}?(?:said|says|told\s+[\w’'-]+|added|adds|stated|confirmed)\b[^,]{0,60}$", re.IGNORECASE)
# "he did not think the strike would last", "would not give a figure": the speaker's doubt or silence, not a denial
_NOT_A_CLAIM = re.compile(
    r"\b(?:not|n[’']t|never|no)\s+(?:yet\s+|have\s+|had\s+)?(?:think|believe|expect|know|say|sure|certain|rule|comment|give|"
    r"disclose|confirm|elaborate|specify|reveal|discuss|answer|respond|guarantee|promise)",
    re.IGNORECASE,
)


def _reported_clauses(text: str, spans: Sequence[Any], quoted: Sequence[tuple[int, int]]) -> list[str]:
    """What the writer reports people said, in the writer's words, where it holds a negation.

    >>> _reported_clauses("Mayor Ann Lee said no homes had been lost. It rained.", [Span(0, 42), Span(43, 52)], [])
    ['no homes had been lost.']
    >>> _reported_clauses("No homes were lost, the mayor said.", [Span(0, 35)], [])
    ['No homes were lost']
    """
    clauses = []
    for span in spans:
        sentence = text[span.start : span.end]
        if any(a < span.end and span.start < b for a, b in quoted) or _rx(r"[\"“”«»„]").search(sentence):
            continue  # a sentence with a quote in it: the quote speaks for itself
        tail = _REPORTED_TAIL.search(sentence)
        if tail:
            clause = sentence[: tail.start()]
        else:
            verb = _REPORTING.search(sentence)
            if not verb:
                continue
            clause = sentence[verb.end() :]
        if _ANY_NEGATOR.search(clause) and not _NOT_A_CLAIM.search(clause):
            clauses.append(clause.strip())
    return clauses


def _info(index: int, text: str, speaker: str | None) -> _QuoteInfo:
    """The words of one quote (or reported clause) as the headline checks need them."""
    tokens = tokenize(text)
    terms = content_terms(tokens)
    negated, positive, heads = _negation_scope(text, tokens)
    elliptical = _elliptical_denials(text)  # "The alarm should have called us. It didn't."
    if elliptical:
        negated, positive, heads = negated | elliptical, positive - elliptical, heads | elliptical
    lasting = {PERMANENT} & (negated | positive)
    # what a quote denies also denies the word's near-synonym group: "Schools are not closing" denies "shut"
    _, by_stem = _synonym_keys()
    negated = negated | {by_stem[k] for k in negated if k in by_stem} | {d for k in negated for d in _deverbal(k)}
    heads = heads | {by_stem[k] for k in heads if k in by_stem} | {d for k in heads for d in _deverbal(k)}  # "not a cancellation"
    sentences = []
    for span in split_sentences(text):
        piece = text[span.start : span.end]
        piece_tokens = tokenize(piece)
        sentences.append((frozenset(k for _, k in content_terms(piece_tokens)), certainty(piece, piece_tokens), piece))
    return _QuoteInfo(
        index,
        text,
        frozenset(k for _, k in terms) | lasting,
        frozenset(positive),
        frozenset(negated),
        certainty(text, tokens),
        frozenset(stem(t.norm) for t in tokens),
        tuple(sentences),
        frozenset(heads),
        speaker,
        _identity_denials(text),
    )


def prepare(analysis: "Analysis | None") -> HeadlineContext:
    """Compute the article-side data for scoring headlines (once per article)."""
    if analysis is None:
        return HeadlineContext()
    article = analysis.article
    text = article.text
    infos = [_info(index, quote.text, quote.speaker) for index, quote in enumerate(analysis.quotes) if quote.is_speech]
    body_spans = [span for span in article.sentences if span.start >= article.body_start]
    reported = tuple(
        _info(-1, clause, None) for clause in _reported_clauses(text, body_spans, [(q.start, q.end) for q in analysis.quotes])
    )
    body = text[article.body_start :]
    framing = analysis.framing_text()
    context: set[str] = set()
    for quote in analysis.speech:
        if quote.speaker:
            context.update(stem(w) for w in _rx(r"[\w’'-]+").findall(quote.speaker.lower()))
    for mention in find_people(body, keep_places=True):
        context.update(stem(w.lower().replace("’", "'")) for w in _rx(r"[\w’'-]+").findall(mention.name))
        if mention.role:
            context.update(stem(w.lower()) for w in mention.role.split())
    body_tokens = tokenize(body)
    for token in body_tokens:
        if token.norm in ROLE_WORDS:
            context.add(stem(token.norm))
    numbers = find_numbers(body)
    number_keys, ratios = _number_sentences(body, numbers)
    quote_keys = frozenset(k for info in infos for k in info.keys)
    # how a headline can name each speaker: their name, and the role words the article gives them
    speaker_words: dict[str, set[str]] = {}
    for info in infos:
        if info.speaker:
            words = speaker_words.setdefault(info.speaker, set())
            words.update(stem(w) for w in _rx(r"[\w’'-]+").findall(info.speaker.lower()) if w not in ("the", "a", "an", "of", "for", "and"))
    for mention in find_people(body):
        full = next((name for name in speaker_words if mention.name and name.endswith(mention.name.split()[-1])), None)
        if full and mention.role:
            speaker_words[full].update(stem(w.lower()) for w in _rx(r"[\w-]+").findall(mention.role) if w.lower() in ROLE_WORDS)
    for name, words in speaker_words.items():
        if len(name.split()) >= 2:  # "Defence lawyer Curtis Bell", "council leader Dana Okafor"
            for match in _rx(re.escape(name)).finditer(body):
                words.update(stem(w.lower()) for w in body[max(0, match.start() - 40) : match.start()].split()[-3:] if w.lower() in ROLE_WORDS)
    for match in _rx(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),\s+(?:the\s+|a\s+|an\s+|[A-Z][\w’']*[’']s\s+)?((?:[\w-]+\s+){0,3}[\w-]+),").finditer(body):
        full = next((name for name in speaker_words if name.endswith(match.group(1).split()[-1])), None)
        if full:  # "Maria Fonseca, the school's principal," / "Dana Reyes, Tran's lawyer,"
            speaker_words[full].update(stem(w.lower()) for w in match.group(2).split() if w.lower() in ROLE_WORDS)
    return HeadlineContext(
        hedged_only=_hedged_only(body, body_tokens),
        hedged_dates=_hedged_dates(body),
        sentence_keys=tuple(
            frozenset(k for _, k in content_terms(tokenize(text[span.start : span.end])))
            for span in article.sentences if span.start >= article.body_start
        ),
        quotes=tuple(infos),
        reported=reported,
        rule_outs=tuple(
            text[span.start : span.end] for span in body_spans if _RULE_OUT.search(text, span.start, span.end)
        ),
        quote_keys=quote_keys,
        framing_keys=frozenset(k for _, k in content_terms(tokenize(framing))),
        article_keys=frozenset(k for _, k in content_terms(body_tokens)),
        context_keys=frozenset(context) - quote_keys,
        proper_keys=frozenset(stem(t.norm) for t in body_tokens if body[t.start : t.start + 1].isupper()),
        number_values=tuple(n.values for n in numbers),
        number_units=tuple(n.unit for n in numbers),
        number_kinds=tuple(n.kind for n in numbers),
        number_texts=tuple(n.text for n in numbers),
        number_keys=number_keys,
        number_ratios=ratios,
        has_article=True,
        speaker_keys=tuple((name, frozenset(words)) for name, words in speaker_words.items()),
    )


_HEDGE_REACH = 5  # a hedge covers the next few words: "might rise", "may go up a little"
_DOUBT_HEDGES = frozenset({"modal", "adverb", "epistemic_verb"})  # not "about 40" or "if it rains"
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million billion half third quarter dozen".split())


_MONTHS = {m[:3]: m for m in "january february march april may june july august september october november december".split()}
# a date or a time a plan is set for: "March 28", "Feb. 12", "on Monday", "before Christmas", "in the new year"
_DATE = re.compile(
    r"\b(?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?"
    r"|(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<feast>Christmas|Easter|[Nn]ew\s+[Yy]ear|[Hh]alf-term|Eid|Diwali))\b",
)
# what makes a date only a possibility: a hedge shortly before it in the same clause ("could be back by March 28",
# "provisionally set for May", "hope to announce something before Christmas"; not the writer's "is expected in
# February", news for "is scheduled"), or a next sentence that says the date is not fixed
_DATE_HEDGE = re.compile(
    r"\b(?:may|might|could|hope[sd]?|hoping|hopefully|provisional(?:ly)?|tentative(?:ly)?|aim(?:s|ing)?|"
    r"likely|possibly|perhaps|if|unless|depend(?:s|ing)?|subject\s+to|not\s+(?:fixed|firm|final|set\s+in\s+stone|confirmed)|"
    r"cannot\s+(?:say|give|promise|guarantee)|can[’']t\s+(?:say|give|promise|guarantee)|too\s+early|not\s+sure)\b",
    re.IGNORECASE,
)
_DATE_NOT_FIXED = re.compile(
    r"\b(?:that|the|this)\s+(?:date|timeline|timetable|deadline|target)\s+is\s+(?:not|n[’']t)\s+(?:fixed|firm|final|confirmed|set)|"
    r"\b(?:cannot|can[’']t)\s+(?:say|tell\s+you)\s+(?:exactly\s+)?when\b|\b(?:cannot|can[’']t)\s+give\s+(?:you\s+)?a\s+(?:firm\s+|final\s+|fixed\s+)?date\b|"
    r"\bnot\s+a\s+(?:firm|fixed|final)\s+date\b",
    re.IGNORECASE,
)


def _date_keys(text: str) -> list[tuple[str, int, int]]:
    """The dates in ``text`` as keys ("march", "monday", "christmas"), with where each is.

    >>> [k for k, _, _ in _date_keys("Units could be back by March 28, or on Monday; not before Christmas.")]
    ['march', 'monday', 'christmas']
    """
    keys = []
    for match in _DATE.finditer(text):
        if match.group("month"):
            word = match.group("month").lower()[:3]
            if word == "may" and not _rx(r"\s+\d{1,2}\b|\s*(?:$|[,.;])").match(text, match.end()) and not _rx(
                r"\b(?:in|by|from|until|till|since|early|late|mid|of|next|last|this)\s+$", re.IGNORECASE
            ).search(text, max(0, match.start() - 8), match.start()):
                continue  # the verb "may", not the month
            if word == "mar" and match.group(0).lower() == "mar":
                continue  # the verb "mar"
            keys.append((_MONTHS[word], match.start(), match.end()))
        else:
            keys.append((" ".join(match.group(0).lower().split()), match.start(), match.end()))
    return keys


def _hedged_dates(body: str) -> tuple[tuple[str, str], ...]:
    """Dates the article only gives with a doubt, each with the first sentence that hedges it.

    >>> _hedged_dates("The units could be back by March 28. That date is not firm.")
    (('march', 'The units could be back by March 28.'),)
    >>> _hedged_dates("We will meet him on Monday and we hope he gives us until January.")
    (('january', 'We will meet him on Monday and we hope he gives us until January.'),)
    >>> _hedged_dates("The units could be back by March 28. Work ends on March 28, the firm said.")
    ()
    """
    spans = split_sentences(body)
    hedged: dict[str, str] = {}
    plain: set[str] = set()
    for n, span in enumerate(spans):
        sentence = body[span.start : span.end]
        following = body[spans[n + 1].start : spans[n + 1].end] if n + 1 < len(spans) else ""
        for key, start, _ in _date_keys(sentence):
            lead = sentence[max(0, start - 60) : start]
            lead = _rx(r"^.*(?:[,;:]|\b(?:and|but|while|when|after)\b)", re.IGNORECASE | re.DOTALL).sub("", lead)
            if _DATE_HEDGE.search(lead) or _DATE_NOT_FIXED.search(sentence[start:]) or _DATE_NOT_FIXED.search(following):
                hedged.setdefault(key, sentence.strip())
            else:
                plain.add(key)
    return tuple((key, sentence) for key, sentence in hedged.items() if key not in plain)


def _hedged_only(body: str, tokens: Sequence[Token]) -> tuple[tuple[str, bool, frozenset[str], str], ...]:
    """Each use of a word that the article (quotes or framing) puts under a hedge at least once.

    Returns ``(key, hedged, sentence_keys, words)`` for every use of such a word, so a headline that
    states it flatly can be checked against the plain uses that are about the same thing.

    >>> [(k, h, w) for k, h, _, w in _hedged_only("Rents may rise. Prices rose.", tokenize("Rents may rise. Prices rose."))]
    [('rise', True, 'may rise'), ('rise', False, 'rose')]
    """
    hedges = [m for m in certainty(body, tokens).hedges if m.category in _DOUBT_HEDGES and m.text.lower() != "would"]
    starts = [t.start for t in tokens]
    covered: dict[int, int] = {}  # token index -> start of the hedge that covers it
    for marker in hedges:
        first = bisect_left(starts, marker.end)
        for i in range(first, min(first + _HEDGE_REACH, len(tokens))):
            if _rx(r"[.!?;:,]").search(body[marker.end : tokens[i].start]):
                break
            covered[i] = marker.start
    uses: list[tuple[str, bool, int, str]] = []
    index = {t.start: i for i, t in enumerate(tokens)}
    for token, key in content_terms(tokens):
        if token.norm[:1].isdigit() or token.norm in _NUMBER_WORDS:
            continue
        i = index[token.start]
        words = " ".join(body[covered[i] : token.end].split()) if i in covered else body[token.start : token.end]
        uses.append((key, i in covered, token.start, words))
    hedged_keys = {key for key, hedged, _, _ in uses if hedged}
    if not hedged_keys:
        return ()
    spans = split_sentences(body)
    span_starts = [span.start for span in spans]
    sentence_keys: dict[int, frozenset[str]] = {}
    out = []
    for key, hedged, at, words in uses:
        if key not in hedged_keys:
            continue
        n = max(0, bisect_left(span_starts, at + 1) - 1)
        if n not in sentence_keys:
            span = spans[n] if spans else None
            piece = body[span.start : span.end] if span else body
            sentence_keys[n] = frozenset(k for _, k in content_terms(tokenize(piece)))
        out.append((key, hedged, sentence_keys[n], words))
    return tuple(out)


def _quote_words(info: _QuoteInfo, limit: int = 90) -> str:
    """The quote's words on one line, cut at a word to at most ``limit`` characters (with "…")."""
    text = " ".join(info.text.split()).rstrip(" ,;:—–-")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _list(words: Sequence[str]) -> str:
    """Words quoted and listed for an explanation: "'a'", "'a', 'b' or 'c'"."""
    quoted = [f"'{w}'" for w in words]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]
