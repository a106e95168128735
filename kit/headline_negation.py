"""Which words a sentence denies: the negation rules shared by the headline checks.

:func:`_negation_scope` reads a quote, a reported clause or a headline and returns the content keys
inside a negation's scope, those outside it, and the *heads*: the words a denial is really about
("will not **close** the unit this winter"). The smaller helpers say what a quote denies something
is (:func:`_identity_denials`: "not a ban"), which verbs a speaker denies doing (:func:`_denied_verbs`),
which words one sentence denies (:func:`_sentence_heads`) and which verb a noun is made from
(:func:`_deverbal`: "not a cancellation" denies "cancels").

This is the lowest layer of the headline scorer (:mod:`kit.headlines`): it imports none of the other
``kit.headline_*`` modules.

>>> text = "We will not close the unit this winter."
>>> negated, positive, heads = _negation_scope(text, tokenize(text))
>>> sorted(heads), sorted(negated)
(['clos'], ['clos', 'unit', 'winter'])
"""

from __future__ import annotations

import re
from typing import Sequence

from .language import Token, _synonym_keys, content_terms, find_markers, key_forms, stem, tokenize
from .scan import compiled as _rx

__all__ = [
    "PERMANENT",
    "_ANY_NEGATOR",
    "_NOT_PREDICATES",
    "_NP_END",
    "_PERMANENCE",
    "_PRONOUN_DENIAL",
    "_RULE_OUT",
    "_denied_verbs",
    "_deverbal",
    "_elliptical_denials",
    "_identity_denials",
    "_negation_scope",
    "_sentence_heads",
]

_NEGATORS = frozenset(
    "not no never n't nor neither none nobody no-one noone nothing without cannot won't don't doesn't didn't isn't aren't "
    "wasn't weren't hasn't haven't hadn't can't couldn't shouldn't wouldn't mustn't".split()
)
_DENYING = frozenset("refuse refuses refused refusing deny denies denied denying".split())
_NOT_PREDICATES = frozenset(
    "much many more most less least very too also only just even still yet again ever all every some any "
    # "not this year, probably not next year": when, not what; a headline's date is checked as a number
    "year next month week day today tomorrow tonight now".split()
)
_PRONOUN_NEGATORS = frozenset("nobody nothing none no-one noone neither nor nowhere".split())
#: Words after a negator that the negation is not about: it is about the next content word.
_HEAD_SKIP = frozenset(
    "going go gonna able need needs be been being actually really necessarily asked required expected forced "
    "expect expects expecting anticipate anticipates anticipating intend intends intending "
    "allowed permitted planning due involved plan plans intention intentions proposal proposals".split()
)
#: "not saying", "nobody is blaming": a denial of an accusation, about everything that follows
_SAYING = frozenset("saying suggesting claiming accusing blaming alleging implying asking telling forcing requiring ordering".split())
#: "not the only", "not always", "not just": a negation that limits rather than denies
_RESTRICTIVE = frozenset("only just merely all always every necessarily entirely completely".split())
#: "does not mean ...": a negation about an inference, not a denial of the words that follow.
_NEUTRAL_HEADS = frozenset("mean means meant".split())
#: "we don't expect to appeal": a tentative denial, still reversed by "expect to appeal"
_EXPECT = frozenset("expect expects expecting anticipate anticipates anticipating intend intends intending see".split())
#: After these words a headline does not assert what follows ("fix buses before redesigning the week").
_NON_ASSERTING = frozenset("before if whether instead rather unless until".split())
_NP_END = frozenset("to for of in on at that with from by about over than".split())
_AUX = frozenset("is are was were be been has have had will would can could should may might must".split())
_OBJECT_PRONOUNS = frozenset("them us these those it you this that which".split())
_WH = frozenset("what how why when where who whom whose".split())
_DOUBT_WORDS = re.compile(r"\b(?:say|sure|know|tell|early|unclear|clear|certain|guess|predict|doubts?|doubted|doubtful|unlikely)\b", re.IGNORECASE)
_ANYONE = frozenset("anyone anybody people them you us him her everyone everybody farmers residents staff".split())
_AIMING = frozenset("try tries trying tried ask asks asking seek seeks seeking aim aims aiming attempt attempts attempting looking".split())
_LIGHT_HEADS = frozenset("put puts putting get gets getting bring brings bringing".split())
_UN_PARTICIPLE = re.compile(r"un[a-z]{3,}(?:ed|en)")
#: any negator at all, for a quick test of whether a sentence denies something
_ANY_NEGATOR = re.compile(r"\b(?:no-one|no|not|never|nobody|nothing|none|neither|nor|without)\b|n[’']t\b", re.IGNORECASE)
# "for good", "forever", "permanently": how long something lasts, as one key the checks can compare
_PERMANENCE = re.compile(r"\b(?:forever|for\s+ever|permanently|for\s+good|indefinitely)\b", re.IGNORECASE)
PERMANENT = "~permanent"

