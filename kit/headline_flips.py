"""The ``negation`` flag of headline scoring: does a headline turn a quote around?

:func:`_negation_flag` reads the headline's own negations (:func:`kit.headline_negation._negation_scope`)
and runs the checks in order; the first that fires gives the flag:

1. the headline asserts what a quote denies, denies what it says, or swaps a word for its opposite
   (:func:`_flipped_claim`, here: "Mayor delays vote as punishment" / "The delay is not about punishment");
2. it says the speaker ruled something out that they did not, or the reverse;
3. "runs out of fuel" where the speaker said "We are not out of fuel";
4. it turns around what the article reports someone said in its own words;
5. it says the speaker refused or denied what they plainly said.

Checks 2 to 5 are in :mod:`kit.headline_reversals`.

>>> from kit.analysis import analyze
>>> from kit.headline_context import prepare
>>> from kit.certainty import certainty
>>> context = prepare(analyze('Mayor Ann Lee spoke. "The delay is not about punishment," Lee said.'))
>>> headline = "Mayor delays vote as punishment"
>>> _negation_flag(headline, tokenize(headline), certainty(headline), [], set(), context)["text"]
'punishment'
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .certainty import CertaintyReport
from .headline_context import HeadlineContext, _info, _list, _QuoteInfo, _quote_words  # (_info: used by the doctests)
from .headline_negation import (
    PERMANENT,
    _ANY_NEGATOR,
    _NOT_PREDICATES,
    _PERMANENCE,
    _PRONOUN_DENIAL,
    _denied_verbs,
    _deverbal,
    _elliptical_denials,
    _negation_scope,
    _sentence_heads,
)
from .headline_reversals import _out_of_flip, _refusal_flag, _reported_flip, _rule_out_flip
from .headline_support import _PLAIN_REPORTING, _SOURCE_KEYS
from .language import Marker, Token, antonyms, content_terms, stem, tokenize
from .scan import compiled as _rx

__all__ = ["_flipped_claim", "_negation_flag"]


def _negation_flag(
    headline: str,
    tokens: Sequence[Token],
    head_certainty: CertaintyReport,
    bait: Sequence[Marker],
    named: set[str],
    context: HeadlineContext,
) -> dict[str, str] | None:
    """The headline's ``negation`` flag, or ``None``.

    Parameters
    ----------
    headline, tokens, head_certainty
        The headline, its tokens and its certainty (words after its own hedges count neither way).
    bait
        Its clickbait markers: the words of a clickbait form ("everything you need to know") claim nothing.
    named
        The speakers the headline names: their quotes are the ones it is judged against.
    context
        The article side, from :func:`kit.headline_context.prepare`.
    """
    h_neg, h_pos, h_heads = _negation_scope(headline, tokens, [(m.start, m.end) for m in head_certainty.hedges])
    elliptical = _elliptical_denials(headline)  # "Alarm should have called staff but didn't"
    h_neg, h_pos, h_heads = h_neg | elliptical, h_pos - elliptical, h_heads | elliptical
    # "..., fire officer says", "count agents say": who is speaking is not part of the claim
    speakers_words = _attribution_keys(headline, tokens)
    # ("everything you need to know": the words of a clickbait form claim nothing)
    bait_words = {k for t, k in content_terms(tokens) if any(b.start <= t.start < b.end for b in bait)}
    # ("Schools close only when API tops 200": an act under a condition, the quote's "not until" in other words)
    bait_words |= {
        k for t, k in content_terms(tokens)
        if _rx(r"\s+only\s+(?:when|if|after|once|until)\b", re.IGNORECASE).match(headline[t.end : t.end + 20])
    }
    h_pos, h_heads = h_pos - speakers_words - bait_words, h_heads - speakers_words - bait_words
    flag = _flipped_claim(headline, tokens, h_neg, h_pos, h_heads, context.quotes, named)
    if flag is None:
        flag = _rule_out_flip(headline, context)
    if flag is None:
        flag = _out_of_flip(headline, context)
    if flag is None:
        flag = _reported_flip(headline, tokens, h_neg, h_pos, h_heads, context)
    if flag is None:
        flag = _refusal_flag(headline, tokens, context)
    return flag


#: stances a speaker takes towards a plan or a person: a headline that gives a speaker the stance they denied
#: ("not against the train" / "opposes the line") turns the quote around
@lru_cache(maxsize=1)
def _stance_keys() -> frozenset[str]:
    return frozenset(k for _, k in content_terms(tokenize("oppose blame blames accuse accuses support supports reject rejects")))


_DEMANDS = re.compile(r"\b(?:demand|demands|demanded|demanding|(?:call|calls|called|calling|ask|asks|asked|asking|push|pushes|pushing|press|presses|pressing)\s+for|seeks?|wants?|urges?)\b", re.IGNORECASE)
_NOT_ASKING_FOR = re.compile(r"\b(?:not|n[’']t|never)\s+(?:asking|calling|pushing|pressing|looking)\s+for\b", re.IGNORECASE)
_SIDE_DENIAL = re.compile(
    r"\bwithout\s+[\w’'-]+(?:\s+[\w’'-]+)?|\b(?:who|that)\s+(?:can[’']t|cannot|can\s+not|don[’']t|didn[’']t|won[’']t|could\s+not|do\s+not|did\s+not)\s+[\w’'-]+",
    re.IGNORECASE,
)
# words that name no particular object or time of a denial: "We are not evacuating anyone today"
_VAGUE_OBJECTS = frozenset(
    stem(w) for w in "anyone anybody anything everyone everybody everything someone something nobody nothing today tonight "
    "tomorrow yesterday now yet again anymore any".split()
)
_NO_EVIDENCE = re.compile(
    r"\b(?:no|not|never|n[’']t)\b(?:\s+[\w’'-]+){0,3}?\s+(?:evidence|sign|signs|indication|proof|suggestion|found|seen|established|"
    r"shown|proved|proven|confirmed)\s+(?:that|of)\b(?=\s+\w)",
    re.IGNORECASE,
)
_NOT_SAYING = re.compile(
    r"\b(?:not|n[’']t|never)\s+(?:saying|suggesting|claiming|arguing|implying)\s+(?:that\s+)?([^.;:!?]{10,160}?)(?=[,.;:!?]|$)",
    re.IGNORECASE,
)
# antonyms that are mostly particles in speech ("turned back", "held back"): too weak to call a headline's word
# the opposite of what was said
_PARTICLE_ANTONYMS = frozenset({"back"})


def _flipped_claim(
    headline: str, tokens: Sequence[Token], h_neg: set[str], h_pos: set[str], h_heads: set[str],
    pool: Sequence[_QuoteInfo], named: set[str],
) -> dict[str, str] | None:
    """A ``negation`` flag when the headline asserts what one of ``pool`` denies, denies what it says, or
    swaps a word for its opposite ("stay open" / "close"); ``None`` otherwise."""
    every_key = {k for _, k in content_terms(tokens)} | ({PERMANENT} & (h_pos | h_neg))
    disowned = _disowned_view(headline, every_key, pool, h_neg)
    if disowned:
        return disowned
    acts = _headline_acts(tokens) & h_pos
    # "orders evacuation": the act's verb form ("evacuat") is what a quote denies ("We are not evacuating anyone")
    derived = (_headline_acts(tokens) - h_pos) - {k for _, k in content_terms(tokens)}
    if derived:
        acts |= derived
        h_pos = h_pos | derived
    near = _nearest_quotes(headline, every_key, h_pos, acts, pool, named)
    # "council tells teachers", "union says": the headline's reporting verb is not a claim to flip
    # (but "Department told to slow down": an order, not who is speaking)
    attribution_keys = {
        k for t, k in content_terms(tokens)
        if t.norm in _PLAIN_REPORTING and not _rx(r"\s+to\s+\w").match(headline[t.end : t.end + 12])
    }
    name_keys = _headline_name_keys(headline, tokens)
    # a denial in the headline's own claim, not in a side phrase ("pupils left without seats", "patients who can't
    # pay"): only such a denial can be the quote's, carried over in other words
    side = _SIDE_DENIAL.sub(" ", headline)
    main_denial = bool(h_neg) and (side == headline or bool(_negation_scope(side, tokenize(side))[0]))
    q_neg = frozenset(k for q in near for k in q.negated)
    # the headline's main claim, without a clause joined on ("butcher against change as trial takes nine spaces")
    main_clause = _rx(r"\s(?:as|after|amid|while|despite|because)\s").split(headline, maxsplit=1)[0]
    main_keys = frozenset(k for _, k in content_terms(tokenize(main_clause))) or frozenset(every_key)
    for info in near:
        # what the same speaker says positively elsewhere is not denied ("Nobody wants ..." / "We want a plan")
        same_speaker = frozenset(k for q in near if q.speaker == info.speaker for k in q.positive)
        flipped = {k for k in h_pos & info.heads if k not in info.positive and k not in same_speaker}
        # (names do not count: "not shutting the Beck" is about the arena the headline calls "arena")
        objects = info.negated - info.heads - _NOT_PREDICATES - _capitalised_keys(info.text) - {"call", "ask", "push", "press"}
        if objects <= _VAGUE_OBJECTS and any(
            k in flipped and n + 1 < len(tokens) and tokens[n + 1].norm in ("off", "out", "up", "down", "away")
            for n, (k) in enumerate(_token_keys(tokens))
        ):
            objects = set()  # "We're not laying anybody off" against "lays off crews": "anybody" is no other object
        if flipped and objects and not objects & every_key and every_key & info.positive - flipped and len(_ANY_NEGATOR.findall(info.text)) == 1 and not (
            flipped & h_pos & _stance_keys()
        ):  # (a denied stance is about the stance: "I don't blame the bird" / "blames magpie")
            # "It isn't the end of this airport" / "ends the only route": the denial is about something the
            # headline does not mention, and the headline's other words are what the quote says plainly
            flipped = set()
        # "the audit found ... This is not a finding of misconduct" / "audit finds misconduct": the head
        # is also used positively, but what it was denied of appears only in the denial
        denied_only = (h_pos & info.negated) - info.positive - same_speaker - info.heads
        reused_heads = {k for k in h_pos & info.heads if k in info.positive}
        if denied_only and reused_heads and not any(_said_of(k, info) & every_key for k in reused_heads):
            # (not when the headline keeps what the quote says it of instead: "closing the annexe on Fridays")
            flipped |= reused_heads | denied_only
        for k in reused_heads - flipped:
            if _corrected_object(k, info, main_keys):
                flipped.add(k)
        # the headline denies what the quote says: only where the quote's sentence shares more of the headline
        # ("would never eat it" is not denied by "the levels people would eat")
        flipped |= {
            k for k in h_heads & info.positive
            if k not in q_neg and any(k in keys and (keys & every_key) - {k} - _SOURCE_KEYS - attribution_keys for keys, _, _ in info.sentences)
            # (not when every sentence that uses the word denies something itself: "No evidence anyone sick" /
            # "There is no evidence at this stage that anyone has become sick")
            and not _denied_where_closest(k, info, every_key)
        }
        flipped -= h_pos & h_heads  # the headline itself says both ("agree ... after no deal")
        opposite = {
            k for k in h_pos if k not in info.keys and any(a in info.positive and a not in every_key and a not in _PARTICLE_ANTONYMS for a in antonyms(k))
        }
        flipped = {k for k in flipped | opposite if k not in _NOT_PREDICATES and k not in attribution_keys and k not in name_keys}
        if flipped and info.heads & _stance_keys() and not h_pos & _stance_keys():
            # "I'm not blaming the council" against "council had to close it": what a denied stance is about is
            # only turned around when the headline gives the speaker that stance
            flipped -= _stance_objects(info)
        if flipped and main_denial and flipped <= info.negated and not (flipped & _stance_keys() and not flipped & h_neg):
            # "decision was 'not taken lightly'" / "We have not taken this decision lightly": the headline
            # carries the quote's own denial, its words in another order
            flipped = set()
        if flipped:
            words = [headline[t.start : t.end] for t, k in content_terms(tokens) if k in flipped or _deverbal(t.norm) & flipped]
            if PERMANENT in flipped and _PERMANENCE.search(headline):
                words.append(_PERMANENCE.search(headline).group())
            if flipped - opposite:
                asserts = "denies" if flipped & h_pos else "says"
                explanation = f"The headline turns the quote around: the speaker {asserts} it — \"{_quote_words(info)}\""
            else:
                said = sorted({a for k in opposite for a in antonyms(k) if a in info.positive})
                explanation = (
                    f"The headline says the opposite of the quote: {_list(words)} where the speaker said "
                    f"{_list(said)} — \"{_quote_words(info)}\""
                )
            return {"kind": "negation", "text": ", ".join(dict.fromkeys(words)), "explanation": explanation}
    return None


def _nearest_quotes(
    headline: str, every_key: set[str], h_pos: set[str], acts: frozenset[str], pool: Sequence[_QuoteInfo], named: set[str]
) -> list[_QuoteInfo]:
    """The quotes of ``pool`` a headline is judged against: those sharing most of its words, short denials of what
    it asserts, denied stances and demands, and (when the headline names speakers) only theirs if any.
    """
    # names and places ("Kilcarrig festival") say where, not what: they don't make a quote the nearest one
    overlap_best = max((len(every_key & q.keys) for q in pool), default=0)
    near = [q for q in pool if overlap_best >= 2 and len(every_key & q.keys) >= max(2, overlap_best - 1)]
    # a short denial shares only the denied word: "This is not about punishment" / "meant to punish",
    # "This is not a ban" / "bans phones"
    if overlap_best == 1:
        # (or a short sentence of a longer quote: "That is not true. We are not abandoning anyone.")
        near = [
            q for q in pool if every_key & q.keys & q.heads & h_pos and (
                len(q.keys) <= 6 or _short_denial(q, acts, frozenset(every_key))
                # "There is no evidence that this was a cyber-attack." in a longer quote: a short sentence whose
                # denied word is the headline's claim ("Cyber-attack froze 14 cranes")
                or any(
                    len(keys) <= 4 and every_key & keys & q.heads & h_pos
                    and (_NO_EVIDENCE.search(piece) or _PRONOUN_DENIAL.search(piece)) and not _NOT_SAYING.search(piece)
                    # (what is denied, not the verb of the denial: "I don't want to promise a figure" is no denial
                    # of "want")
                    and (every_key & h_pos & _sentence_heads(piece)) - _denied_verbs(piece) - _capitalised_keys(headline)
                    for keys, _, piece in q.sentences
                )
            )
        ]
    near += [q for q in pool if q not in near and every_key & q.identity & q.heads & h_pos and len(q.keys) <= 6]
    # "I can't promise that." against "promises": a short denial of the headline's verb, whatever else overlaps
    near += [q for q in pool if q not in near and _short_denial(q, acts, frozenset(every_key))]
    # a denied stance ("We are not against the train", "Nobody's blaming Orla") against a headline that gives
    # the speaker that stance, even when a longer quote shares more of the headline's other words
    near += [q for q in pool if q not in near and q.heads & h_pos & _stance_keys()]
    if _DEMANDS.search(headline):
        # "We are not asking for a handout" against "farmers demand handout": what they deny asking for
        near += [q for q in pool if q not in near and q.heads & h_pos and _NOT_ASKING_FOR.search(q.text)]
    if named:
        # "Ashby's lawyer says ... appeal": judged against the lawyer's words, not the prosecutor's denial
        near = [q for q in near if q.speaker in named] or near
    return near


def _token_keys(tokens: Sequence[Token]) -> list[str | None]:
    """The content key of each token (None for words that carry none)."""
    keys = {t.start: k for t, k in content_terms(tokens)}
    return [keys.get(t.start) for t in tokens]


def _disowned_view(
    headline: str, headline_keys: set[str], pool: Sequence[_QuoteInfo], headline_negated: set[str] = frozenset()
) -> dict[str, str] | None:
    """A ``negation`` flag when the headline gives a speaker the view they said they do not hold: "I'm not saying
    the drivers don't deserve more" against "Nurse says drivers don't deserve more".

    >>> info = _info(0, "I'm not saying the drivers don't deserve more when it rains. I want a warning.", "Nurul Ain")
    >>> def check(headline):
    ...     tokens = tokenize(headline)
    ...     keys = {k for _, k in content_terms(tokens)}
    ...     return _disowned_view(headline, keys, [info], _negation_scope(headline, tokens)[0])
    >>> check("Nurse says drivers don't deserve more in the rain")["kind"]
    'negation'
    >>> check("Nurse wants a warning before fares rise") is None
    True
    """
    if _NOT_SAYING.search(headline):
        return None  # the headline keeps "not saying"
    for info in pool:
        for match in _NOT_SAYING.finditer(info.text):
            clause_tokens = tokenize(match.group(1))
            clause = {k for _, k in content_terms(clause_tokens) if not k[:1].isdigit()} - _capitalised_keys(match.group(1))
            clause_negated = _negation_scope(match.group(1), clause_tokens)[0]
            # the headline must say it the way the disowned clause does ("don't deserve" / "don't deserve"), not
            # deny it ("problem 'not fully solved'")
            shared = {k for k in clause & headline_keys if (k in headline_negated) == (k in clause_negated)}
            if len(shared) >= 2 and len(shared) >= 0.6 * len(clause):
                words = [w for w in _rx(r"[\w’'-]+").findall(headline) if stem(w.lower()) in shared or w.lower() in shared]
                if not words:
                    continue
                return {
                    "kind": "negation",
                    "text": ", ".join(dict.fromkeys(words)),
                    "explanation": f"The speaker said they were not saying this — \"{_quote_words(info)}\"",
                }
    return None


def _attribution_keys(headline: str, tokens: Sequence[Token]) -> frozenset[str]:
    """Keys of the words that only say who is speaking: the part after the last comma or colon when it ends in
    "says" ("..., fire officer says"), or the words before a "says" that opens the headline.

    >>> sorted(_attribution_keys("Wildfire may reach Kessler Creek tonight, fire officer says", tokenize("Wildfire may reach Kessler Creek tonight, fire officer says")))
    ['fire', 'police']
    >>> sorted(_attribution_keys("Fire chief says blaze is out", tokenize("Fire chief says blaze is out")))
    ['chief', 'fire']
    """
    said = [n for n, t in enumerate(tokens) if t.norm in _PLAIN_REPORTING]
    if not said:
        return frozenset()
    keys: set[str] = set()
    last = said[-1]
    cut = max(headline.rfind(",", 0, tokens[last].start), headline.rfind(":", 0, tokens[last].start), headline.rfind("—", 0, tokens[last].start))
    if cut >= 0 and last == len(tokens) - 1 or cut >= 0 and len(tokens) - last <= 2:
        keys.update(k for t, k in content_terms([t for t in tokens if cut < t.start < tokens[last].start]))
    first = said[0]
    if first <= 4 and not any(headline[tokens[0].start : tokens[first].start].count(c) for c in ",:—"):
        keys.update(k for _, k in content_terms(tokens[:first]))
    return frozenset(keys)


@lru_cache(maxsize=4096)
def _capitalised_keys(text: str) -> frozenset[str]:
    """Keys of the capitalised words inside ``text`` that do not open a sentence (names of people and places).

    >>> sorted(_capitalised_keys("We are not shutting the Beck for the winter."))
    ['beck']
    """
    return frozenset(
        k for t, k in content_terms(tokenize(text))
        if text[t.start : t.start + 1].isupper() and t.start > 0 and not _rx(r"[.!?:]\s*$").search(text[: t.start])
    )


def _headline_name_keys(headline: str, tokens: Sequence[Token]) -> frozenset[str]:
    """Keys the headline only uses inside names ("Council closes Haldane Creek Viaduct"): they say which thing, not
    what happened to it. Empty for a headline in Title Case, where capitals tell nothing.

    >>> sorted(_headline_name_keys("Council closes Haldane Creek Viaduct", tokenize("Council closes Haldane Creek Viaduct")))
    ['creek', 'haldan', 'viaduct']
    >>> _headline_name_keys("Council Closes Haldane Creek Viaduct", tokenize("Council Closes Haldane Creek Viaduct"))
    frozenset()
    """
    terms = content_terms(tokens)
    # (not initials: "eyes IPO" is a claim)
    capital = [t.start > 0 and headline[t.start : t.start + 1].isupper() and not headline[t.start : t.end].isupper() for t, _ in terms]
    if not any(headline[t.start : t.start + 1].islower() and t.end - t.start >= 4 for t in tokens):
        return frozenset()
    in_name = {k for (t, k), cap in zip(terms, capital) if cap}
    return frozenset(in_name - {k for (t, k), cap in zip(terms, capital) if not cap})


def _stance_objects(info: _QuoteInfo) -> set[str]:
    """Words a quote denies only as the object of a denied stance ("I'm not blaming the council": "council")."""
    objects: set[str] = set()
    elsewhere: set[str] = set()
    for _, _, sentence in info.sentences:
        for piece in _rx(r"[,;:—–]|\band\b|\bbut\b").split(sentence):
            heads = _sentence_heads(piece)
            if heads & _stance_keys():
                objects |= heads - _stance_keys()
            else:
                elsewhere |= heads
    return objects - elsewhere


def _short_denial(info: _QuoteInfo, acts: frozenset[str], headline_keys: frozenset[str] = frozenset()) -> bool:
    """Whether a short sentence of the quote denies doing what the headline says someone does (and not to
    something else: "We will not close any library branch" does not deny "close budget gap")."""
    for keys, _, piece in info.sentences:
        if len(keys) <= 6:
            denied = _denied_verbs(piece)
            if denied & acts and denied & info.heads & keys:
                others = keys - denied - _capitalised_keys(piece) - _VAGUE_OBJECTS  # ("not evacuating anyone today")
                if len(others) >= 2 and not others & headline_keys:
                    continue
                return True
    return False


def _said_of(key: str, info: _QuoteInfo) -> set[str]:
    """The other words of the quote's sentences that use ``key`` without denying it."""
    said: set[str] = set()
    for keys, _, piece in info.sentences:
        if key in keys and key not in _sentence_heads(piece):
            said |= keys
    return said - {key} - info.negated - _capitalised_keys(info.text)


