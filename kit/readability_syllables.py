"""Offline syllable counts for the readability metrics, and textstat's word rules.

The kit ships ``kit/data/cmu_syllables.tsv.gz`` (one ``word<TAB>syllables``
line per word of the CMU Pronouncing Dictionary; see the decision record in
:mod:`kit.readability`).  This module loads that table on first use
(:func:`syllable_table`), wraps it so textstat can read it in place of NLTK's
cmudict (:class:`CMUSyllableMapping`) and counts syllables the way textstat
does (:func:`count_syllables`), with pyphen for words not in the table.

It also holds textstat 0.7.13's rules for splitting a text into words
(:func:`_list_words`, :func:`_remove_punctuation`), which the syllable count
and the kit's own formulas (:mod:`kit.readability_fallback`) share.

Importing this module loads neither the table nor pyphen.

>>> count_syllables("The beautiful fire.")
6
"""

from __future__ import annotations

import gzip
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from typing import Any

__all__ = [
    "CMUSyllableMapping",
    "count_syllables",
    "syllable_table",
]

_TABLE_NAME = "cmu_syllables.tsv.gz"
#: textstat language code the kit measures in (also pyphen's dictionary).
_LANG = "en_US"

#: One lock for loading the table and for choosing the backend
#: (:func:`kit.readability_textstat._select_backend` holds it while loading the table).
_lock = threading.RLock()
_table: dict[str, int] | None = None
_pyphen_dic: Any = None


# --------------------------------------------------------------------- syllable table


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


# ------------------------------------------------- word rules (mirror textstat 0.7.13)

_RE_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_RE_PUNCT_KEEP_APOSTROPHE = re.compile(r"[^\w\s']")
_RE_PUNCT_ALL = re.compile(r"[^\w\s]")


def _remove_punctuation(text: str, rm_apostrophe: bool) -> str:
    """Drop punctuation as textstat does; apostrophes of contractions stay unless *rm_apostrophe*.

    Examples
    --------
    >>> _remove_punctuation("Don't 'quote' me!", rm_apostrophe=False)
    "Don't quote me"
    >>> _remove_punctuation("Don't 'quote' me!", rm_apostrophe=True)
    'Dont quote me'
    """
    if rm_apostrophe:
        return _RE_PUNCT_ALL.sub("", text)
    return _RE_PUNCT_KEEP_APOSTROPHE.sub("", _RE_NONCONTRACTION_APOSTROPHE.sub("", text))


def _list_words(text: str, lowercase: bool = False) -> list[str]:
    """The words of *text* by textstat's rule: punctuation removed, split on whitespace.

    Examples
    --------
    >>> _list_words("The cat -- it's Tom's -- sat.", lowercase=True)
    ['the', 'cat', "it's", "tom's", 'sat']
    """
    text = _remove_punctuation(text, rm_apostrophe=False)
    return (text.lower() if lowercase else text).split()


# ------------------------------------------------------------------ counting syllables


def _pyphen_syllables(word: str) -> int:
    """Syllables of a word not in the table: pyphen's hyphenation points + 1."""
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
