"""Word lists (lexicons) that the kit uses to spot hedges, boosters, loaded words and clickbait.

The lists are plain data files in ``kit/data/lexicons/``, written for this kit by its authors.
Each file starts with a ``#`` comment header that says what the list is for, which published
categories it follows, what the columns mean and how entries are matched. This module only
*loads* the files and checks that they are well formed; finding the words in an article is the
job of the analysis modules.

Files
-----
``hedges.tsv``, ``boosters.tsv``, ``loaded.tsv``, ``said_verbs.tsv``, ``vague_sources.tsv``
    Word lexicons: ``phrase<TAB>category<TAB>weight<TAB>note``. The phrase is lowercase words
    separated by single spaces; a word ending in ``*`` matches any word starting with that prefix.
``clickbait.tsv``
    Same columns, but the first one is a Python regular expression matched case-insensitively
    against a headline.
``synonyms.tsv``
    ``group<TAB>words``: small groups of words that count as the same content word.
``stopwords.txt``
    One function word a line; never negation words or modal verbs.

Categories are free-form but must be declared in the file's header with a line
``# category: <name> - <what it means>``; an entry whose category is not declared, or a declared
category that no entry uses, is an error.

Importing this module reads no file: everything is loaded on first use and cached.

>>> hedges = load_lexicon("hedges")
>>> [(e.category, e.weight) for e in hedges.entries if e.phrase == "not always sure"]
[('negated_certainty', 3.0)]
>>> load_synonyms()["talks"]
'negotiation'
>>> "the" in load_stopwords(), "not" in load_stopwords()
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

__all__ = [
    "Lexicon",
    "LexiconEntry",
    "lexicon_names",
    "load_lexicon",
    "load_antonyms",
    "load_stopwords",
    "load_synonyms",
]

_PACKAGE = "kit.data.lexicons"
#: .tsv files in the package that are not word lexicons (they have their own format and loader).
_NOT_LEXICONS = frozenset({"synonyms", "antonyms"})
#: the one lexicon whose first column is a regular expression, not a phrase.
_REGEX_LEXICONS = frozenset({"clickbait"})

_MIN_WEIGHT = 0.0
_MAX_WEIGHT = 3.0
_MIN_PREFIX = 3  # "vow*" is fine; "va*" is not

# A word: lowercase letters or digits, with apostrophes or hyphens allowed inside it
# ("don't", "so-called", "11th"), optionally followed by '*' (prefix match).
_WORD = r"[a-z0-9]+(?:['\-][a-z0-9]+)*"
_WORD_RE = re.compile(rf"{_WORD}\*?")
_CATEGORY_RE = re.compile(r"[a-z][a-z0-9_]*")
_DECLARATION_RE = re.compile(r"category:\s*(\S+)")
_CURLY = "\u2018\u2019\u201b\u02bc"


@dataclass(frozen=True)
class LexiconEntry:
    """One line of a lexicon file.

    Attributes
    ----------
    phrase : str
        The phrase as written in the file (for clickbait: the regular expression's source).
    words : tuple of str
        ``phrase`` split on spaces; an empty tuple for clickbait patterns.
    category : str
        One of the categories declared in the file's header.
    weight : float
        0 to 3: 0 = neutral (only neutral reporting verbs), 1 = mild, 3 = strong.
    note : str
        One plain sentence that can follow the word, e.g. "'firm' makes the position sound ...".

    Examples
    --------
    >>> entry = LexiconEntry("not sure", ("not", "sure"), "negated_certainty", 3.0, "shows doubt.")
    >>> entry.words
    ('not', 'sure')
    """

    phrase: str
    words: tuple[str, ...]
    category: str
    weight: float
    note: str


@dataclass(frozen=True)
class Lexicon:
    """A loaded lexicon file.

    Attributes
    ----------
    name : str
        The file stem, e.g. ``"hedges"``.
    header : str
        The block of comment lines at the top of the file (up to the first blank line or entry),
        without their ``#``.
    categories : tuple of str
        The categories used by the entries, in order of first appearance.
    entries : tuple of LexiconEntry
        The entries, in file order.

    Examples
    --------
    >>> boosters = load_lexicon("boosters")
    >>> boosters.name, boosters.categories[0]
    ('boosters', 'certainty_adverb')
    >>> "Hyland" in boosters.header
    True
    """

    name: str
    header: str
    categories: tuple[str, ...]
    entries: tuple[LexiconEntry, ...]

    def by_category(self, category: str) -> tuple[LexiconEntry, ...]:
        """Return the entries of one category, in file order.

        Parameters
        ----------
        category : str
            A category name; an unknown name gives an empty tuple.

        Returns
        -------
        tuple of LexiconEntry

        Examples
        --------
        >>> firm = [e for e in load_lexicon("boosters").by_category("certainty_adjective")
        ...         if e.phrase == "firm"][0]
        >>> firm.note
        'makes the position sound fixed and certain, as if there is no doubt left.'
        >>> load_lexicon("boosters").by_category("no_such_category")
        ()
        """
        return tuple(entry for entry in self.entries if entry.category == category)


# ----------------------------------------------------------------------------------------------
# Reading package data


def _read(filename: str) -> str:
    """Return the text of one data file, decoded as UTF-8 with any BOM removed."""
    text = files(_PACKAGE).joinpath(filename).read_text(encoding="utf-8")
    return text.removeprefix("\ufeff")


@lru_cache(maxsize=1)
def lexicon_names() -> tuple[str, ...]:
    """Return the names of the word and clickbait lexicons (the ``.tsv`` stems), sorted.

    ``synonyms.tsv`` is not a lexicon of this kind: load it with :func:`load_synonyms`.

    Returns
    -------
    tuple of str

    Examples
    --------
    >>> lexicon_names()
    ('boosters', 'clickbait', 'hedges', 'loaded', 'said_verbs', 'vague_sources')
    """
    stems = (
        item.name[: -len(".tsv")]
        for item in files(_PACKAGE).iterdir()
        if item.name.endswith(".tsv") and item.is_file()
    )
    return tuple(sorted(stem for stem in stems if stem not in _NOT_LEXICONS))


@lru_cache(maxsize=32)
def load_lexicon(name: str) -> Lexicon:
    """Load one lexicon by name (cached).

    Parameters
    ----------
    name : str
        A name from :func:`lexicon_names`, e.g. ``"hedges"``.

    Returns
    -------
    Lexicon

    Raises
    ------
    ValueError
        If there is no such lexicon (the message lists the valid names), or a line of the file
        is malformed (the message names the file and the line number).

    Examples
    --------
    >>> load_lexicon("loaded").by_category("conflict_verb")[0].phrase
    'slam*'
    >>> load_lexicon("headlines")
    Traceback (most recent call last):
    ...
    ValueError: unknown lexicon 'headlines'; valid names: boosters, clickbait, hedges, loaded, said_verbs, vague_sources
    """
    names = lexicon_names()
    if name not in names:
        raise ValueError(f"unknown lexicon {name!r}; valid names: {', '.join(names)}")
    return _parse_lexicon(_read(f"{name}.tsv"), name)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    return _parse_synonyms(_read("synonyms.tsv"), "synonyms")


def load_synonyms() -> dict[str, str]:
    """Return the near-synonym table: each word mapped to the name of its group.

    Two words count as the same content word when they map to the same group. Some "words" are
    short phrases (``"peace process"``, ``"will not"``). The result is a fresh dict each call.

    Returns
    -------
    dict of str to str

    Examples
    --------
    >>> synonyms = load_synonyms()
    >>> synonyms["defence"] == synonyms["protect"] == "protect"
    True
    >>> synonyms.get("attack") == synonyms.get("defend")
    False
    """
    return dict(_synonyms())


@lru_cache(maxsize=1)
def _antonym_pairs() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    pairs = []
    for lineno, line in enumerate(_read("antonyms.tsv").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            raise _error("antonyms", ".tsv", lineno, "expected two tab-separated columns: left, right")
        left, right = (tuple(w.strip() for w in part.split(",") if w.strip()) for part in parts)
        if not left or not right:
            raise _error("antonyms", ".tsv", lineno, "both sides need at least one word")
        pairs.append((left, right))
    return tuple(pairs)


def load_antonyms() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Return the pairs of opposite word groups (each a tuple of word forms).

    Examples
    --------
    >>> pairs = load_antonyms()
    >>> any("approved" in left and "rejected" in right for left, right in pairs)
    True
    """
    return list(_antonym_pairs())


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    """Return the function words that do not count as content when scoring support.

    Negation words and modal verbs are never stopwords: they change what a sentence claims.

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> stop = load_stopwords()
    >>> {"the", "of", "said"} <= stop
    True
    >>> stop & {"not", "never", "may", "will"}
    frozenset()
    """
    return _parse_stopwords(_read("stopwords.txt"), "stopwords")


# ----------------------------------------------------------------------------------------------
# Parsing


def _error(name: str, suffix: str, lineno: int, message: str) -> ValueError:
    return ValueError(f"{name}.{suffix}, line {lineno}: {message}")


def _split_header(lines: list[str]) -> tuple[list[str], int]:
    """Return the header lines (without '#') and the index of the first line after the header.

    The header is the block of comment lines at the top of the file; it ends at the first blank
    line or entry. Comments further down (section titles) are not part of it.
    """
    header: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("#"):
            return header, index
        header.append(stripped[1:].removeprefix(" "))
    return header, len(lines)


def _check_phrase(phrase: str, name: str, lineno: int, *, wildcards: bool = True) -> tuple[str, ...]:
    """Validate a phrase and return its words, or raise ValueError naming the line."""
    if not phrase:
        raise _error(name, "tsv", lineno, "empty phrase")
    if any(mark in phrase for mark in _CURLY):
        raise _error(name, "tsv", lineno, f"curly apostrophe in {phrase!r}; type a plain ASCII ' instead")
    if phrase != phrase.lower():
        raise _error(name, "tsv", lineno, f"uppercase letters in {phrase!r}; phrases are lowercase")
    words = phrase.split(" ")
    for word in words:
        if not _WORD_RE.fullmatch(word):
            raise _error(
                name,
                "tsv",
                lineno,
                f"bad word {word!r} in {phrase!r}: words are letters and digits (with ' or - inside), "
                "separated by single spaces",
            )
        if word.endswith("*"):
            if not wildcards:
                raise _error(name, "tsv", lineno, f"no '*' wildcards allowed here: {phrase!r}")
            if len(word) - 1 < _MIN_PREFIX:
                raise _error(name, "tsv", lineno, f"wildcard prefix {word!r} is too short to be safe")
    return tuple(words)


def _parse_lexicon(text: str, name: str) -> Lexicon:
    """Parse the text of one lexicon file.

    Parameters
    ----------
    text : str
        The whole file.
    name : str
        The file stem; ``"clickbait"`` (and only it) has regular expressions in its first column.

    Returns
    -------
    Lexicon

    Raises
    ------
    ValueError
        On the first malformed line, naming the file and the line number.

    Examples
    --------
    >>> text = "# A tiny list.\\n# category: modal - a modal verb\\nmay\\tmodal\\t2\\tleaves room for doubt.\\n"
    >>> _parse_lexicon(text, "demo").entries[0]
    LexiconEntry(phrase='may', words=('may',), category='modal', weight=2.0, note='leaves room for doubt.')
    >>> _parse_lexicon(text + "May\\tmodal\\t1\\tx.\\n", "demo")
    Traceback (most recent call last):
    ...
    ValueError: demo.tsv, line 4: uppercase letters in 'May'; phrases are lowercase
    """
    is_regex = name in _REGEX_LEXICONS
    lines = text.removeprefix("\ufeff").splitlines()
    header_lines, first = _split_header(lines)

    declared: dict[str, int] = {}
    for offset, body in enumerate(header_lines, start=1):
        match = _DECLARATION_RE.match(body.strip())
        if match:
            category = match.group(1)
            if not _CATEGORY_RE.fullmatch(category):
                raise _error(name, "tsv", offset, f"bad category name {category!r} (use snake_case)")
            if category in declared:
                raise _error(name, "tsv", offset, f"category {category!r} declared twice")
            declared[category] = offset
    if not declared:
        raise _error(name, "tsv", 1, "the header declares no categories ('# category: name - meaning')")

    entries: list[LexiconEntry] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines[first:], start=first + 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) != 4:
            raise _error(
                name,
                "tsv",
                lineno,
                f"expected 4 tab-separated columns (phrase, category, weight, note), got {len(fields)}",
            )
        phrase, category, weight_text, note = fields[0], fields[1].strip(), fields[2].strip(), fields[3].strip()

        if is_regex:
            if not phrase or phrase != phrase.strip():
                raise _error(name, "tsv", lineno, f"empty pattern or spaces around it: {phrase!r}")
            try:
                re.compile(phrase, re.IGNORECASE)
            except re.error as exc:
                raise _error(name, "tsv", lineno, f"invalid regular expression {phrase!r}: {exc}") from None
            words: tuple[str, ...] = ()
        else:
            words = _check_phrase(phrase, name, lineno)

        if category not in declared:
            raise _error(
                name, "tsv", lineno, f"category {category!r} is not declared in the header "
                f"(declared: {', '.join(declared)})"
            )
        try:
            weight = float(weight_text)
        except ValueError:
            raise _error(name, "tsv", lineno, f"weight {weight_text!r} is not a number") from None
        if not _MIN_WEIGHT <= weight <= _MAX_WEIGHT:  # also rejects nan
            raise _error(name, "tsv", lineno, f"weight {weight_text} is outside 0-3")
        if not note:
            raise _error(name, "tsv", lineno, "empty note")
        if phrase in seen:
            raise _error(name, "tsv", lineno, f"duplicate phrase {phrase!r} (first on line {seen[phrase]})")
        seen[phrase] = lineno
        entries.append(LexiconEntry(phrase, words, category, weight, note))

    used = tuple(dict.fromkeys(entry.category for entry in entries))
    unused = [category for category in declared if category not in used]
    if unused:
        raise _error(name, "tsv", declared[unused[0]], f"category {unused[0]!r} is declared but has no entries")
    header = "\n".join(header_lines).strip()
    return Lexicon(name=name, header=header, categories=used, entries=tuple(entries))


