"""The kit's own readability formulas, used when textstat cannot be patched.

:func:`raw_fallback_scores` computes every metric of
:data:`kit.readability.METRICS` with the published formulas and textstat
0.7.13's rules for words, sentences, letters and "difficult words", so both
backends give the same numbers (``tests/test_readability.py`` compares them
metric by metric, unrounded).  Syllables come from the kit's offline table
(:func:`kit.readability_syllables.count_syllables`).

Values are raw: :func:`kit.readability.readability_scores` clips and rounds
them.  The Dale-Chall easy-word list is passed in by the caller
(:func:`kit.readability._dale_chall_easy_words` caches
:func:`_find_easy_words`); with an empty list Dale-Chall is ``nan``.

>>> raw = raw_fallback_scores("The cat sat on the mat. It was warm. The dog slept.", frozenset())
>>> raw["words"], raw["sentences"], round(raw["flesch_reading_ease"], 1)
(12, 3, 118.2)
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .readability_syllables import _list_words, _remove_punctuation, count_syllables

__all__ = [
    "raw_fallback_scores",
]

_RE_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_RE_SPACE = re.compile(r"\s")

#: Flesch reading ease bands -> the grades textstat's ``text_standard`` votes for.
_EASE_BANDS = ((90, [5]), (80, [6]), (70, [7]), (60, [8, 9]), (50, [10]), (40, [11]), (30, [12]))


# ----------------------------------------------------------------- counting rules


def _count_sentences(text: str) -> int:
    """Sentences by textstat's rule: fragments of two words or fewer do not count (minimum 1).

    Examples
    --------
    >>> _count_sentences("The cat sat on the mat. Oh no! It was warm in the sun."), _count_sentences("")
    (2, 0)
    """
    if not text:
        return 0
    sentences = _RE_SENTENCE.findall(text)
    ignored = sum(1 for s in sentences if len(_list_words(s)) <= 2)
    return max(1, len(sentences) - ignored)


def _find_easy_words() -> frozenset[str]:
    """textstat's Dale-Chall easy-word list, found without importing textstat (empty if not found)."""
    words: frozenset[str] = frozenset()
    try:
        spec = importlib.util.find_spec("textstat")
        for location in (spec.submodule_search_locations or []) if spec else []:
            path = Path(location) / "resources" / "en" / "easy_words.txt"
            if path.is_file():
                words = frozenset(
                    ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
                )
                break
    except (ImportError, ValueError, OSError):
        pass
    return words


@dataclass(frozen=True)
class _Counts:
    """The counts every formula starts from, computed once per text."""

    text: str
    words: list[str]
    n_words: int
    n_sentences: int
    wps: float  # words per sentence
    spw: float  # syllables per word
    per_word: dict[str, int]  # syllables of each distinct word
    easy: frozenset[str]

    @classmethod
    def of(cls, text: str, easy: frozenset[str]) -> _Counts:
        words = _list_words(text)
        n_words = len(words)
        n_sentences = _count_sentences(text)
        syllables = count_syllables(text)
        wps = n_words / n_sentences if n_sentences else 0.0
        spw = syllables / n_words if n_words else 0.0
        per_word = {w: count_syllables(w) for w in set(words)}
        return cls(text, words, n_words, n_sentences, wps, spw, per_word, easy)

    def n_difficult(self, threshold: int) -> int:
        """Words not on the easy list with at least *threshold* syllables (textstat's rule)."""
        return sum(
            1
            for w in self.words
            if len(w.split()) == 1 and w.lower() not in self.easy and self.per_word[w] >= threshold
        )


# ---------------------------------------------------------------------- formulas


def _flesch(c: _Counts) -> tuple[float, float]:
    """Flesch reading ease and Flesch-Kincaid grade."""
    if c.wps == 0 or c.spw == 0:
        return 0.0, 0.0
    return 206.835 - 1.015 * c.wps - 84.6 * c.spw, 0.39 * c.wps + 11.8 * c.spw - 15.59


def _gunning_fog(c: _Counts) -> float:
    return 0.4 * (c.wps + 100 * c.n_difficult(3) / c.n_words) if c.n_words else 0.0


def _smog_index(c: _Counts) -> float:
    poly = sum(1 for w in c.words if c.per_word[w] >= 3)
    return 1.043 * (30 * (poly / c.n_sentences)) ** 0.5 + 3.1291 if c.n_sentences else 0.0


def _coleman_liau_index(c: _Counts) -> float:
    letters = len(_remove_punctuation(_RE_SPACE.sub("", c.text), rm_apostrophe=True))
    # Same operation order as textstat: floor/ceil in text_standard see the last bit.
    lpw = (letters / c.n_words) * 100 if c.n_words else 0.0
    spw100 = (c.n_sentences / c.n_words) * 100 if c.n_words else 0.0
    return 0.0 if lpw == 0 or spw100 == 0 else 0.058 * lpw - 0.296 * spw100 - 15.8


