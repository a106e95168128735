"""Quotes with no cue of their own: the speaker the text around them implies.

The second half of a split quote (:func:`_split_partner`), a quote opening the paragraph after one that ends
with a colon (:func:`_paragraph_intro`), one the next paragraph names ("That is how Maria Fonseca summed it
up", :func:`_named_next`), one right after a sentence about a person (:func:`_previous_sentence_subject`), a
turn in a question-and-answer exchange (:func:`_exchange_turn`), one that follows the last speaker's
(:func:`_follow_on`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Sequence

from .articles import Span
from .cues import _sentence_stop
from .lookback import _State, _known_speakers
from .nounphrases import _resolve_np
from .people import find_people
from .quote_cues import _colon_intro, _mask_terms
from .quotes import QuoteSpan
from .registry import Registry
from .scan import compiled as _rx
from .subjects import _sentence_subject

__all__: list[str] = []


def _split_partner(text: str, quotes: Sequence[QuoteSpan], index: int, results: list) -> tuple[str | None, str | None] | None:
    """The speaker of the first half when this quote is the second half of a split quote."""
    if index == 0:
        return None
    prev = quotes[index - 1]
    quote = quotes[index]
    if prev.paragraph != quote.paragraph or prev.close_mark is None:
        return None
    between = text[prev.close_mark + 1 : quote.open_mark]
    if between.strip().endswith((".", "!", "?")):
        return None  # a new sentence starts: '"No," Reid replied. "Yes," Lee shot back.'
    if len(between.split()) <= 14 and not _rx(r"[.!?]\s+[A-Z][^.!?]*[.!?]\s").search(between):
        return results[index - 1]
    return None


def _paragraph_intro(
    text: str, quote: QuoteSpan, paragraphs: Sequence[Span], sentences: Sequence[Span], reg: Registry, state: _State
) -> tuple[str | None, str | None]:
    """A quote opening a paragraph after one that ends with a colon ("... set out her reasoning:")."""
    para = paragraphs[quote.paragraph]
    if quote.open_mark != para.start or quote.paragraph == 0:
        return None, None
    prev = paragraphs[quote.paragraph - 1]
    prev_text = text[prev.start : prev.end].rstrip()
    if not prev_text.endswith(":"):
        return None, None
    last = sentences[bisect_left(sentences, prev.start, key=lambda s: s.start) : bisect_left(sentences, prev.end, key=lambda s: s.start)]
    start = last[-1].start if last else prev.start
    speaker, cue, _ = _colon_intro(text[start : prev.end].rstrip(), start, reg, state, text)
    if speaker is None:
        np = _sentence_subject(text[start : prev.end])
        speaker = _resolve_np(np, prev.end, reg, state, text) if np else None
    return speaker, cue


_NAMED_NEXT = re.compile(
    r"^(?:(?:That|This|So|Such)(?:'s|’s|\s+(?:is|was|were|are))\s+(?:how|what|why)\b|(?:Those|These)\s+(?:were|are)\s+the\s+words\s+of\b|So\s+said\b)",
    re.IGNORECASE,
)


def _named_next(text: str, quote: QuoteSpan, paragraphs: Sequence[Span], reg: Registry, state: _State) -> str | None:
    """A quote ending its paragraph, named in the next one: "That is how Maria Fonseca ... summed up ..."."""
    para = paragraphs[quote.paragraph]
    if quote.close_mark is None or text[quote.close_mark + 1 : para.end].strip(" .,") or quote.paragraph + 1 >= len(paragraphs):
        return None
    nxt = paragraphs[quote.paragraph + 1]
    first = text[nxt.start : nxt.end]
    if not _NAMED_NEXT.match(first):
        return None
    sentence_end = _sentence_stop(first)
    people = [m for m in find_people(first[:sentence_end]) if m.kind == "person"]
    if not people:
        return None
    name = people[0].name
    return reg.full(name) if len(name.split()) == 1 else reg.full_names.get(name.lower(), name)


def _previous_sentence_subject(
    text: str, quote: QuoteSpan, sentence_start: int, para: Span, sentences: Sequence[Span], reg: Registry, state: _State, after: int = -1
) -> str | None:
    """A quote right after a sentence about a person: "Ms Fonseca laughed. ‘Ask me at Christmas.’".

    With ``after``, only a sentence that starts after that position (the last quote's end) counts.
    """
    if quote.open_mark != sentence_start and text[sentence_start : quote.open_mark].strip():
        return None
    low = bisect_left(sentences, para.start, key=lambda s: s.start)
    previous = list(sentences[low : bisect_right(sentences, sentence_start, key=lambda s: s.end)])
    if after >= 0:
        previous = [s for s in previous[-1:] if s.start >= after and not _rx(r"[\"“”«»]|(?<![\w])[‘']").search(text[s.start : s.end])]
        if not previous:
            return None
    if not previous and quote.open_mark == para.start and quote.paragraph > 0:
        # a paragraph that is only this quote, after a paragraph about someone
        k = bisect_right(sentences, para.start, key=lambda s: s.end) - 1
        prev_para = sentences[k] if k >= 0 else None
        previous = [prev_para] if prev_para is not None else []
        masked = _mask_terms(text, prev_para.start, prev_para.end, state) if prev_para is not None else ""
        if prev_para is not None and (_rx(r"[”’\"»]\s*$").search(masked) or _rx(r"[“”\"«»]").search(masked)):
            # the paragraph before ends inside a quote ("She knows ..." is speech, not the subject), or its last
            # sentence holds an attributed quote: the quote that follows continues that speaker
            return None
    if not previous:
        return None
    sentence = text[previous[-1].start : previous[-1].end]
    first_mark = min((sentence.find(m) for m in "\"“”«»„‘" if m in sentence), default=-1)
    if first_mark != -1:
        sentence = sentence[:first_mark]  # only the words before any quote can hold the subject
    np = _sentence_subject(sentence)
    if not np:
        return None
    speaker = _resolve_np(np, previous[-1].start, reg, state, text)
    if speaker and speaker not in _known_speakers(reg) and _rx(r"(?:an?|one)\s", re.IGNORECASE).match(speaker):
        # "A senior official in the provincial treasury, who asked not to be named, told Daily Maverick that ..."
        # then a quote with no cue: the unnamed source the sentence was about
        described = _rx(r"^(?:an?|one)\s+", re.IGNORECASE).sub("", speaker)
        if any(described.lower().startswith(d.lower()) for d in reg.anonymous.values()):
            return speaker
    if speaker and speaker[:1].islower() and _rx(r"(?:he|she)\b.*", re.IGNORECASE).fullmatch(np.strip()) and any(speaker == d for _, d, _ in reg.anonymous_at):
        return speaker  # "She added that ...": the unnamed spokeswoman the article introduced
    return speaker if speaker in _known_speakers(reg) else None


_ASKING = frozenset("asked asks questioned pressed demanded".split())


_ANSWERING = frozenset("replied replies answered answers responded responds shot countered retorted said says".split())


def _exchange_turn(text: str, quotes: Sequence[QuoteSpan], index: int, paragraphs: Sequence[Span], results: list) -> str | None:
    """An unattributed question or answer in a question-and-answer exchange is the other side's turn.

    '“You weren't wearing your glasses, correct?” Alvarez asked. / “I don't need them,” Rourke replied. /
    “But you do need them to drive?”' - the third line is Alvarez again.
    """
    if index < 2 or len(results) < 2:
        return None
    quote, prev, before = quotes[index], quotes[index - 1], quotes[index - 2]
    para = paragraphs[quote.paragraph]
    if (
        prev.text.rstrip().endswith("?") and results[index - 1][0] and results[index - 2][0]
        and results[index - 1][0] != results[index - 2][0]
        and before.paragraph + 1 == prev.paragraph and prev.paragraph + 1 == quote.paragraph
        and not text[para.start : quote.open_mark].strip()
    ):
        return results[index - 2][0]  # '“Who?”' asked between two answers: the answer is the other side's
    (ask_speaker, ask_cue), (answer_speaker, answer_cue) = results[index - 2], results[index - 1]
    if not (ask_speaker and answer_speaker and ask_speaker != answer_speaker and ask_cue and answer_cue):
        return None
    if ask_cue.split()[0].lower() not in _ASKING or answer_cue.split()[0].lower() not in _ANSWERING:
        return None
    if not (before.paragraph + 1 == prev.paragraph and prev.paragraph + 1 == quote.paragraph):
        return None
    para = paragraphs[quote.paragraph]
    if text[para.start : quote.open_mark].strip():
        return None  # only a paragraph that is just the quote
    return ask_speaker


def _follow_on(text: str, quotes: Sequence[QuoteSpan], index: int, paragraphs: Sequence[Span], state: _State) -> str | None:
    """A quote with no cue continues the previous speaker when it follows right after."""
    quote = quotes[index]
    if state.last_speaker is None:
        return None
    if quote.paragraph == state.last_paragraph:
        return state.last_speaker
    if quote.paragraph == state.last_paragraph + 1:
        para = paragraphs[quote.paragraph]
        lead = text[para.start : quote.open_mark].strip()
        if not lead or len(lead.split()) <= 3:
            return state.last_speaker
    return None