_OFF_THE_TABLE = re.compile(
    r"\s+(?:is|are|was|were|remains?|remained)\s+(?:not|no\s+longer|not\s+even)\s+on\s+the\s+table\b"
    r"|\s+(?:is|are|was|were|remains?|remained)\s+(?:now\s+)?off\s+the\s+table\b",
    re.IGNORECASE,
)
_END_AS_PLACE = frozenset("the an west east north south far deep other either top bottom front back lower upper tail business receiving".split())
#: "rules out", "ruled it out": a denial of what follows
_RULE_OUT = re.compile(r"\brul(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?out\b", re.IGNORECASE)


def _negation_scope(
    text: str, tokens: Sequence[Token], hedged: Sequence[tuple[int, int]] | None = None
) -> tuple[set[str], set[str], set[str]]:
    """Content keys inside a negation's scope, outside it, and the negated heads.

    The scope runs up to 5 words after a negator, stopping at punctuation; the *head* is the first
    content word in it, the word the negation is really about ("will not **close** the unit this
    winter", "nothing has been **approved**"). Flips are judged on heads, so "this winter" in the
    scope of "not close" is not itself denied.
    """
    terms = content_terms(tokens)
    key_at = {t.start: key for t, key in terms}
    negated: set[str] = set()
    positive: set[str] = set()
    heads: set[str] = set()
    scope_end = -1
    head_open = head_noun_phrase = False
    head_end = negator_at = -1
    heads_here = 0
    # "not sure", "don't expect": a hedge about the speaker's knowledge, not a denial of what follows
    if hedged is None:
        hedged = [(m.start, m.end) for m in find_markers(text, kinds=("hedge",), tokens=tokens)]
    neutral_end = clause_heads_end = -1
    clause_np = (-1, -1)
    # "too early to say on appeal", "not sure about the date": what follows a doubt is not asserted either way
    doubt_ends = {e for s, e in hedged if _DOUBT_WORDS.search(text[s:e])}

    for i, token in enumerate(tokens):
        if i > 0 and tokens[i - 1].end in doubt_ends:
            # "doubts members will back a two-tier pension this year": the whole clause after a doubt verb
            neutral_end = max(neutral_end, i + (12 if tokens[i - 1].norm.startswith("doubt") else 4))
            if any(t.norm in _WH or t.norm in ("if", "whether") for t in tokens[i : i + 2]):
                # "doesn't know yet when the trail will reopen", "too early to say if the closure will help": the
                # open question, to the end of its clause, asserts nothing
                neutral_end = max(neutral_end, _clause_end(text, tokens, i, 12))
        if token.norm in _NON_ASSERTING:
            neutral_end = max(neutral_end, i + 3)
            continue
        if token.norm in _WH and (head_open or i <= scope_end):
            # "Nobody has told us what happens": an indirect question is not denied
            head_open = False
            scope_end = -1
            neutral_end = max(neutral_end, i + 4)
            continue
        if head_open and not head_noun_phrase and token.norm in ("have", "has", "had") and i == negator_at + 1 and tokens[negator_at].norm not in _PRONOUN_NEGATORS:
            head_open = False  # "we don't have the data": not a denial of "data"
            continue
        if head_open and head_noun_phrase and heads_here and token.norm in _NP_END and i > clause_heads_end:
            head_open = False  # "no reason to keep children home": the noun phrase ends at "to"
            continue
        if head_open and head_noun_phrase and token.norm in _AUX:
            if heads_here:
                head_end = min(head_end, i + 2)  # "no deal was expected": the phrase and its verb, no further
            continue
        norm = token.norm[:-2] if token.norm.endswith("'s") and token.norm[:-2] in _PRONOUN_NEGATORS else token.norm
        ruling_out = norm in ("out",) and i > 0 and tokens[i - 1].norm in ("rule", "rules", "ruled", "ruling")
        if (norm in _NEGATORS or token.norm.endswith("n't")) and any(t.norm in ("if", "whether", "unless") for t in tokens[max(0, i - 3) : i]):
            # "I'd be surprised if we didn't lose some herds": a negation in a condition denies nothing
            neutral_end = max(neutral_end, i + 5)
            head_open = False
            continue
        declining = norm in ("declines", "declined", "decline", "declining", "fail", "fails", "failed", "failing") and i + 1 < len(tokens) and tokens[i + 1].norm == "to"
        if norm in _NEGATORS or token.norm.endswith("n't") or ruling_out or norm in _DENYING or declining:
            # ("rules out a tariff rise", "refuses to close", "denies agreeing": a denial like "not")
            expectation = i + 1 < len(tokens) and tokens[i + 1].norm in _EXPECT
            if any(s <= token.start < e for s, e in hedged) and not expectation:
                neutral_end = i + 5  # words after a hedge count neither way
                head_open = False
                continue
            # "not about punishment": five words; "nobody wants to strike": pronouns reach two, but their
            # head may sit a little further ("nothing has been approved")
            scope_end = i + (2 if norm in _PRONOUN_NEGATORS else 5)
            head_open = True
            head_end = i + 5
            head_noun_phrase = norm == "no" or norm in _PRONOUN_NEGATORS or any(
                # "we are not saying every household is stealing": what is not said is denied as a whole
                t.norm in _SAYING for t in tokens[i + 1 : i + 3]
            ) or (
                # "not a blanket approval": the whole noun phrase is what the speaker says it is not
                i + 1 < len(tokens) and tokens[i + 1].norm in ("a", "an")
            )
            denied_clause = _evidence_clause(text, tokens, i, norm)
            if denied_clause:
                # "no evidence that any card data was taken": the clause after "that" is what is denied
                evidence, found = denied_clause
                if found:
                    head_noun_phrase = True
                scope_end, clause_np, that_at = _clause_after(text, tokens, i, evidence, scope_end)
                clause_heads_end = head_end = scope_end
                if found:
                    neutral_end = max(neutral_end, that_at)  # ("found" itself is not what is denied)
            negator_at = i
            heads_here = 0
            if norm in ("nobody", "no-one", "noone") and i + 1 < len(tokens) and tokens[i + 1].norm in ("on", "in", "at", "from", "of", "among", "across"):
                # "No-one on those six stations will lose their mail": where they are is who, the verb is what
                aux = next((k for k in range(i + 2, min(i + 9, len(tokens))) if tokens[k].norm in _AUX), None)
                if aux is not None:
                    neutral_end = aux
                    scope_end = aux + 3
                    head_end = aux + 5
                    head_noun_phrase = False
                    continue
            if norm in ("none", "neither") and i + 2 < len(tokens) and tokens[i + 1].norm == "of" and tokens[i + 2].norm not in _OBJECT_PRONOUNS:
                # "none of 37 overheating reports involved a fire": the reports are not denied, what they did is
                verb = next((k for k in range(i + 3, min(i + 9, len(tokens))) if tokens[k].norm in _AUX or tokens[k].norm.endswith("ed")), None)
                neutral_end = (verb - 1) if verb else i + 6
                scope_end = head_end = (verb + 5) if verb else -1
                head_open = verb is not None
                continue
            clause_rest = _rx(r"[,.;:!?—–]|\bbut\b").split(text[token.end :], maxsplit=1)[0]
            saying = next((k for k in range(i + 1, min(i + 4, len(tokens))) if tokens[k].norm in _SAYING), None)
            if saying is not None and _rx(r"\b(?:not|never|no)\b|n[’']t\b").search(text[tokens[saying].end : token.end + len(clause_rest)]):
                # "Nobody is saying students shouldn't live here": a denied denial asserts nothing either way
                head_open = False
                neutral_end = max((k for k, t in enumerate(tokens) if t.start < token.end + len(clause_rest)), default=i)
                scope_end = -1
                continue
            if _PERMANENCE.search(clause_rest):
                # "We are not cancelling bonfire night forever": what is denied is that it lasts, not the act
                head_open = False
                neutral_end = i + 8
                negated.add(PERMANENT)
                heads.add(PERMANENT)
                continue
            if i + 1 < len(tokens) and (
                tokens[i + 1].norm in _RESTRICTIVE
                or ((tokens[i + 1].norm in ("quite", "yet", "be", "always", "the", "a", "an") or tokens[i + 1].norm in _SAYING) and i + 2 < len(tokens) and tokens[i + 2].norm in _RESTRICTIVE)
            ):  # (but "not destroying every hive": the act is denied, of every hive)
                head_open = False  # "not the only source", "not always": a limit, not a denial
                neutral_end = i + 4
            continue
        if i > 0 and _rx(r"[,.;:!?—–]|\bbut\b").search(text[tokens[i - 1].end : token.start]):
            scope_end = neutral_end = -1
            head_open = False
        key = key_at.get(token.start)
        if key is None or i <= neutral_end or any(s <= token.start < e for s, e in hedged):
            continue  # words inside a hedge ("declines to guess") are not asserted either way
        if i > 0 and key_at.get(tokens[i - 1].start) == key and key in negated:
            continue  # the rest of a phrase already denied ("no plans for a stock market listing")
        if head_open and i <= head_end and key not in _NOT_PREDICATES and not key[:1].isdigit():
            negated.add(key)
            if clause_np[0] < i < clause_np[1]:
                continue  # the subject of "no evidence that [any card data] was taken"
            if text[token.start : token.start + 1].isupper() and i > 0 and not _rx(r"[.!?:]\s*$").search(text[: token.start]):
                continue  # a name ("nobody at Tōtara Rail", "no one from the Trust"): who, not what is denied
            if token.norm.endswith("'s") and i + 1 < len(tokens):
                head_end += 1
                continue  # "does not doubt Ashby's remorse": a possessive is a determiner, the head comes after
            if token.norm in _NEUTRAL_HEADS:
                head_open = False
                neutral_end = i + 5
                continue
            if token.norm in ("call", "calls", "calling", "ask", "asking", "push", "pushing", "press", "pressing") and i + 1 < len(tokens) and tokens[i + 1].norm == "for":
                continue  # "We are not calling for a boycott": the boycott is what is denied
            if token.norm in _AIMING and i + 1 < len(tokens) and tokens[i + 1].norm == "to":
                continue  # "We are not trying to push boaters off", "not asking to wipe out the seals": the aim is denied
            if (token.norm in _AIMING or token.norm in _SAYING) and i + 2 < len(tokens) and tokens[i + 1].norm in _ANYONE and tokens[i + 2].norm == "to":
                head_end = max(head_end, i + 4)  # (the denied act comes after "anyone to": reach it)
                continue  # "We are not asking anyone to give up their sheep": what they would be asked to do is denied
            if token.norm in _ANYONE and i > 0 and (tokens[i - 1].norm in _AIMING or tokens[i - 1].norm in _SAYING) and i + 1 < len(tokens) and tokens[i + 1].norm == "to":
                continue  # (and "anyone" there is nobody in particular)
            if token.norm in _HEAD_SKIP:
                if token.norm in ("plan", "plans", "intention", "intentions", "proposal", "proposals"):
                    head_noun_phrase = False  # "no plans to charge Mbeleni": the verb after is what is denied
                continue  # "not going to walk away", "does not mean the glacier ..."
            heads.add(key)
            heads_here += 1
            if head_noun_phrase:
                continue  # "no passwords or card numbers were accessed": the whole phrase is denied
            if token.norm in _LIGHT_HEADS:
                continue  # "We are not putting in speed cameras": a light verb; what it puts in is denied too
            head_open = False
            continue
        if i > scope_end and token.norm == "end" and (
            (i > 0 and tokens[i - 1].norm in _END_AS_PLACE) or (i + 1 < len(tokens) and tokens[i + 1].norm == "of")
        ):
            continue  # "at the end of October", "the west end": a time or a place, not an act of ending
        (negated if i <= scope_end else positive).add(key)
    if PERMANENT not in negated and _PERMANENCE.search(text):
        positive.add(PERMANENT)  # "scraps the display for good"
    _off_the_table(text, tokens, negated, positive, heads)
    _un_participles(tokens, key_at, negated, positive)
    return negated, positive, heads


