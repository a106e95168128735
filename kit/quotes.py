"""Find direct quotations: where each one is, and whether it is speech or a term.

This module pairs quotation marks; :mod:`kit.attribution` finds who said each quote.

Marks handled: straight ``"`` and ``'``; curly ``“ ” ‘ ’`` (also typed the same at
both ends, as in ``“Yes.“``); low-high ``„ “`` and ``‚ ‘``; guillemets ``« »``
and ``‹ ›`` (either direction). A mark is an opener or a closer by what stands
beside it (a space before and a letter after opens; a letter or punctuation before
and a space after closes), so a mark of the "wrong" shape still pairs. Apostrophes
(don't, Rutte's, the '90s, students', rock 'n' roll) are not marks.

A quote inside a quote belongs to the outer quote. A paragraph that ends inside a
quote ends that quote's span; when the next paragraph opens with a mark, the quote
continues there (``continues`` points back to the earlier part). An unclosed mark
never runs past its paragraph.

>>> spans = find_quote_spans('He said "We will go," and left.')
>>> [(s.text, s.kind) for s in spans]
[('We will go,', 'full')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Sequence

from .articles import Span
from .cues import reporting_verbs
from .people import first_name_genders
from .scan import compiled as _rx

__all__ = ["QuoteSpan", "find_quote_spans", "is_sign", "DOUBLE_MARKS", "SINGLE_MARKS"]

DOUBLE_MARKS = '"“”„‟«»″'
SINGLE_MARKS = "'‘’‚‛‹›"
# Families are paired separately, so one kind of mark can nest inside another: «... "election" ...».
_FAMILIES = (
    ("double", '"“”„‟″', False),
    ("guillemet", "«»", False),
    ("single", "'‘’‚‛", True),
    ("single_guillemet", "‹›", True),
)
_OPEN_SHAPED = "“„‟«‘‚‛‹"
_CLOSE_SHAPED = "”»’›"
_OPENING_CONTEXT = "([{—–-/"
_ELISIONS = ("n'", "n’", "em ", "em,", "em.", "til ", "cause ", "tis ", "twas ", "s ")
_TITLE_WORDS = frozenset(
    "so-called dubbed titled entitled named nicknamed branded labelled labeled termed word phrase slogan motto "
    "banner headline rated graded".split()
)
_BY_SOMEONE = re.compile(
    r"[^.!?;:“”\"‘’]{0,40}?\bby\s+(?:(?:a|an|the|one|another|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:MLA|MP|MSP|TD|councillor|minister|spokesperson|spokesman|spokeswoman|campaigners?|residents?|critics?|"
    r"opponents?|unions?|officials?|leaders?|members?|parents?|teachers?|farmers?|politicians?|lawyers?)\b|[A-Z][\w’'-]+\s+[A-Z])"
)
_TITLE_PHRASES = frozenset({"known as", "referred to as", "billed as", "marketed as", "the word", "the term"})
_LOWER_TITLE_OK = frozenset("a an the of and or in on at to for with from by but nor de la le".split())


@dataclass(frozen=True)
class QuoteSpan:
    """One contiguous quoted span (marks excluded).

    Attributes
    ----------
    start, end
        Offsets of the text inside the marks.
    open_mark, close_mark
        Offsets of the marks; ``close_mark`` is ``None`` when the span stops at
        a paragraph end (unclosed, or continued in the next paragraph).
    paragraph
        Index of the paragraph the span lies in.
    kind
        ``"full"`` (a whole sentence or more), ``"fragment"`` (words woven into the
        writer's sentence) or ``"term"`` (a title or scare-quoted word, not speech).
    continues
        Index (in the returned list) of the span this one continues: the earlier
        part of a quote split over paragraphs. ``None`` otherwise.
    text
        The quoted words.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraph: int
    kind: str
    continues: int | None
    text: str


def _is_word(ch: str) -> bool:
    return ch.isalnum()


# a name written with a leading apostrophe or 'okina, and then a surname: "'Mathabo Nkuebe", "'Ana Moala"
_NAME_APOSTROPHE = re.compile(r"M['’]e\b|(?:Ma[a-z]{3,}|[AEIOU][a-z]{1,9})\s+[A-Z][a-z]")
_APOSTROPHE_NAME_TITLE = re.compile(r"(?:\bM['’]e|\bNtate|\bMme)\s+$")


def _classify_single(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can_open, can_close) for a single-quote-family mark at ``i``."""
    ch = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if ch in "‹›":
        return _classify_double(text, i, lo, hi)
    if _is_word(before) and _is_word(after):
        return False, False  # don't, Rutte's
    follow = text[i + 1 : i + 7].lower()
    if after.isdigit() and (before.isspace() or i == lo or before in "(—–"):
        # the '90s, '24 — an elision, unless a quote really starts with a number
        rest = _rx(r"\d\d?s?\b").match(text[i + 1 : i + 5])
        if rest:
            return False, False
    if follow.startswith(_ELISIONS) and (before.isspace() or i == lo):
        return False, False  # rock 'n' roll, 'em, 'til
    if ch in "'’" and before in "nN" and text[i - 2 : i - 1] in ("'", "‘", "’") and after.isspace():
        return False, False  # the second mark of 'n'
    if (before.isspace() or i == lo) and _NAME_APOSTROPHE.match(text, i + 1) and (
        text[i + 1 : i + 4] in ("M'e", "M’e") or _APOSTROPHE_NAME_TITLE.search(text, max(lo, i - 12), i)
        or text[i + 1 : text.find(" ", i + 1)].lower() in first_name_genders()
    ):
        return False, False  # Sesotho "'M'e 'Mathabo Nkuebe", Tongan "'Ana Moala": the apostrophe is part of a name
    can_open = (not after.isspace()) and after not in ".,;:!?" and (
        i == lo or before.isspace() or before in _OPENING_CONTEXT or before in DOUBLE_MARKS
    )
    can_close = (not before.isspace()) and i > lo and (
        after.isspace() or i + 1 >= hi or after in ".,;:!?)]}—–-" or after in DOUBLE_MARKS
    )
    if ch in "‘‚‛" and can_open:
        can_close = can_close and not can_open
    if ch == "’" and can_close:
        can_open = False
    return can_open, can_close


def _classify_double(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can_open, can_close) for a double-family (or guillemet) mark at ``i``."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before == "\u00a0" or before == "\u202f":
        before = " "
    if after == "\u00a0" or after == "\u202f":
        after = " "
    left_space = i == lo or before.isspace() or before in _OPENING_CONTEXT
    right_space = i + 1 >= hi or after.isspace() or after in ".,;:!?)]}—–" or after in SINGLE_MARKS
    can_open = not right_space
    can_close = not left_space
    if left_space and right_space:
        # a lone mark between spaces: trust its shape
        can_open = text[i] in _OPEN_SHAPED
        can_close = text[i] in _CLOSE_SHAPED or text[i] == '"'
    if can_open and can_close:
        # letter on both sides (rare): trust its shape
        can_open = text[i] in _OPEN_SHAPED or text[i] == '"'
        can_close = text[i] in _CLOSE_SHAPED or text[i] == '"'
    return can_open, can_close


@dataclass
class _Raw:
    open_mark: int
    close_mark: int | None  # None: paragraph ended inside
    family: str
    paragraph: int


def _guillemet_direction(text: str, lo: int, hi: int) -> dict[str, str]:
    """Which guillemet opens in this paragraph: « (French) or » (German/Danish)."""
    first_left = text.find("«", lo, hi)
    first_right = text.find("»", lo, hi)
    if first_right != -1 and (first_left == -1 or first_right < first_left):
        return {"»": "open", "«": "close", "›": "open", "‹": "close"}
    return {"«": "open", "»": "close", "‹": "open", "›": "close"}


@lru_cache(maxsize=None)
def _mark_regex(marks: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(marks) + "]")


def _scan_family(text: str, lo: int, hi: int, marks: str, single: bool) -> tuple[list[tuple[int, int | None]], bool]:
    """Pair the marks of one family in ``text[lo:hi]``.

    Returns ``(pairs, ends_open)`` where each pair is ``(open_offset, close_offset)``
    and ``ends_open`` says the paragraph ended inside a quote (its pair has
    ``None`` as closer).
    """
    direction = _guillemet_direction(text, lo, hi)
    pairs: list[tuple[int, int | None]] = []
    stack: list[int] = []
    classify = _classify_single if single else _classify_double
    positions = [m.start() for m in _mark_regex(marks).finditer(text, lo, hi)]
    for n, i in enumerate(positions):
        ch = text[i]
        if ch in direction:
            can_open = direction[ch] == "open"
            can_close = not can_open
            if ch in "‹›" and single:
                can_open, can_close = classify(text, i, lo, hi)
                can_open = can_open and direction[ch] == "open"
                can_close = can_close and direction[ch] == "close"
        else:
            can_open, can_close = classify(text, i, lo, hi)
        if stack and can_close and single and _weak_closer(text, i, hi):
            # "the students’ union": a plural possessive when a closer follows before any opener
            for j in positions[n + 1 :]:
                j_open, j_close = classify(text, j, lo, hi)
                if j_close:
                    break
                if j_open:
                    j_close = None
                    break
            else:
                j_close = None
            if j_close:
                continue
        if stack and can_close:
            pairs.append((stack.pop(), i))
        elif can_open:
            if stack and not single:
                # a second opener while open: the earlier quote was never closed
                opener = stack.pop()
                pairs.append((opener, -i))  # negative: stop before this mark
            stack.append(i)
    ends_open = False
    if stack:
        opener = stack[0]
        if not single or _plausible_unclosed_single(text, opener, lo):
            pairs.append((opener, None))
            ends_open = True
    return pairs, ends_open


def _weak_closer(text: str, i: int, hi: int) -> bool:
    """A single mark after "s" followed by a lower-case word may be a plural possessive."""
    if i == 0 or text[i - 1] not in "sS":
        return False
    rest = text[i + 1 : min(hi, i + 3)]
    return len(rest) == 2 and rest[0] == " " and rest[1].islower()


def _plausible_unclosed_single(text: str, opener: int, lo: int) -> bool:
    """An unmatched single mark counts as a quote only where speech usually starts."""
    before = text[lo:opener].rstrip()
    return opener == lo or before.endswith((":", ",", ".", "!", "?")) or before == ""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _rating_change(text: str, open_mark: int, end: int) -> bool:
    """Is this quote one side of 'from "X" to "Y"' (a rating or label changing)?"""
    before = text[max(0, open_mark - 60) : open_mark]
    after = text[end : end + 8]
    if _rx(r"\bfrom\s*$").search(before) and _rx(r"""[’'"”]?\s+to\s+[‘'"“]""").match(after):
        return True
    return _rx(r"""\bfrom\s+[‘'"“][^‘'"“”’]{1,40}[’'"”]\s+to\s*$""").search(before) is not None


# a gloss right after a quoted word: "tulafono", the rules that ...; "sa'o" (the family heads); "dhulo", meaning dust
_GLOSS_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:that|which|who|whose|for|of)\b|\s*\((?:meaning|literally|the|a|an|or)\b|,\s+(?:meaning|literally|which\s+means)\b"
    r"|\s*\([a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,3}\)"  # "amazi yapfuye" (dead water): a translation in brackets
)