def _corrected_object(key: str, info: _QuoteInfo, headline_keys: frozenset[str]) -> bool:
    """Whether the quote denies ``key`` of one thing and says it of another, and the headline keeps the first:
    "We don't oppose the ban. We oppose a ban with 180 buoys" against "Group opposes anchoring ban".

    >>> info = _info(0, "We are not against modernisation. We are against modernisation that throws people out.", None)
    >>> _corrected_object("oppose", info, frozenset({"union", "oppose", "moderniz", "port"}))
    True
    >>> _corrected_object("oppose", info, frozenset({"union", "oppose", "moderniz", "throw", "peopl"}))
    False
    """
    denied: set[str] = set()
    said: set[str] = set()
    # (clause by clause: "I'm not against trees, I'm against losing the grazing" is one sentence)
    clauses = [
        (frozenset(k for _, k in content_terms(tokenize(part))), part)
        for _, _, piece in info.sentences for part in _rx(r"(?<=\w)[,;:]\s+").split(piece)
    ]
    for keys, piece in clauses:
        if key not in keys:
            continue
        if key in _sentence_heads(piece):
            if key not in _stance_keys() and key not in _denied_verbs(piece):
                return False  # only a stance or an act the speaker denies taking ("We are not closing ...")
            denied |= keys - {key} - _VAGUE_OBJECTS
        else:
            said |= keys - {key}
    if not denied or not said:
        return False
    return bool(denied & headline_keys) and not (said - denied) & headline_keys