def _dale_chall(c: _Counts) -> float:
    if c.n_words and c.easy:
        pct = 100 * c.n_difficult(0) / c.n_words
        return 0.1579 * pct + 0.0496 * c.wps + (3.6365 if pct > 5 else 0.0)
    return 0.0 if not c.n_words else math.nan  # nan: easy-word list unavailable


def _automated_readability_index(c: _Counts, tokens: Sequence[str]) -> float:
    """ARI (only a vote in ``text_standard``; not shown on its own)."""
    cpw = len(_RE_SPACE.sub("", c.text)) / len(tokens) if tokens else 0.0
    return 0.0 if cpw == 0 or c.wps == 0 else 4.71 * cpw + 0.5 * c.wps - 21.43


def _linsear_write(c: _Counts, tokens: Sequence[str]) -> float:
    """Linsear Write on the first 100 words (only a vote in ``text_standard``)."""
    if len(tokens) > 100:
        lw_words: list[str] = []
        i = 0
        while i < len(tokens) and len(lw_words) < 100:
            w = _remove_punctuation(tokens[i], rm_apostrophe=False)
            i += 1
            if w:
                lw_words.append(w)
    else:
        lw_words, i = c.words, len(tokens)
    lw_easy = lw_hard = 0
    for w in lw_words:
        n = c.per_word[w] if w in c.per_word else count_syllables(w)
        if n >= 3:
            lw_hard += 1
        elif n > 0:
            lw_easy += 1
    lw_sentences = _count_sentences(" ".join(tokens[:i]))
    if lw_sentences:
        linsear = (lw_easy + 3 * lw_hard) / lw_sentences
        return (linsear - 2 if linsear <= 20 else linsear) / 2
    return 0.0


# ------------------------------------------------------------- consensus grade label


def _grade_suffix(grade: int) -> str:
    if grade % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(grade % 10, "th")


def _text_standard_label(value: float) -> str:
    """textstat's ``text_standard`` string for a consensus grade.

    Examples
    --------
    >>> _text_standard_label(9.0), _text_standard_label(12.0), _text_standard_label(0.0)
    ('8th and 9th grade', '11th and 12th grade', '0th and 1st grade')
    """
    value = max(1, min(value, 18))
    lower = int(value) - 1
    upper = lower + 1
    return f"{lower}{_grade_suffix(lower)} and {upper}{_grade_suffix(upper)} grade"


def _text_standard(raw: dict[str, Any], ari: float, linsear: float) -> str:
    """The grade most formulas vote for (floor, ceil and round of each), as textstat labels it."""
    fkg = raw["flesch_kincaid_grade"]
    grades: list[int] = [math.floor(fkg), math.ceil(fkg), round(fkg)]
    fre = raw["flesch_reading_ease"]
    grades += next((g for low, g in _EASE_BANDS if low <= fre < low + 10), [13])
    for score in (
        raw["smog_index"],
        raw["coleman_liau_index"],
        ari,
        raw["dale_chall_readability_score"],
        linsear,
        raw["gunning_fog"],
    ):
        if math.isnan(score):
            continue
        grades += [math.floor(score), math.ceil(score), round(score)]
    # Counter.most_common keeps first-seen order on ties, like textstat.
    counts: dict[int, int] = {}
    for g in grades:
        counts[g] = counts.get(g, 0) + 1
    standard = float(max(counts, key=lambda g: counts[g]))
    return _text_standard_label(standard)


# ------------------------------------------------------------------------ entry point


def raw_fallback_scores(text: str, easy: frozenset[str]) -> dict[str, Any]:
    """All metrics by the published formulas, with textstat 0.7.13's counting rules.

    Parameters
    ----------
    text : str
        Cleaned text (see :func:`kit.readability.readability_scores`).
    easy : frozenset[str]
        The Dale-Chall easy-word list; empty makes Dale-Chall ``nan``.

    Returns
    -------
    dict
        ``words`` and ``sentences`` (ints), every numeric metric of
        :data:`kit.readability.METRICS` unrounded and unclipped, and
        ``text_standard`` (a label such as ``"8th and 9th grade"``).
    """
    c = _Counts.of(text, easy)
    raw: dict[str, Any] = {"words": c.n_words, "sentences": c.n_sentences}
    raw["flesch_reading_ease"], raw["flesch_kincaid_grade"] = _flesch(c)
    raw["gunning_fog"] = _gunning_fog(c)
    raw["smog_index"] = _smog_index(c)
    raw["coleman_liau_index"] = _coleman_liau_index(c)
    raw["dale_chall_readability_score"] = _dale_chall(c)
    # text_standard needs ARI and Linsear Write as well (not shown on their own).
    tokens = text.split()
    ari = _automated_readability_index(c, tokens)
    linsear = _linsear_write(c, tokens)
    raw["text_standard"] = _text_standard(raw, ari, linsear)
    return raw
