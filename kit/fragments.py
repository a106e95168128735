"""Fragments with no cue: whose words a phrase quoted inside a sentence is.

``Rutte highlighted the "joint initiative ..."``, ``his emphasis on "..."``, ``She rejected the company's
argument that the spill was caused by "exceptional rainfall"``, ``an audit by ZEMA, which found that the dam
"..."``: the sentence's subject, the one whose claim it is, or the document's author. A fragment that nobody
in particular says ("is said to be 'back to her old self'") gets no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lookback import _State, _known_speakers
from .nounphrases import _resolve_np
from .people import ANON_HEADS, ROLE_WORDS
from .quote_cues import _REBUTTAL
from .quotes import QuoteSpan
from .registry import Registry
from .scan import compiled as _rx
from .subjects import _sentence_subject, _subject_before

__all__: list[str] = []


# whose claim a fragment belongs to: "the company's argument that", "her insistence that"
_CLAIM_OF = re.compile(
    r"(?:\b((?:[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)[’']s|\b(its|his|her|their))\s+(?:own\s+|earlier\s+|repeated\s+)?"
    r"(?:argument|arguments|claim|claims|assertion|assertions|insistence|contention|explanation|suggestion|position|"
    r"complaint|accusation|allegation|description|characteri[sz]ation|defen[cs]e|promise|pledge|warning|view|"
    r"admission|denial|boast|prediction)\s+that\b"
)


# a document's author, then what it found: "..., commissioned from Inverness engineers Calder Marine, which warned"
_COMMISSIONED_FROM = re.compile(
    r"\b(?:commissioned|prepared|written|produced|published|compiled|conducted|carried\s+out|drawn\s+up)\s+(?:from|by)\s+"
    r"(?:[A-Z][\w’'-]*\s+(?=[a-z]))?(?:[a-z]+\s+){0,2}?((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'.&-]*))*)"
    r"(?:\s*\([A-Z]{2,8}\))?,\s+which\s+(?:had\s+|has\s+)?(?:found|warned|said|concluded|stated|noted|described|called|"
    r"reported|recommended|predicted|estimated|judged|rated|flagged)\b"
)


# someone's own document, then what it says: "filed a report last week that described ..."
_FILED_DOCUMENT = re.compile(
    r"\b(?:filed|wrote|published|submitted|issued|released|produced|sent|compiled|authored|delivered)\s+"
    r"(?:a|an|the|her|his|their|its)\s+(?:[\w-]+\s+){0,2}(?:report|letter|statement|memo|review|assessment|study|"
    r"submission|note|email|affidavit|opinion)\b[^.;“”\"]*?\b(?:that|which)\s+(?:\w+\s+)?(?:described|found|said|called|"
    r"concluded|warned|noted|stated|labelled|labeled|termed)\b"
)


# a document and its author, then what it found: "a 2024 audit by X (ZEMA), which found that ..."
_DOCUMENT_BY = re.compile(
    r"\b(?:report|audit|study|survey|review|analysis|inquiry|investigation|assessment|paper|letter|statement|memo|"
    r"submission|filing|evaluation|briefing)\s+(?:[\w,-]+\s+){0,3}?(?:by|from|of)\s+"
    # ("a report by the city's Office of Sustainability, which found that ...", "A 2025 report of the Commission on
    # Audit (COA), which the committee entered into its records, flagged the projects as having “...”")
    r"(?:the\s+[a-z]+[’']s\s+)?((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|on|[A-Z][\w’'.-]*))*)(?:\s*\([A-Z]{2,8}\))?"
    r"(?:,\s+(?:which|that)\s+(?:the\s+)?[a-z][^,;“”\"]{0,100},\s*(?!(?:which|that)\b)|,?\s+(?:which|that)\s+(?:had\s+|has\s+)?)"
    r"(?:found|concluded|said|warned|stated|noted|described|called|reported|flagged|labelled|labeled|"
    r"recommended|predicted|estimated|judged|rated)\b"
)


def _fragment_subject(text: str, quote: QuoteSpan, sentence_start: int, reg: Registry, state: _State) -> str | None:
    """Speaker of a fragment with no cue: the sentence's subject or a possessor."""
    before = text[sentence_start : quote.open_mark]
    if _rx(r"\b(?:is|was|are|were|been|being)\s+(?:said|reported|thought|believed|understood|rumou?red)\s+to\b").search(before):
        return None  # "Biscuit is said to be ‘back to her old self’": nobody in particular says so
    lede_at = reg.cache.get("lede")
    if _rx(r"\b(?:is|was|are|were|been|being)\s+(?:\w+ly\s+)?(?:accused|criticised|criticized|condemned|blamed)\s+(?:\w+\s+){0,3}?(?:of|for)\b").search(before) and not _rx(r"\bby\s+[A-Z]").search(before) and not (
        lede_at and quote.open_mark < lede_at[0]  # (a lede that names the accuser in the next paragraph)
    ):
        return None  # "The minister was accused of ‘hiding the audit’": not the minister's words (and no one named as accuser)
    rebuttal = _REBUTTAL.search(before)
    if rebuttal:
        # "..., a claim Danjuma dismissed as “baseless”": whoever dismissed it, not the sentence's subject
        found = _resolve_np(rebuttal.group(1), quote.open_mark, reg, state, text)
        if found:
            return found
    claim = None
    for claim in _CLAIM_OF.finditer(before):
        pass
    if claim and not _rx(r"[;:]|\b(?:said|says|told|argued|insisted|added|wrote)\b").search(before[claim.end() :]):
        # "She rejected the company's argument that the spill was caused by “exceptional rainfall”"
        found = _resolve_np(claim.group(1) or claim.group(2), quote.open_mark, reg, state, text)
        if found:
            return found
    filed = _FILED_DOCUMENT.search(before)
    if filed:
        # "Rebecca Stoll, filed a report last week that described both parents as “loving and capable”"
        np = _subject_before(before[: filed.start()])
        found = _resolve_np(np, quote.open_mark, reg, state, text) if np else None
        if found:
            return found
    commissioned = None
    for commissioned in _COMMISSIONED_FROM.finditer(before):
        pass
    if commissioned and not _rx(r"[;:]|\b(?:said|says|told|argued|insisted|added|wrote)\b").search(before[commissioned.end() :]):
        # "the ‘North Pier Condition Survey’, commissioned from Inverness engineers Calder Marine, which warned
        # that ... ‘...’": whoever wrote the document
        found = _resolve_np(commissioned.group(1), quote.open_mark, reg, state, text)
        if found:
            return found
    document = None
    for document in _DOCUMENT_BY.finditer(before):
        pass
    if document and not _rx(r"[;:]|\b(?:said|says|told|argued|insisted|added|wrote)\b").search(before[document.end() :]):
        # "an audit by the Zambia Environmental Management Agency (ZEMA), which found that the dam “...”"
        found = _resolve_np(document.group(1), quote.open_mark, reg, state, text)
        if found:
            return found
    according = _rx(r"\s*According\s+to\s+([^,]{2,80}),").match(before)
    if according:
        # "According to Ingrid Vahl, a hydrologist ..., the dam's impact “depends ...”"
        found = _resolve_np(according.group(1), sentence_start, reg, state, text)
        if found:
            return found
    lede = reg.cache.get("lede")
    if lede and quote.open_mark < lede[0]:
        # a lede that withholds the name: "The Government has been accused of leaving a community ‘at the mercy’
        # ..." / "A lawmaker has accused officials of ... “...”", then the next paragraph names who said it
        accused = _rx(r"\b(?:has|have|was|were|had)\s+been\s+(?:accused|criticised|criticized|attacked)\b").search(before)
        indefinite = _rx(r"\s*(?:A|An)\s+((?:[a-z-]+\s+){0,2}([a-z-]+))\s+(?:has|have|had|on|this|last|yesterday|today)\b").match(before)
        # ("..., with one pensioner saying she now feels like ‘...’" / "Maureen Cotter, 79, who has lived ...")
        saying = _rx(r"\b(?:with|after|as)\s+(?:one|a|an)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(?:saying|describing|telling)\b").search(before)
        if accused or (indefinite and any(indefinite.group(2) in role for role in lede[2])) or (
            saying and (saying.group(1) in ROLE_WORDS or saying.group(1) in ANON_HEADS)
        ):
            return lede[1]
    # possessive: "Rutte’s careful phrasing,", "his emphasis on"
    poss = list(_rx(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)[’']s\b|\b(his|her|their)\b").finditer(before))
    subject = _sentence_subject(before)
    candidates = []
    if subject:
        candidates.append(subject)
    clause = _rx(r",\s+(?:where|when|as|after|while|before|and|but|until)\s+|;\s+").split(before)[-1]
    if clause != before:
        # "The ultimatum was issued at a meeting on Thursday, where Ward 7 councillor Tafadzwa Gumbo accused the
        # miner of “...”": the subject of the clause the fragment is in
        clause_subject = _sentence_subject(clause)
        if clause_subject and clause_subject != subject:
            candidates.append(clause_subject)
    if poss:
        last = poss[-1]
        candidates.append(last.group(1) or last.group(2))
    people = _known_speakers(reg) | ({state.last_speaker} if state.last_speaker else set())
    for n, np in enumerate(candidates):
        speaker = _resolve_np(np, quote.open_mark, reg, state, text)
        if speaker and speaker in people:
            return speaker
        if speaker and n == 0 and subject and _rx(r"(?:a|an|one|another)\s", re.IGNORECASE).match(subject):
            head = _rx(r"[^\w-]").sub("", _rx(r",|\s(?:who|of|for|at|in|from)\s").split(speaker)[0].split()[-1].lower())
            if head in ANON_HEADS | ROLE_WORDS:
                return speaker  # "A former employee, who asked not to be named, described ... “...”"
    # no subject: a fragment near the last speaker's words, with nobody else named, is theirs
    named = [
        m for m in reg.mentions[bisect_left(reg.positions, sentence_start) : bisect_left(reg.positions, quote.open_mark)]
        if m.kind == "person"
    ]
    if not named and state.last_speaker and quote.paragraph - state.last_paragraph <= 2:
        return state.last_speaker
    return None