def _denied_where_closest(key: str, info: _QuoteInfo, every_key: set[str]) -> bool:
    """Whether the quote sentences that use ``key`` and share most of the headline's words all deny something
    ("There is no evidence at this stage that anyone has become sick" for "No evidence anyone sick")."""
    using = [(len(keys & every_key), piece) for keys, _, piece in info.sentences if key in keys]
    if not using:
        return False
    top = max(n for n, _ in using)
    return all(_ANY_NEGATOR.search(piece) for n, piece in using if n == top)


def _headline_acts(tokens: Sequence[Token]) -> frozenset[str]:
    """Keys of the headline's words used as what someone does: a verb with -s ("abandons"), after "to"/"will",
    or the headline's first word ("Panic in ..."); not nouns such as "opening date" or "anchoring ban".

    >>> sorted(_headline_acts(tokenize("Metro abandons depot as work to resume")))
    ['abandon', 'metro', 'resum']
    >>> sorted(_headline_acts(tokenize("Fear over opening date and sale")))
    ['fear']
    """
    acts = set()
    for n, (t, k) in enumerate((t, k) for t, k in content_terms(tokens)):
        index = tokens.index(t)
        before = tokens[index - 1].norm if index > 0 else ""
        if index == 0 or before in ("to", "will", "won't", "would", "can", "could", "may", "might") or (
            t.norm.endswith("s") and not t.norm.endswith(("ss", "us", "is", "'s")) and len(t.norm) > 3
        ) or (
            # headline-ese passives: "arena shut for the winter", "revamp abandoned"
            index > 0 and (t.norm.endswith("ed") or t.norm in ("shut", "cut", "hit", "set", "put", "quit")) and before not in ("the", "a", "an")
        ):
            acts.add(k)
        elif before in _ORDERING_VERBS:
            # "orders evacuation", "announces closure": the noun names the act ("We are not evacuating anyone")
            acts.add(k)
            acts.update(_deverbal(t.norm))
    return frozenset(acts)


_ORDERING_VERBS = frozenset(
    "order orders ordered announce announces announced begin begins began start starts started launch launches launched "
    "approve approves approved confirm confirms confirmed plan plans planned force forces forced trigger triggers triggered "
    "prompt prompts prompted".split()
)