def _clause_end(text: str, tokens: Sequence[Token], i: int, reach: int) -> int:
    """The last token index of the clause that starts at token ``i`` (at most ``reach`` tokens on).

    >>> text = "Nobody knows when the trail will reopen, she said."
    >>> _clause_end(text, tokenize(text), 2, 12)
    6
    """
    k = i
    while k + 1 < len(tokens) and k + 1 <= i + reach and not _rx(r"[,;:—–()]|\s['‘’\"“”]").search(text[tokens[k].end : tokens[k + 1].start]) and tokens[k + 1].norm != "but":
        k += 1
    return k


def _evidence_clause(text: str, tokens: Sequence[Token], i: int, norm: str) -> tuple[re.Match[str], bool] | None:
    """Whether the negator at token ``i`` denies a whole clause: "no evidence that ...", "no sign of ...", "We have not
    found that ...". Returns the match up to the clause and whether it is a "not found that" (else ``None``).

    >>> text = "We have not found that the food was contaminated."
    >>> match, found = _evidence_clause(text, tokenize(text), 2, "not")
    >>> match.group(), found
    (' found that', True)
    """
    token = tokens[i]
    evidence = _rx(r"\s*(?:\w+\s+)?(?:evidence|sign|signs|indication|indications|proof|suggestion|"
        # ("There is no truth in the suggestion that we are holding back stock")
        r"truth\s+(?:in|to)\s+(?:the|these|those|this|that|any)\s+(?:\w+\s+)?(?:suggestion|suggestions|claim|claims|report|reports|allegation|allegations|rumour|rumours|idea))"
        r"(?:\s+(?:yet|so\s+far|at\s+this\s+stage))?\s+(?:that|of)\b"
        # ("no evidence the shelters are about to collapse": "that" left out)
        r"|\s*(?:\w+\s+)?(?:evidence|sign|signs|indication|indications|proof)\s+(?=(?:the|any|its|their|these|those)\s+\w+(?:\s+\w+)?\s+(?:is|are|was|were|has|have|had|will|would|can|could)\b)").match(text[token.end :])  # ("no evidence yet that people are paying bribes")
    found_that = _rx(r"\s*(?:yet\s+|been\s+)?(?:found|seen|established|shown|proved|proven|confirmed)\s+that\b(?=\s+\w)").match(text[token.end :])
    if (norm in ("not", "never") or token.norm.endswith("n't")) and found_that:
        # "We have not found that the food was contaminated": like "no evidence that", the clause is denied,
        # not the finding
        return found_that, True
    if norm == "no" and evidence:
        return evidence, False
    return None


