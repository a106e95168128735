"""Numbers in text, written as digits or words, so a headline's "60" can be checked against a quote's "six".

>>> [(n.text, n.values) for n in find_numbers("Six schools, 3,000 pupils and a 12% rise; costs halved.")]
[('Six', (6.0,)), ('3,000', (3000.0,)), ('12%', (12.0, 0.12)), ('halved', (0.5, 50.0))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable
from .scan import compiled as _rx

__all__ = ["NumberMention", "find_numbers", "numbers_match"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12}
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "twentieth": 20, "hundredth": 100,
}
_FRACTIONS = {"half": 0.5, "halved": 0.5, "halve": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 2 / 3, "quarter": 0.25, "quarters": 0.75, "tenth": 0.1}
_MULTIPLIERS = {"twice": 2, "thrice": 3, "doubled": 2, "double": 2, "doubles": 2, "tripled": 3, "triple": 3, "triples": 3, "quadrupled": 4, "dozen": 12, "dozens": 24}

_NOT_UNITS = frozenset(
    "to of in on at for from by and or but as than the a an this that with into over under about per last next "
    "is are was were be been has have had will would can could may might more less up down off out".split()
)
_WORD_NUMBER = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
_NUMBER = re.compile(
    rf"(?P<ratio>\b{_SMALL}\s+(?:in|out\s+of)\s+(?:every\s+)?{_SMALL}\b(?!\s*(?:%|per\s?cent|percent|years?|months?|weeks?|days?|hours?|minutes?)))"
    # shares and multipliers come before plain numbers: "two-thirds", "three times as many"
    r"|(?P<frac>\b(?:a|one|two|three)[\s-](?:half|third|thirds|quarter|quarters|tenth)\b"
    r"(?!\s+(?:round|time|term|year|season|day|week|month|night|game|match|place|straight|consecutive|successive|party|attempt|bid|try|child|son|daughter|wave|stage|phase|leg|set|goal|title|win|defeat))"
    r"|\bhalf\b|\bhalved\b|\bhalve[sd]?\b)"
    r"|(?P<mult>\b(?:doubled|double|doubles|twice|tripled|triple|triples|thrice|quadrupled|dozens?)\b"
    r"|\b(?:two|three|four|five|ten|\d{1,2})\s+times\b(?=\s+(?:as|more|the|higher|bigger|larger|faster|over|what)\b))"
    r"|(?P<aunit>\b(?:a|an|one)\s+(?P<aword>day|week|fortnight|month|year|decade|hour|minute)\b(?!-))"
    # a currency letter may stick to the digits: "R85 million" (rand), "N5,000" (naira), "Rs 40", "KSh 200"
    r"|(?P<digits>(?:(?<=\b[RNKP])|(?<=\bRs)|(?<=\bKSh)|(?<![\w.]))\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|(?:(?<=\b[RNKP])|(?<=\bRs)|(?<=\bKSh)|(?<![\w.,]))\d+(?:\.\d+)?)"
    r"(?:\s?(?P<pct>%|per\s?cent|percent)|[\s-]?(?P<scale>hundred|thousand|million|billion|trillion|bn|k|m)\b)?"
    rf"|(?P<words>\b(?:{_WORD_NUMBER})(?:[-\s](?:{_WORD_NUMBER}))?\b(?:\s(?P<wscale>hundred|thousand|million|billion))?"
    # the rest of a number in words: "six hundred and fifty", "two thousand three hundred"
    rf"(?:(?:(?<=hundred)|(?<=thousand))\s(?:and\s)?(?P<wrest>(?:{_WORD_NUMBER})(?:[-\s](?:{_WORD_NUMBER}))?)\b(?:\s(?P<wrestscale>hundred))?)?)"
    r"(?:\s(?P<wpct>per\s?cent|percent))?"
    r"|(?P<ord>\b(?:" + "|".join(_ORDINALS) + r")\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    """A number in the text and the values it can stand for (12% is 12 and 0.12)."""

    start: int
    end: int
    text: str
    values: tuple[float, ...]
    unit: str = ""
    kind: str = "count"  # count, percent, fraction, multiplier or ordinal


def _word_value(words: str) -> float:
    total = 0.0
    for part in _rx(r"[-\s]").split(words.lower()):
        total += _UNITS.get(part, 0) + _TENS.get(part, 0)
    return total


def find_numbers(text: str) -> list[NumberMention]:
    """Find numbers written as digits, words, fractions, multipliers and ordinals.

    >>> [n.values for n in find_numbers("twenty-five staff, 2.4 billion euros, a third")]
    [(25.0,), (2400000000.0,), (0.3333, 33.3333)]
    >>> [n.values for n in find_numbers("Six hundred and fifty workers, two thousand three hundred tags")]
    [(650.0,), (2300.0,)]
    >>> [(n.text, n.values, n.kind) for n in find_numbers("one in five stops, 3 out of 4 voters, a third round")]
    [('one in five', (0.2, 20.0), 'fraction'), ('3 out of 4', (0.75, 75.0), 'fraction'), ('third', (3.0,), 'ordinal')]
    """
    out = []
    for match in _NUMBER.finditer(text):
        values: list[float] = []
        kind = "count"
        if match.group("pct") or match.group("wpct"):
            kind = "percent"
        elif match.group("ratio"):
            kind = "fraction"  # "one in five" is a share, like "a fifth"
        elif match.group("frac"):
            kind = "fraction"
        elif match.group("mult"):
            kind = "multiplier"
        elif match.group("ord"):
            kind = "ordinal"
        if match.group("aunit"):
            # "for at least a month": one month, which a headline can turn into "a year"; but "71,000 rupees a
            # month" and "twice a year" are rates, not amounts of time
            if _rx(r"(?:\d|%|\bper\s+\w+|\bper\s?cent|\bpercent|\btimes|\bonce|\btwice|\bthrice|\beuros?|\bdollars?|\bpounds?|\brupees?|\byen|\bhours|\bdays|\bdoses?|\bkilos?|\blitres?)\W*$", re.IGNORECASE).search(text[max(0, match.start() - 25) : match.start()]):
                continue
            values.append(1.0)
        elif match.group("ratio"):
            parts = _rx(r"\s+(?:in|out\s+of)\s+(?:every\s+)?").split(match.group("ratio").lower())
            top, bottom = (float(p) if p.isdigit() else _word_value(p) for p in parts)
            if bottom:
                values.extend([top / bottom, top / bottom * 100])
        elif match.group("digits"):
            value = float(match.group("digits").replace(",", ""))
            scale = (match.group("scale") or "").lower()
            if scale:
                value *= _SCALES.get(scale) or _SHORT_SCALES.get(scale, 1)
            values.append(value)
            if match.group("pct"):
                values.append(value / 100)
        elif match.group("words"):
            head = match.group("words")[: match.start("wscale") - match.start("words")] if match.group("wscale") else match.group("words")
            value = _word_value(head)
            if match.group("wscale"):
                value *= _SCALES[match.group("wscale").lower()]
            if match.group("wrest"):
                value += _word_value(match.group("wrest")) * (100 if match.group("wrestscale") else 1)
            values.append(value)
            if match.group("wpct"):
                values.append(value / 100)
        elif match.group("frac"):
            words = _rx(r"[\s-]").split(match.group("frac").lower())
            fraction = _FRACTIONS[words[-1]]
            if words[0] == "two" and words[-1] == "thirds":
                fraction = 2 / 3
            if words[0] == "three" and words[-1] == "quarters":
                fraction = 0.75
            values.extend([fraction, fraction * 100])
        elif match.group("mult"):
            times = _rx(r"(\w+)\s+times").match(match.group("mult").lower())
            if times:
                values.append(float(times.group(1)) if times.group(1).isdigit() else _word_value(times.group(1)))
            else:
                values.append(float(_MULTIPLIERS[match.group("mult").lower()]))
        elif match.group("ord"):
            values.append(float(_ORDINALS[match.group("ord").lower()]))
        unit = _rx(r"[\s-]*([A-Za-z]+)").match(text[match.end() : match.end() + 30])
        word = unit.group(1).lower() if unit else ""
        word = word[:-1] if word.endswith("s") and len(word) > 3 else word
        if match.group("aunit"):
            word = match.group("aword").lower()  # "a month": the unit is in the match itself
            if word in ("decade", "fortnight"):
                values = [10.0] if word == "decade" else [2.0]
                word = "year" if word == "decade" else "week"
        if word in _NOT_UNITS:
            word = ""  # "from 310,000 to 365,000", "€32m to expand": no unit, not the unit "to"
        out.append(NumberMention(match.start(), match.end(), match.group(), tuple(round(v, 4) for v in values), word, kind))
    return out


def numbers_match(a: Iterable[float], b: Iterable[float]) -> bool:
    """Whether two value sets share a value (within 0.5% for rounding).

    >>> numbers_match((6.0,), (60.0,)), numbers_match((0.5, 50.0), (50.0,))
    (False, True)
    """
    b = list(b)

    def same(x: float, y: float) -> bool:
        if abs(x - y) < 1e-6:
            return True
        if float(x).is_integer() and float(y).is_integer():
            return False  # 2036 is not 2026
        return abs(x - y) <= max(abs(x), abs(y)) * 0.005

    return any(same(x, y) for x in a for y in b)
