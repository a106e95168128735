"""The whole-text patterns the registry scans for, each run only near a keyword it needs.

"His wife, Wati," and "her mother" (relatives), "identified only as Tomas" (a person known by
one name), "known to his neighbours as Tee" (an alias), "was declared governor-elect" (a role)
and "One senior civil servant, who spoke on condition of anonymity" (an anonymous source).
Each pattern is listed in :data:`_NEAR_SCANS` with the keywords every match contains, and
:func:`_near` runs it with :func:`kit.scan.finditer_near`, only around those keywords;
``tests/test_scan.py`` checks on every seed that this finds what a plain scan finds.

>>> [m.group(3) for m in _near("apposed_kin", "He came with his wife, Wati, at noon.", 0)]
['Wati']
"""

from __future__ import annotations

import re
from typing import Iterator

from .scan import finditer_near

__all__: list[str] = []

_FIRST_NAME_ONLY = re.compile(
    r"\b(?:only\s+(?:by\s+)?(her|his|their)\s+first\s+name|(?:her|his|their)\s+first\s+name\s+only|"
    r"identified\s+only\s+as|gave\s+(?:her|his|their)\s+name\s+(?:only\s+)?as|known\s+only\s+as)"
    r"[\s,:]+(?:be\s+used[\s,:]+)?([A-Z][a-z’'-]+)\b"
)


_FIRST_NAME_WORDS = ("first name", "identified", "gave", "known only")


_KIN_WORDS = ("husband", "wife", "son", "daughter", "brother", "sister")


_KIN_FIRST_NAME = re.compile(r"\b(his|her|His|Her)\s+(husband|wife|son|daughter|brother|sister),\s+([A-Z][a-z’'-]+)\b(?!\s+[A-Z])")


_MADE_WORDS = ("declared", "named", "appointed", "elected", "sworn", "confirmed", "chosen")


_FIRST_NAME_BEFORE = re.compile(r"\bonly\s+(her|his|their)\s+first\s+name\s+(?:be\s+used|be\s+published|be\s+given)")


_KIN = re.compile(r"\b(His|Her|his|her)\s+(mother|father|wife|husband|son|daughter|brother|sister)\b(?!\s*,?\s+[A-Z])")


