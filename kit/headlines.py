"""How faithfully does a headline represent what the quoted people said?

:func:`prepare` does the article-side work once (the quotes' content words,
negations, numbers and certainty); :func:`score_headline` then scores one
headline against it in about a millisecond, so a widget can re-score on every
keystroke.

A :class:`HeadlineReport` has

* ``support`` in [0, 1]: the share of the headline's content words (stemmed,
  with a small list of near-synonyms) that the quotes contain. Names of the
  people and organisations in the article and their roles ("NATO chief") are
  who-said-it context, not claims, and are not counted;
* ``unsupported``: the content words no quote contains, each saying whether the
  article's own framing uses it ("the article says so; the speaker did not");
* ``best_quote``: the index (into the analysis' quotes) of the quote the
  headline rests on most;
* ``certainty`` of the headline and of its best quote (see :mod:`kit.certainty`);
* ``flags``: ``{"kind", "text", "explanation"}`` for each distortion: ``unsupported``,
  ``certainty``, ``negation``, ``number``, ``loaded``, ``clickbait``,
  ``said_verb``, ``vague_source``;
* ``fidelity`` in [0, 1]: starts from ``support`` and each flag lowers it by
  :data:`PENALTIES`, with the reason.

Without an article, ``support``, ``best_quote`` and ``fidelity`` are ``None``
and only the language flags are given.

>>> from kit.analysis import analyze
>>> a = analyze('Mayor Ann Lee spoke. "We may delay the vote," Lee said. "The delay is not about punishment."')
>>> report = score_headline("Mayor vows to delay vote as punishment", prepare(a))
>>> sorted({f["kind"] for f in report.flags})
['certainty', 'negation']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from .certainty import CertaintyReport, certainty
from .articles import Span, split_sentences  # (Span: used by the doctests)
from .language import Token, _synonym_keys, antonyms, content_terms, find_clickbait, find_markers, key_forms, stem, tokenize
from .numbers import find_numbers, numbers_match
from .people import ANON_HEADS, ORG_HEADS, ROLE_WORDS, find_people
from .scan import compiled as _rx

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

__all__ = ["HeadlineContext", "HeadlineReport", "PENALTIES", "prepare", "score_headline", "score_headlines"]

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
_LOADED_CAP = 0.3
_INVENTED_PENALTY = 0.1  # each headline word found nowhere in the article
_INVENTED_CAP = 0.3
_INVENTED_MIN = 2
# everyday verbs and quantity words a careful paraphrase uses freely ("bring", "move", "hits", "only"): shown as
# unsupported, but they do not on their own make a headline an invention
_LIGHT_WORDS = frozenset(
    stem(w) for w in """bring brings get gets make makes move moves hit hits fall falls rise rises go goes come comes
    take takes give gives put puts keep keeps set sets see sees show shows talk talks reach reaches face faces back
    away way only even still more less several little few lack""".split()
)
# events and reactions that change a story on their own ("minister to resign", "plans to sue", "blames the
# contractor"): one of them found nowhere in the article, stated flatly, is enough for an `unsupported` flag
_EVENT_WORDS = frozenset(
    stem(w) for w in """resign resigns resigned resignation quit quits sue sues sued lawsuit sack sacks sacked blame
    blames blamed threaten threatens threatened compensation refund refunds apologise apologises apologize apologizes
    arrest arrests arrested court probe inquiry investigation boycott protest strike bribe bribes theft steal steals
    evacuate evacuates blacklist blacklisted demolish demolishes scrap scraps punish fraud corruption""".split()
)
_NOT_ASSERTED_BEFORE = re.compile(r"\b(?:may|might|could|whether|if|not|no|never|\w+n[’']t|unless|to be)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_INVENTED_SHARE = 0.25  # an `unsupported` flag needs at least this share of the claim words to be found nowhere
_NEGATION_CAP = 0.4  # fidelity of a headline that reverses a quote never rises above this
_FRAMING_CREDIT = 0.5  # a headline word only the article's framing uses counts half towards fidelity
_NEGATORS = frozenset(
    "not no never n't nor neither none nobody no-one noone nothing without cannot won't don't doesn't didn't isn't aren't "
    "wasn't weren't hasn't haven't hadn't can't couldn't shouldn't wouldn't mustn't".split()
)
_DENYING = frozenset("refuse refuses refused refusing deny denies denied denying".split())
_CERTAINTY_GAP = 0.22
# units of measurement after a number ("30 cm", "4 km"): part of the number, which the number check compares
_MEASURES = frozenset(
    "cm mm km m kg g mg ml l lb lbs oz ft in mph kmh kph ha acre acres hectare hectares metre metres meter meters "
    "kilometre kilometres kilometer kilometers mile miles tonne tonnes ton tons litre litres liter liters "
    "degree degrees mw kw gw kwh mwh".split()
)
_HOPE_DOUBT = re.compile(
    r"\b(?:hopes?|hopeful|guess(?:es)?|depends?|too\s+early|unsure|uncertain|unclear|doubts?|nothing\s+(?:to|decided|yet))\b",
    re.IGNORECASE,
)
_OWN_DOUBT = re.compile(
    r"\b(?:not|no|never|nobody|none|nothing|cannot|can[’']t|won[’']t|hopes?|hopeful|guess(?:es)?|depends?|too\s+early|unsure|"
    r"uncertain|unclear|denies|doubts?|yet\s+to)\b|n[’']t\b",
    re.IGNORECASE,
)
_DROPPED_HEDGE_GAP = 0.18  # a headline that drops the quote's hedge and sounds this much surer
#: Plain reporting verbs in a headline ("Rutte says ...") are who-said-it context, not claims.
_PLAIN_SAID = frozenset(
    "say says said saying tell tells told add adds added write writes wrote ask asks asked according calls called cites citing cited".split()
)
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
#: stances a speaker takes towards a plan or a person: a headline that gives a speaker the stance they denied
#: ("not against the train" / "opposes the line") turns the quote around
@lru_cache(maxsize=1)
def _stance_keys() -> frozenset[str]:
    return frozenset(k for _, k in content_terms(tokenize("oppose blame blames accuse accuses support supports reject rejects")))
#: "not saying", "nobody is blaming": a denial of an accusation, about everything that follows
_SAYING = frozenset("saying suggesting claiming accusing blaming alleging implying asking telling forcing requiring ordering".split())
#: "not the only", "not always", "not just": a negation that limits rather than denies
_RESTRICTIVE = frozenset("only just merely all always every necessarily entirely completely".split())
#: "does not mean ...": a negation about an inference, not a denial of the words that follow.
_NEUTRAL_HEADS = frozenset("mean means meant".split())
#: After these words a headline does not assert what follows ("fix buses before redesigning the week").
#: "we don't expect to appeal": a tentative denial, still reversed by "expect to appeal"
_EXPECT = frozenset("expect expects expecting anticipate anticipates anticipating intend intends intending see".split())
_NON_ASSERTING = frozenset("before if whether instead rather unless until".split())
_NP_END = frozenset("to for of in on at that with from by about over than".split())
_AUX = frozenset("is are was were be been has have had will would can could should may might must".split())
#: Words that say who is speaking ("council leader says", "civil liberties group says", "study finds"):
#: who-said-it context, not claims.
_WHO = ORG_HEADS | frozenset("study studies report audit survey poll da".split())
_SOURCE_VERBS = frozenset("finds find found shows show showed warns warned wants want".split())
_OBJECT_PRONOUNS = frozenset("them us these those it you this that which".split())
_WH = frozenset("what how why when where who whom whose".split())
_DOUBT_WORDS = re.compile(r"\b(?:say|sure|know|tell|early|unclear|clear|certain|guess|predict|doubts?|doubted|doubtful|unlikely)\b", re.IGNORECASE)
_PLAIN_REPORTING = frozenset("say says said saying tell tells told telling".split())
_SOURCE_KEYS = frozenset(stem(w) for w in _SOURCE_VERBS)
_TIME_UNITS = frozenset("second minute hour day week month year decade century".split())


@dataclass(frozen=True)
class _QuoteInfo:
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


# "for good", "forever", "permanently": how long something lasts, as one key the checks can compare
_PERMANENCE = re.compile(r"\b(?:forever|for\s+ever|permanently|for\s+good|indefinitely)\b", re.IGNORECASE)
PERMANENT = "~permanent"


_OFF_THE_TABLE = re.compile(
    r"\s+(?:is|are|was|were|remains?|remained)\s+(?:not|no\s+longer|not\s+even)\s+on\s+the\s+table\b"
    r"|\s+(?:is|are|was|were|remains?|remained)\s+(?:now\s+)?off\s+the\s+table\b",
    re.IGNORECASE,
)
_END_AS_PLACE = frozenset("the an west east north south far deep other either top bottom front back lower upper tail business receiving".split())


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
    def to_clause_end(i: int, reach: int) -> int:
        """The last token index of the clause that starts at token ``i`` (at most ``reach`` tokens on)."""
        k = i
        while k + 1 < len(tokens) and k + 1 <= i + reach and not _rx(r"[,;:—–()]|\s['‘’\"“”]").search(text[tokens[k].end : tokens[k + 1].start]) and tokens[k + 1].norm != "but":
            k += 1
        return k

    for i, token in enumerate(tokens):
        if i > 0 and tokens[i - 1].end in doubt_ends:
            # "doubts members will back a two-tier pension this year": the whole clause after a doubt verb
            neutral_end = max(neutral_end, i + (12 if tokens[i - 1].norm.startswith("doubt") else 4))
            if any(t.norm in _WH or t.norm in ("if", "whether") for t in tokens[i : i + 2]):
                # "doesn't know yet when the trail will reopen", "too early to say if the closure will help": the
                # open question, to the end of its clause, asserts nothing
                neutral_end = max(neutral_end, to_clause_end(i, 12))
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
                evidence = found_that
                head_noun_phrase = True
            if (norm == "no" or evidence is found_that) and evidence:
                # "no evidence that any card data was taken": the clause after "that" is what is denied
                clause_end = _rx(r"[,.;:!?—–]|\bbut\b").search(text[token.end + evidence.end() :])
                limit = token.end + evidence.end() + (clause_end.start() if clause_end else len(text))
                scope_end = max(scope_end, max((k for k, t in enumerate(tokens) if t.start < limit), default=i))
                clause_heads_end = head_end = scope_end
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
                if evidence is found_that:
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
    # "Toll increases are not on the table", "a merger is off the table": what is not being considered is denied
    for match in _OFF_THE_TABLE.finditer(text):
        clause_start = max(text.rfind(c, 0, match.start()) for c in ".;:!?,—") + 1
        denied = {k for t, k in content_terms(tokens) if clause_start <= t.start < match.start()}
        negated.update(denied)
        heads.update(denied)
        positive.difference_update(denied)
    # "earned pensions untouched", "fees unchanged": "un-" and a participle deny it of the words just before
    for i, token in enumerate(tokens):
        if _UN_PARTICIPLE.fullmatch(token.norm):
            base = stem(token.norm[2:])
            denied = {key_at[t.start] for t in tokens[max(0, i - 2) : i + 1] if t.start in key_at}
            negated.update(denied | {base})
            positive.difference_update(denied)
    return negated, positive, heads


_DEMANDS = re.compile(r"\b(?:demand|demands|demanded|demanding|(?:call|calls|called|calling|ask|asks|asked|asking|push|pushes|pushing|press|presses|pressing)\s+for|seeks?|wants?|urges?)\b", re.IGNORECASE)
_NOT_ASKING_FOR = re.compile(r"\b(?:not|n[’']t|never)\s+(?:asking|calling|pushing|pressing|looking)\s+for\b", re.IGNORECASE)
_ANYONE = frozenset("anyone anybody people them you us him her everyone everybody farmers residents staff".split())
_AIMING = frozenset("try tries trying tried ask asks asking seek seeks seeking aim aims aiming attempt attempts attempting looking".split())
_LIGHT_HEADS = frozenset("put puts putting get gets getting bring brings bringing".split())
_UN_PARTICIPLE = re.compile(r"un[a-z]{3,}(?:ed|en)")


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
_ANY_NEGATOR = re.compile(r"\b(?:no-one|no|not|never|nobody|nothing|none|neither|nor|without)\b|n[’']t\b", re.IGNORECASE)


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
# a headline states a plan or a future as settled: "will rise", "set to close", "to open", "confirms"
_FLAT_FUTURE = re.compile(r"\b(?:will|won't|set\s+to|is\s+to|are\s+to|confirms?|confirmed|guarantees?|vows?\s+to)\s+(?:not\s+)?(?:be\s+)?$", re.IGNORECASE)
_TO_AFTER = frozenset(
    """want wants plan plans planning hope hopes hoping aim aims seek seeks try tries trying expected likely set going due able
    asked ready need needs has have had agree agrees refuse refuses vow vows pledge pledges promise promises threaten threatens
    say says told according up back down from how what whether where way bid move chance right call calls urge urges order
    orders fails fail failed decide decides voted votes vote allowed prepared expect expects continue continues begin begins
    start starts moves moving looking look looks intend intends intending consider considers considering wish wishes""".split()
)


# (an apostrophe inside a word, "'won't be good'", does not end the quote)
_HEADLINE_QUOTE = re.compile(r"""(?:(?<=\s)|^)['‘"“]((?:[^'‘’"“”]|(?<=\w)['’](?=\w)){2,120})['’"”](?=[\s,.:;!?]|$)""")


# hedges that only say whose opinion a statement is ("I think the decision is wrong"), not how sure the speaker is
_OPINION_MARKERS = frozenset(["i think", "i believe", "in my view", "in my opinion", "personally", "i feel", "i reckon"])
_REPORTED_OPINION = re.compile(r"\b(?:says|say|said|calls|call|called|thinks|believes|argues|describes|feels)\b", re.IGNORECASE)


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


def _names_a_speaker(words: str, context: HeadlineContext) -> bool:
    """Does the group in a vague-source phrase ("Campaigners say") name a speaker the article quotes?"""
    group = tokenize(words)[:1]
    if not group or group[0].norm in ("many", "some", "others", "experts", "critics", "observers", "sources", "insiders"):
        return False
    key = stem(group[0].norm)
    singular = stem(group[0].norm[:-1]) if group[0].norm.endswith("s") else key
    return any(key in keys or singular in keys for _, keys in context.speaker_keys)


_ADVISED_TO = re.compile(
    r"\b(?:advises?|advised|urges?|urged|asks?|asked|tells?|told|encourages?|encouraged|warns?|warned|reminds?|reminded|"
    r"invites?|invited|calls\s+on|appeals?\s+to|pleads?\s+with)\s+(?:\S+\s+){1,5}?to\s+(?:be\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _quote_numbers(text: str) -> tuple:
    """The numbers in a quote (cached: every headline scored against an article looks at the same quotes)."""
    return tuple(find_numbers(text))


def _words_after(text: str, at: int, n: int) -> set[str]:
    """The stems of the ``n`` words after position ``at`` ("forty kiwi aversion training bookings")."""
    return {stem(t.norm) for t in tokenize(text[at:])[:n]}


# words after which "to" is a preposition, not the start of a future ("consent to", "returns to", "close to")
_TO_PREPOSITION = frozenset(
    """consent consents return returns switch switches contribute contributes point points respond responds lead leads
    talk talks speak speaks object objects refer refers reply replies access thanks owing prior close next due similar
    equal subject compared according adjacent addition relation regard respect contrary""".split()
)


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


_JOINERS = re.compile(
    # "as" joins a clause, but not in "half as many", "as well as", "as long as", "such as"
    r"\s(?:after|amid|because\s+of|because|due\s+to|(?<!such\s)as(?!\s+(?:many|much|well|long|soon|far|good|few|little|likely|high|low|big|small|large)\b)|"
    r"following|in\s+a\s+bid\s+to|despite|over)\s"
    # a second act joined on ("recalls smartwatches and delays launch", ", angering traders", ", leaving town without")
    r"|\s(?:and|but)\s(?=(?!(?:says|asks|wants|warns|thinks|hopes|fears|urges|adds|admits|notes|calls|insists|expects|"
    r"believes|doubts|accepts|agrees|admits|concedes|claims|denies|rejects|welcomes|vows|pledges|promises|understands|supports|"
    r"backs|questions|doubts|worries|fears)\b)[a-z]+s(?<!ss)(?<!us)(?<!is)\s"
    r"(?!(?:will|would|could|can|may|might|must|should|are|were|have|had|do|did)\b))"
    r"|,\s(?=(?!(?:citing|saying|adding|warning|claiming|arguing|noting|telling|insisting|describing|calling|asking|"
    r"urging|accusing|blaming|admitting|conceding|housing|building|funding|parking|planning|spending|training|meeting|"
    r"morning|evening|clothing|lighting|flooding|ruling|hearing|opening|closing|polling|nursing|farming|mining|fishing|"
    r"shipping|banking|marketing|pricing|heating|being|thing|spring)\b)[a-z]{3,}ing\s"
    # (not the speaker's tag: ", housing chief says")
    r"(?!(?:[\w’'-]+\s+){0,3}(?:says|said|warns|claims|reports|tells)\b))",
    re.IGNORECASE,
)


def _added_clause(headline: str, context: HeadlineContext) -> str | None:
    """A clause joined on with "after", "as", "because of", "amid" ... that the article never says.

    "Council takes website offline after cyber-attack by ex-employee": the words after "after" appear
    together in no sentence of the article (at most one of them in any sentence), and there are at least
    three of them or one appears nowhere at all. Returns the clause, or None.
    """
    if not context.sentence_keys:
        return None
    for joiner in _JOINERS.finditer(headline):
        tail = _rx(r",\s*(?:[\w’'-]+\s+){0,3}(?:says|said|warns|claims|reports)\b|:|;").split(headline[joiner.end() :])[0].strip()
        keys = list(dict.fromkeys(
            k for t, k in content_terms(tokenize(tail)) if not t.norm[:1].isdigit() and t.norm not in _PLAIN_REPORTING
        ))
        if len(keys) < 2:
            continue
        together = max(len(set(keys) & sk) for sk in context.sentence_keys)
        nowhere = [k for k in keys if not any(k in sk for sk in context.sentence_keys)]
        if together <= 1 and (len(keys) >= 3 or nowhere):
            return tail
        if nowhere and len(keys) >= 3 and together <= len(keys) - 2:
            return tail  # "after Northline cuts overtime pay": a word the article never uses, in a clause it never says

    return None


# a refusal the speaker denies: "we are not refusing these shifts", "nobody is rejecting the offer"
_DENIED_REFUSAL = re.compile(
    r"(?:\b(?:not|never|nobody\s+is|no\s+one\s+is|no-one\s+is)|n[’']t)\s+(?:\w+\s+)?(refus\w*|reject\w*|deny\w*|denie\w*)",
    re.IGNORECASE,
)
_REFUSALS = re.compile(
    r"\b(?:refuses?|refused|refusing|rejects?|rejected|rejecting|denies|denied|deny|denying|rules?\s+out|ruled\s+out|"
    r"declines?|declined)\b(?:\s+to)?",
    re.IGNORECASE,
)


def _refused_claim(headline: str, tokens: Sequence[Token], quotes: Sequence[_QuoteInfo]) -> tuple[str, _QuoteInfo, list[str]] | None:
    """A refusal or denial in the headline of what a quote plainly says.

    "Union refuses to guarantee exams will go ahead" against "The exams will go ahead", "Club denies
    agreeing fee" against "We have agreed a fee": the words after the refusal verb are all in one
    quote sentence, said without a negation. Or the quote denies the refusal itself: "Firefighters refuse
    shifts" against "Firefighters are not refusing these shifts".
    """
    match = _REFUSALS.search(headline)
    if not match or (match.group().lower().lstrip().startswith("reject") and _THINGS_REJECTED.match(headline, match.end())):
        return None  # (not "contractor rejected 11 truckloads": things turned away)
    verb_keys = {k for t, k in content_terms(tokens) if match.start() <= t.start < match.end()}
    opposites = {a for k in verb_keys for a in antonyms(k)}  # "rejects" / "accept", "deny" / "confirm"
    after = [(t, k) for t, k in content_terms(tokens) if t.start >= match.end() and t.norm not in _PLAIN_REPORTING][:6]
    keys = [k for _, k in after if k not in _NOT_PREDICATES and k not in _SOURCE_KEYS]
    if not keys:
        return None
    family = match.group().lower()[:4].replace("deni", "deny")
    if _rx(r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+)?$", re.IGNORECASE).search(headline[: match.start()]):
        family = ""  # the headline's own "not refusing" keeps the speaker's words
    for info in quotes:
        for sentence_keys, _, text in info.sentences:
            undone = _DENIED_REFUSAL.search(text)
            if family and undone and undone.group(1).lower()[:4].replace("deni", "deny") == family and set(keys) & sentence_keys:
                # "Firefighters refuse to work brownout shifts" against "Firefighters are not refusing these shifts"
                words = [headline[t.start : t.end] for t, k in after if k in sentence_keys] or [headline[t.start : t.end] for t, _ in after[:2]]
                return match.group().strip(), info, words
            if _rx(r"\b(?:not|no|never|won't|cannot|can't|don't|doesn't|didn't|refuse|reject|deny|denied)\b|n't\b", re.IGNORECASE).search(text):
                continue
            shared = set(keys) & sentence_keys
            if shared & info.negated:
                continue
            plain = len(shared) >= 2 and len(shared) >= min(len(sentence_keys), len(keys)) - 1  # "The exams will go ahead."
            predicate = keys[0] in sentence_keys and len(sentence_keys) <= 4  # "deny agreeing" / "The clubs have an agreement."
            opposite = bool(shared) and bool(opposites & sentence_keys)  # "rejects order" / "we accept the order"
            if plain or predicate or opposite:
                words = [headline[t.start : t.end] for t, k in after if k in shared] or [headline[t.start : t.end] for t, _ in after[:2]]
                return match.group().strip(), info, words
    return None


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


def _quote_words(info: _QuoteInfo, limit: int = 90) -> str:
    text = " ".join(info.text.split()).rstrip(" ,;:—–-")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


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


_RULE_OUT = re.compile(r"\brul(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?out\b", re.IGNORECASE)
_NOT_RULING = re.compile(
    r"(?:\bnot|n[’']t|\bnever|\bcannot|\brefus\w*\s+to|\bdeclin\w*\s+to|\btoo\s+early\s+to|\bunable\s+to)\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)


def _rule_out_flip(headline: str, context: HeadlineContext) -> dict[str, str] | None:
    """"Police rule out lightning" where the officer said "We have not ruled out lightning", or the reverse.

    >>> ctx = HeadlineContext(quotes=(_info(0, "We have not ruled out lightning as the cause.", "Tom Hale"),))
    >>> _rule_out_flip("Police rule out lightning as cause of fire", ctx)["kind"]
    'negation'
    >>> _rule_out_flip("Police have not ruled out lightning as cause", ctx) is None
    True
    """
    head = _RULE_OUT.search(headline)
    if not head:
        return None
    head_denies = not _NOT_RULING.search(headline[: head.start()])  # "rules out X": X is excluded
    after = {k for _, k in content_terms(tokenize(headline[head.end() :]))}
    for sentence in [info.text for info in context.quotes] + list(context.rule_outs):
        for said in _RULE_OUT.finditer(sentence):
            quote_denies = not _NOT_RULING.search(sentence[: said.start()])
            what = {k for _, k in content_terms(tokenize(sentence[said.end() : said.end() + 80]))}
            if quote_denies != head_denies and (after & what or not after):
                words = headline[head.start() : head.end()]
                said_words = sentence[max(0, said.start() - 20) : said.end() + 40].strip()
                return {
                    "kind": "negation",
                    "text": words,
                    "explanation": (
                        f"The headline says the speaker {'ruled it out' if head_denies else 'did not rule it out'}, "
                        f"but the article says the opposite: \"…{said_words}…\""
                    ),
                }
    return None


_SIDE_DENIAL = re.compile(
    r"\bwithout\s+[\w’'-]+(?:\s+[\w’'-]+)?|\b(?:who|that)\s+(?:can[’']t|cannot|can\s+not|don[’']t|didn[’']t|won[’']t|could\s+not|do\s+not|did\s+not)\s+[\w’'-]+",
    re.IGNORECASE,
)
_OUT_OF = re.compile(r"\bout\s+of\s+([\w’'-]+)", re.IGNORECASE)
_OUT_OF_DENIED = re.compile(r"\b(?:not|n[’']t|never|no\s+longer)\s+(?:[\w’'-]+\s+){0,2}?out\s+of\s+([\w’'-]+)", re.IGNORECASE)


def _out_of_flip(headline: str, context: HeadlineContext) -> dict[str, str] | None:
    """"Fort Aklavan runs out of fuel" where the speaker said "We are not out of fuel" ("out of" is two stopwords,
    so the word-by-word check cannot see what was denied).

    >>> ctx = HeadlineContext(quotes=(_info(0, "We are not out of fuel. We have enough fuel for weeks.", "Ann Roy"),))
    >>> _out_of_flip("Hamlet runs out of fuel", ctx)["kind"]
    'negation'
    >>> _out_of_flip("Hamlet is not out of fuel, official says", ctx) is None
    True
    """
    head = _OUT_OF.search(headline)
    if not head or _NEGATOR_BEFORE.search(headline[: head.start()]):
        return None
    for info in context.quotes:
        for said in _OUT_OF_DENIED.finditer(info.text):
            if stem(said.group(1).lower()) == stem(head.group(1).lower()):
                return {
                    "kind": "negation",
                    "text": headline[head.start() : head.end()],
                    "explanation": f"The headline says it is out of {head.group(1)}, but the speaker said the opposite — \"{_quote_words(info)}\"",
                }
    return None


_NEGATOR_BEFORE = re.compile(r"\b(?:not|n[’']t|never|no)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


# what follows "rejected" when things, not claims, were turned away: a number or an amount ("11 truckloads")
_THINGS_REJECTED = re.compile(
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|"
    r"eleven\b|twelve\b|dozens?\b|hundreds\b|thousands\b|a\s+third\b|half\b)",
    re.IGNORECASE,
)


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


_DENY_VERBS = re.compile(r"(?:den(?:y|ies|ied|ying))\Z", re.IGNORECASE)


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


_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "ic", "i")


def _un_key(token: Token, key: str, context: HeadlineContext) -> str:
    """The key of the word after "un-" when a quote denies that word ("unpaid" against "they have not been paid").

    >>> info = _QuoteInfo(0, "", frozenset({"paid"}), frozenset(), frozenset({"paid"}), None, frozenset())
    >>> _un_key(tokenize("unpaid")[0], "unpaid", HeadlineContext(quotes=(info,), quote_keys=frozenset({"paid"})))
    'paid'
    """
    word = token.norm
    if not word.startswith("un") or len(word) < 6 or key in context.quote_keys:
        return key
    base = content_terms(tokenize(word[2:]))
    if base and any(base[0][1] in info.negated for info in context.quotes):
        return base[0][1]
    return key


def _demonym_of(headline: str, token: Token, context: HeadlineContext) -> bool:
    """Is the capitalised word a people's or country's adjective for a place the article names ("Chilean"
    for Chile, "Norwegian" for Norway, "Kenyan" for Kenya)? Then it says where, like the place itself.

    >>> ctx = HeadlineContext(proper_keys=frozenset({"chil", "norway", "the"}))
    >>> [_demonym_of(h, tokenize(h)[0], ctx) for h in ("Chilean team reports signal", "Norwegian says no", "Chileans")]
    [True, True, True]
    >>> _demonym_of("Clinic opens", tokenize("Clinic opens")[0], ctx)
    False
    """
    if not headline[token.start : token.start + 1].isupper():
        return False
    word = token.norm
    for ending in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            base = word[: -len(ending)]
            need = max(4, len(base) - 2)
            if any(len(k) >= 4 and k[:need] == base[:need] for k in context.proper_keys):
                return True
    return False


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


def _sentence_heads(sentence: str) -> set[str]:
    """The words one sentence denies ("There is no evidence that this was a cyber-attack." -> cyber-attack)."""
    _, by_stem = _synonym_keys()
    heads = _negation_scope(sentence, tokenize(sentence))[2]
    return heads | {by_stem[k] for k in heads if k in by_stem}


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


_NOT_SAYING = re.compile(
    r"\b(?:not|n[’']t|never)\s+(?:saying|suggesting|claiming|arguing|implying)\s+(?:that\s+)?([^.;:!?]{10,160}?)(?=[,.;:!?]|$)",
    re.IGNORECASE,
)


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


def _token_keys(tokens: Sequence[Token]) -> list[str | None]:
    """The content key of each token (None for words that carry none)."""
    keys = {t.start: k for t, k in content_terms(tokens)}
    return [keys.get(t.start) for t in tokens]


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


# antonyms that are mostly particles in speech ("turned back", "held back"): too weak to call a headline's word
# the opposite of what was said
_PARTICLE_ANTONYMS = frozenset({"back"})


def score_headline(headline: str, context: HeadlineContext | None = None) -> HeadlineReport:
    """Score one headline against an article's quotes (or alone, without ``context``).

    >>> score_headline("").fidelity is None
    True
    >>> [f["kind"] for f in score_headline("You won't believe what critics claim").flags]
    ['clickbait', 'vague_source']
    """
    context = context or HeadlineContext()
    headline = " ".join(str(headline).split())
    tokens = tokenize(headline)
    flags: list[dict[str, str]] = []
    reasons: list[str] = []
    markers = find_markers(headline, tokens=tokens)
    head_certainty = certainty(headline, tokens)

    # language flags (need no article)
    quote_stems = frozenset(s for q in context.quotes for s in q.stems)
    loaded_penalty = 0.0
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
    flags.extend(flag for _, flag in sorted(language, key=lambda item: item[0]))

    support = best = fidelity = quote_certainty = None
    unsupported: list[dict[str, Any]] = []
    terms_out: list[dict[str, Any]] = []
    if context.has_article and tokens:
        all_terms = content_terms(tokens)
        marked = {(m.start, m.end) for m in markers} | {(m.start, m.end) for m in head_certainty.hedges + head_certainty.boosters}
        verbs = _PLAIN_SAID

        def is_marked(t: Token) -> bool:
            return any(s <= t.start and t.end <= e for s, e in marked)

        # Reporting verbs and marked words (boosters, loaded words...) are judged by their own flags,
        # not counted in support; they are still shown, with their status, in ``terms``.
        terms = [(t, k) for t, k in all_terms if t.norm not in verbs and not is_marked(t)]
        terms = [(t, _hyphen_key(t, k, context)) for t, k in terms]
        # "unpaid", "unconfirmed": supported by a quote that says "not paid", "we haven't confirmed"
        terms = [(t, _un_key(t, k, context)) for t, k in terms]
        shown = [(t, _hyphen_key(t, k, context)) for t, k in all_terms if t.norm not in verbs]
        # organisations and sources count as who-said-it only next to the reporting verb
        # ("civil liberties group says", "study finds"), not as the object of a claim ("slams police")
        said_at = [i for i, t in enumerate(tokens) if t.norm in verbs or t.norm in _SOURCE_VERBS]
        near_verb = {tokens[j].start for i in said_at for j in range(max(0, i - 3), i)}
        who = ROLE_WORDS | ANON_HEADS

        def is_who(t: Token) -> bool:
            words = {t.norm, stem(t.norm)}
            if _rx(r",\s*\d{1,3}\s*,").match(headline[t.end : t.end + 8]):
                return True  # "Angler, 71, hopes ...": who the person is
            return bool(words & who) or (t.start in near_verb and bool(words & _WHO))

        number_spans = []
        head_numbers = find_numbers(headline)
        for n in head_numbers:
            # the number and its unit ("30 cm", "a month ago"): the number check's job, not the claim words'
            unit = _rx(rf"\s*{re.escape(n.unit)}\b(?:\s+ago\b)?", re.IGNORECASE).match(headline[n.end :]) if n.unit.lower() in _MEASURES else None
            after_ago = _rx(r"\s+ago\b", re.IGNORECASE).match(headline[n.end :])
            number_spans.append((n.start, n.end + (unit.end() if unit else after_ago.end() if after_ago else 0)))
        claims = [
            (t, k) for t, k in terms
            if k not in context.context_keys and not is_who(t) and not t.norm[:1].isdigit() and not _demonym_of(headline, t, context)
        ]
        supported = [(t, k) for t, k in claims if k in context.quote_keys]
        for t, k in shown:
            status = "quoted" if k in context.quote_keys else "context" if (k in context.context_keys or is_who(t)) else (
                "framing" if k in context.framing_keys else "nowhere"
            )
            terms_out.append(
                {"text": headline[t.start : t.end], "start": t.start, "end": t.end, "status": status, "marked": is_marked(t)}
            )
        support = round(len(supported) / len(claims), 2) if claims else (1.0 if terms else 0.0)
        claim_keys = {k for _, k in claims}
        if context.quotes:
            scored = [(len(claim_keys & q.keys), -n, q) for n, q in enumerate(context.quotes)]
            top = max(scored, key=lambda s: (s[0], s[1]))
            best_info = top[2] if top[0] > 0 else None
        else:
            best_info = None
        best = best_info.index if best_info else None
        for t, k in claims:
            if k in context.quote_keys or any(s <= t.start < e for s, e in number_spans):
                continue  # "one in six", "double": numbers are the number check's job
            word = headline[t.start : t.end]
            in_framing = k in context.framing_keys
            unsupported.append({"text": word, "in_framing": in_framing})
        if unsupported:
            invented = [u["text"] for u in unsupported if not u["in_framing"]]
            framed = [u["text"] for u in unsupported if u["in_framing"]]
            weighty = [w for w in invented if stem(w.lower()) not in _LIGHT_WORDS]
            parts = []
            if invented:
                parts.append(f"No quote and no part of the article says {_list(invented)}.")
            if framed:
                parts.append(f"{_list(framed)} {'comes' if len(framed) == 1 else 'come'} from the article's own words: the article says so; the speaker did not.")
            share = len(invented) / len(claims) if claims else 0.0
            # ("Opposition calls for minister to resign": one invented event; not "may be to blame", "whether to sue")
            events = [
                u for u in unsupported if not u["in_framing"] and stem(u["text"].lower()) in _EVENT_WORDS
                and not _NOT_ASSERTED_BEFORE.search(headline[: headline.find(u["text"])])
                # ("evacuated" where the article says "evacuation": the same event in another form)
                and not any(k.startswith(stem(u["text"].lower())[:7]) for k in context.framing_keys | context.quote_keys if len(stem(u["text"].lower())) >= 7)
            ]
            if (len(weighty) >= _INVENTED_MIN and share >= _INVENTED_SHARE) or events:
                flags.insert(0, {"kind": "unsupported", "text": ", ".join(u["text"] for u in unsupported), "explanation": " ".join(parts)})
        if not any(f["kind"] == "unsupported" for f in flags):
            added = _added_clause(headline, context)
            if added:
                flags.insert(
                    0,
                    {
                        "kind": "unsupported",
                        "text": added,
                        "explanation": f"'{added}' is added: no sentence of the article, quote or framing, says these things "
                        "together, so the headline joins on a cause, a reason or an event nobody reported.",
                    },
                )
        # certainty: against the quote sentences the headline rests on; when it shares no claim word with
        # any quote but names a speaker ("..., lawyer says"), against everything that speaker said
        head_words = {stem(t.norm) for t in tokens}
        named = {name for name, keys in context.speaker_keys if keys & head_words}
        speaker_sentences = [sent for q in context.quotes if q.speaker in named for sent in q.sentences]
        if best_info is not None or speaker_sentences:
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
                flags.append(
                    {
                        "kind": "certainty",
                        "text": ", ".join(m.text for m in head_certainty.boosters) or headline,
                        "explanation": f"The headline sounds surer ({head_certainty.score:.2f}) than "
                        f"{'the quote' if best_info is not None else 'the speaker it names, on average'} "
                        f"({surest[1].score if best_info is not None else quote_certainty:.2f}): {boost} {('are boosters' if len(head_certainty.boosters) > 1 else 'is a booster') if head_certainty.boosters else 'leaves out the doubt'}; {said}.",
                    }
                )
        if not any(f["kind"] == "certainty" for f in flags):
            # "Team confirms water vapour" where the scientist called it "not a confirmed detection": the
            # headline's booster is the very word a quote denies
            denied = _denied_booster(headline, head_certainty, context.quotes)
            if denied:
                marker, info = denied
                flags.append(
                    {
                        "kind": "certainty",
                        "text": marker.text,
                        "explanation": f"The headline says '{marker.text}', but the speaker said it was not so: "
                        f"\"{_quote_words(info)}\"",
                    }
                )
        if not head_certainty.hedges and not head_certainty.question and not any(f["kind"] == "certainty" for f in flags):
            # "Care home will take new residents again from April" where the speaker said "I can't guarantee that":
            # a commitment the speaker explicitly would not make
            held_back = _uncommitted(headline, frozenset(claim_keys), best_info, context)
            if held_back:
                marker, info, refusal = held_back
                flags.append(
                    {
                        "kind": "certainty",
                        "text": marker,
                        "explanation": f"The headline commits to '{marker}', but the speaker would not: "
                        f"\"{refusal}\" (\"{_quote_words(info)}\")",
                    }
                )
        if not head_certainty.hedges and not head_certainty.question and not any(f["kind"] == "certainty" for f in flags) and not _OWN_DOUBT.search(headline):
            # "Warm seas caused seaweed outbreak" where the biologist said "we have not confirmed the cause"
            cause = _unconfirmed_cause(headline, frozenset(k for t, k in claims if not _CAUSAL.fullmatch(t.norm)), context)
            if cause:
                marker, info, doubt = cause
                flags.append(
                    {
                        "kind": "certainty",
                        "text": marker,
                        "explanation": f"The headline names a cause ('{marker}') as if it were settled, but the speaker said "
                        f"'{doubt}': \"{_quote_words(info)}\"",
                    }
                )
        # (a condition the headline keeps, "unless posts are filled", is no doubt about what it states)
        doubts = [m for m in head_certainty.hedges if m.category != "conditional"]
        if not doubts and not head_certainty.question and not any(f["kind"] == "certainty" for f in flags) and not _OWN_DOUBT.search(headline):
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
                flags.append(
                    {
                        "kind": "certainty",
                        "text": word,
                        "explanation": f"The headline states '{word}' as a fact, but the article only says "
                        f"'{hedged_words}': the doubt has been left out.",
                    }
                )
        # negation: the headline asserts what a quote denies ("to close" / "will not close"), or denies
        # what it says, or swaps a word for its opposite ("stay open" / "close")
        h_neg, h_pos, h_heads = _negation_scope(headline, tokens, [(m.start, m.end) for m in head_certainty.hedges])
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
            # "Mayor Luc Perreault said no homes had been lost": what the article reports a speaker said counts
            # too, more strictly (the writer's words are looser than a quote): the headline must assert the
            # denied head and one more denied word, and deny none of them itself
            for info in context.reported:
                asserted = h_pos & info.negated
                if (
                    len(asserted) >= 2 and asserted & info.heads and not h_neg & info.negated and not h_heads & info.negated
                    and not _rx(r"\b(?:yet\s+to|fails?\s+to|without)\b", re.IGNORECASE).search(headline)  # "yet to agree terms"
                ):
                    words = [headline[t.start : t.end] for t, k in content_terms(tokens) if k in asserted]
                    flag = {
                        "kind": "negation",
                        "text": ", ".join(dict.fromkeys(words)),
                        "explanation": f"The headline turns around what the article reports: \"{_quote_words(info)}\"",
                    }
                    break
        if flag:
            flags.append(flag)
        if not any(f["kind"] == "negation" for f in flags):
            refusal = _refused_claim(headline, tokens, list(context.quotes))
            if refusal:
                verb, info, denied = refusal
                undone = _DENIED_REFUSAL.search(info.text)
                said = (
                    f"the speaker said they are not — \"{_quote_words(info)}\""
                    if undone and undone.group(1).lower()[:4].replace("deni", "deny") == verb.lower()[:4].replace("deni", "deny")
                    else f"the speaker said it plainly — \"{_quote_words(info)}\""
                )
                flags.append(
                    {
                        "kind": "negation",
                        "text": verb,
                        "explanation": f"The headline says the speaker {verb.lower()} {_list(denied)}, but {said}",
                    }
                )
        # numbers
        for number in head_numbers:
            mentions = list(zip(context.number_values, context.number_units, context.number_kinds))
            if number.kind in ("fraction", "percent", "multiplier"):
                # a share or a change ("halved", "doubles", "half of", "28%") must match a share or change
                # stated about the same thing, not any 2 or 50 in the article
                kinds = ("multiplier",) if number.kind == "multiplier" else ("fraction", "percent")
                shares = [
                    (v, u, k, keys) for (v, u, k), keys in zip(mentions, context.number_keys) if k in kinds
                ] + [(v, "", "ratio", keys) for v, keys in context.number_ratios]
                about = {
                    k for t, k in content_terms(tokens)
                    if not t.norm[:1].isdigit() and not any(n.start <= t.start < n.end for n in head_numbers)
                }
                best_overlap = max((len(m[3] & about) for m in shares), default=0)
                related = [m for m in shares if best_overlap and len(m[3] & about) >= max(1, best_overlap - 1)]
                if number.kind == "percent" and any(numbers_match(number.values, m[0]) for m in shares):
                    related = []  # "7.1%" written in the article, in any paragraph, is the same number
                mentions = [m[:3] for m in (related or shares)]
            pool = [v for v, u, _ in mentions if number.unit and u == number.unit]
            wrong_unit = False
            if not pool:
                pool = [v for v, _, _ in mentions]
                if number.unit in _TIME_UNITS:
                    # "three weeks" where the article only has "three days"
                    wrong_unit = any(u in _TIME_UNITS for _, u, _ in mentions)
            named = _rx(r"(?<=\s)([A-Z][\w-]*)\s+$").search(headline[: number.start])
            if named and number.kind == "count" and _rx(r"\d+[A-Z]?").fullmatch(number.text) and stem(named.group(1).lower()) in context.proper_keys and (
                any(numbers_match(number.values, values) for values in context.number_values) or number.text in context.number_texts
            ):
                continue  # "Kiln 2", "Route 66", "Area 7K": a number in a name the article uses, not a count
            if _rx(r"an?\s+(?:day|week|month|year|hour|minute|fortnight|decade)", re.IGNORECASE).fullmatch(number.text) and (
                _rx(r"\d[\d,.]*(?:\s+\S+){0,4}\s+$").search(headline[: number.start]) or _rx(r"\b(?:after|in)\s+$", re.IGNORECASE).search(headline[: number.start])
            ):
                continue  # "300 sheep a day", "after a week of extra shifts", "14 leave in a year": a rate or a span, not a count
            if (wrong_unit or not any(numbers_match(number.values, values) for values in pool)) and not (
                # "About forty kiwi aversion training bookings" for "about forty bookings this month": the word after
                # the number is not always what it counts; the same number in the quote the headline rests on is it
                number.kind == "count" and number.unit not in _TIME_UNITS and best_info is not None
                and any(
                    numbers_match(number.values, n.values) and n.unit and stem(n.unit) in _words_after(headline, number.end, 4)
                    for n in _quote_numbers(best_info.text)
                )  # (but "Four beavers" for "four family groups" counts something else)
            ) and not (
                # "send two reading specialists" for "We hope the ministry will send us at least two", "one to three
                # weeks" for "It could take a week, it could take three": the same bare number in the quote the
                # headline rests on
                number.kind == "count" and best_info is not None and not _rx(r"an?\s", re.IGNORECASE).match(number.text)
                and any(
                    numbers_match(number.values, n.values) and n.kind == "count" and not _rx(r"an?\s", re.IGNORECASE).match(n.text)
                    and _bare_number(best_info.text, n)
                    for n in _quote_numbers(best_info.text)
                )  # (not "a year" for "a month": one of each, but a different span)
            ):
                said = _closest_numbers(number, context, best_info)
                flags.append(
                    {
                        "kind": "number",
                        "text": number.text,
                        "explanation": f"'{number.text}' matches no number in the quotes or the article ({said}).",
                    }
                )
        # fidelity starts from the claims the article backs: a quoted word counts fully, a word only the
        # article's own framing uses counts half (the article says so, the speaker did not)
        framed_only = [1 for _, k in claims if k not in context.quote_keys and k in context.framing_keys]
        # words the language flags are about ("concedes", "fury") are claims no quote makes either
        flagged_words = sum(
            len(content_terms(tokenize(f["text"]))) for f in flags if f["kind"] in ("loaded", "said_verb")
        )
        total = len(claims) + flagged_words
        fidelity = round((len(supported) + _FRAMING_CREDIT * len(framed_only)) / total, 2) if total else support
        invented_words = [u["text"] for u in unsupported if not u["in_framing"]]
        if invented_words:
            penalty = min(_INVENTED_PENALTY * len(invented_words), _INVENTED_CAP)
            fidelity -= penalty
            reasons.append(f"-{penalty:.2f} words found nowhere in the article: {', '.join(invented_words)}")
        for flag in flags:
            penalty = PENALTIES[flag["kind"]]
            if flag["kind"] == "loaded":
                penalty = min(penalty, max(_LOADED_CAP - loaded_penalty, 0.0))
                loaded_penalty += penalty
            if penalty:
                fidelity -= penalty
                reasons.append(f"-{penalty:.2f} {flag['kind']}: {flag['text']}")
        if any(f["kind"] == "negation" for f in flags) and fidelity > _NEGATION_CAP:
            reasons.append(f"capped at {_NEGATION_CAP:.2f}: a headline that turns a quote around is misleading however many words it shares")
            fidelity = _NEGATION_CAP
        fidelity = round(max(0.0, min(1.0, fidelity)), 2)
        start = f"starts at support {support:.2f}: {len(supported)} of {len(claims)} content words are in the quotes"
        if framed_only and claims:
            start += f"; +{_FRAMING_CREDIT * len(framed_only) / len(claims):.2f} for {len(framed_only)} more that only the article's framing uses (half credit)"
        reasons.insert(0, start)
    return HeadlineReport(
        text=headline,
        fidelity=fidelity,
        support=support,
        certainty=head_certainty.score,
        quote_certainty=quote_certainty,
        best_quote=best,
        unsupported=tuple(unsupported),
        flags=tuple(flags),
        terms=tuple(terms_out),
        reasons=tuple(reasons),
        certainty_words=tuple(m.text for m in head_certainty.boosters + head_certainty.hedges),
    )


def _bare_number(text: str, number: Any) -> bool:
    """Is ``number`` in ``text`` a bare count, with no noun of its own ("at least two for our cluster", "take three.",
    "62 jobs out of 190")?

    >>> [_bare_number(t, find_numbers(t)[-1]) for t in ("It could take three.", "at least two for us", "two schools")]
    [True, True, False]
    """
    return not number.unit or number.unit.lower() in _NP_END or _rx(r"[\s]*[,.;:!?)]").match(text[number.end : number.end + 2]) is not None


def _number_sentences(body: str, numbers: Sequence[Any]) -> tuple[tuple[frozenset[str], ...], tuple[tuple[tuple[float, ...], frozenset[str]], ...]]:
    """Each number's paragraph words, and the changes stated as "from 48,000 to 71,000".

    >>> keys, ratios = _number_sentences("Rent rose from 400 to 600 euros.", find_numbers("Rent rose from 400 to 600 euros."))
    >>> ratios[0][0]
    (1.5, 0.6667, 50.0, 33.3333)
    """
    if not numbers:
        return (), ()
    # the words of each number's paragraph: "by about a tenth," she said, of the waits named just before
    starts = [0] + [m.end() for m in _rx(r"\n").finditer(body)]
    cache: dict[int, frozenset[str]] = {}
    keys = []
    by_sentence: dict[int, list[Any]] = {}
    for number in numbers:
        n = max(0, bisect_left(starts, number.start + 1) - 1)
        if n not in cache:
            end = starts[n + 1] if n + 1 < len(starts) else len(body)
            cache[n] = frozenset(k for t, k in content_terms(tokenize(body[starts[n] : end])) if not t.norm[:1].isdigit())
        keys.append(cache[n])
        by_sentence.setdefault(n, []).append(number)
    ratios = []
    for n, found in by_sentence.items():
        counts = [m for m in found if m.kind in ("count", "percent") and m.values[0] > 0]
        for a, b in zip(counts, counts[1:]):
            if a.kind != b.kind or not _rx(r"\bto\b").search(body[a.end : b.start]) or len(body[a.end : b.start]) > 40:
                continue  # "from 48,000 to 71,000", "up from 12% to 18%"
            x, y = a.values[0], b.values[0]
            ratio, change = y / x, abs(y - x) / x * 100
            ratios.append((tuple(round(v, 4) for v in (ratio, 1 / ratio, change, abs(y - x) / y * 100)), cache[n]))
    return tuple(keys), tuple(ratios)


def _closest_numbers(number: Any, context: HeadlineContext, best_info: _QuoteInfo | None) -> str:
    """What the article says instead: the numbers of the closest quote, else those with the same unit."""
    if not context.number_texts:
        return "the article gives no numbers at all"
    if best_info is not None:
        in_quote = [n.text for n in _quote_numbers(best_info.text)]
        if in_quote:
            return "the closest quote says " + ", ".join(f"'{t}'" for t in dict.fromkeys(in_quote[:4]))
    same_unit = [t for t, u in zip(context.number_texts, context.number_units) if number.unit and u == number.unit]
    chosen = list(dict.fromkeys(same_unit or context.number_texts))[:4]
    return "the article says " + ", ".join(f"'{t}'" for t in chosen)


def _hyphen_key(token: Token, key: str, context: HeadlineContext) -> str:
    """A hyphenated word ("Arland-Veska", "ex-treasurer") takes the status of its parts."""
    if "-" not in token.norm or key in context.quote_keys or key in context.context_keys:
        return key
    parts = [p for p in token.norm.split("-") if p and p not in ("ex", "non", "pre", "post", "anti", "co")]
    # (each part's comparison key: "damage" in "elephant-damage" is the group "damage" the article's words use)
    keys = [next((k for _, k in content_terms(tokenize(p))), stem(p)) for p in parts]
    if keys and all(k in context.quote_keys or k in context.context_keys for k in keys):
        quoted = [k for k in keys if k in context.quote_keys]
        return quoted[0] if quoted else keys[0]
    if keys and all(k in context.article_keys for k in keys):
        return next((k for k in keys if k in context.framing_keys), key)
    return key


def _list(words: Sequence[str]) -> str:
    quoted = [f"'{w}'" for w in words]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def score_headlines(headlines: Iterable[str], analysis: "Analysis | None" = None) -> list[HeadlineReport]:
    """Score many headlines against one article (the article-side work is done once).

    >>> [r.text for r in score_headlines(["One", "Two"])]
    ['One', 'Two']
    """
    context = prepare(analysis)
    return [score_headline(h, context) for h in headlines]