def _clause_after(
    text: str, tokens: Sequence[Token], i: int, evidence: re.Match[str], scope_end: int
) -> tuple[int, tuple[int, int], int]:
    """The clause a denial at token ``i`` is about, up to its end ("no evidence that [any card data was taken]").

    Returns the new end of the negation's scope, the token range of the clause's subject (denied, but not
    what the denial is about: the verb "was taken" is) and the index of the token before the clause.
    """
    token = tokens[i]
    clause_end = _rx(r"[,.;:!?—–]|\bbut\b").search(text[token.end + evidence.end() :])
    limit = token.end + evidence.end() + (clause_end.start() if clause_end else len(text))
    scope_end = max(scope_end, max((k for k, t in enumerate(tokens) if t.start < limit), default=i))
    # its subject ("any payment card data") is denied but the verb ("was taken") is what the denial
    # is about
    that_at = max((k for k, t in enumerate(tokens) if t.start < token.end + evidence.end()), default=i)
    clause_verb = next(
        (k for k in range(that_at + 1, min(scope_end + 1, len(tokens))) if tokens[k].norm in _AUX or tokens[k].norm.endswith("ed")),
        that_at + 1,
    )
    clause_np = (that_at, clause_verb)
    if evidence.group().endswith("of"):
        # "no evidence of foul play": the thing itself is denied; "no evidence of fruit fly on any
        # commercial orchard": where it is said not to be ("orchard") is what the denial is about
        where = next(
            (k for k in range(that_at + 1, min(scope_end + 1, len(tokens))) if tokens[k].norm in ("on", "in", "at", "among", "within", "across", "inside")),
            None,
        )
        clause_np = (that_at, where) if where is not None else (-1, -1)
    return scope_end, clause_np, that_at


