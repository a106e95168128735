"""Support: which of a headline's words the quotes back, and the ``unsupported`` flag.

:func:`_claims` sorts a headline's content words: words that only say who is speaking ("council leader
says", names and roles the article gives, "Chilean" for Chile) are context, not claims; reporting verbs
and words other flags judge (boosters, loaded words) are left out; numbers are the number check's.
``support`` is the share of the claim words a quote contains. :func:`_unsupported_flag` flags a headline
whose weighty words, or a single event ("to resign"), appear nowhere in the article, or that joins on a
clause no sentence of the article says (:func:`_added_clause`: "... after cyber-attack by ex-employee").

>>> from kit.analysis import analyze
>>> from kit.headline_context import prepare
>>> from kit.language import find_markers, tokenize
>>> from kit.certainty import certainty
>>> context = prepare(analyze('Mayor Ann Lee spoke. "We may delay the vote," Lee said.'))
>>> headline = "Mayor Lee to delay vote over budget"
>>> found = _claims(headline, tokenize(headline), find_markers(headline), certainty(headline), context)
>>> [headline[t.start : t.end] for t, _ in found.claims], found.support
(['delay', 'vote', 'budget'], 0.67)
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple, Sequence

from .certainty import CertaintyReport
from .headline_context import HeadlineContext, _list, _QuoteInfo
from .headline_numbers import _number_spans
from .language import Marker, Token, content_terms, stem, tokenize
from .numbers import NumberMention, find_numbers
from .people import ANON_HEADS, ORG_HEADS, ROLE_WORDS
from .scan import compiled as _rx

__all__ = [
    "_PLAIN_REPORTING",
    "_SOURCE_KEYS",
    "_Claims",
    "_added_clause",
    "_best_quote",
    "_claims",
    "_unsupported_flag",
    "_unsupported_words",
]

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
_INVENTED_MIN = 2
_INVENTED_SHARE = 0.25  # an `unsupported` flag needs at least this share of the claim words to be found nowhere
#: Plain reporting verbs in a headline ("Rutte says ...") are who-said-it context, not claims.
_PLAIN_SAID = frozenset(
    "say says said saying tell tells told add adds added write writes wrote ask asks asked according calls called cites citing cited".split()
)
# "says", "told": who is speaking, not what is claimed
_PLAIN_REPORTING = frozenset("say says said saying tell tells told telling".split())
#: Words that say who is speaking ("council leader says", "civil liberties group says", "study finds"):
#: who-said-it context, not claims.
_WHO = ORG_HEADS | frozenset("study studies report audit survey poll da".split())
_SOURCE_VERBS = frozenset("finds find found shows show showed warns warned wants want".split())
_SOURCE_KEYS = frozenset(stem(w) for w in _SOURCE_VERBS)
_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "ic", "i")


class _Claims(NamedTuple):
    """A headline's content words, sorted by :func:`_claims`."""

    #: the words that make a claim (not who-said-it words, not marked words), with their keys
    claims: list[tuple[Token, str]]
    #: the claims a quote contains
    supported: list[tuple[Token, str]]
    #: ``len(supported) / len(claims)``, rounded (1.0 with no claims but some content words, else 0.0)
    support: float
    #: every content word but the reporting verbs, with its status, for :attr:`HeadlineReport.terms`
    terms: list[dict[str, Any]]
    #: the headline's numbers, and where they are with their units
    numbers: list[NumberMention]
    number_spans: list[tuple[int, int]]


def _claims(
    headline: str, tokens: Sequence[Token], markers: Sequence[Marker], head_certainty: CertaintyReport, context: HeadlineContext
) -> _Claims:
    """Sort the headline's content words into claims and context, and measure the claims' support.

    Parameters
    ----------
    headline, tokens
        The headline and its tokens.
    markers, head_certainty
        The headline's markers and certainty: the words they mark are judged by their own flags.
    context
        The article side, from :func:`kit.headline_context.prepare`.
    """
    terms_out: list[dict[str, Any]] = []
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

    head_numbers = find_numbers(headline)
    number_spans = _number_spans(headline, head_numbers)
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
    return _Claims(claims, supported, support, terms_out, head_numbers, number_spans)


def _best_quote(claims: Sequence[tuple[Token, str]], context: HeadlineContext) -> _QuoteInfo | None:
    """The quote that shares most claim words with the headline (the first of equals), or ``None``."""
    claim_keys = {k for _, k in claims}
    if context.quotes:
        scored = [(len(claim_keys & q.keys), -n, q) for n, q in enumerate(context.quotes)]
        top = max(scored, key=lambda s: (s[0], s[1]))
        best_info = top[2] if top[0] > 0 else None
    else:
        best_info = None
    return best_info


def _unsupported_words(
    headline: str, claims: Sequence[tuple[Token, str]], number_spans: Sequence[tuple[int, int]], context: HeadlineContext
) -> list[dict[str, Any]]:
    """The claim words no quote contains (``{"text", "in_framing"}``), numbers and their units aside."""
    unsupported: list[dict[str, Any]] = []
    for t, k in claims:
        if k in context.quote_keys or any(s <= t.start < e for s, e in number_spans):
            continue  # "one in six", "double": numbers are the number check's job
        word = headline[t.start : t.end]
        in_framing = k in context.framing_keys
        unsupported.append({"text": word, "in_framing": in_framing})
    return unsupported


def _unsupported_flag(
    headline: str, unsupported: Sequence[dict[str, Any]], claims: Sequence[tuple[Token, str]], context: HeadlineContext
) -> dict[str, str] | None:
    """The ``unsupported`` flag: enough weighty words, or an event, found nowhere in the article, or else a
    clause joined on that the article never says (:func:`_added_clause`); ``None`` when neither.
    """
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
            return {"kind": "unsupported", "text": ", ".join(u["text"] for u in unsupported), "explanation": " ".join(parts)}
    added = _added_clause(headline, context)
    if added:
        return {
            "kind": "unsupported",
            "text": added,
            "explanation": f"'{added}' is added: no sentence of the article, quote or framing, says these things "
            "together, so the headline joins on a cause, a reason or an event nobody reported.",
        }
    return None


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