# words that introduce what a sign, banner or notice says: 'banners reading', 'a notice in the window:'
_SIGN_BEFORE = re.compile(
    r"\b(sign|signs|banner|banners|placard|placards|notice|notices|poster|posters|graffiti|t-shirts?|stickers?|billboards?)\b"
    r"[^.!?“”\"‘’]{0,40}?(?:\breading|\bread|\bsaying|\bthat\s+said|\bwhich\s+said|:)\s*$",
    re.IGNORECASE,
)


def is_sign(text: str, open_mark: int, para_start: int = 0) -> str | None:
    """The kind of sign ("placard", "banner", "notice", ...) whose words the quote opening at ``open_mark`` gives,
    or ``None``.

    >>> t = 'Farmers held a placard which read: "Pay us first."'
    >>> is_sign(t, t.index('"'))
    'placard'
    """
    match = _SIGN_BEFORE.search(text, max(para_start, open_mark - 600), open_mark)
    return match.group(1).lower() if match else None


def _kind(text: str, start: int, end: int, open_mark: int, para_start: int, continued: bool, prev_kind: str | None) -> str:
    inner = text[start:end]
    words = inner.split()
    if not words:
        return "term"
    before = text[max(para_start, open_mark - 600) : open_mark]  # the words just before are all that count
    before_words = before.lower().replace("’", "'").split()
    last_two = " ".join(before_words[-2:])
    prev = before_words[-1].strip(",") if before_words else ""
    has_sentence_end = bool(_rx(r"[.!?…]['\"’”]?$").search(inner)) or inner.rstrip().endswith(",")
    if continued and prev_kind:
        return prev_kind
    if not continued and prev_kind != "term":
        prev_kind = None
    if prev_kind == "term" and _rx(r"""[\"”’']\s*(?:,\s*)?(?:and|or|,)\s*$""").search(before):
        return "term"  # banners read "No farmers, no food" and "Mercosur = death of our farms"
    if prev in {"titled", "entitled", "headlined", "subtitled"} and _is_title_case(words):
        return "term"  # a title of any length: titled "Neuromuscular Warm-Up ...: A Trial"
    if _SIGN_BEFORE.search(before):
        # a sign's whole sentences are words someone wrote for others to read ('a placard which read: "Pay us
        # first."'), kept as a full quote with nobody named; a slogan with no full stop is a label ("Homes for
        # People, Not for Profit")
        return "full" if _rx(r"[.!?…]['\"’”]?$").search(inner.rstrip()) else "term"
    if _rx(r"\b(?:under|with|bearing)\s+the\s+(?:title|headline|name)\s*$", re.IGNORECASE).search(before):
        return "term"  # under the title "Downslope shift in rock wren nesting ..." (sentence case too)
    if (not has_sentence_end or len(words) <= 3) and len(words) <= 6 and _rx(r"\b(?:known|referred\s+to|billed|marketed|lists?(?!\s+as\b)|listed|listing|registered|register|designated?|designating|"
        r"classified|classify|classed|categori[sz]ed)\b[^.;:!?]{0,60}?\bas\s+(?:an?\s+|the\s+)?$", re.IGNORECASE).search(before):
        return "term"  # pushers known locally as "mai ruwa"; known to generations ... simply as "the Mighty Cal"
    nickname = (len(words) >= 2 and words[0].lower() in ("the", "a") and all(w[:1].isupper() for w in words[1:])) or (
        len(words) >= 2 and _is_title_case(words)
    )
    if not has_sentence_end and len(words) <= 6 and nickname and _rx(r"\b(?:call|calls|calling|called|dub|dubs|dubbed|dubbing|nickname[ds]?|christened|branded)\s+(?:\w+\s+){0,3}$", re.IGNORECASE).search(before):
        return "term"  # supporters call him 'the Ghost', calling this side 'the Comeback Kids': a nickname
    if len(words) <= 3 and all(w[:1].isupper() for w in words) and _rx(r"\b[A-Z][a-z’'-]+\s$").search(before) and _rx(r"[”\"’']\s[A-Z]").match(text[end : end + 3]):
        return "term"  # Craig “Chook” Fowler: a nickname inside a name
    if len(words) <= 4 and _rx(r"\b(?:that|which)\s+(?:[\w’'-]+\s+){1,3}(?:call|calls|called|dub|dubs|dubbed|nickname|nicknamed)\s*$").search(before):
        return "term"  # the stretch over the lake that drivers call "the long mile": a name for a place
    if len(words) <= 5 and _rx(r"\bwhat\s+(?:[\w’'-]+\s+){1,4}(?:calls?|called|dubs?|dubbed|terms?|termed|labels?|labell?ed|brands?|branded)\s+(?:an?\s+|the\s+)?$").search(before) and not _NAMED_CALLER.search(before) and not (inner[:1].isupper() and has_sentence_end and not inner.rstrip().endswith(",")) and not (
        # what he called a "softly-softly" approach: the quoted words describe the noun after them, in the speaker's voice
        _rx(r"\b(?:an?|the)\s+$").search(before) and _MODIFIES_NEXT.match(text, end + 1)
    ):
        return "term"  # what the district calls "double runs,": a name for something, not speech
    if len(words) <= 8 and not _rx(r"[.!?…]['\"’”]?$").search(inner) and _rx(r"\b(?:(?:taken|took|come|came)\s+to\s+calling\s+|(?:mantra|slogan|motto|tagline|catchphrase|watchword|rallying\s+cry)\s+(?:of\s+)?)(?:it\s+|them\s+)?(?:an?\s+|the\s+)?$", re.IGNORECASE).search(before):
        return "term"  # residents have taken to calling the "white elephant"; the mantra of "leaving no one behind"
    if not has_sentence_end and len(words) <= 4 and _rating_change(text, open_mark, end):
        return "term"  # downgraded from 'requires improvement' to 'inadequate': labels, not speech
    if len(words) <= 12 and inner.rstrip().endswith(",") and _is_title_case(words) and not _cue_follows(text, end):
        return "term"  # "Winter Wheat," directed by ...
    if len(words) <= 2 and not has_sentence_end and inner[:1].islower() and _GLOSS_AFTER.match(text, end + 1):
        return "term"  # the village "tulafono", the rules that every family follows: a word, then what it means
    sentence_words = _rx(r"[.!?]\s+(?=[A-Z\"“‘'«„])").split(before)[-1].lower().replace("’", "'").split()
    if len(words) <= 2 and not has_sentence_end and not _cue_follows(text, end) and not _cue_precedes(sentence_words):
        return "term"  # a scare-quoted word with no one saying it: rated "poor"
    if len(words) <= 6 and not has_sentence_end:
        if (prev in _TITLE_WORDS or last_two in _TITLE_PHRASES) and not (
            # "branded ‘a kick in the teeth’ for rural Tyrone by a local MLA": someone's words, with the someone
            prev in ("branded", "labelled", "labeled", "dubbed", "termed") and _BY_SOMEONE.match(text, end + 1)
        ):
            return "term"
        if _is_title_case(words) and prev not in {"said", "says", "saying", "told", "added", "wrote"}:
            return "term"
        if len(words) <= 2 and (
            prev in {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "your"}
            or prev.endswith(("'s", "s'"))
        ) and not (prev in {"a", "an"} and (_said_that(sentence_words) or _NAMED_CALLER.search(before))):
            # (but "a source said recruitment had become a 'running sore'": the source's words)
            return "term"
    if len(words) <= 4 and not has_sentence_end and prev in {"the", "a", "an", "this", "its", "their"} and _modifies_noun(text, end) and not (
        prev in {"a", "an"} and (_said_that(sentence_words) or _NAMED_CALLER.search(before))
    ):
        return "term"  # the ‘clear and obvious’ threshold: a label in front of a noun
    if len(words) <= 4 and not has_sentence_end and _rx(r"\b(?:the|this|its)\s+(?:draft|bill|law|legislation|act|regulation|regulations|contract|policy|label|labels|packaging|"
        r"advert|advertisement|brochure|website|menu|manifesto|rulebook|code)\s+(?:describes|described|calls|called|labels|labelled|"
        r"labeled|refers\s+to|referred\s+to|terms|termed|lists|listed)\b[^.;:!?“”\"‘’]{0,60}?\bas\s*$", re.IGNORECASE).search(before):
        return "term"  # "The draft describes the measure as “crew flexibility”": a label the document gives it
    first = inner.lstrip("([—–-…. ")[:1]
    opens_sentence = not before.strip() or before.rstrip().endswith((":", ",", ".", "!", "?", "—", "–", '"', "”", "“"))
    if first and (first.isupper() or first.isdigit()) and (opens_sentence or has_sentence_end):
        if prev in {"the", "a", "an"} and len(words) <= 6:
            return "term"
        return "full"
    if first in "'‘\"“":
        return "full"
    return "fragment"


