"""Cue readers: the attribution right after a quote, right before it, or in the clause that introduces it.

``"...," said Dana Okafor`` / ``"...," Okafor said`` (:func:`_post_attribution`), ``Chen told reporters:
"..."`` / ``According to Chen, "..."`` (:func:`_pre_attribution`), ``The mayor was blunt: "..."``
(:func:`_colon_intro`), ``"We are done, Haddad said.`` with no closing mark (:func:`_unclosed_attribution`).
Each finds the reporting verb (:mod:`kit.cues`) and the noun phrase that goes with it, and hands the phrase to
:func:`kit.nounphrases._resolve_np`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .cues import _PLAIN_SAY, _TAIL_CUES, _cue_regex, _cue_tail, _sentence_stop, _weak_cue_far, reporting_verbs
from .lookback import _State
from .nounphrases import _resolve_np
from .organisations import _nearest_org
from .people import ANON_HEADS, ORG_HEADS, PRONOUNS, ROLE_WORDS, find_people
from .quotes import DOUBLE_MARKS, SINGLE_MARKS, QuoteSpan
from .registry import Registry
from .scan import compiled as _rx
from .subjects import _PORTFOLIO_LIST, _RELATIVE, _sentence_subject, _subject_before

__all__: list[str] = []


_MARKS = DOUBLE_MARKS + SINGLE_MARKS.replace("'", "").replace("’", "")


def _post_attribution(text: str, quote: QuoteSpan, limit: int, reg: Registry, state: _State) -> tuple[str | None, str | None, bool]:
    """Look right after the closing mark. Returns (speaker, cue, found_cue)."""
    start = (quote.close_mark if quote.close_mark is not None else quote.end) + 1
    window = text[start:limit]
    # stop at the end of the sentence that follows
    window = window[: _sentence_stop(window)]
    lead = _rx(r"^[\s,;:—–-]*").match(window).end()
    if lead == 0 and window[:1].isalnum():
        return None, None, False
    if quote.kind == "fragment" and not _rx(r"[,;:—–-]").search(window[:lead]) and not _rx(r"[,.!?—–-]$").search(quote.text):
        return None, None, False
    body = window[lead:]
    if _rx(r"[.!?…]$").search(quote.text) and body[:1].isupper() and quote.close_mark is not None:
        # the sentence ended inside the marks: only a bare 'Okafor said.' can follow as attribution
        if len(body.split()) > 6 or body.split()[0].lower().rstrip(",") not in PRONOUNS and not _cue_regex().search(body):
            return None, None, False
        cue_match = _cue_regex().search(body)
        if cue_match and (len(body[cue_match.end() :].split()) > 3 or cue_match.group().lower().endswith(" that")):
            return None, None, False  # "Miller added that talks continue" is a new sentence, not an attribution
        if cue_match and _rx(r"\b(?:not|never|does|did|do|would|could|can|will|may|might|cannot)\b|n[’']t\b", re.IGNORECASE).search(body[: cue_match.start()]):
            return None, None, False  # "Haddadi does not deny the hours." comments on the quote; it does not attribute it
        if _rx(r",").search(body) or body.rstrip().endswith(":"):
            return None, None, False  # 'Park added: "We move on."' introduces the next quote
    cue_re = _cue_regex()
    best = None
    for match in cue_re.finditer(body):
        if match.start() > 140:
            break
        if match.group()[:1].isupper() and match.start() > 0:
            continue  # "Fairbury State coach Dwayne Whitfield said": a capitalised word inside a name is no cue
        before = body[: match.start()]
        relative = _rx(r",\s*(?:who|which|whose)\b").search(before)
        if relative and "," not in before[relative.end() :]:
            continue  # "one official, who asked not to be named, said": skip "asked"
        if not relative and _rx(r"\b(that|because|if|when|after|before|which)\b", re.IGNORECASE).search(before):
            break
        if _rx(r"\b(?:the|a|an|its|his|her|their|this)\s+$|\w(?:[’']s|s[’'])\s+$", re.IGNORECASE).search(before) and match.group().lower() not in (
            "said", "says", "told", "added", "wrote"
        ):
            continue  # "the report states", "the post read", "the engineers' report stated": after a determiner the word is a noun
        best = match
        break
    if best is None:
        match = _rx(r"according\s+to\s+(.{2,80})", re.IGNORECASE).match(body)
        if match:
            speaker = _resolve_np(match.group(1), start + lead, reg, state, text)
            return speaker, "according to", True
        return None, None, False
    cue_start = start + lead + best.start()
    cue_end = _cue_tail(text, start + lead + best.end(), start + lead + len(body))
    cue = " ".join(text[cue_start:cue_end].split())
    np_before = body[: best.start()].strip()
    if not np_before and best.group().lower().startswith("according"):
        # '"...," according to a note published Friday by Leena Varghese, an analyst'
        speaker = _resolve_np(body[best.end() :], cue_start, reg, state, text)
        return speaker, "according to", True
    if not np_before:
        # inverted: said Dana Okafor, the principal / said the company in a statement
        after = body[best.end() :]
        tail = _TAIL_CUES.match(after.lstrip())
        if tail:
            after = after.lstrip()[tail.end() :]
        if not _plausible_speaker(after):
            return None, None, False
        apposed = _rx(r"\s*(?:the|a|an)\s+[^,.]{3,140},\s+((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)\s*[.,]?\s*$").match(after)
        if apposed and any(m.kind == "person" for m in find_people(apposed.group(1))):
            # "said the head of the provincial disaster risk reduction and management office, Arnel Bagasbas."
            speaker = _resolve_np(apposed.group(1), cue_start, reg, state, text)
            if speaker:
                return speaker, cue, True
        speaker = _resolve_np(after, cue_start, reg, state, text)
        return speaker, cue, True
    if best.group().lower().startswith("according"):
        speaker = _resolve_np(body[best.end() :], cue_start, reg, state, text)
        return speaker, "according to", True
    speaker = _resolve_np(_strip_adverb(np_before), cue_start, reg, state, text)
    return speaker, cue, True


def _plausible_speaker(np: str) -> bool:
    """Could these words (after an inverted cue, "said ...") name a speaker?"""
    if _rx(r"\s*(?:the|a|an)\s+[^,.;]{1,40},\s+(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+\s*(?:\([^()]{1,30}\)\s*)?(?:[,.]|$)").match(np):
        return True  # "said the council’s convener, Mòrag NicLeòid": a description, then the name
    if _rx(r"\s*(?:one|two|some|several|many|most)\s+of\s+(?:them|those|these|the\s+[a-z]+),\s+(?:an?|the)\s+[a-z]").match(np):
        return True  # "said one of them, an engineer on the payments team"
    if _rx(r"\s*(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w-]+,?\s+who\s+(?:asked|declined|spoke|requested|refused|preferred|pleaded|"
        r"(?:did\s+not|didn[’']t)\s+want|was\s+not\s+authori[sz]ed)\b").match(np):
        return True  # "said a plot holder who declined to be named": anyone can be an anonymous source
    np = _rx(r"[,;:.(—–]|\s+(?:who|in|on|at|during|after|before|about|of|familiar|close)\s").split(np.strip(), maxsplit=1)[0]
    words = np.split()
    if not words or len(words) > (12 if words[0][:1].isupper() else 7):
        return False  # (a long name of a body, then a role and a name: "said Ngawa Matatu Owners Welfare Association chairman Joseph Mwangi Kariuki")
    if words[0].lstrip("'’‘ʻ")[:1].isupper():
        return True  # (and "said 'M'e 'Mathabo Mokoena": a Sesotho name with its apostrophe)
    if _rx(r"(?:\d+|[a-z]+(?:-[a-z]+)?)-years?-old").fullmatch(words[0]) and len(words) > 1:
        return _plausible_speaker(" ".join(words[1:]))  # "said 71-year-old Ivy Campbell"
    if len(words) >= 2 and words[-1][:1].isupper() and all(
        _rx(r"[^\w-]").sub("", w.lower()) in ANON_HEADS | ROLE_WORDS | ORG_HEADS for w in words[:-1] if not w[:1].isupper()
    ):
        return True  # "said farmer Tom Reyes", "said chief executive Ana Ruiz", "said department spokesperson Ann Lee"
    head = _rx(r"[^\w-]").sub("", words[-1].lower())
    if len(words) == 2 and words[0].lower() == "the" and _rx(r"[A-Z]{2,5}").fullmatch(words[1]):
        return True  # "said the DED": a post or a body by its initials
    if words[0].lower() in ("he", "she", "they"):
        return len(words) == 1
    if words[0].lower() in ("his", "her", "their") and len(words) >= 2 and _rx(r"[^\w-]").sub("", words[1].lower()) in (
        ANON_HEADS | ROLE_WORDS | {"wife", "husband", "widow", "widower", "partner", "fiancee", "fiancé", "fiancée"}
    ):
        return True  # "said his wife of 57 years, Marjorie Dunning", "said her lawyer"
    if words[0].lower() in PRONOUNS:
        return False  # "her members were ..." is not a speaker
    return head in ORG_HEADS or head in ANON_HEADS or head in ROLE_WORDS


def _strip_adverb(np: str) -> str:
    """The phrase without a trailing adverb: "Okafor later" -> "Okafor"."""
    return _rx(r"\s+(?:\w+ly|later|also|then|again|once|simply|only|just|further|too)$").sub("", np.strip())


def _mask_terms(text: str, start: int, end: int, state: _State) -> str:
    """``text[start:end]`` with quoted titles and scare quotes (marks included) blanked out.

    'Boudreau said the plan, which her party calls “Care Close to Home,” would be paid for by “trimming”':
    the title in between does not hide the cue "said" from the second quote.
    """
    window = text[start:end]
    terms = state.terms  # in text order, never overlapping
    for t_start, t_end in terms[max(0, bisect_left(terms, (start,)) - 1) :]:
        if t_start >= end:
            break
        if t_end > start:
            a, b = max(t_start, start) - start, min(t_end, end) - start
            window = window[:a] + "x" * (b - a) + window[b:]
    return window


# someone else's verdict on what the sentence reported: "..., a claim Danjuma dismissed as “...”"
_REBUTTAL = re.compile(
    r"(?:,|\s[—–])\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+)?(?:claim|charge|allegation|suggestion|description|account|"
    r"characteri[sz]ation|label|accusation|idea|notion|view)\s+(?:that\s+)?|which\s+)"
    r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?"
    r"(dismissed|rejected|described|called|denied|branded|labelled|labeled|termed|disputed|derided|ridiculed|condemned)\s+as\s*$"
)


_WHAT_SOMEONE_CALLS = re.compile(
    r"\bwhat\s+((?:the|its|their|his|her|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,4}?)\s+"
    r"(describes|described|calls|called|terms|termed|dubs|dubbed|labels|labelled|labeled|brands|branded)\s+(?:as\s+)?(?:an?\s+|the\s+)?$"
)


def _pre_attribution(text: str, quote: QuoteSpan, sentence_start: int, reg: Registry, state: _State) -> tuple[str | None, str | None, bool]:
    """Look before the opening mark, inside the same sentence."""
    window_start = max(sentence_start, quote.open_mark - 320)
    window = _mask_terms(text, window_start, quote.open_mark, state)
    last_mark = max(window.rfind(ch) for ch in _MARKS if ch not in "'")
    if last_mark != -1:
        opener = window[last_mark]
        window_start += last_mark + 1
        window = _mask_terms(text, window_start, quote.open_mark, state)
        closer = {"“": "”", "‘": "’", "«": "»", "‹": "›"}.get(opener)
        if closer:
            # the last mark opened an earlier quote: start after its closing mark
            close = _rx(rf"{closer}(?![^\W\d_])").search(window)
            if close:
                window_start += close.end()
                window = _mask_terms(text, window_start, quote.open_mark, state)
    if not window.strip():
        return None, None, False
    lede = reg.cache.get("lede")
    saying = _rx(r"\b(?:with|after|as)\s+(?:one|a|an)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(saying|describing|telling)\b").search(window)
    indefinite = _rx(r"\s*(?:A|An)\s+((?:[a-z-]+\s+){0,2}([a-z-]+))\s+(?:has|have|had|on|this|last|yesterday|today)\b").match(window)
    described = _rx(r"\s*(?:A|An)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(?:whose|who)\b[^,;]*?\b(says|said|told|tells)\b").match(window)
    if lede and quote.open_mark < lede[0] and described and described.group(1) in ANON_HEADS | ROLE_WORDS and not described.group(1).startswith("spokes"):
        return lede[1], described.group(2), True  # "A mother whose son has spent 14 years there says ... “in pieces”", then her name
    if lede and quote.open_mark < lede[0] and indefinite and any(indefinite.group(2) in role for role in lede[2]):
        return lede[1], None, True  # "A lawmaker has accused officials of ... “...”", then the next paragraph names her
    if lede and quote.open_mark < lede[0] and saying and (saying.group(1) in ROLE_WORDS or saying.group(1) in ANON_HEADS):
        # a lede that holds back the name: "..., with one pensioner saying she feels like ‘...’", then the next
        # paragraph opens with "Maureen Cotter, 79, ..."
        return lede[1], saying.group(2), True
    rebuttal = _REBUTTAL.search(window)
    if rebuttal:
        # "..., a claim Danjuma dismissed as “baseless”": whoever dismissed it, not the sentence's subject
        found = _resolve_np(rebuttal.group(1), quote.open_mark, reg, state, text)
        if found:
            return found, rebuttal.group(2), True
    what_np = _WHAT_SOMEONE_CALLS.search(window)
    if what_np:
        # "drilling revealed what the company describes as “a significant ore body”": the company's words
        found = _resolve_np(what_np.group(1), quote.open_mark, reg, state, text)
        if found:
            return found, what_np.group(2), True
    trailing = window.rstrip()
    if trailing.endswith(":"):
        # "Asked when ..., Rahman smiled:" / "Ms Fonseca set out the reasoning at length:"
        found = _colon_intro(trailing, window_start, reg, state, text)
        if found[0]:
            return found
    cue_re = _cue_regex()
    matches = [
        m for m in cue_re.finditer(window) if not _weak_cue_far(m, window)
        # ("Secretary of State Ana Ruiz said": a capitalised word inside a name or title is no cue)
        and not (m.group()[:1].isupper() and _rx(r"[\w,]\s+$").search(window[: m.start()]))
        # ("A 2024 annual audit report of the Commission ...": "report" after a noun is itself a noun)
        and not (m.group().lower() in ("report", "reports") and _rx(r"\b(?!(?:he|she|they|it|we|i|who|which|also|later)\b)[a-z]+\s+$").search(window[: m.start()]))
        # ("The PAC report, dated October 14, reads in part": a body's initials before "report" make it a noun)
        and not (m.group() == "report" and _rx(r"\b[A-Z]{2,6}\s+$").search(window[: m.start()]))
        # ("The minister was accused of ‘...’": the accused is not the one speaking)
        and not (m.group().lower() == "accused" and _rx(r"\b(?:is|was|are|were|be|been|being|get|got|gets|getting|stands?|stood)\s+$").search(window[: m.start()]))
        # ("a coalition of five state energy offices": "state" before a noun is no verb)
        and not (m.group().lower() == "state" and (
            not _rx(r"\s*(?:that|the|a|an|in|on|to|its|his|her|their|this|[:,]|$)").match(window[m.end() :])
            or _rx(r"\b(?:the|a|an|its|their)\s+[\w-]+\s+$").search(window[: m.start()])  # "the Guinean state, which holds 15%"
        ))
    ]
    # "the meeting at which the increase was said to have been approved": a passive, nobody's cue
    matches = [
        m for m in matches
        if not (_rx(r"\b(?:is|was|are|were|been|being)\s+$").search(window[: m.start()]) and _rx(r"\s+to\b").match(window[m.end() :]))
        # "at which the rise was said to be agreed": a passive verb has no speaker as its subject
        and not (_rx(r"\b(?:be|been|being)\s+$").search(window[: m.start()]) and m.group().lower() not in ("told", "asked", "quoted"))
    ] or matches[:0]
    # "said the report 'didn't tell me ...'": after a determiner the word is a noun, not a cue
    matches = [
        m for m in matches
        if not _rx(r"\b(?:the|a|an|its|his|her|their|this|that|our|whose)\s+$", re.IGNORECASE).search(window[: m.start()])
        or m.group().lower() in ("said", "says", "told", "added", "wrote")
    ] or matches[:0]
    # "said in a LinkedIn post on Friday:", "in a separate blog post": a noun after a determiner, not the cue
    matches = [
        m for m in matches
        if not (m.group().lower() in ("post", "posts", "note", "notes", "tweet", "tweets", "comment", "comments", "message", "release", "report", "reports")
                and _rx(r"\b(?:the|a|an|its|his|her|their|this|that|separate)\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE).search(window[: m.start()]))
    ] or matches[:0]
    if len(matches) > 1:
        # "A former employee, who asked not to be named ..., described": not the verb of a relative clause
        matches = [
            m for m in matches
            # ("A council officer who works in ..., and who asked not to be named, told News Diggers that ...")
            if not _rx(r"(?:,\s*(?:and\s+|but\s+)?|(?<=[a-z])\s+)(?:who|whose|which)\b[^,]*$").search(window[: m.start()])
            or (m is matches[-1] and "," not in window[m.end() :] and len(window[m.end() :].split()) <= 3)  # "..., which has warned of “...”"
        ] or matches
    if matches:
        best = matches[-1]
        if len(matches) > 1 and matches[0].group().lower().startswith("according") and not window[: matches[0].start()].strip() and _rx(r",\s*$").search(window) and len(window[matches[0].end() :].split()) <= 25:
            best = matches[0]  # "According to a notice posted on X's Facebook page on Wednesday, “...”": the source
        if quote.kind == "fragment" and len(matches) > 1:
            # "He said the union would demand ... and that it was “looking at every option”": the first verb
            first_gap = window[matches[0].end() :]
            word_before = window[: matches[0].start()].split()[-1:] or [""]
            noun_use = word_before[0].lower() in ("a", "an", "the", "his", "her", "their", "its", "this", "that", "in", "on", "of")
            if not noun_use and _rx(r"\b(?:that|as)\b").search(first_gap) and not _rx(r"[.;!?]").search(first_gap) and len(first_gap.split()) <= 40:
                best = matches[0]
            elif not noun_use and reporting_verbs().get(matches[0].group().lower(), "") in _PLAIN_SAY and _rx(r"\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:had|has|have|would|will|was|were|is|are)\s+").fullmatch(window[matches[0].end() : matches[-1].start()]):
                best = matches[0]  # "Thibodeau said the Tories had promised “almost exactly the same thing”": his words
            elif not noun_use and reporting_verbs().get(matches[0].group().lower(), "") in _PLAIN_SAY and len(matches) == 2 and _rx(r"\s+(?:the|this|that)\s+(?:[\w’'-]+\s+){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:had\s+|has\s+|have\s+)?").fullmatch(window[matches[0].end() : matches[-1].start()]):
                best = matches[0]  # "Tran said the arrangement Delgado described “was never a guarantee”": Tran's words
        after = window[best.end() :]
        gap = after.strip()
        words_in_gap = len(gap.split())
        gap_ok = not gap or gap.endswith((":", ",", "—", "–")) or _rx(r"\bthat$").search(gap) is not None
        if gap and _TAIL_CUES.match(gap) and words_in_gap <= 6:
            gap_ok = True
        if _rx(r",\s*(?:he|she|they|we|I)(?:[’'](?:s|re|m|d)|\s+(?:is|was|were|are|am|had|has|would|will)(?:\s+been)?)?(?:\s+[a-z]+){0,3}").fullmatch(gap):
            gap_ok = True  # "Now, he says, he's “kind of a convert.”"
        if quote.kind == "fragment" and not gap_ok:
            # "called the findings “...”", "told the meeting that most pupils had ‘grudgingly’ ..."
            verb_then_to = _rx(r"to\s+(?!reporters|journalists|the\s+press)").match(gap) is not None
            gap_ok = not verb_then_to and (
                (words_in_gap <= 10 and not _rx(r"[.!?;,]").search(gap))
                or (_rx(r"\b(?:that|as)\b").search(gap) is not None and words_in_gap <= 40)
                # "said the plan ... would cost $84 million and would be paid for by “trimming”": reported speech
                or (
                    reporting_verbs().get(best.group().lower(), "") in ("say", "tell")
                    and words_in_gap <= 40 and not _rx(r"[.!?;]").search(gap)
                    and _rx(r"\b(?:would|will|was|were|is|are|had|has|could|wanted|supported|hoped|expected|[a-z]{3,}ed)\b").search(gap) is not None
                    and not _rx(r"\b(?:while|whereas|although)\b|\bbut\s+(?:the|a|an|he|she|they|it|we|I|[A-Z])").search(gap)
                )
            )
            if gap_ok and words_in_gap > 5:
                words_in_gap = 0
        if gap_ok and words_in_gap <= 14:
            cue_start = window_start + best.start()
            cue_end = _cue_tail(text, window_start + best.end(), quote.open_mark)
            cue = " ".join(text[cue_start:cue_end].split()).rstrip(",:")
            before = window[: best.start()]
            if best.group().lower().startswith("according"):
                speaker = _resolve_np(after, cue_start, reg, state, text)
                return speaker, "according to", True
            np = _subject_before(before)
            if _rx(r"[a-z]+ing").fullmatch(best.group().split()[0].lower()) and _rx(r",\s*$").search(before):
                # "the minister rejected calls for ..., saying the grants were “...”": the main clause's subject
                subject = _sentence_subject(before.rstrip().rstrip(","))
                if subject and len(subject.split()) <= 7:
                    np = subject
            relative = _rx(r"((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+),\s+who\s+(?:[a-z]+\s+){0,2}$").search(before)
            if relative:
                np = relative.group(1)  # "joined by Council Member Rosalind Fenn, who called the delay “...”"
            elif _rx(r",\s+which\s+(?:has\s+|have\s+|had\s+)?(?:(?:also|already|repeatedly|previously|long|recently)\s+)?$").search(before):
                org = _nearest_org(cue_start := window_start + best.start(), reg, 250)
                if org:
                    return org, " ".join(text[cue_start : _cue_tail(text, window_start + best.end(), quote.open_mark)].split()).rstrip(",:"), True
            if np is not None and np.lower() in ("he", "she", "they", "he had", "she had") and len(matches) > 1:
                # "A neighbor ... said she had reported ... “at least twice”": she is the first cue's subject
                outer = matches[-2]
                if _rx(r"\s*(?:that\s+)?(?:he|she|they)\s+(?:had\s+|has\s+|would\s+)?").fullmatch(window[outer.end() : best.start()]):
                    outer_np = _subject_before(window[: outer.start()])
                    if outer_np and outer_np.lower() not in PRONOUNS:
                        np = outer_np
            if np is not None and _rx(r"[”’»\"]\s*$|[“‘«]").search(np):
                np = None  # the words of an earlier quote are not a speaker: "as ‘part of the town’s DNA’ and warns"
            if not before.strip() and gap and _plausible_speaker(gap):
                # '“...,” said Mr Shaikh, “are standing ...”': the cue opens the window, the speaker follows it
                inverted = _resolve_np(gap.rstrip(",:—– "), cue_start, reg, state, text)
                if inverted:
                    return inverted, cue, True
            if np is None or np.lower() in ("and", "but", "then", "and then", "or"):
                # "she describes the lido as ‘...’ and warns that ...": the sentence's subject
                np = _sentence_subject(text[sentence_start:cue_start]) or np
                if np is not None and _rx(r"\s*[“‘«\"]").match(np):
                    np = None  # '"This House demands ...," reads the resolution': the words of the quote are no subject
            if best.group().lower().endswith("ing") and (
                before.rstrip().endswith(",") or not _rx(r"\b(?:is|was|were|are|been|be|am)\s*$").search(before)
            ):
                # "Mr. Oyelaran promoted the system ..., calling it “...”": the main clause's subject
                np = _sentence_subject(before) or np
            if np is None:
                # inverted: 'said Okafor: "..."'
                if not _plausible_speaker(after):
                    return None, None, False
                speaker = _resolve_np(after, cue_start, reg, state, text)
            else:
                speaker = _resolve_np(np, cue_start, reg, state, text)
            if speaker is None and np is not None and _rx(r"\s*[A-Z]").match(after) and _plausible_speaker(after):
                speaker = _resolve_np(after, cue_start, reg, state, text)
            return speaker, cue, True
    if trailing.endswith(":"):
        np = _sentence_subject(window)
        if np:
            return _resolve_np(np, window_start, reg, state, text), None, True
    return None, None, False


# a post's caption introduced by who posted it: "after a resident posted them on Facebook with the caption:"
_CAPTIONED = re.compile(r"\b(?:posted|shared|uploaded|tweeted)\b(?=[^.:;]{0,80}\bcaption(?:ed)?\b[^.:;]{0,20}$)")


def _colon_intro(trailing: str, offset: int, reg: Registry, state: _State, text: str) -> tuple[str | None, str | None, bool]:
    """Speaker of a clause that introduces a quote with a colon: its subject."""
    # (the commas inside "the Department for Culture, Media and Sport" do not split the clause)
    protected = _PORTFOLIO_LIST.sub(lambda m: m.group().replace(", ", "\x01 "), trailing[:-1])
    clause = _rx(r"[,;]\s+").split(protected)[-1].replace("\x01", ",")
    np = _sentence_subject(clause + ":")
    posted = _CAPTIONED.search(clause)
    if posted and _subject_before(clause[: posted.start()]):
        # "Photos ... spread online after a resident posted them on Facebook with the caption:": the caption is
        # the poster's, not the subject's
        np = _subject_before(clause[: posted.start()])
    if not np and _cue_regex().match(clause.strip()) and len(clause.split()) <= 4:
        # "The company's head of corporate affairs, Chileshe Banda, said:": the subject came before the commas
        np = _subject_before(trailing[: len(trailing) - 1 - len(clause)])
        if np:
            clause = trailing[:-1]
    if not np:
        # "Mayor Helen Ashby, who votes only to break ties, was blunt:"
        whole = trailing[:-1]
        previous = None
        while previous != whole:
            previous = whole
            whole = _RELATIVE.sub("", whole)
        clause = _rx(r"[;]\s+").split(whole)[-1]
        np = _sentence_subject(clause + ":")
    if not np:
        return None, None, False
    speaker = _resolve_np(np, offset + len(trailing), reg, state, text)
    if not speaker:
        return None, None, False
    cue = None
    # (the verb, not a noun the verb's subject ends with: "The PAC report, dated October 14, reads in part:")
    cue_match = next(
        (m for m in _cue_regex().finditer(clause) if not _rx(r"\b(?:[Tt]he|[Aa]n?|[A-Z]{2,6}|its|their)\s+$").search(clause[: m.start()])),
        None,
    )
    if cue_match:
        clause_start = offset + len(trailing) - 1 - len(clause)
        cue_end = _cue_tail(text, clause_start + cue_match.end(), offset + len(trailing) - 1)
        cue = " ".join(text[clause_start + cue_match.start() : cue_end].split())
    return speaker, cue, True


def _unclosed_attribution(text: str, quote: QuoteSpan, reg: Registry, state: _State) -> tuple[str | None, str | None]:
    """An unclosed quote that swallowed its own attribution: '"We are done, Haddad said.'"""
    tail = quote.text[-90:]
    match = _rx(r"[,.!?]\s+([^,.!?]{2,60}?)\s*[.]?$").search(tail)
    if not match:
        return None, None
    clause = match.group(1)
    cue = _cue_regex().search(clause)
    if not cue:
        return None, None
    before, after = clause[: cue.start()].strip(), clause[cue.end() :].strip()
    np = before if before else after
    if not np or len(np.split()) > 6 or not _plausible_speaker(np):
        return None, None
    return _resolve_np(np, quote.end, reg, state, text), cue.group()


def _coordinated_subject(text: str, quote: QuoteSpan, sentence_start: int, reg: Registry, state: _State) -> str | None:
    """'He described them as “...,” and said ...': the subject of the sentence the quote sits in."""
    close = quote.close_mark if quote.close_mark is not None else quote.end
    if not _rx(r"[\s,]*(?:and|but|then)\s").match(text[close + 1 : close + 12]):
        return None
    np = _sentence_subject(text[sentence_start : quote.open_mark])
    return _resolve_np(np, quote.open_mark, reg, state, text) if np else None
