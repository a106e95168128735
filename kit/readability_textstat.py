"""Make textstat count syllables offline, and choose how the metrics are computed.

On the first metric call (never at import) :func:`_select_backend` patches
textstat so it reads the kit's syllable table instead of downloading NLTK's
cmudict, verifies the patch, and settles on one of two backends for the rest
of the process:

* ``"textstat"``: the patched textstat computes every metric
  (:func:`_raw_textstat`);
* ``"fallback"``: textstat is missing or its internals are not where textstat
  0.7.13 has them, so :mod:`kit.readability_fallback` computes the same
  numbers with the published formulas.

The full decision record (why, licence, what is patched, how it is tested) is
in :mod:`kit.readability`, which re-exports :func:`patch_textstat`,
:func:`active_backend` and :data:`TEXTSTAT_CHECKED_VERSION`.  Warnings are
logged under the ``kit.readability`` logger.

>>> patch_textstat(), active_backend()
(True, 'textstat')
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from typing import Any

from .readability_syllables import _LANG, CMUSyllableMapping, _lock, syllable_table

__all__ = [
    "TEXTSTAT_CHECKED_VERSION",
    "active_backend",
    "patch_textstat",
]

# The logger keeps the name it had when this code lived in kit.readability.
_log = logging.getLogger("kit.readability")

#: textstat version whose internals the patch was written and tested against.
TEXTSTAT_CHECKED_VERSION = "0.7.13"

_PROBE_WORD = "zzkitsyllableprobe"
_PROBE_SYLLABLES = 7

_backend: str | None = None
_fallback_reason: str | None = None
_textstat: Any = None  # a private textstat.textstatistics instance (lang en_US)


# ------------------------------------------------------------------ textstat patching


def _textstat_modules() -> list[Any]:
    """The loaded modules of the textstat package (``textstat`` and ``textstat.*``)."""
    return [
        module
        for name, module in list(sys.modules.items())
        if module is not None and (name == "textstat" or name.startswith("textstat."))
    ]


def _clear_textstat_caches() -> None:
    """Empty every lru cache in textstat's modules, so no pre-patch result survives."""
    for module in _textstat_modules():
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


def _make_get_cmudict(mapping: CMUSyllableMapping) -> Callable[[str], Any]:
    """A replacement for textstat's ``get_cmudict``: *mapping* for English, None otherwise."""

    def get_cmudict(lang: str) -> CMUSyllableMapping | None:
        """kit.readability: offline CMU syllable table instead of NLTK's cmudict."""
        return mapping if str(lang).split("_")[0].lower() == "en" else None

    get_cmudict.kit_offline = True  # type: ignore[attr-defined]
    return get_cmudict


def _verify_patch(module: Any, counter: Callable[[str, str], int]) -> str | None:
    """Install the table in *module* and prove textstat reads it; None or why it failed.

    A probe mapping (one word -> 7 syllables) must come back as 7 from
    textstat's ``count_syllables``, then the real table must give "readability"
    its table value.  Leaves the real mapping installed either way.
    """
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
        return None if ok else f"verification failed (probe={probe!r}, readability={real!r})"
    except Exception as exc:
        return f"verification raised {exc!r}"


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
    reason = _verify_patch(module, counter)
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
    for module in _textstat_modules():
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


# -------------------------------------------------------------------- backend choice


def _select_backend() -> str:
    """Patch textstat on first use and return the backend: ``"textstat"`` or ``"fallback"``."""
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
    >>> from kit.readability import readability_scores
    >>> _ = readability_scores("One short sentence here.")
    >>> active_backend()
    'textstat'
    """
    return _backend


def _raw_textstat(text: str) -> dict[str, Any]:
    """Every metric, unrounded and unclipped, from the patched textstat (backend ``"textstat"``)."""
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
