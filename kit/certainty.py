"""How sure does a sentence sound? A transparent, lexicon-based certainty score.

The score starts from a plain statement and moves with each marker found by
:func:`kit.language.find_markers`:

* each **booster** (will, never, clearly, vows, firm, unshakable) raises it by its weight;
* each **hedge** (may, might, I think, not always sure, I don't expect) lowers it by its weight;
* a question lowers it like a strong hedge.

``score = 1 / (1 + exp(-(BASE + BOOST * boosters - HEDGE * hedges)))`` so it
stays in [0, 1]: 0 is openly unsure, 1 is an absolute commitment, and a plain
statement with no markers sits at about 0.6. The constants were fitted by
least squares (``tools/fit_certainty.py``, a grid search) on the *tune* part of ``tests/data/certainty_ratings.tsv``
(sentences rated by hand) and are checked against the held-out half in the
tests. Every score comes with the words that moved it.

>>> report = certainty("I'm not always sure that from my position that's helpful.")
>>> report.score < 0.35, [m.text for m in report.hedges]
(True, ['not always sure', 'from my position'])
>>> certainty("Rutte's firm stance remains unshakable.").score > 0.8
True
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from .language import Marker, Token, find_markers

__all__ = ["CertaintyReport", "certainty", "BASE", "BOOST", "HEDGE", "QUESTION"]

#: Fitted constants (see the module docstring and ``tools/fit_certainty.py``).
BASE = 0.35
BOOST = 0.4
HEDGE = 0.7
QUESTION = 3.0


@dataclass(frozen=True)
class CertaintyReport:
    """A certainty score with its evidence."""

    score: float
    hedges: tuple[Marker, ...] = ()
    boosters: tuple[Marker, ...] = ()
    question: bool = False
    reasons: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Plain data: score, the words that moved it, and the reasons."""
        return {
            "score": self.score,
            "hedges": [m.text for m in self.hedges],
            "boosters": [m.text for m in self.boosters],
            "reasons": list(self.reasons),
        }

    @property
    def label(self) -> str:
        """Plain words for the score: "unsure", "cautious", "neutral", "confident", "absolute"."""
        if self.score < 0.25:
            return "unsure"
        if self.score < 0.45:
            return "cautious"
        if self.score < 0.7:
            return "neutral"
        if self.score < 0.85:
            return "confident"
        return "absolute"


# boosters that are also nouns: after another noun they name a thing ("a revenue guarantee", "the pension
# promise"), not how sure anyone is
_BOOSTER_NOUNS = frozenset("guarantee promise pledge vow".split())  # ("union vows": a verb after its subject)
_NOT_MODIFIERS = frozenset(
    """a an the this that these those his her its their our my your no any every each will would can could may might
    must shall should to not never also and or but we i you they he she it who which is are was were be been has have
    had do does did firm firmly""".split()
)


# a booster the speaker says they cannot give: "too early to put a firm number on it", "I can't give a firm date",
# "there is no firm timeline" (the firmness is withheld, not claimed)
_AT_ALL_PLACES = re.compile(r"\s+(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|[a-z]+s\b|the\b|its\b|their\b|our\b|of\b)")
_OPEN_QUESTION = re.compile(r"\b(?:whether|if)\s+(?:[\w’'-]+\s+){0,6}$", re.IGNORECASE)
_WITHHELD = re.compile(
    r"(?:\btoo\s+(?:early|soon)\s+to\s+\w+|\b(?:can[’']?t|cannot|won[’']?t|couldn[’']?t|unable\s+to|not\s+(?:going\s+to\s+)?)\s*"
    r"(?:give|put|offer|set|name|provide)|\bno)\s+(?:you\s+|us\s+|them\s+)?(?:a\s+|an\s+|any\s+)?$",
    re.IGNORECASE,
)


def _names_a_thing(text: str, marker: Marker) -> bool:
    """Is the booster a noun after another noun ("weigh revenue guarantee"), naming a thing?

    >>> _names_a_thing("County to weigh revenue guarantee for airline", Marker("booster", 23, 32, "guarantee", "", 1, ""))
    True
    >>> _names_a_thing("Minister will guarantee jobs", Marker("booster", 14, 23, "guarantee", "", 1, ""))
    False
    """
    if marker.text.lower() not in _BOOSTER_NOUNS:
        return False
    before = text[: marker.start].split()
    if not before:
        return False
    previous = before[-1].lower().strip(",;:'\"‘’“”")
    # (but "ministers guarantee jobs": a plural subject, then the verb)
    return previous.isalpha() and previous not in _NOT_MODIFIERS and not before[-1][:1].isupper() and not previous.endswith(("ly", "s"))


def certainty(text: str, tokens: Sequence[Token] | None = None) -> CertaintyReport:
    """Score how certain ``text`` sounds, with the words that moved the score.

    >>> certainty("").score
    0.59
    >>> certainty("The council may delay the vote.").hedges[0].text
    'may'
    """
    markers = find_markers(text, kinds=("hedge", "booster"), tokens=tokens)
    hedges = tuple(m for m in markers if m.kind == "hedge")
    boosters = tuple(
        m for m in markers if m.kind == "booster" and not _names_a_thing(text, m) and not _WITHHELD.search(text, max(0, m.start - 40), m.start)
        # ("opening at all eleven branches": "at" and then "all eleven", not the intensifier "at all")
        and not (m.text.lower() == "at all" and _AT_ALL_PLACES.match(text, m.end))
        # ("won't speculate on whether one person took all three": a question left open claims nothing)
        and not _OPEN_QUESTION.search(text, max(0, m.start - 60), m.start)
    )
    question = text.rstrip().endswith("?")
    h = sum(m.weight for m in hedges) + (QUESTION if question else 0.0)
    b = sum(m.weight for m in boosters)
    score = 1.0 / (1.0 + math.exp(-(BASE + BOOST * b - HEDGE * h)))
    reasons = [m.explain() for m in boosters + hedges]
    if question:
        reasons.append("It is a question, so it does not claim anything for certain.")
    if not reasons:
        reasons.append("No hedges or boosters: a plain statement.")
    return CertaintyReport(round(score, 2), hedges, boosters, question, tuple(reasons))