def _parse_synonyms(text: str, name: str) -> dict[str, str]:
    """Parse ``group<TAB>words`` lines into a word -> group mapping.

    The group name must be one of its own words; a word in two groups is an error.

    Examples
    --------
    >>> _parse_synonyms("# demo\\nhelp\\thelp,aid,assist\\n", "demo")
    {'help': 'help', 'aid': 'help', 'assist': 'help'}
    >>> _parse_synonyms("help\\thelp,aid\\naid\\taid,relief\\n", "demo")
    Traceback (most recent call last):
    ...
    ValueError: demo.tsv, line 2: 'aid' is already in group 'help' (line 1)
    """
    mapping: dict[str, str] = {}
    where: dict[str, int] = {}
    groups: dict[str, int] = {}
    for lineno, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) != 2:
            raise _error(name, "tsv", lineno, f"expected 2 tab-separated columns (group, words), got {len(fields)}")
        group, words_text = fields[0].strip(), fields[1].strip()
        _check_phrase(group, name, lineno, wildcards=False)
        if group in groups:
            raise _error(name, "tsv", lineno, f"group {group!r} is defined twice (first on line {groups[group]})")
        groups[group] = lineno
        words = [word.strip() for word in words_text.split(",")]
        if group not in words:
            raise _error(name, "tsv", lineno, f"group name {group!r} must be one of its own words")
        for word in words:
            _check_phrase(word, name, lineno, wildcards=False)
            if word in mapping:
                if mapping[word] == group:
                    raise _error(name, "tsv", lineno, f"{word!r} is listed twice in group {group!r}")
                raise _error(
                    name, "tsv", lineno, f"{word!r} is already in group {mapping[word]!r} (line {where[word]})"
                )
            mapping[word] = group
            where[word] = lineno
    return mapping


def _parse_stopwords(text: str, name: str) -> frozenset[str]:
    """Parse one-word-a-line stopwords (``#`` comments allowed).

    Examples
    --------
    >>> sorted(_parse_stopwords("# demo\\nthe\\nof\\n", "demo"))
    ['of', 'the']
    >>> _parse_stopwords("the\\nthe\\n", "demo")
    Traceback (most recent call last):
    ...
    ValueError: demo.txt, line 2: duplicate word 'the'
    """
    words: dict[str, int] = {}
    for lineno, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if any(mark in word for mark in _CURLY):
            raise _error(name, "txt", lineno, f"curly apostrophe in {word!r}; type a plain ASCII ' instead")
        if not re.fullmatch(_WORD, word):
            raise _error(name, "txt", lineno, f"not a single lowercase word: {word!r}")
        if word in words:
            raise _error(name, "txt", lineno, f"duplicate word {word!r}")
        words[word] = lineno
    return frozenset(words)