_NOT_NOUNS = frozenset(
    """a an the and or but nor for of in on at to by with from into onto over under about after before than that
    which who whose whom when where while as if so yet is are was were be been being has have had do does did
    will would can could shall should may might must not no it its they them he she we you i this these those
    there here then now also too very just only even still again around during since until through across against
    along among between beyond despite inside outside within without toward towards upon near amid via like unlike
    per off out up down back away""".split()
)


def _modifies_noun(text: str, end: int) -> bool:
    """Does a lower-case noun follow the closing mark ("the ‘clear and obvious’ threshold for ...")?

    >>> _modifies_noun("the ‘clear and obvious’ threshold for it", 22)
    True
    >>> _modifies_noun("a ‘running sore’ and more", 15)
    False
    """
    match = _rx(r"[’'”\"»]\s+([a-z][a-z-]+)\b\s*(\S?)").match(text[end : end + 40])
    if not match:
        return False
    word = match.group(1)
    if word in _NOT_NOUNS or word.endswith("ly"):
        return False
    return word not in reporting_verbs()


def _cue_follows(text: str, end: int) -> bool:
    """Does a reporting verb come within the three words after the closing mark?"""
    verbs = reporting_verbs()
    words = _rx(r"[\w’']+").findall(text[end : end + 60])[:4]
    return any(w.lower() in verbs for w in words)


