"""Who said it: attach each quote to its speaker and its reporting cue.

The rules are the ones a careful reader uses, in this order:

1. an attribution right after the quote (``"...," said Dana Okafor`` /
   ``"...," Okafor said`` / ``"...," she added`` / ``"...," the company said in a statement``);
2. an attribution right before it (``Chen told reporters: "..."`` /
   ``According to Chen, "..."`` / ``The mayor was blunt: "..."``);
3. the second half of a split quote belongs to the first half's speaker;
4. a quote with no cue that follows another quote in the same or the next
   paragraph continues that speaker;
5. a fragment woven into a sentence belongs to the sentence's subject
   (``Rutte highlighted the "joint initiative ..."``, ``his emphasis on "..."``).

A speaker is then resolved to the fullest form the article uses: a surname
("Rutte") or a role ("the mayor") to the full name ("Mark Rutte"), a pronoun to
the last fitting person, "the company" to the company's name. Anonymous
sources keep their description ("one official"). When nothing fits, the
speaker is ``None``: the kit does not guess.

This module walks the quotes. The rules live by concept: the cues before and after a quote in
:mod:`kit.quote_cues`, fragments in :mod:`kit.fragments`, quotes with no cue in :mod:`kit.follow_on`, noun
phrase to speaker in :mod:`kit.nounphrases` (with :mod:`kit.roles`, :mod:`kit.anonymous`, :mod:`kit.pronouns`
and :mod:`kit.documents`), and the walk's state in :mod:`kit.lookback`.

>>> from kit.articles import Article
>>> from kit.quotes import find_quote_spans
>>> a = Article.from_text('Dana Okafor runs the school. "We are ready," she said.')
>>> attribute(a.text, find_quote_spans(a.text, a.paragraphs), a.paragraphs, a.sentences)
[('Dana Okafor', 'said')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from .articles import Span
from .documents import _document_by
from .follow_on import _exchange_turn, _follow_on, _named_next, _paragraph_intro, _previous_sentence_subject, _split_partner
from .fragments import _fragment_subject
from .lookback import _State, _full_name_set
from .organisations import _bracketed_words, _full_org
from .quote_cues import _coordinated_subject, _post_attribution, _pre_attribution, _unclosed_attribution
from .quotes import is_sign, QuoteSpan
from .registry import build_registry

# rules this module held before they moved to modules of their own, still importable from here
from .documents import _document_author, _publication_author  # noqa: F401
from .nounphrases import _resolve_np, _resolve_np_words  # noqa: F401
from .pronouns import _paragraph_subject, _resolve_pronoun  # noqa: F401
from .quote_cues import _colon_intro  # noqa: F401

__all__ = ["attribute"]

# how far before a quote its sentence is read (real sentences are far shorter)
_LONGEST_LEAD_IN = 1500


_CROWD_VOICE = re.compile(
    r"(?:\b(?:[Aa]|[Oo]ne)\s+(?:lone\s+|single\s+|loud\s+|angry\s+)?(?:voice|shout|cry|heckle|chant)\b[^.!?\"“”]{0,70}?\b(?:called\s+out|shouted|yelled|cried(?:\s+out)?|"
    r"chanted|heckled|rang\s+out|interjected)|\b(?:[Ss]omeone|[Ss]omebody)\s+(?:in|at|near|from)\s+(?:the\s+)?(?:crowd|back|audience|gallery|room|public)\b[^.!?\"“”]{0,40}?"
    r"\b(?:called\s+out|shouted|yelled|cried(?:\s+out)?|heckled)|\b(?:[Aa]|[Oo]ne)\s+(?:shout|cry|chant|chorus)\s+of|\b(?:[Ss]houts|[Cc]hants|[Cc]ries)\s+of)"
    r"[,:]?\s*$"
)


def attribute(
    text: str,
    quotes: Sequence[QuoteSpan],
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    body_start: int = 0,
) -> list[tuple[str | None, str | None]]:
    """Find ``(speaker, cue)`` for each quote.

    Parameters
    ----------
    text
        The article text.
    quotes
        The spans from :func:`kit.quotes.find_quote_spans`, in text order.
    paragraphs, sentences
        From :class:`kit.articles.Article`.
    body_start
        Where the body begins (after headline or front matter).

    Returns
    -------
    list of (speaker or None, cue or None), one per quote.
    """
    if not quotes:
        return []
    reg = build_registry(text, body_start, sentences, quotes)
    sentence_starts = [s.start for s in sentences]
    state = _State(text=text)
    results: list[tuple[str | None, str | None]] = []
    for index, quote in enumerate(quotes):
        para = paragraphs[quote.paragraph] if quote.paragraph < len(paragraphs) else Span(0, len(text))
        s_idx = bisect_right(sentence_starts, quote.open_mark) - 1
        sentence_start = max(sentences[s_idx].start if s_idx >= 0 else para.start, para.start)
        # a "sentence" that runs on for pages (pasted text with no full stops) is read only near the quote: every
        # cue is within a few hundred characters, and reading all of it again for each quote would be quadratic
        sentence_start = max(sentence_start, quote.open_mark - _LONGEST_LEAD_IN)
        next_open = quotes[index + 1].open_mark if index + 1 < len(quotes) and quotes[index + 1].paragraph == quote.paragraph else para.end
        speaker: str | None = None
        cue: str | None = None
        state.current_open = quote.open_mark
        if quote.kind == "term":
            results.append((None, None))
            state.terms.append((quote.open_mark, (quote.close_mark if quote.close_mark is not None else quote.end) + 1))
            continue
        if quote.continues is None and is_sign(text, quote.open_mark, para.start):
            # what a placard, banner, sign or notice says: nobody in particular speaks (guessing who put a notice up
            # named the wrong person more often than the right body)
            results.append((None, None))
            continue
        if quote.continues is not None:
            speaker, cue = results[quote.continues]
            # the closing part of a multi-paragraph quote may still carry the attribution
            if quote.close_mark is not None:
                post = _post_attribution(text, quote, next_open, reg, state)
                if post[2] and post[0]:
                    speaker, cue = post[0], post[1]
                    _backfill(results, quotes, index, speaker, cue)
            results.append((speaker, cue))
            _remember(state, speaker, quote)
            continue
        if quote.close_mark is None and (index + 1 >= len(quotes) or quotes[index + 1].continues != index):
            inner = _unclosed_attribution(text, quote, reg, state)
            if inner[0]:
                results.append(inner)
                _remember(state, inner[0], quote)
                continue
        if _CROWD_VOICE.search(text, max(sentence_start, quote.open_mark - 160), quote.open_mark):
            # 'a voice from among the vendors called out, "Talk is cheap, MP!"', 'a shout of "Follow the money!"':
            # someone in a crowd, whom the article does not name
            results.append((None, None))
            continue
        state.no_speaker = False
        post_speaker, post_cue, post_found = _post_attribution(text, quote, next_open, reg, state)
        no_speaker_after = state.no_speaker and post_found and not post_speaker
        state.no_speaker = False
        pre_speaker, pre_cue, pre_found = _pre_attribution(text, quote, sentence_start, reg, state)
        no_speaker_before = state.no_speaker and pre_found and not pre_speaker
        split_prev = _split_partner(text, quotes, index, results)
        if post_found and post_speaker:
            speaker, cue = post_speaker, post_cue
        elif pre_found and pre_speaker:
            speaker, cue = pre_speaker, pre_cue
        elif split_prev is not None:
            speaker, cue = split_prev
        elif no_speaker_after or no_speaker_before:
            speaker, cue = None, post_cue if no_speaker_after else pre_cue  # "the report warned": no person
        else:
            speaker, cue = _paragraph_intro(text, quote, paragraphs, sentences, reg, state)
            if post_found or pre_found:
                cue = post_cue or pre_cue
                if speaker is None:
                    speaker = _coordinated_subject(text, quote, sentence_start, reg, state)
            if speaker is None and quote.kind == "full" and quote.paragraph == state.last_paragraph:
                # "“You're not,” she said. Whitfield nodded. “Nobody is.”": a beat about someone else in between
                beat = _previous_sentence_subject(text, quote, sentence_start, para, sentences, reg, state, after=state.last_speaker_pos)
                if beat and beat != state.last_speaker and beat in _full_name_set(reg):
                    speaker = beat
            if speaker is None and quote.paragraph == state.last_paragraph:
                speaker = state.last_speaker
            if speaker is None:
                speaker = _named_next(text, quote, paragraphs, reg, state)
            if speaker is None and quote.kind == "full":
                speaker = _previous_sentence_subject(text, quote, sentence_start, para, sentences, reg, state)
            if speaker is None:
                speaker = _exchange_turn(text, quotes, index, paragraphs, results)
            if speaker is None:
                speaker = _follow_on(text, quotes, index, paragraphs, state)
            if speaker is None and quote.kind == "fragment":
                # (a document the sentence itself names comes before one named earlier)
                speaker = _document_by(text, sentence_start, quote.open_mark, reg) or _fragment_subject(text, quote, sentence_start, reg, state)
        if speaker is None and quote.kind in ("fragment", "full"):
            # "a 2019 assessment by Motheo Structural Engineers ... which found that the structures posed '...'":
            # words from a document, said for whoever the sentence says wrote it
            speaker = _document_by(text, sentence_start, quote.open_mark, reg)
        if speaker and speaker.isalpha() and speaker[1:].islower() and speaker in _bracketed_words(reg):
            speaker = _full_org(speaker, reg)  # "Comsa said": the Coastal Marine Services Agency (Comsa)
        results.append((speaker, cue))
        _remember(state, speaker, quote)
    return results


def _remember(state: _State, speaker: str | None, quote: QuoteSpan) -> None:
    """Note a found speaker as the last one (for pronouns and follow-on quotes)."""
    if speaker:
        state.speakers.add(speaker)
        state.last_speaker = speaker
        state.last_speaker_pos = quote.end
        state.last_paragraph = quote.paragraph


def _backfill(results: list, quotes: Sequence[QuoteSpan], index: int, speaker: str, cue: str | None) -> None:
    """Give the earlier paragraphs of a continued quote the speaker found at its end."""
    j = quotes[index].continues
    while j is not None:
        if results[j][0] is None:
            results[j] = (speaker, cue)
        j = quotes[j].continues
