"""The readability metrics the kit shows, and grades put in plain words.

This module describes each metric for students (:data:`METRICS`), turns a
scores dict into one consensus grade (:func:`grade_level`) and puts a grade
into words (:func:`describe_grade`).  It computes no metric itself: the scores
come from :func:`kit.readability.readability_scores`, which also re-exports
everything here.

>>> [m.key for m in METRICS][:2]
['flesch_reading_ease', 'flesch_kincaid_grade']
>>> describe_grade(grade_level({"flesch_kincaid_grade": 8.0, "gunning_fog": 10.0}))
'about US grade 9 (age 14-15)'
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "METRICS",
    "Metric",
    "describe_grade",
    "grade_level",
]


@dataclass(frozen=True)
class Metric:
    """One readability measure, described for students.

    Attributes
    ----------
    key : str
        Key in the dict returned by :func:`kit.readability.readability_scores`.
    label : str
        Name in plain words.
    explanation : str
        One sentence a 14-year-old understands.
    kind : str
        ``"ease"``: higher is easier (0-100); ``"grade"``: a US school grade,
        higher is harder; ``"difficulty"``: a score where higher is harder but
        which is not itself a grade (Dale-Chall); ``"label"``: a text such as
        ``"8th and 9th grade"``.

    Examples
    --------
    >>> METRICS[0].key, METRICS[0].kind
    ('flesch_reading_ease', 'ease')
    >>> [m.key for m in METRICS if m.kind == "grade"]
    ['flesch_kincaid_grade', 'gunning_fog', 'smog_index', 'coleman_liau_index']
    """

    key: str
    label: str
    explanation: str
    kind: str


METRICS: tuple[Metric, ...] = (
    Metric(
        "flesch_reading_ease",
        "Flesch reading ease",
        "0-100: higher is easier; 60-70 is plain English.",
        "ease",
    ),
    Metric(
        "flesch_kincaid_grade",
        "Flesch-Kincaid grade",
        "The US school grade that could read it, worked out from sentence length "
        "and syllables per word.",
        "grade",
    ),
    Metric(
        "gunning_fog",
        "Gunning fog index",
        "Years of school you need, from long sentences and words of three or more syllables.",
        "grade",
    ),
    Metric(
        "smog_index",
        "SMOG index",
        "Years of school you need, from how many words of three or more syllables there "
        "are; needs at least 3 sentences.",
        "grade",
    ),
    Metric(
        "coleman_liau_index",
        "Coleman-Liau index",
        "The US school grade, from letters per word and sentences per 100 words.",
        "grade",
    ),
    Metric(
        "dale_chall_readability_score",
        "Dale-Chall score",
        "Counts words that are not on a list of about 3,000 easy words: under 5 is easy "
        "for a 4th grader, 9 or more is college level.",
        "difficulty",
    ),
    Metric(
        "text_standard",
        "Consensus grade",
        "The school grades that most of the formulas agree on.",
        "label",
    ),
)

#: Keys of the metrics whose value is a number (every kind except ``"label"``).
_NUMERIC_KEYS = tuple(m.key for m in METRICS if m.kind != "label")


def grade_level(scores: Mapping[str, Any]) -> float | None:
    """One consensus US grade: the median of the grade-type metrics available.

    Parameters
    ----------
    scores : Mapping
        A dict from :func:`kit.readability.readability_scores`.

    Returns
    -------
    float or None
        Median of the ``kind == "grade"`` metrics that are numbers, rounded to
        1 decimal; None when there are none (e.g. no text).

    Examples
    --------
    >>> grade_level({"flesch_kincaid_grade": 8.0, "gunning_fog": 10.0,
    ...              "smog_index": None, "coleman_liau_index": 9.5})
    9.5
    >>> from kit.readability import readability_scores
    >>> grade_level(readability_scores("")) is None
    True
    """
    values = [
        float(v)
        for m in METRICS
        if m.kind == "grade"
        for v in [scores.get(m.key)]
        if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
    ]
    return round(statistics.median(values), 1) if values else None


def _nearest_grade(grade: float) -> int:
    """Round a grade half up to a whole grade (``8.5`` -> 9)."""
    return int(math.floor(grade + 0.5))


def describe_grade(grade: float | None) -> str:
    """Put a grade in plain words.

    Parameters
    ----------
    grade : float or None
        A US school grade, e.g. from :func:`grade_level`.

    Returns
    -------
    str
        ``"about US grade 9 (age 14-15)"``, ``"college level"``,
        ``"graduate level"``, ``"kindergarten level (age 5-6)"`` or
        ``"no text to measure"``.

    Examples
    --------
    >>> describe_grade(9.2)
    'about US grade 9 (age 14-15)'
    >>> describe_grade(14.0), describe_grade(18.3)
    ('college level', 'graduate level')
    >>> describe_grade(None)
    'no text to measure'
    """
    if grade is None or not math.isfinite(grade):
        return "no text to measure"
    g = _nearest_grade(grade)
    if g < 1:
        return "kindergarten level (age 5-6)"
    if g <= 12:
        return f"about US grade {g} (age {g + 5}-{g + 6})"
    if g <= 16:
        return "college level"
    return "graduate level"


def _grade_phrase(grade: float) -> str:
    """A grade as it appears inside a sentence of the report summary.

    Examples
    --------
    >>> _grade_phrase(0.2), _grade_phrase(7.6), _grade_phrase(17.0)
    ('below grade 1', 'about grade 8', 'about grade 17 (graduate level)')
    """
    g = _nearest_grade(grade)
    if g < 1:
        return "below grade 1"
    if g <= 12:
        return f"about grade {g}"
    return f"about grade {g} ({'college' if g <= 16 else 'graduate'} level)"
