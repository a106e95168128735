"""The language flags of headline scoring: loaded words, clickbait, loaded reporting verbs, vague sources.

These need no article: :func:`_language_flags` turns the headline's markers
(:func:`kit.language.find_markers`, :func:`kit.language.find_clickbait`) into ``loaded``, ``said_verb``,
``vague_source`` and ``clickbait`` flags, in the order they appear. With an article it leaves out what
is fair: a word the speaker used themselves, "Campaigners say" when the article quotes the campaign,
"claims" used as a noun ("pay claim"), "denies" when a quote really denied it.

>>> from kit.headline_context import HeadlineContext
>>> from kit.language import find_markers
>>> headline = "Mayor slams critics, sources say"
>>> flags, bait = _language_flags(headline, find_markers(headline), frozenset(), HeadlineContext())
>>> [(f["kind"], f["text"]) for f in flags]
[('loaded', 'slams'), ('vague_source', 'sources say')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from .language import Marker, content_terms, find_clickbait, stem, tokenize
from .scan import compiled as _rx

if TYPE_CHECKING:  # pragma: no cover
    from .headline_context import HeadlineContext

__all__ = ["_HEADLINE_QUOTE", "_THINGS_REJECTED", "_denial_quoted", "_language_flags", "_names_a_speaker", "_noun_use"]

# (an apostrophe inside a word, "'won't be good'", does not end the quote)
_HEADLINE_QUOTE = re.compile(r"""(?:(?<=\s)|^)['‘"“]((?:[^'‘’"“”]|(?<=\w)['’](?=\w)){2,120})['’"”](?=[\s,.:;!?]|$)""")
# what follows "rejected" when things, not claims, were turned away: a number or an amount ("11 truckloads")
_THINGS_REJECTED = re.compile(
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|"
    r"eleven\b|twelve\b|dozens?\b|hundreds\b|thousands\b|a\s+third\b|half\b)",
    re.IGNORECASE,
)
_DENY_VERBS = re.compile(r"(?:den(?:y|ies|ied|ying))\Z", re.IGNORECASE)


def _language_flags(
    headline: str, markers: Sequence[Marker], quote_stems: frozenset[str], context: HeadlineContext
) -> tuple[list[dict[str, str]], list[Marker]]:
    """The headline's language flags, in the order they appear, and its clickbait markers.

    Parameters
    ----------
    headline
        The headline (whitespace already normalised).
    markers
        Its markers, from :func:`kit.language.find_markers`.
    quote_stems
        The stems of every word the quotes use: a loaded word the speaker used is theirs, not the headline's.
    context
        The article side (empty without an article).
    """
    loaded_spans = {(m.start, m.end) for m in markers if m.kind == "loaded" and m.weight >= 2}
    language: list[tuple[int, dict[str, str]]] = []
    for marker in markers:
        if marker.kind == "said_verb" and (marker.start, marker.end) in loaded_spans:
            continue  # "slams" is loaded wording and a loaded reporting verb: one flag, not two
        if marker.kind in ("loaded", "said_verb", "vague_source"):
            if marker.kind == "loaded" and marker.weight < 2:
                continue  # mild or often-literal words ("emergency") are shown, not flagged
            if marker.kind != "vague_source" and all(stem(t.norm) in quote_stems for t in tokenize(marker.text)):
                continue  # the speaker used the word themselves
            if marker.kind == "vague_source" and _names_a_speaker(marker.text, context):
                continue  # "Campaigners say" where the article quotes the campaign: a source, not a vague one
            if marker.kind == "vague_source" and any(q.start(1) <= marker.start < q.end(1) for q in _HEADLINE_QUOTE.finditer(headline)):
                continue  # "... 'once we understand the inflow rate'": the speaker's own words, quoted
            if marker.kind == "said_verb" and _noun_use(headline, marker.start, marker.end):
                continue  # "union's 6 per cent pay claim": a noun, not a reporting verb
            if marker.kind == "said_verb" and _THINGS_REJECTED.match(headline, marker.end) and marker.text.lower().startswith("reject"):
                continue  # "contractor rejected 11 truckloads": things turned away, not words
            if marker.kind == "said_verb" and _denial_quoted(headline, marker.start, marker.end, context):
                continue  # "Council denies cutting meals" where the speaker said "We are not cutting meals"
            explanation = marker.explain()
            if marker.kind == "said_verb":
                explanation += " A neutral headline would use 'says'."
            language.append((marker.start, {"kind": marker.kind, "text": marker.text, "explanation": explanation}))
    bait = find_clickbait(headline)
    # "BREAKING:" is loaded wording and a clickbait label: count it once, as clickbait
    language = [
        (start, flag) for start, flag in language
        if not (flag["kind"] == "loaded" and any(b.start <= start < b.end for b in bait))
    ]
    for marker in bait:
        language.append((marker.start, {"kind": "clickbait", "text": marker.text, "explanation": marker.explain()}))
    return [flag for _, flag in sorted(language, key=lambda item: item[0])], bait


def _names_a_speaker(words: str, context: HeadlineContext) -> bool:
    """Does the group in a vague-source phrase ("Campaigners say") name a speaker the article quotes?"""
    group = tokenize(words)[:1]
    if not group or group[0].norm in ("many", "some", "others", "experts", "critics", "observers", "sources", "insiders"):
        return False
    key = stem(group[0].norm)
    singular = stem(group[0].norm[:-1]) if group[0].norm.endswith("s") else key
    return any(key in keys or singular in keys for _, keys in context.speaker_keys)


def _noun_use(headline: str, start: int, end: int) -> bool:
    """Is the reporting word at ``headline[start:end]`` used as a noun ("a pay claim", "the claim of bias")?

    >>> _noun_use("Council rejects union's pay claim", 28, 33), _noun_use("Mayor claims victory", 6, 12)
    (True, False)
    >>> _noun_use("Factory suspends clerks over scale tampering claims", 45, 51), _noun_use("Strike over, union claims", 19, 25)
    (True, False)
    """
    word = headline[start:end].lower()
    if " " in word or word.endswith("ing"):
        return False
    before = headline[:start].split()
    after = headline[end:].split()
    if word.endswith(("s", "ed")):
        # "over scale tampering claims", "after four shipments rejected": a plural noun or a participle after a noun,
        # ending its phrase (not the attribution ", union claims" nor "Mayor claims victory")
        tail = not after or after[0].lower().strip(",:;") in ("of", "for", "against", "over", "on", "by", "in", "with", "from", "as", "after", "")
        attribution = _rx(r",\s*(?:\S+\s+){0,2}$").search(headline[:start]) is not None
        return tail and not attribution and len(before) >= 2 and before[-1][:1].islower() and before[-1].lower() not in (
            "and", "or", "but", "who", "that", "which", "he", "she", "they", "it", "we", "also", "now", "still", "then"
        ) and (before[-1].lower().endswith(("ing", "ment", "tion", "sion", "ance", "ence", "ity", "ism", "s")) or before[-2].lower() in (
            "over", "amid", "after", "against", "about", "on", "following", "despite", "to", "of", "denies", "rejects", "dismisses"
        ))
    determiner = bool(before) and (before[-1].lower() in ("a", "an", "the", "his", "her", "its", "their", "our", "this", "that") or before[-1].lower().endswith(("'s", "’s")))
    ends_phrase = not after or after[0].lower().strip(",:;") in ("of", "for", "against", "over", "on", "by", "in", "with", "from", "") or after[0][-1:] in ",:;"
    return determiner or (ends_phrase and bool(before) and before[-1][:1].islower())


def _denial_quoted(headline: str, start: int, end: int, context: HeadlineContext) -> bool:
    """Is "denies" (at ``headline[start:end]``) fair: did a quote deny what follows it?

    "Mayor denies speed cameras are about money" when the mayor said "This is not about money". The word
    right after "denies" ("denies claiming ...") is what was denied, not a second reporting verb.
    """
    before = headline[:start].rstrip().split()
    if before and _DENY_VERBS.search(before[-1]):
        return True  # "denies claiming": the claim is the thing denied
    if not _DENY_VERBS.search(headline[start:end]) or not context.quotes:
        return False
    denied = {k for _, k in content_terms(tokenize(headline[end:]))}
    return any(denied & (info.negated | info.identity) for info in context.quotes)
