"""The special reversals the ``negation`` flag checks after :func:`kit.headline_flips._flipped_claim`.

Each turns a quote (or the article's report of what someone said) around in a way the word-by-word
comparison cannot see:

* :func:`_rule_out_flip`: "Police rule out lightning" / "We have not ruled out lightning", or the reverse;
* :func:`_out_of_flip`: "Hamlet runs out of fuel" / "We are not out of fuel" ("out of" is two stopwords);
* :func:`_reported_flip`: the headline asserts what the article reports a speaker denied, in its own
  words ("Mayor Luc Perreault said no homes had been lost");
* :func:`_refusal_flag` (see :func:`_refused_claim`): "Union refuses to guarantee exams will go ahead"
  against "The exams will go ahead".

Each returns a ``{"kind": "negation", "text", "explanation"}`` flag or ``None``.
"""

from __future__ import annotations

import re
from typing import Sequence

from .headline_context import HeadlineContext, _info, _list, _QuoteInfo, _quote_words  # (_info: used by the doctests)
from .headline_language import _THINGS_REJECTED
from .headline_negation import _NOT_PREDICATES, _RULE_OUT
from .headline_support import _PLAIN_REPORTING, _SOURCE_KEYS
from .language import Token, antonyms, content_terms, stem, tokenize
from .scan import compiled as _rx

__all__ = ["_out_of_flip", "_refusal_flag", "_refused_claim", "_reported_flip", "_rule_out_flip"]


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


_OUT_OF = re.compile(r"\bout\s+of\s+([\w’'-]+)", re.IGNORECASE)
_OUT_OF_DENIED = re.compile(r"\b(?:not|n[’']t|never|no\s+longer)\s+(?:[\w’'-]+\s+){0,2}?out\s+of\s+([\w’'-]+)", re.IGNORECASE)
_NEGATOR_BEFORE = re.compile(r"\b(?:not|n[’']t|never|no)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


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


def _reported_flip(
    headline: str, tokens: Sequence[Token], h_neg: set[str], h_pos: set[str], h_heads: set[str], context: HeadlineContext
) -> dict[str, str] | None:
    """A ``negation`` flag when the headline turns around what the article reports a speaker said in its own words.

    "Mayor Luc Perreault said no homes had been lost" counts too, more strictly (the writer's words are looser
    than a quote): the headline must assert the denied head and one more denied word, and deny none of them
    itself. ``h_neg``, ``h_pos`` and ``h_heads`` are the headline's denied, asserted and negated-head keys.
    """
    for info in context.reported:
        asserted = h_pos & info.negated
        if (
            len(asserted) >= 2 and asserted & info.heads and not h_neg & info.negated and not h_heads & info.negated
            and not _rx(r"\b(?:yet\s+to|fails?\s+to|without)\b", re.IGNORECASE).search(headline)  # "yet to agree terms"
        ):
            words = [headline[t.start : t.end] for t, k in content_terms(tokens) if k in asserted]
            return {
                "kind": "negation",
                "text": ", ".join(dict.fromkeys(words)),
                "explanation": f"The headline turns around what the article reports: \"{_quote_words(info)}\"",
            }
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


def _refusal_flag(headline: str, tokens: Sequence[Token], context: HeadlineContext) -> dict[str, str] | None:
    """A ``negation`` flag when the headline says the speaker refused or denied what they plainly said
    (see :func:`_refused_claim`), else ``None``."""
    refusal = _refused_claim(headline, tokens, list(context.quotes))
    if refusal:
        verb, info, denied = refusal
        undone = _DENIED_REFUSAL.search(info.text)
        said = (
            f"the speaker said they are not — \"{_quote_words(info)}\""
            if undone and undone.group(1).lower()[:4].replace("deni", "deny") == verb.lower()[:4].replace("deni", "deny")
            else f"the speaker said it plainly — \"{_quote_words(info)}\""
        )
        return {
            "kind": "negation",
            "text": verb,
            "explanation": f"The headline says the speaker {verb.lower()} {_list(denied)}, but {said}",
        }
    return None


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