_ANON_WHO = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+((?:(?!(?:at|in|of|for|from|with|on|the|to|by|said|says|told)\b)[\w’'-]+\s+){0,3}?((?!there\b|here\b|said\b|says\b|told\b|added\b|wrote\b|asked\b)[a-z][\w-]+|GP|MP|MSP|MLA|TD|MCA|MPP))"
    r"(?:\s+(?:there|here))?"  # ("One senior civil servant there, who asked not to be named")
    # (where they are from, and what that place is: "A charcoal burner at Mpanda, a hamlet near the forest, who ...")
    r"(?:\s+(?:at|in|from|near|outside|on|of|with)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:,\s+(?:an?|the)\s+[^,.;“”\"]{1,60})?"
    # ("A former project coordinator at the firm, who spoke to CNA on condition of anonymity")
    r"|\s+(?:at|in|from|with|on|for|of|inside|within|near|outside)\s+(?:the|a|an|one|its|their|\d+)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+"
    # ("A driver plying the San Roque–Poblacion route, who asked not to be named")
    # ("a police officer attached to Kitenga police post, who asked not to be named")
    r"|(?P<doing>\s+(?!speaking\b|talking\b|requesting\b|declining\b|preferring\b|craving\b|pleading\b|seeking\b)[a-z]{3,}(?:ing|ed)\s+(?:(?:to|at|in|by|with|on|for)\s+)?(?:the|a|an|his|her|their|[A-Z][\w’'-]*)\s+[^,.;“”\"]{0,50}))?(?:\s+\([A-Z][A-Za-z]{1,7}\))?,?\s+"  # ("at the Smallholder Tea Development Board (STDB), who")
    # ("One Democratic senator, speaking on condition of anonymity because ...")
    r"(?:(?:speaking|talking)\s+on\s+(?:the\s+)?condition|(?:requesting|preferring|craving|pleading|seeking)\s+anonymity|declining\s+to\s+be\s+(?:named|identified)|"
    r"who\s+"
    # ("A former field sampler, who worked for the authority from 2017 to 2022 and asked not to be named")
    r"(?:[^,.;“”\"]{0,90}?\s+and\s+)?"
    r"(?:asked|spoke|requested|declined|pleaded\s+anonymity|pleaded\s+not\s+to\s+be\s+(?:named|identified|mentioned)|craved\s+anonymity|sought\s+anonymity|preferred\s+anonymity|preferred\s+not\s+to\s+be\s+named|"
    r"preferred\s+to\s+remain\s+anonymous|wish(?:ed|es)\s+to\s+remain\s+anonymous|wish(?:ed|es)\s+not\s+to\s+be\s+(?:named|identified)|was\s+granted\s+anonymity|did\s+not\s+want|didn[’']t\s+want|did\s+not\s+wish|didn[’']t\s+wish|would\s+not\s+give|was\s+not\s+authori[sz]ed|"
    r"were\s+not\s+authori[sz]ed|is\s+not\s+authori[sz]ed|are\s+not\s+authori[sz]ed|insisted\s+on|requested|would\s+speak\s+only))"
)


_APPOSED_KIN_WORDS = tuple(f"{word}," for word in "son daughter wife husband mother father brother sister".split())


_APPOSED_KIN = re.compile(
    # ("His wife, Wati, said": a person known by one name)
    r"\b(His|Her|his|her)\s+(son|daughter|wife|husband|mother|father|brother|sister),\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+|[A-Z][\w’'-]+(?=,))"
)


_MADE_ROLE = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)\b[^.;]{0,100}?\b(?:was|is|has\s+been|had\s+been)\s+(?:\w+\s+){0,3}?"
    r"(?:declared|named|appointed|elected|sworn\s+in\s+as|confirmed\s+as|chosen\s+as)\s+(?:the\s+|as\s+|a\s+)?(?:new\s+)?"
    r"([a-z-]+(?:\s+[a-z-]+)?)"
)
_KNOWN_AS = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),[^.;]{0,80}?\b(?:known|called|nicknamed)\s+(?:\w+\s+){0,4}?as\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b"
)


# whole-text scans that can only match near a keyword: (pattern, keywords, reach before, reach after);
# tests/test_scan.py checks on every seed that they find exactly what a plain scan finds
_NEAR_SCANS: dict[str, tuple[re.Pattern[str], tuple[str, ...], int, int]] = {
    "apposed_kin": (_APPOSED_KIN, _APPOSED_KIN_WORDS, 10, 90),
    "kin": (_KIN, _KIN_WORDS + ("mother", "father"), 10, 40),
    "first_name_only": (_FIRST_NAME_ONLY, _FIRST_NAME_WORDS, 30, 60),
    "first_name_before": (_FIRST_NAME_BEFORE, ("first name",), 30, 40),
    "kin_first_name": (_KIN_FIRST_NAME, _KIN_WORDS, 10, 60),
    "known_as": (_KNOWN_AS, ("known", "called", "nicknamed"), 240, 60),
    "made_role": (_MADE_ROLE, _MADE_WORDS, 300, 60),
    "anon_who": (_ANON_WHO, ("who", "condition", "anonymity", "declining"), 220, 60),
}


def _near(name: str, text: str, start: int, lowered: str | None = None) -> Iterator[re.Match[str]]:
    """The matches of the scan ``name`` in ``text`` from ``start`` (``lowered``: ``text.lower()``, if at hand)."""
    pattern, keywords, before, after = _NEAR_SCANS[name]
    return finditer_near(pattern, text, start, keywords, before, after, lowered=lowered)
