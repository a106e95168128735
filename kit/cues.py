"""Cues: the reporting verbs and phrases that tie a quote to its speaker ("said", "told reporters",
"wrote on social media", "according to").

The verbs come from ``kit/data/reporting_verbs.txt`` (every form of a verb on one line, its base
form first). The helpers here find a cue next to a quote and the words that may follow it
("told reporters on Monday"), and say where a cue's clause ends.

>>> _cue_regex().search("the minister told reporters").group()
'told'
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .articles import _ABBREVIATIONS
from .scan import compiled as _rx

__all__ = ["reporting_verbs"]


_TAIL_CUES = re.compile(
    r"^(?:to\s+)?(?:(?:the\s+)?(?:reporters|journalists|the\s+press|the\s+crowd|an?\s+(?:audience|crowd|reporter))"
    r"|(?:in|on|during|at|via|through)\s+(?:a|an|the|his|her|their)?\s*(?:\w+\s+){0,3}?"
    r"(?:statement|interview|post|video|address|speech|email|e-mail|letter|briefing|conference|"
    r"hearing|podcast|broadcast|social\s+media|x|twitter|facebook|instagram|linkedin|tiktok|threads|"
    r"blog|memo|report|filing|court|radio|television|tv|note|message|call|meeting|session|op-ed|column)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, str]:
    """Map each form of a reporting verb (``"told"``, ``"according to"``) to its base form.

    >>> reporting_verbs()["told"], reporting_verbs()["according to"]
    ('tell', 'according to')
    """
    forms: dict[str, str] = {}
    text = (resources.files("kit.data") / "reporting_verbs.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words = [w.replace("_", " ") for w in line.split()]
        for word in words:
            forms.setdefault(word, words[0])
    return forms


@lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern[str]:
    verbs = sorted(reporting_verbs(), key=len, reverse=True)
    alternatives = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    return re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w’'-])", re.IGNORECASE)


def _cue_tail(text: str, pos: int, limit: int) -> int:
    """Extend a cue over "to reporters", "in a statement", "on social media"."""
    rest = text[pos:limit]
    stripped = rest.lstrip()
    match = _TAIL_CUES.match(stripped) or _OUTLET.match(stripped)
    if match and (match.re is not _OUTLET or _rx(r"\btold\s*$", re.IGNORECASE).search(text[max(0, pos - 8) : pos])):
        return pos + (len(rest) - len(stripped)) + match.end()
    return pos


_OUTLET = re.compile(
    r"(?:[A-Z]{2,6}(?:\s+(?:News|TV|Radio))?\b|(?:The\s+)?(?:[A-Z][\w&.-]*\s+){0,3}"
    r"(?:News|Times|Post|Journal|Herald|Guardian|Telegraph|Tribune|Gazette|Reuters|Press|Magazine|Daily|Radio|"
    r"Television|Network|Channel|Chronicle|Observer|Express|Standard|Mail|Star|Sun|Record|Courier|Review)\b)"
)


def _sentence_stop(window: str) -> int:
    """Where the first sentence of ``window`` ends (abbreviations such as "Dr." do not end it)."""
    for match in _rx(r"(?<=[A-Za-z0-9)])[.!?](?=\s|$)|[“”\"«»„]|\n").finditer(window):
        if match.group() == ".":
            word = _rx(r"([A-Za-z.]+)$").search(window[: match.start()])
            if word and (word.group(1).lower().rstrip(".") in _ABBREVIATIONS or len(word.group(1)) == 1 or _rx(r"(?:[A-Za-z]\.)+[A-Za-z]").fullmatch(word.group(1))):
                continue  # ("Dr.", "S.A.", "U.S." do not end the sentence)
        return match.start()
    return len(window)


_PLAIN_SAY = frozenset("say tell add argue note suggest insist claim write".split())


_WEAK_CUES = frozenset(["continue", "begin", "go on", "put", "read", "describe how", "sum up", "set out"])


def _weak_cue_far(match: re.Match[str], window: str) -> bool:
    """Verbs like 'continues' or 'read' count as cues only right before the quote ("read: ...")."""
    base = reporting_verbs().get(match.group().lower().replace("’", "'"), "")
    if base not in _WEAK_CUES and base.split(" ")[0] not in ("continue", "begin", "go", "put", "read"):
        return False
    gap = window[match.end() :].strip()
    return not (gap in ("", ":", ",") or (len(gap.split()) <= 2 and gap.endswith((":", ","))))