def _off_the_table(text: str, tokens: Sequence[Token], negated: set[str], positive: set[str], heads: set[str]) -> None:
    """Deny what is "not on the table" or "off the table" (updates the three sets in place).

    >>> text = "Toll increases are not on the table."
    >>> negated, positive, heads = set(), {k for _, k in content_terms(tokenize(text))}, set()
    >>> _off_the_table(text, tokenize(text), negated, positive, heads)
    >>> sorted(negated), sorted(positive), sorted(heads)
    (['rise', 'toll'], ['tabl'], ['rise', 'toll'])
    """
    # "Toll increases are not on the table", "a merger is off the table": what is not being considered is denied
    for match in _OFF_THE_TABLE.finditer(text):
        clause_start = max(text.rfind(c, 0, match.start()) for c in ".;:!?,—") + 1
        denied = {k for t, k in content_terms(tokens) if clause_start <= t.start < match.start()}
        negated.update(denied)
        heads.update(denied)
        positive.difference_update(denied)


def _un_participles(tokens: Sequence[Token], key_at: dict[int, str], negated: set[str], positive: set[str]) -> None:
    """Deny what "un-" and a participle say is not so ("fees unchanged"); updates the sets in place.

    >>> tokens = tokenize("The board kept fees unchanged this year")
    >>> key_at = {t.start: k for t, k in content_terms(tokens)}
    >>> negated, positive = set(), set(key_at.values())
    >>> _un_participles(tokens, key_at, negated, positive)
    >>> sorted(negated), sorted(positive)
    (['chang', 'fee', 'unchang'], ['board', 'year'])
    """
    # "earned pensions untouched", "fees unchanged": "un-" and a participle deny it of the words just before
    for i, token in enumerate(tokens):
        if _UN_PARTICIPLE.fullmatch(token.norm):
            base = stem(token.norm[2:])
            denied = {key_at[t.start] for t in tokens[max(0, i - 2) : i + 1] if t.start in key_at}
            negated.update(denied | {base})
            positive.difference_update(denied)


