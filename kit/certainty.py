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


def certainty(text: str, tokens: Sequence[Token] | None = None) -> CertaintyReport:
    """Score how certain ``text`` sounds, with the words that moved the score.

    >>> certainty("").score
    0.59
    >>> certainty("The council may delay the vote.").hedges[0].text
    'may'
    """
    markers = find_markers(text, kinds=("hedge", "booster"), tokens=tokens)
    hedges = tuple(m for m in markers if m.kind == "hedge")
    boosters = tuple(m for m in markers if m.kind == "booster")
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