# "what Marchbank has called a ‘cliff edge’": a named person's phrase (but "what locals call the 'big dry'" is a term)
# ("what the European Commission calls a “simplification package”" stays a term: an organisation's label)
_MODIFIES_NEXT = re.compile(r"\s+(?!(?:of|for|in|on|at|to|with|by|from|and|or|but|that|which|who|as|since|until|when|while|is|are|was|were|has|have|had)\b)[a-z]+\b")
_NAMED_CALLER = re.compile(
    r"\b(?:what|which|as|who)\s+(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:called|calls|described|describes)\s+(?:it\s+|this\s+|them\s+)?(?:as\s+)?(?:an?|the)?\s*$"
)


def _said_that(before_words: Sequence[str]) -> bool:
    """Does the sentence report someone's words with a plain saying verb ("said recruitment had become ...")?"""
    return any(w.strip(",:;") in ("said", "says", "told", "telling", "saying", "added", "adds") for w in before_words)


def _cue_precedes(before_words: Sequence[str]) -> bool:
    """Is there a reporting verb earlier in the sentence ("said in a statement that it 'broadly welcomes'")?"""
    verbs = reporting_verbs()
    return any(w.strip(",:;") in verbs for w in before_words)


def _is_title_case(words: Sequence[str]) -> bool:
    significant = [w.strip("'‘’\"“”,.:;!?()") for w in words]
    significant = [w for w in significant if w]
    if not significant or not significant[0][:1].isupper():
        return False
    if len(significant) == 1:
        return significant[0].isupper() and len(significant[0]) > 1 or False
    return all(w[:1].isupper() or w.lower() in _LOWER_TITLE_OK or not w[:1].isalpha() for w in significant)


