"""The number check of headline scoring: does each number in a headline match one the article gives?

A headline's "60" must match a number in the quotes or the article ("sixty", "60"); a share or a change
("halved", "doubles", "28%") must match one stated about the same thing, including changes the article
gives as "from 48,000 to 71,000" (see :func:`_number_sentences`, used by
:func:`kit.headline_context.prepare`). :func:`_number_flags` gives the ``number`` flags; numbers in names
("Route 66"), rates ("300 sheep a day") and bare counts the best quote also uses are not flagged.

At run time this module imports, of the other ``kit.headline_*`` modules, only :mod:`kit.headline_negation`
(:func:`kit.headline_context.prepare` imports it).

>>> _number_spans("Rain fell 30 cm a month ago", find_numbers("Rain fell 30 cm a month ago"))
[(10, 15), (16, 27)]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Sequence

from .headline_negation import _NP_END
from .language import Token, content_terms, stem, tokenize
from .numbers import NumberMention, find_numbers, numbers_match
from .scan import compiled as _rx

if TYPE_CHECKING:  # pragma: no cover
    from .headline_context import HeadlineContext, _QuoteInfo

__all__ = ["_bare_number", "_closest_numbers", "_number_flags", "_number_sentences", "_number_spans", "_quote_numbers"]

# units of measurement after a number ("30 cm", "4 km"): part of the number, which the number check compares
_MEASURES = frozenset(
    "cm mm km m kg g mg ml l lb lbs oz ft in mph kmh kph ha acre acres hectare hectares metre metres meter meters "
    "kilometre kilometres kilometer kilometers mile miles tonne tonnes ton tons litre litres liter liters "
    "degree degrees mw kw gw kwh mwh".split()
)
_TIME_UNITS = frozenset("second minute hour day week month year decade century".split())


def _number_spans(headline: str, head_numbers: Sequence[NumberMention]) -> list[tuple[int, int]]:
    """Where each of the headline's numbers is, with its unit of measurement or "ago" ("30 cm", "a month ago")."""
    number_spans = []
    for n in head_numbers:
        # the number and its unit ("30 cm", "a month ago"): the number check's job, not the claim words'
        unit = _rx(rf"\s*{re.escape(n.unit)}\b(?:\s+ago\b)?", re.IGNORECASE).match(headline[n.end :]) if n.unit.lower() in _MEASURES else None
        after_ago = _rx(r"\s+ago\b", re.IGNORECASE).match(headline[n.end :])
        number_spans.append((n.start, n.end + (unit.end() if unit else after_ago.end() if after_ago else 0)))
    return number_spans


def _number_flags(
    headline: str, tokens: Sequence[Token], head_numbers: Sequence[NumberMention], best_info: _QuoteInfo | None, context: HeadlineContext
) -> list[dict[str, str]]:
    """A ``number`` flag for each number of the headline that matches none in the article.

    Parameters
    ----------
    headline, tokens
        The headline and its tokens.
    head_numbers
        The headline's numbers (:func:`kit.numbers.find_numbers`).
    best_info
        The quote the headline rests on most, or ``None``: a bare count it also gives ("send two") is not flagged.
    context
        The article side, from :func:`kit.headline_context.prepare`.
    """
    flags: list[dict[str, str]] = []
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
        code = _rx(r"(?<![\w-])[A-Za-z]+-$").search(headline[: number.start])
        if code and number.kind == "count" and {k for _, k in content_terms(tokenize(headline[code.start() : number.end]))} & context.article_keys:
            continue  # "the ODK-17 well", "Covid-19": a code the article uses, not a count
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
    return flags


@lru_cache(maxsize=4096)
def _quote_numbers(text: str) -> tuple:
    """The numbers in a quote (cached: every headline scored against an article looks at the same quotes)."""
    return tuple(find_numbers(text))


def _words_after(text: str, at: int, n: int) -> set[str]:
    """The stems of the ``n`` words after position ``at`` ("forty kiwi aversion training bookings")."""
    return {stem(t.norm) for t in tokenize(text[at:])[:n]}


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