_IDENTITY = re.compile(r"\b(?:not|n[’']t)\s+(?:just\s+|simply\s+|really\s+)?(?:a|an|about|the)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.IGNORECASE)


def _identity_denials(text: str) -> frozenset[str]:
    """What a quote says something is not: "This is not a ban" -> {"ban"}.

    >>> sorted(_identity_denials("This is not a ban. It was not about punishment."))
    ['ban', 'punish']
    """
    keys = set()
    for match in _IDENTITY.finditer(text):
        terms = content_terms(tokenize(match.group(1)))
        if terms:
            keys.add(terms[0][1])
            keys.update(_deverbal(terms[0][0].norm))  # "not a cancellation" denies "cancels"
    return frozenset(keys)


def _deverbal(noun: str) -> frozenset[str]:
    """Stems of the verb a noun is made from: "evacuation" -> "evacuat", "closure" -> "clos", "retirement" -> "retir".

    >>> sorted(_deverbal("evacuation")), sorted(_deverbal("retirement")), sorted(_deverbal("cancellation"))
    (['evacu', 'evacuat'], ['retir'], ['cancel', 'cancellat'])
    """
    for suffix, cut in (("ation", 3), ("ition", 3), ("ution", 3), ("ction", 3), ("ention", 4), ("ment", 4), ("ure", 3), ("al", 2), ("ery", 1)):
        if noun.endswith(suffix) and len(noun) - cut >= 4:
            base = stem(noun[:-cut])
            if suffix == "ation":
                # "evacuation" -> "evacuat" (evacuate), "confirmation" -> "confirm", "cancellation" -> "cancel"
                short = noun[:-5]
                short = short[:-1] if short.endswith("ll") else short
                return frozenset({base, stem(short)})
            if suffix == "ure":
                # "closure" -> "clos" (close), "failure" -> "fail", "departure" -> "depart"
                return frozenset({base, stem(noun[:-3] + "e"), stem(noun[:-3])})
            return frozenset({base})
    return frozenset()


_PRONOUN_DENIAL = re.compile(
    r"\b(?:(?:we|i|they|he|she|you)\s+(?:are|am|is|were|was|will|would|do|does|did|have|has|had|can|could|should|shall|must)(?:n[’']t|\s+not|\s+never)"
    r"|(?:we|i|they|he|she|you)\s+(?:cannot|never)|(?:i[’']m|we[’']re|they[’']re|he[’']s|she[’']s)\s+(?:not|never)"
    # ("Nobody will be failed for attendance": nobody is done to)
    r"|(?:nobody|no-one|no\s+one)\s+(?:will|would|is|was|has|have|had|can|could|should|shall|must)(?=\s+(?:be|been)\s))"
    r"\s+(?:be\s+|been\s+|going\s+to\s+)?([a-z]+)",
    re.IGNORECASE,
)


def _denied_verbs(sentence: str) -> frozenset[str]:
    """The stems of the verbs a speaker denies doing in ``sentence`` ("We are not abandoning anyone").

    >>> sorted(_denied_verbs("That is not true. We are not abandoning anyone, and I won't close it."))
    ['abandon', 'clos', 'closure']
    >>> sorted(_denied_verbs("I can't promise that. I'm not accusing anyone yet."))
    ['accus', 'accuse', 'promis', 'promise']
    >>> sorted(_denied_verbs("Nobody will be failed for attendance."))
    ['fail']
    """
    sentence = _rx(r"\bwon[’']t\b").sub("will not", _rx(r"\bcan[’']t\b").sub("cannot", sentence))
    keys = set()
    for m in _PRONOUN_DENIAL.finditer(sentence):
        keys.update(key_forms(m.group(1).lower()))
        keys.add(stem(m.group(1).lower()))
    return frozenset(keys)


def _sentence_heads(sentence: str) -> set[str]:
    """The words one sentence denies ("There is no evidence that this was a cyber-attack." -> cyber-attack)."""
    _, by_stem = _synonym_keys()
    heads = _negation_scope(sentence, tokenize(sentence))[2]
    return heads | {by_stem[k] for k in heads if k in by_stem}


# a sentence that only says "it didn't" ("The alarm should have called us. It didn't.", "should have called but
# didn't"): it denies what the words before it said should or would happen
_ELLIPTICAL_DENIAL = re.compile(
    r"(?:(?:^|(?<=[.!?;]\s)|(?<=[.!?;][\"”’]\s))(?:But\s+|And\s+)?(?:it|they|he|she|we|that|this|i|you)\s+|\bbut\s+(?:(?:it|they|he|she|we)\s+)?)"
    r"(?:(?:did|does|do|has|have|had|was|were|is|are|would|could|should|will)(?:\s+not|n[’']t)|won[’']t|can(?:not|[’']t))"
    r"(?=\s*(?:[.!?;,—–]|$))",
    re.IGNORECASE,
)
_EXPECTED_ACT = re.compile(
    r"\b(?:should|would|could|must|ought\s+to|(?:was|were)\s+(?:supposed|meant|due)\s+to)(?:\s+have)?(?:\s+been)?\s+([a-z]+)",
    re.IGNORECASE,
)


def _elliptical_denials(text: str) -> set[str]:
    """Keys of what a quote denies with an elliptical "It didn't." after saying what should have happened.

    >>> sorted(_elliptical_denials("The alarm should have called us. It didn't. I can't tell you why."))
    ['call']
    >>> sorted(_elliptical_denials("Alarm should have called staff but didn't, manager says"))
    ['call']
    >>> _elliptical_denials("The alarm called us. It was loud.")
    set()
    """
    denied: set[str] = set()
    for match in _ELLIPTICAL_DENIAL.finditer(text):
        before = text[: match.start()].rstrip()
        start = max(before.rfind(". ", 0, len(before) - 1), before.rfind("! ", 0, len(before) - 1), before.rfind("? ", 0, len(before) - 1))
        expected = None
        for expected in _EXPECTED_ACT.finditer(before, start + 1):
            pass
        if expected:
            denied.update(k for _, k in content_terms(tokenize(expected.group(1))))
    return denied
