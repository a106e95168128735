"""The ``certainty`` flag of headline scoring: does a headline sound surer than the speaker was?

:func:`_certainty_flag` runs the checks in order and the first that fires gives the flag:

1. the headline sounds surer than the quote sentences it rests on (:func:`_surer_than_quotes`), or drops
   their hedge ("may delay" -> "to delay"); with no shared claim word but a named speaker ("...,
   lawyer says"), surer than that speaker was on average;
2. its booster is the very word a quote denies (:func:`_denied_booster`: "confirms" / "not a confirmed
   detection");
3. it commits to what the speaker would not promise (:func:`_uncommitted`: "from April" / "I can't
   guarantee that");
4. it names a cause the speaker said was not known yet (:func:`_unconfirmed_cause`);
5. it states flatly ("will rise") what the article only ever hedges ("might rise"; see
   :func:`_stated_flatly` and ``HeadlineContext.hedged_only``).

How sure a sentence sounds is :func:`kit.certainty.certainty`.

>>> from kit.analysis import analyze
>>> from kit.headline_context import prepare
>>> context = prepare(analyze('Mayor Ann Lee spoke. "We may delay the vote," Lee said.'))
>>> headline = "Mayor will definitely delay vote"
>>> tokens = tokenize(headline)
>>> claims = content_terms(tokens)
>>> flag, quote_certainty = _certainty_flag(headline, tokens, certainty(headline), claims, context.quotes[0], set(), frozenset(), context)
>>> flag["kind"], flag["text"], quote_certainty
('certainty', 'will, definitely', ...)
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from .certainty import CertaintyReport, certainty
from .headline_context import _DATE_HEDGE, HeadlineContext, _date_keys, _info, _QuoteInfo, _quote_words  # (_info: used by the doctests)
from .headline_language import _HEADLINE_QUOTE
from .language import Token, content_terms, key_forms, stem, tokenize
from .scan import compiled as _rx

__all__ = ["_certainty_flag", "_stated_flatly"]

# a headline this much surer than the quote it rests on (and sure in itself) gets a certainty flag
_CERTAINTY_GAP = 0.22
_DROPPED_HEDGE_GAP = 0.18  # a headline that drops the quote's hedge and sounds this much surer
_HOPE_DOUBT = re.compile(
    r"\b(?:hopes?|hopeful|guess(?:es)?|depends?|too\s+early|unsure|uncertain|unclear|doubts?|nothing\s+(?:to|decided|yet))\b",
    re.IGNORECASE,
)
_OWN_DOUBT = re.compile(
    r"\b(?:not|no|never|nobody|none|nothing|cannot|can[’']t|won[’']t|hopes?|hopeful|guess(?:es)?|depends?|too\s+early|unsure|"
    r"uncertain|unclear|denies|doubts?|yet\s+to)\b|n[’']t\b",
    re.IGNORECASE,
)
# hedges that only say whose opinion a statement is ("I think the decision is wrong"), not how sure the speaker is
_OPINION_MARKERS = frozenset(["i think", "i believe", "in my view", "in my opinion", "personally", "i feel", "i reckon"])
_REPORTED_OPINION = re.compile(r"\b(?:says|say|said|calls|call|called|thinks|believes|argues|describes|feels)\b", re.IGNORECASE)


def _certainty_flag(
    headline: str,
    tokens: Sequence[Token],
    head_certainty: CertaintyReport,
    claims: Sequence[tuple[Token, str]],
    best_info: _QuoteInfo | None,
    named: set[str],
    quote_stems: frozenset[str],
    context: HeadlineContext,
) -> tuple[dict[str, str] | None, float | None]:
    """The headline's ``certainty`` flag (or ``None``) and the certainty of the quote it was compared with.

    Parameters
    ----------
    headline, tokens, head_certainty
        The headline, its tokens and its certainty.
    claims
        Its claim words with their keys (see :func:`kit.headline_support._claims`).
    best_info
        The quote it rests on most, or ``None``.
    named
        The speakers the headline names (their names or roles).
    quote_stems
        The stems of every word the quotes use.
    context
        The article side, from :func:`kit.headline_context.prepare`.
    """
    claim_keys = {k for _, k in claims}
    flag, quote_certainty = _surer_than_quotes(headline, head_certainty, claims, claim_keys, best_info, named, quote_stems, context)
    if flag is None:
        # "Team confirms water vapour" where the scientist called it "not a confirmed detection": the
        # headline's booster is the very word a quote denies
        denied = _denied_booster(headline, head_certainty, context.quotes)
        if denied:
            marker, info = denied
            flag = {
                "kind": "certainty",
                "text": marker.text,
                "explanation": f"The headline says '{marker.text}', but the speaker said it was not so: "
                f"\"{_quote_words(info)}\"",
            }
    if not head_certainty.hedges and not head_certainty.question and flag is None:
        # "Care home will take new residents again from April" where the speaker said "I can't guarantee that":
        # a commitment the speaker explicitly would not make
        held_back = _uncommitted(headline, frozenset(claim_keys), best_info, context)
        if held_back:
            marker, info, refusal = held_back
            flag = {
                "kind": "certainty",
                "text": marker,
                "explanation": f"The headline commits to '{marker}', but the speaker would not: "
                f"\"{refusal}\" (\"{_quote_words(info)}\")",
            }
    if not head_certainty.hedges and not head_certainty.question and flag is None and not _OWN_DOUBT.search(headline):
        # "Warm seas caused seaweed outbreak" where the biologist said "we have not confirmed the cause"
        cause = _unconfirmed_cause(headline, frozenset(k for t, k in claims if not _CAUSAL.fullmatch(t.norm)), context)
        if cause:
            marker, info, doubt = cause
            flag = {
                "kind": "certainty",
                "text": marker,
                "explanation": f"The headline names a cause ('{marker}') as if it were settled, but the speaker said "
                f"'{doubt}': \"{_quote_words(info)}\"",
            }
    if not head_certainty.hedges and not head_certainty.question and flag is None and not _OWN_DOUBT.search(headline):
        # "Kessra units to restart on March 28" where the operator said they "could be back by March 28"
        dated = {key: sentence for key, sentence in context.hedged_dates}
        for key, start, end in _date_keys(headline):
            if key in dated and not _DATE_HEDGE.search(headline):
                flag = {
                    "kind": "certainty",
                    "text": headline[start:end],
                    "explanation": f"The headline gives '{headline[start:end]}' as settled, but the article only "
                    f"gives that date as a possibility: \"{_clip(dated[key])}\"",
                }
                break
    # (a condition the headline keeps, "unless posts are filled", is no doubt about what it states)
    doubts = [m for m in head_certainty.hedges if m.category != "conditional"]
    if not doubts and not head_certainty.question and flag is None and not _OWN_DOUBT.search(headline):
        # "will rise" where the article only ever says "might rise" (not "can't switch to air freight": the
        # headline keeps a doubt or denial of its own)
        flat = []
        for t, k in claims:
            uses = [u for u in context.hedged_only if u[0] == k]
            if not uses or not _stated_flatly(headline, tokens, t):
                continue
            # a plain use about the same thing ("the charge will rise") means the article does say it
            if any(not hedged and len((keys & claim_keys) - {k}) >= 2 for _, hedged, keys, _ in uses):
                continue
            flat.append((t, next(words for _, hedged, _, words in uses if hedged)))
        if flat:
            t, hedged_words = flat[0]
            word = headline[t.start : t.end]
            flag = {
                "kind": "certainty",
                "text": word,
                "explanation": f"The headline states '{word}' as a fact, but the article only says "
                f"'{hedged_words}': the doubt has been left out.",
            }
    return flag, quote_certainty


def _surer_than_quotes(
    headline: str,
    head_certainty: CertaintyReport,
    claims: Sequence[tuple[Token, str]],
    claim_keys: set[str],
    best_info: _QuoteInfo | None,
    named: set[str],
    quote_stems: frozenset[str],
    context: HeadlineContext,
) -> tuple[dict[str, str] | None, float | None]:
    """Compare how sure the headline sounds with the quote sentences it rests on.

    The quote sentences that share most of the headline's claim words are its comparison; when it shares no
    claim word with any quote but names a speaker ("..., lawyer says"), everything that speaker said, on
    average. Returns the ``certainty`` flag when the headline is much surer or drops the quote's hedge (else
    ``None``), and the certainty of the closest quote sentence (``None`` when there was nothing to compare).
    """
    speaker_sentences = [sent for q in context.quotes if q.speaker in named for sent in q.sentences]
    if best_info is None and not speaker_sentences:
        return None, None
    flag = None
    sentences = [sent for q in context.quotes for sent in q.sentences]
    # match on what the headline claims, not on the place it names ("Tanner's Bridge")
    common = {k for t, k in claims if not (headline[t.start : t.start + 1].isupper() and t.start > 0)} or claim_keys
    top = max((len(common & keys) for keys, _, _ in sentences), default=0)
    relevant = [(keys, rep, text) for keys, rep, text in sentences if top and len(common & keys) == top]
    if best_info is None:
        top, relevant = 0, speaker_sentences
    surest = max(relevant, key=lambda item: item[1].score) if relevant else (best_info.keys, best_info.certainty, best_info.text)
    closest = max(relevant, key=lambda item: len(common & item[0])) if relevant else surest
    quote_certainty = closest[1].score
    own = _own_words_certainty(headline, quote_stems)
    flat_report = own if own is not None else head_certainty
    gap = flat_report.score - surest[1].score
    if best_info is None:
        # no sentence shares a claim: compare with how sure the named speaker was on average,
        # and quote their most careful sentence
        quote_certainty = round(sum(rep.score for _, rep, _ in relevant) / len(relevant), 2)
        gap = flat_report.score - quote_certainty
        closest = surest = min(relevant, key=lambda item: item[1].score)
    dropped_hedge = (
        bool(closest[1].hedges) and not head_certainty.hedges and top >= 2 and gap >= _DROPPED_HEDGE_GAP
        and sum(m.weight for m in closest[1].hedges) >= 2
        # the doubt must be about what the headline states: "we may appeal" does not hedge "paid $2,880"
        and bool(_hedge_covered(closest[2], closest[1]) & common)
        # a headline that carries its own doubt or denial ("can't give a date", "hopes", "too early to link",
        # "no reports of") has not dropped it
        and not _OWN_DOUBT.search(headline)
        # "Losing Cup weekend 'won't be good', publican says": the sure words are the speaker's own, quoted
        and own is None
        # "MP calls decision wrong" for "I think the decision is wrong": an opinion the headline reports as
        # the speaker's own, with a verb of saying, has kept its owner
        and not (all(m.text.lower() in _OPINION_MARKERS for m in closest[1].hedges) and _REPORTED_OPINION.search(headline))
    )
    strong_new = [
        m for m in flat_report.boosters
        if m.weight >= 2 and not all(stem(t.norm) in quote_stems for t in tokenize(m.text))
    ]
    # (a headline that itself refuses or hopes, "won't give date for clearing backlog", "hopes for help",
    # keeps the speaker's doubt)
    own_doubt = _NO_COMMITMENT.search(headline) or _HOPE_DOUBT.search(headline)
    if not own_doubt and ((gap >= _CERTAINTY_GAP and flat_report.score >= 0.62) or (strong_new and gap >= 0.1)) or dropped_hedge:
        boost = ", ".join(f"'{m.text}'" for m in head_certainty.boosters) or "its plain, flat wording"
        hedge = ", ".join(f"'{m.text}'" for m in closest[1].hedges)
        said = f"the speaker said {hedge}" if hedge else "the speaker's words were more careful"
        flag = {
            "kind": "certainty",
            "text": ", ".join(m.text for m in head_certainty.boosters) or headline,
            "explanation": f"The headline sounds surer ({head_certainty.score:.2f}) than "
            f"{'the quote' if best_info is not None else 'the speaker it names, on average'} "
            f"({surest[1].score if best_info is not None else quote_certainty:.2f}): {boost} {('are boosters' if len(head_certainty.boosters) > 1 else 'is a booster') if head_certainty.boosters else 'leaves out the doubt'}; {said}.",
        }
    return flag, quote_certainty


# a headline states a plan or a future as settled: "will rise", "set to close", "to open", "confirms"
_FLAT_FUTURE = re.compile(r"\b(?:will|won't|set\s+to|is\s+to|are\s+to|confirms?|confirmed|guarantees?|vows?\s+to)\s+(?:not\s+)?(?:be\s+)?$", re.IGNORECASE)
_TO_AFTER = frozenset(
    """want wants plan plans planning hope hopes hoping aim aims seek seeks try tries trying expected likely set going due able
    asked ready need needs has have had agree agrees refuse refuses vow vows pledge pledges promise promises threaten threatens
    say says told according up back down from how what whether where way bid move chance right call calls urge urges order
    orders fails fail failed decide decides voted votes vote allowed prepared expect expects continue continues begin begins
    start starts moves moving looking look looks intend intends intending consider considers considering wish wishes""".split()
)
_ADVISED_TO = re.compile(
    r"\b(?:advises?|advised|urges?|urged|asks?|asked|tells?|told|encourages?|encouraged|warns?|warned|reminds?|reminded|"
    r"invites?|invited|calls\s+on|appeals?\s+to|pleads?\s+with)\s+(?:\S+\s+){1,5}?to\s+(?:be\s+)?$",
    re.IGNORECASE,
)
# words after which "to" is a preposition, not the start of a future ("consent to", "returns to", "close to")
_TO_PREPOSITION = frozenset(
    """consent consents return returns switch switches contribute contributes point points respond responds lead leads
    talk talks speak speaks object objects refer refers reply replies access thanks owing prior close next due similar
    equal subject compared according adjacent addition relation regard respect contrary""".split()
)


def _own_words_certainty(headline: str, quote_stems: frozenset[str]) -> CertaintyReport | None:
    """Certainty of a headline without the speaker's own quoted words ("... 'nothing is signed'").

    A booster inside quote marks that the speaker really used is theirs, not the headline's. Returns
    None when the headline quotes nothing the speaker said.
    """
    masked = headline
    for match in _HEADLINE_QUOTE.finditer(headline):
        words = [stem(t.norm) for t in tokenize(match.group(1))]
        quoted = certainty(match.group(1))
        if quoted.hedges or not quoted.boosters:
            continue  # keep the speaker's own doubt ("squad will 'probably' be strengthened")
        if words and sum(w in quote_stems for w in words) >= 0.8 * len(words):
            masked = masked[: match.start()] + " " * (match.end() - match.start()) + masked[match.end() :]
    return None if masked == headline else certainty(masked)


def _stated_flatly(headline: str, tokens: Sequence[Token], token: Token) -> bool:
    """Is ``token`` the verb of a headline future stated as fact ("will rise", "to open", "set to close"), or a
    state after "is"/"are" ("is manageable")?

    >>> h = "Rents to rise next year"; t = tokenize(h)
    >>> _stated_flatly(h, t, t[2]), _stated_flatly(h, t, t[3])
    (True, False)
    >>> h = "Hit is manageable, analyst says"; t = tokenize(h)
    >>> _stated_flatly(h, t, t[2])
    True
    """
    before = headline[max(0, token.start - 30) : token.start]
    if _FLAT_FUTURE.search(before):
        return True
    if _rx(r"\b(?:is|are)\s+$", re.IGNORECASE).search(before):
        return True  # "Financial hit is manageable": a state, stated as fact
    to = _rx(r"(\S+)\s+to\s+(?:be\s+)?$").search(before)
    if to and (to.group(1).lower().endswith("ed") or to.group(1).lower().strip(",:;'’") in _TO_PREPOSITION):
        return False  # "fault linked to single supplier", "mother to consent to dengue vaccine": "to" is a preposition
    if to and _ADVISED_TO.search(headline[max(0, token.start - 70) : token.start]):
        return False  # "advises people with asthma to talk to their doctor": advice, not a fact
    return bool(to) and to.group(1).lower().strip(",:;'’") not in _TO_AFTER and not to.group(1)[:1].isdigit()


# a speaker declining to commit: "I can't guarantee that", "I'm not going to promise a date", "no firm date"
_NO_COMMITMENT = re.compile(
    r"\b(?:(?:can[’']?t|cannot|can\s+not|won[’']t|will\s+not|couldn[’']t|wouldn[’']t|not\s+going\s+to|unable\s+to|"
    r"not\s+(?:yet\s+)?(?:in\s+a\s+position|able)\s+to)\s+(?:\w+\s+){0,2}?(?:guarantee|promise|commit|confirm|"
    r"give\s+(?:you\s+)?(?:a|an|any)\s+(?:firm\s+|exact\s+|precise\s+|fixed\s+)?(?:date|timeline|timetable|time\s*frame|figure)|"
    r"put\s+a\s+(?:date|timeline|number|figure)|say\s+(?:when|how\s+long|exactly|for\s+sure)|"
    r"tell\s+(?:you\s+)?(?:a|the|any)\s+(?:figure|number|date)|say\s+(?:that\s+)?(?:I|we|they)\s+(?:have|has|will|are))|"
    r"(?:nobody|no\s+one|no-one)\s+(?:has|have)\s+(?:yet\s+)?decided|"
    # ("too early to say whether ..." and "it depends on ..." are about their own clause, so they are not here)
    r"no\s+(?:firm|fixed|exact)\s+(?:date|timeline|timetable)|nothing\s+(?:has\s+been|is|was)\s+(?:decided|agreed|final)|"
    r"(?:haven[’']t|have\s+not|hasn[’']t|has\s+not|had\s+not|not\s+yet)\s+(?:yet\s+)?(?:been\s+)?(?:decided|agreed|made\s+a\s+decision)|"
    r"not\s+a\s+(?:promise|guarantee|commitment)|"
    r"no\s+(?:final\s+|firm\s+)?decision\s+(?:has\s+been|had\s+been|was|is)\s+(?:made|taken))\b",
    re.IGNORECASE,
)
_UNCOMMITTED_OVERLAP = 2
_MONTHS = "january february march april may june july august september october november december".split()
# a headline that commits to something: a date, "will", "to be done", "Noun to verb"
_COMMITMENT = re.compile(
    r"\b(?:will|set\s+to|to\s+be\s+[a-z]+(?:ed|en)|within\s+(?:(?:a|an|one|two|three|four|five|six|\d+|the\s+next)\s+(?:\w+\s+)?)?(?:days?|weeks?|months?|years?)|"
    rf"(?:by|from|in|before|on)\s+(?:the\s+)?(?:end\s+of\s+)?(?:{'|'.join(_MONTHS)}|spring|summer|autumn|fall|winter|next\s+\w+|20\d\d|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:next|this)\s+(?:week|month|year|weekend))\b",
    re.IGNORECASE,
)
_TO_VERB = re.compile(
    r"^[^,:;]{2,60}?\s(to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|be|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty|fifty|hundred|get|eat|do|make|go)\b)[a-z]{3,})\b"
)


def _uncommitted(headline: str, keys: frozenset[str], best_info: "_QuoteInfo | None", context: HeadlineContext) -> tuple[str, "_QuoteInfo", str] | None:
    """A headline that commits to what the speaker said they could not promise.

    The quote must share a word with the headline, or come from the speaker of the quote the headline rests on.

    >>> bool(_NO_COMMITMENT.search("I'm not going to promise a date")), bool(_NO_COMMITMENT.search("We promise a date"))
    (True, False)
    """
    marker = _COMMITMENT.search(headline) or _TO_VERB.search(headline)
    if marker is None or _rx(r"\b(?:not|no|never|won[’']t|unlikely|doubt|nobody|nothing|undecided)\b", re.IGNORECASE).search(headline) or (
        _NO_COMMITMENT.search(headline)  # "Minister can't give a date for exports to resume": the refusal, kept
    ):
        return None
    for info in context.quotes:
        refusal = _NO_COMMITMENT.search(info.text)
        if refusal is None:
            continue
        # what the refusal is about: its own sentence and the one before ("We could reopen by April. I can't
        # guarantee that."); it must share two of the headline's words
        for n, (sentence_keys, _, sentence) in enumerate(info.sentences):
            if _NO_COMMITMENT.search(sentence):
                about = sentence_keys | (info.sentences[n - 1][0] if n else frozenset())
                if len(about & keys) >= _UNCOMMITTED_OVERLAP:
                    return marker.group(marker.lastindex or 0), info, refusal.group()
    return None


# a headline that names a cause ("Warm seas caused outbreak", "Fee rise fuelling dumping", "blamed on")
_CAUSAL = re.compile(
    r"\b(?:caused|causes|causing|cause\s+of|blamed\s+on|due\s+to(?!\s+[a-z]+\s+(?:by|on|in|at|next|this|from)\b)(?!\s+(?:open|close|start|begin|end|report|finish|resume|return|reopen|be|take|meet|sit|vote|decide|rule|arrive|launch)\b)|led\s+to|leads?\s+to|leading\s+to|triggered|"
    r"triggers|triggering|sparked|sparks|fuell?ing|fuell?ed|fuels|responsible\s+for|because\s+of|behind\s+(?:the\s+)?[a-z]+\s+(?:of|in|at))\b",
    re.IGNORECASE,
)
# a speaker who says the cause is not known yet
_CAUSE_DOUBT = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:confirmed|established|determined|proven|certain|sure)|too\s+early\s+to\s+(?:say|tell|know|link|blame|draw)|"
    r"(?:can[’']t|cannot|couldn[’']t)\s+(?:yet\s+)?(?:tell\s+you|say|confirm|be\s+sure|rule\s+out)|"
    r"(?:don[’']t|do\s+not)\s+(?:yet\s+)?know\s+(?:why|what|whether|if|the\s+cause)|still\s+(?:being\s+)?investigat|under\s+investigation|"
    r"(?:might|may|could)\s+be\s+(?:part|one|a\s+factor)|most\s+likely|possible\s+(?:cause|reason|explanation)|early\s+read|not\s+the\s+whole\s+story)",
    re.IGNORECASE,
)
_CAUSE_TOPIC = re.compile(
    r"\b(?:caus\w*|reasons?|why|blam\w*|because|link(?:ed|s)?|behind|explanation|factors?|responsible|due\s+to|triggered|fault|source|origin|to\s+do\s+with)\b",
    re.IGNORECASE,
)


def _unconfirmed_cause(headline: str, keys: frozenset[str], context: HeadlineContext) -> tuple[str, "_QuoteInfo", str] | None:
    """A headline that names as settled a cause the speaker said was not known yet.

    "Warm seas caused seaweed outbreak" where the biologist said "we have not confirmed the cause": the quote
    sentence (or the one after it) must doubt the cause and share one of the headline's other words.

    >>> info = _info(0, "Heat is usually to blame, but we have not confirmed the cause yet.", "Ana Ruiz")
    >>> ctx = HeadlineContext(quotes=(info,))
    >>> _unconfirmed_cause("Heat caused fish deaths, scientist says", frozenset({"heat", "fish", "death"}), ctx)[2]
    'not confirmed'
    """
    causal = _CAUSAL.search(headline)
    if causal is None or _rx(r"\b(?:not|no|never|won[’']t|unlikely|doubt|may|might|could|possible|possibly|probably|likely)\b", re.IGNORECASE).search(headline):
        return None
    for info in context.quotes:
        if not _CAUSE_DOUBT.search(info.text):
            continue
        for n, (sentence_keys, _, sentence) in enumerate(info.sentences):
            doubt = _CAUSE_DOUBT.search(sentence)
            if doubt is None:
                continue
            # what the doubt is about: its own sentence and the one before ("Heat is one factor. It is too early to say.")
            about = sentence_keys | (info.sentences[n - 1][0] if n else frozenset())
            before = info.sentences[n - 1][2] if n else ""
            # the doubt must be about why it happened, not about something else the quote is unsure of
            if about & keys and _CAUSE_TOPIC.search(before + " " + sentence):
                return causal.group(), info, " ".join(doubt.group().split())
    return None


# boosters that say something has been settled or checked
_VERIFYING = re.compile(r"(?:confirm|prove|proven|proof|guarantee|certain|definite|established|assure|inevitabl|promise|pledge|vow)", re.IGNORECASE)
_NEGATOR_WORD = re.compile(r"(?:not|no|never|cannot|n't|n’t)\Z", re.IGNORECASE)
_DENIAL_WORD = re.compile(r"\b(?:not|no|never|cannot)\b|n[’']t\b", re.IGNORECASE)


def _denied_booster(headline: str, report: CertaintyReport, quotes: Sequence[_QuoteInfo]) -> tuple[Any, _QuoteInfo] | None:
    """A booster of the headline whose word a quote denies: "confirms" / "not a confirmed detection",
    "guarantees" / "I can't guarantee it", "proves" / "it doesn't prove anything".

    >>> info = _info(0, "It is a tentative signal, not a confirmed detection.", "Ana Ruiz")
    >>> _denied_booster("Team confirms water signal", certainty("Team confirms water signal"), [info])[0].text
    'confirms'
    """
    for marker in report.boosters:
        words = tokenize(marker.text)
        if len(words) != 1 or not _VERIFYING.match(words[0].norm) or words[0].norm in ("promise", "guarantee", "proof"):
            continue  # only words that claim something is settled; "a promise" is a noun
        key = stem(words[0].norm)
        forms = key_forms(words[0].norm) | {key}  # ("pledges" / "I can't promise": one group)
        before = headline[: marker.start].split()[-3:]
        if any(_NEGATOR_WORD.search(w) for w in before) or headline[: marker.start].count("'") % 2:
            continue  # "not confirmed", or inside the headline's own quote marks: the headline keeps the doubt
        claim = {k for _, k in content_terms(tokenize(headline))} - {key}
        for info in quotes:
            for keys, _, sentence in info.sentences:
                if not keys & claim or not _DENIAL_WORD.search(sentence):
                    continue  # (cheap tests first: a sentence about the claim, with a denial in it)
                tokens = tokenize(sentence)
                for i, token in enumerate(tokens):
                    if any(_NEGATOR_WORD.search(t.norm) for t in tokens[max(0, i - 3) : i]) and (
                        stem(token.norm) == key or key_forms(token.norm) & forms
                    ):
                        return marker, info
    return None


def _hedge_covered(text: str, report: CertaintyReport, reach: int = 8) -> set[str]:
    """The content words a sentence's hedges cast doubt on: the words up to ``reach`` after each hedge
    (to the end of its clause), and, for a hedge about the speaker's own knowledge ("I think", "I guess",
    "I'm not sure"), the clause before it too.

    >>> sorted(_hedge_covered("We paid the fee. The board may appeal the ruling.", certainty("We paid the fee. The board may appeal the ruling.")))
    ['appeal', 'ruling']
    """
    tokens = tokenize(text)
    terms = {t.start: k for t, k in content_terms(tokens)}
    covered: set[str] = set()
    for hedge in report.hedges:
        after = [t for t in tokens if t.start >= hedge.end][:reach]
        for t in after:
            if _rx(r"[.;:!?—–]").search(text[hedge.end : t.start]):
                break
            if t.start in terms:
                covered.add(terms[t.start])
        if hedge.category == "epistemic_verb" or _rx(r"\b(?:think|guess|believe|sure|suppose|reckon|know)\b", re.IGNORECASE).search(hedge.text):
            clause_start = max(text.rfind(c, 0, hedge.start) for c in ".;:!?") + 1
            covered.update(k for t, k in content_terms(tokens) if clause_start <= t.start < hedge.start)
    return covered


def _clip(sentence: str, limit: int = 160) -> str:
    """A sentence cut to ``limit`` characters for an explanation.

    >>> _clip("word " * 50, 20)
    'word word word word…'
    """
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0] + "…"