def find_quote_spans(text: str, paragraphs: Sequence[Span] | None = None) -> list[QuoteSpan]:
    """Find every quoted span in ``text``.

    Parameters
    ----------
    text
        The article text.
    paragraphs
        Paragraph spans (from :class:`kit.articles.Article`); by default each
        non-blank line is a paragraph.

    Returns
    -------
    list of QuoteSpan
        Outermost quotes in text order; quotes nested inside them are part of
        their text.

    >>> t = "‘I’m sure,’ she said. Rutte’s ‘reform’ was in the ’90s."
    >>> [(q.text, q.kind) for q in find_quote_spans(t)]
    [('I’m sure,', 'full'), ('reform', 'term')]
    >>> [q.text for q in find_quote_spans('“First part,“ he said. “And more.“')]
    ['First part,', 'And more.']
    >>> [q.text for q in find_quote_spans('He said "this never ends\\nNext paragraph.')]
    ['this never ends']
    """
    if not text:
        return []
    if paragraphs is None:
        paragraphs = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip())
                paragraphs.append(Span(pos + lead, pos + len(line.rstrip())))
            pos += len(line) + 1
    raws: list[_Raw] = []
    for index, para in enumerate(paragraphs):
        lo, hi = para.start, para.end
        for family, marks, single in _FAMILIES:
            if not _mark_regex(marks).search(text, lo, hi):
                continue
            pairs, _ = _scan_family(text, lo, hi, marks, single)
            for opener, closer in pairs:
                raws.append(_Raw(opener, closer, family, index))
    # Keep outermost spans only.
    raws.sort(key=lambda r: (r.open_mark, -(_raw_end(r, paragraphs))))
    kept: list[_Raw] = []
    for raw in raws:
        if kept and raw.paragraph == kept[-1].paragraph and raw.open_mark < _raw_end(kept[-1], paragraphs):
            continue  # nested inside (or crossing) the previous outer quote
        kept.append(raw)
    spans: list[QuoteSpan] = []
    for raw in kept:
        para = paragraphs[raw.paragraph]
        if raw.close_mark is None:
            start, end = _trim(text, raw.open_mark + 1, para.end)
            close_mark = None
        elif raw.close_mark < 0:
            start, end = _trim(text, raw.open_mark + 1, -raw.close_mark)
            close_mark = None
        else:
            start, end = _trim(text, raw.open_mark + 1, raw.close_mark)
            close_mark = raw.close_mark
        if end <= start:
            continue
        continues = None
        if spans:
            prev = spans[-1]
            if (
                prev.close_mark is None
                and prev.paragraph == raw.paragraph - 1
                and raw.open_mark == para.start
                and prev.kind != "term"
            ):
                continues = len(spans) - 1
        prev_kind = spans[continues].kind if continues is not None else None
        if continues is None and spans and spans[-1].kind == "term" and spans[-1].paragraph == raw.paragraph:
            prev_kind = "term"  # for a list of signs or titles: "No farmers, no food" and "..."
        kind = _kind(text, start, end, raw.open_mark, para.start, continues is not None, prev_kind)
        if kind == "fragment" and spans and spans[-1].paragraph == raw.paragraph and spans[-1].kind == "full":
            prev = spans[-1]
            between = text[(prev.close_mark or prev.end) + 1 : raw.open_mark]
            if prev.text.rstrip().endswith(",") and len(between.split()) <= 8 and between.rstrip().endswith(","):
                kind = "full"  # second half of a split sentence: "The plan," she said, "is to ..."
        spans.append(QuoteSpan(start, end, raw.open_mark, close_mark, raw.paragraph, kind, continues, text[start:end]))
    return spans


def _raw_end(raw: _Raw, paragraphs: Sequence[Span]) -> int:
    if raw.close_mark is None:
        return paragraphs[raw.paragraph].end
    return abs(raw.close_mark)
