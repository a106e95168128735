"""Spot the language that colours a text: hedges, boosters, loaded words, loaded said-verbs, vague sources.

Every marker carries its offsets, its lexicon category and a plain-language
note from the lexicon file, so a student always sees *why* a word is marked.
:func:`language_report` runs the detectors over an analysed article and splits
what it finds into **framing** (the writer's words) and **quotes** (the
speakers' words).

>>> [(m.kind, m.text) for m in find_markers("Experts say the mayor slammed the firm plan.")]
[('vague_source', 'Experts say'), ('loaded', 'slammed'), ('said_verb', 'slammed'), ('booster', 'firm')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from .lexicons import LexiconEntry, load_antonyms, load_lexicon, load_stopwords, load_synonyms
from .scan import compiled as _rx

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

__all__ = [
    "key_forms",
    "Token",
    "Marker",
    "MARKER_KINDS",
    "tokenize",
    "stem",
    "content_terms",
    "antonyms",
    "find_markers",
    "find_clickbait",
    "language_report",
]

#: Marker kinds, in the order they are shown, with the lexicon each comes from.
MARKER_KINDS: dict[str, str] = {
    "hedge": "hedges",
    "booster": "boosters",
    "loaded": "loaded",
    "said_verb": "said_verbs",
    "vague_source": "vague_sources",
}

_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|n['’]t\b", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """A word with its offsets; ``norm`` is lower-case with straight apostrophes."""

    start: int
    end: int
    norm: str


@dataclass(frozen=True)
class Marker:
    """A marked word or phrase.

    Attributes
    ----------
    kind
        One of :data:`MARKER_KINDS` (or ``"clickbait"``).
    start, end, text
        Where it is, and the words as written.
    category, weight, note
        From the lexicon: the category name, 1-3 strength, and why it is marked.
    """

    kind: str
    start: int
    end: int
    text: str
    category: str
    weight: float
    note: str

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "weight": self.weight,
            "note": self.note,
        }

    def explain(self) -> str:
        """One sentence: "'firm' is a booster: makes the position sound fixed and certain."."""
        label = {
            "hedge": "a hedge (it shows doubt)",
            "booster": "a booster (it sounds certain)",
            "loaded": "loaded wording",
            "said_verb": "a loaded reporting verb",
            "vague_source": "a vague source",
            "clickbait": "a clickbait pattern",
        }.get(self.kind, self.kind)
        note = self.note[0].lower() + self.note[1:] if self.note else ""
        if self.kind == "clickbait" and self.category:
            label = f"clickbait ({self.category.replace('_', ' ')})"
        return f"'{self.text}' is {label}: {note}".rstrip()


def tokenize(text: str) -> list[Token]:
    """Split text into word tokens with offsets.

    >>> [t.norm for t in tokenize("I’m not always sure; it's the ’90s.")]
    ["i'm", 'not', 'always', 'sure', "it's", 'the', '90s']
    """
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        tokens.append(Token(match.start(), match.end(), word.lower().replace("’", "'")))
    return tokens


_SUFFIXES = (
    ("ational", "ate"), ("ization", "ize"), ("isation", "ize"), ("iveness", "ive"), ("fulness", "ful"),
    ("ousness", "ous"), ("ements", "ement"), ("ments", "ment"), ("ities", "ity"), ("ings", ""), ("ing", ""),
    ("ied", "y"), ("ies", "y"), ("ves", "f"), ("sses", "ss"), ("ssed", "ss"), ("shes", "sh"), ("ches", "ch"),
    ("xes", "x"), ("zes", "z"), ("eed", "ee"), ("ed", ""), ("ly", ""), ("es", "e"), ("s", ""),
)


_C_VERBS = frozenset("panic traffic mimic picnic frolic".split())
# plurals of nouns in -f that news uses (most other words in "-ves" are verbs: "removes", "approves", "saves")
_F_PLURALS = frozenset("halves shelves wolves calves selves loaves thieves leaves scarves hooves dwarves".split())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A small, predictable suffix-stripping stemmer (enough to match "talks" with "talk").

    >>> [stem(w) for w in ["talks", "talking", "talked", "negotiations", "studies", "stopped", "says", "panicking", "kicking"]]
    ['talk', 'talk', 'talk', 'negotiation', 'study', 'stop', 'say', 'panic', 'kick']
    >>> stem("re-running") == stem("re-run"), stem("e-bikes"), stem("wiped") == stem("wipe") == stem("wiping")
    (True, 'e-bike', True)
    """
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if "-" in word and word.rpartition("-")[2].isalpha() and word.rpartition("-")[0]:
        head, _, last = word.rpartition("-")
        return f"{head}-{stem(last)}"  # "re-running" -> "re-run", "e-bikes" -> "e-bike"
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("e") and len(word) >= 5 and not word.endswith(("ee", "ie")):
        return word[:-1]
    for suffix, replacement in _SUFFIXES:
        if suffix == "ves" and word not in _F_PLURALS:
            continue  # "removes", "approves", "saves": verbs, stemmed like "removing"; only "halves", "shelves" are f-plurals
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + replacement
            if suffix in ("ing", "ed", "ings") and len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # stopped -> stop
            elif suffix in ("ing", "ed", "ings") and len(base) == 3 and base[1] in "aeiou" and base[0] not in "aeiou" and base[2] not in "aeiouwxy":
                base += "e"  # wiped -> wipe, making -> make: a short vowel's consonant would have doubled ("stopped")
            if suffix in ("ing", "ed", "ings") and base.endswith("ick") and base[:-1] in _C_VERBS:
                base = base[:-1]  # panicking -> panic, trafficked -> traffic (but kicking -> kick)
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if base.endswith("e") and len(base) > 4 and not base.endswith("ee"):
                base = base[:-1]  # "accuse"/"accusing" -> "accus", "promise"/"promising" -> "promis"
            return base
    return word


@lru_cache(maxsize=1)
def _synonym_keys() -> tuple[dict[str, str], dict[str, str]]:
    """The near-synonym table, and the same table keyed by the stem of each listed word ("accusing" finds
    the group of "accuses")."""
    synonyms = load_synonyms()
    by_stem: dict[str, str] = {}
    for word, group in synonyms.items():
        if " " not in word:
            by_stem.setdefault(stem(word), group)
    return synonyms, by_stem


def _key(word: str) -> str:
    synonyms = _synonym_keys()[0]
    return synonyms.get(word) or synonyms.get(stem(word)) or stem(word)


def key_forms(word: str) -> frozenset[str]:
    """Every comparison key a form of ``word`` can have: its own, and the group of any listed word with the
    same stem ("accusing" -> {"accus", "accuse"}, because "accuses" is listed).

    >>> sorted(key_forms("accusing"))
    ['accus', 'accuse']
    """
    synonyms, by_stem = _synonym_keys()
    root = stem(word)
    return frozenset(k for k in (_key(word), by_stem.get(root)) if k)


@lru_cache(maxsize=1)
def _antonym_keys() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for left, right in load_antonyms():
        left_keys = {_key(w) for w in left if " " not in w}
        right_keys = {_key(w) for w in right if " " not in w}
        for k in left_keys:
            table.setdefault(k, set()).update(right_keys - left_keys)
        for k in right_keys:
            table.setdefault(k, set()).update(left_keys - right_keys)
    return {k: frozenset(v) for k, v in table.items()}


def antonyms(key: str) -> frozenset[str]:
    """The comparison keys of the opposites of a content word's key (from ``antonyms.tsv``).

    >>> sorted(antonyms(content_terms(tokenize("approved"))[0][1]))
    ['refuse', 'reject', 'veto']
    """
    return _antonym_keys().get(key, frozenset())


def content_terms(tokens: Iterable[Token]) -> list[tuple[Token, str]]:
    """The content words of a token list, each with its comparison key.

    The key is the word's near-synonym group when it has one (``talks`` ->
    ``negotiation``), otherwise its stem. Function words are dropped.

    >>> [(t.norm, key) for t, key in content_terms(tokenize("NATO chief says he won't join peace talks"))]
    [('nato', 'nato'), ('chief', 'chief'), ('join', 'join'), ('peace', 'negotiation'), ('talks', 'negotiation')]
    >>> [key for _, key in content_terms(tokenize("the peace process stalls as the envoy steps down"))]
    ['negotiation', 'negotiation', 'stall', 'envoy', 'resign']
    """
    stopwords = load_stopwords()
    synonyms = _synonym_keys()[0]
    phrases = _synonym_phrases()
    tokens = list(tokens)
    out = []
    skip_to = -1
    for i, token in enumerate(tokens):
        if i < skip_to:
            continue
        word = token.norm
        if word in phrases:
            # "peace process" is "talks", "stepped down" is "resign": the phrase counts as one word
            for n in (3, 2):
                phrase = " ".join(t.norm for t in tokens[i : i + n])
                if len(tokens[i : i + n]) == n and phrase in synonyms:
                    # every word of the phrase keeps its place, all with the phrase's key
                    kept = [(t, synonyms[phrase]) for t in tokens[i : i + n] if t.norm not in stopwords]
                    # ("gives up" is "abandon" although both its words are stopwords: the first word carries it)
                    out.extend(kept or [(tokens[i], synonyms[phrase])])
                    skip_to = i + n
                    break
            if skip_to > i:
                continue
        if word in stopwords or word in _NEGATIONS or len(word) < 2 and not word.isdigit():
            continue
        if word in _MODALS:
            continue
        if word == "against" and i > 0 and not _stance_before(tokens[i - 1]):
            continue  # "joint operations against colorum tricycles", "46 males, against 61": a preposition, no stance
        out.append((token, _key(word)))
    return out


_STANCE_BEFORE = frozenset(
    """is are was were be been being am 're 's not n't never firmly strongly all also still now openly publicly vote votes
    voted voting speak speaks spoke spoken stand stands stood remain remains remained turn turns turned come comes came
    campaign campaigns campaigned protest protests protested argue argues argued rule rules ruled decide decides decided
    warn warns warned lobby lobbies lobbied fight fights fought rail rails railed push pushes pushed unite unites united
    rally rallies rallied march marches marched""".split()
)


def _stance_before(previous: Token) -> bool:
    """Can "against" after ``previous`` mean "opposed to" ("parents are against", "Residents against ...")?"""
    from .people import ANON_HEADS, ROLE_WORDS  # (a lazy import: kit.people is only needed here)

    word = previous.norm
    return word in _STANCE_BEFORE or word in ANON_HEADS or word in ROLE_WORDS or word.endswith(("'m", "'re", "'s", "n't"))


@lru_cache(maxsize=1)
def _synonym_phrases() -> frozenset[str]:
    """First words of the multi-word synonyms whose first word is a content word ("peace", "step"), or a light verb
    before a particle ("gives up", "calls off")."""
    stopwords = load_stopwords()
    return frozenset(
        phrase.split()[0] for phrase in load_synonyms()
        if " " in phrase and phrase.split()[0] not in _NEGATIONS | _MODALS
        and (phrase.split()[0] not in stopwords or phrase.split()[1] in ("up", "off", "out", "down", "away", "rid"))
    )


_NEGATIONS = frozenset("not no never n't nor neither none nobody nothing nowhere without cannot won't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't can't couldn't shouldn't wouldn't mustn't".split())
_MODALS = frozenset("will would shall should may might can could must".split())


class _Matcher:
    """Longest-match phrase lookup for one lexicon."""

    def __init__(self, entries: Sequence[LexiconEntry]):
        self.exact: dict[str, list[LexiconEntry]] = {}
        self.prefix: dict[str, list[tuple[str, LexiconEntry]]] = {}  # first three letters -> (prefix, entry)
        for entry in entries:
            first = entry.words[0] if entry.words else ""
            if first.endswith("*"):
                self.prefix.setdefault(first[:3], []).append((first[:-1], entry))
            else:
                self.exact.setdefault(first, []).append(entry)
        for bucket in self.exact.values():
            bucket.sort(key=lambda e: -len(e.words))

    def match_at(self, tokens: Sequence[Token], i: int) -> tuple[LexiconEntry, int] | None:
        word = tokens[i].norm
        exact = self.exact.get(word)
        prefixed = self.prefix.get(word[:3])
        if exact is None and prefixed is None:
            return None  # most words: no entry starts with them
        candidates = list(exact or ())
        if prefixed:
            candidates += [entry for prefix, entry in prefixed if word.startswith(prefix)]
        best: tuple[LexiconEntry, int] | None = None
        for entry in candidates:
            n = len(entry.words)
            if i + n > len(tokens) or (best is not None and n <= best[1]):
                continue
            if n == 1 or all(_word_matches(pattern, tokens[i + k].norm) for k, pattern in enumerate(entry.words)):
                best = (entry, n)
        return best


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


@lru_cache(maxsize=None)
def _matcher(kind: str) -> _Matcher:
    return _Matcher(load_lexicon(MARKER_KINDS[kind]).entries)


_NAMED_FOR_GROUP = frozenset("leader leaders representative representatives secretary chairman chairwoman chair spokesperson spokesman spokeswoman president lawyer lawyers union association forum group body committee".split())


@lru_cache(maxsize=1)
def _vague_parts() -> tuple[frozenset[str], _Matcher]:
    """Group nouns and the reporting verbs that must follow them (vague_sources.tsv)."""
    lexicon = load_lexicon("vague_sources")
    groups = frozenset(e.phrase for e in lexicon.entries if e.category == "group_noun")
    verbs = _Matcher([e for e in lexicon.entries if e.category == "report_verb"])
    return groups, verbs


#: Approximators that only hedge before a number ("about 300", "around a third").
_BEFORE_NUMBERS = frozenset(["about", "around", "something like"])
_NUMBER_WORDS = frozenset(
    "a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred hundreds thousand thousands million millions billion half third quarter "
    "fifth tenth dozen dozens twice double".split()
)


def _number_next(tokens: Sequence[Token], j: int) -> bool:
    """Is the token at ``j`` a number ("300", "a third", "two")?"""
    if j >= len(tokens):
        return False
    word = tokens[j].norm
    if word[:1].isdigit() or word[:1] in "$£€":
        return True
    if word in ("a", "an", "the"):
        return j + 1 < len(tokens) and tokens[j + 1].norm in _NUMBER_WORDS - {"a", "an"}
    return word in _NUMBER_WORDS


def _find_with(kind: str, text: str, tokens: Sequence[Token]) -> list[Marker]:
    matcher = _matcher(kind)
    markers = []
    i = 0
    while i < len(tokens):
        hit = matcher.match_at(tokens, i)
        if hit is None or hit[0].category in ("group_noun", "report_verb") or (kind == "said_verb" and hit[0].weight <= 0):
            i += 1
            continue
        entry, n = hit
        if kind == "booster" and entry.phrase == "firm" and (
            (i and tokens[i - 1].norm in ("says", "said", "law", "accounting", "consulting", "investment"))
            or i + 1 >= len(tokens) or tokens[i + 1].norm in _FIRM_NOUN_NEXT
        ):
            i += 1  # "the firm", "firm says": the company, not a firm position
            continue
        if kind == "said_verb" and i and tokens[i - 1].norm in ("be", "been", "being", "was", "were", "is", "are", "get", "got", "gets"):
            i += 1  # "trials likely to be pushed back", "was branded": done to something, nobody speaking
            continue
        if kind == "hedge" and entry.phrase == "may" and _is_month(text, tokens, i):
            i += 1  # "in May", "on 3 May", "May 2027": the month, not a hedge
            continue
        if entry.category == "approximator" and entry.phrase in _BEFORE_NUMBERS and not _number_next(tokens, i + n):
            i += 1  # "questions about coordination" is no estimate; "about 300 people" is
            continue
        start, end = tokens[i].start, tokens[i + n - 1].end
        markers.append(Marker(kind, start, end, text[start:end], entry.category, entry.weight, entry.note))
        i += n
    if kind == "vague_source":
        markers.extend(_vague_combinations(text, tokens, markers))
    return markers


_FIRM_NOUN_NEXT = frozenset("says said has had is was will would must could can announced added told that which of in for".split())


def _is_month(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Is the capitalised "May" at ``tokens[i]`` the month?

    >>> t = tokenize("Rents may rise in May 2027")
    >>> _is_month("Rents may rise in May 2027", t, 1), _is_month("Rents may rise in May 2027", t, 4)
    (False, True)
    """
    token = tokens[i]
    if text[token.start : token.start + 1] != "M":
        return False
    before = tokens[i - 1].norm if i else ""
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if before in _MONTH_BEFORE or before.isdigit() or after.isdigit() or after in ("and", "or", "to", "through", "until"):
        return True
    if i + 1 < len(tokens) and text[tokens[i + 1].start : tokens[i + 1].start + 1].isupper():
        return False  # a Title Case headline: "Council May Raise Taxes"
    # mid-sentence capital with no sentence break before it: a name, not the modal
    return i > 0 and not _rx(r"[.!?:;\"“‘'\n]\s*$").search(text[tokens[i - 1].end : token.start]) and after not in _MODAL_NEXT


_MONTH_BEFORE = frozenset("in on of since until till by from last next early late mid during before after this every each".split())
_MODAL_NEXT = frozenset("be have not never well also still yet soon only just even already".split())


def _vague_combinations(text: str, tokens: Sequence[Token], found: Sequence[Marker]) -> list[Marker]:
    """'critics' + 'claim' within two words: a vague source built from its parts."""
    groups, verbs = _vague_parts()
    if not groups:
        return []
    taken = {(m.start, m.end) for m in found}
    lexicon = {e.phrase: e for e in load_lexicon("vague_sources").entries}
    out = []
    for i, token in enumerate(tokens):
        if token.norm not in groups:
            continue
        if text[token.end : token.end + 1] in ("'", "’") or tokens[i + 1 : i + 2] and tokens[i + 1].norm in _NAMED_FOR_GROUP:
            continue  # "farmers' leader says", "traders' secretary": a group's named representative speaks
        if i > 0 and tokens[i - 1].norm.endswith(("'s", "’s")):
            continue  # "the Playhouse's figures": somebody's numbers, not a group of people
        for j in range(i + 1, min(i + 4, len(tokens))):
            if _rx(r"[,;:.!?]").search(text[tokens[j - 1].end : tokens[j].start]) or tokens[j - 1].norm in ("but", "and", "while", "as"):
                break  # "than bigger rivals, analyst says", "figures but says": the verb belongs to someone else
            hit = verbs.match_at(tokens, j)
            if hit:
                entry, n = hit
                if tokens[j].norm == "told" and j == i + 1:
                    break  # "residents told to expect delays": they are told, they do not tell
                start, end = token.start, tokens[j + n - 1].end
                if not any(s <= start < e for s, e in taken):
                    group = lexicon[token.norm]
                    out.append(Marker("vague_source", start, end, text[start:end], group.category, group.weight, group.note))
                break
    return out


def find_markers(text: str, kinds: Iterable[str] = tuple(MARKER_KINDS), tokens: Sequence[Token] | None = None) -> list[Marker]:
    """Find hedges, boosters, loaded words, loaded said-verbs and vague sources in ``text``.

    Where two markers overlap, the longer one wins ("not always sure" is one
    hedge, not a hedge plus the booster "always").

    >>> [(m.kind, m.text) for m in find_markers("I'm not always sure that's helpful.")]
    [('hedge', 'not always sure')]
    """
    if tokens is None:
        tokens = tokenize(text)
    found: list[Marker] = []
    for kind in kinds:
        if kind not in MARKER_KINDS:
            raise ValueError(f"unknown marker kind {kind!r}; valid kinds: {', '.join(MARKER_KINDS)}")
        found.extend(_find_with(kind, text, tokens))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Marker] = []
    for marker in found:
        if kept and marker.start < kept[-1].end:
            same = (marker.start, marker.end) == (kept[-1].start, kept[-1].end)
            if same and marker.kind not in {k.kind for k in kept if (k.start, k.end) == (marker.start, marker.end)}:
                kept.append(marker)  # "insists" is both a booster and a loaded said-verb
            elif marker.end - marker.start > kept[-1].end - kept[-1].start:
                while kept and kept[-1].start == marker.start and kept[-1].end < marker.end:
                    kept.pop()
                kept.append(marker)
            continue
        kept.append(marker)
    return kept


@lru_cache(maxsize=1)
def _clickbait_patterns() -> list[tuple[re.Pattern[str], LexiconEntry]]:
    return [(re.compile(e.phrase, re.IGNORECASE), e) for e in load_lexicon("clickbait").entries]


def find_clickbait(headline: str) -> list[Marker]:
    """Clickbait forms in a headline (curiosity gaps, listicles, direct address...).

    >>> [m.category for m in find_clickbait("You won't believe what the mayor said")]
    ['curiosity_gap']
    >>> [m.text for m in find_clickbait("Rates held. Here's why one economist disagrees")]
    ["Here's why"]
    """
    out: list[Marker] = []
    # a headline in parts ("Markets expect three cuts. Here's why ...", "X wants aid - but there's a catch"):
    # each part starts like a headline of its own, so "^here's why" applies to every part
    starts = _part_starts(headline)
    # (words the headline quotes are the speaker's: "'Check your pipes,' council says" addresses nobody)
    quoted = [(m.start(), m.end()) for m in _QUOTED_IN_HEADLINE.finditer(headline)]
    for pattern, entry in _clickbait_patterns():
        for start in starts:
            match = pattern.search(headline[start:])
            if match is None:
                continue
            begin, end = start + match.start(), start + match.end()
            if entry.phrase == "\\byour\\b" and any(s <= begin < e for s, e in quoted):
                continue
            if not any(m.start <= begin < m.end for m in out):
                out.append(Marker("clickbait", begin, end, headline[begin:end], entry.category, entry.weight, entry.note))
            break
    return sorted(out, key=lambda m: m.start)


_QUOTED_IN_HEADLINE = re.compile(r"""(?:(?<=\s)|^)['‘"“][^'‘’"“”]{2,120}['’"”](?=[\s,.:;!?]|$)""")


def _part_starts(headline: str) -> list[int]:
    """Where each part of a headline starts: after ". ", ": ", " - " and the like.

    >>> _part_starts("Prices held. Here's why - and what next")
    [0, 13, 26]
    """
    return [0] + [m.end() for m in _rx(r"(?<=\w)[.?!:]\s+(?=\S)|\s[-–—|]\s+").finditer(headline)]


def language_report(analysis: "Analysis") -> dict[str, Any]:
    """Markers over a whole article, split into framing and quotes.

    Returns ``{"markers": [...], "framing": {kind: count}, "quotes": {kind: count},
    "framing_words": int, "quoted_words": int, "summary": str}``; each marker
    dict has ``"in": "framing" | "quote"`` and, for quotes, the quote index.
    """
    article = analysis.article
    text = article.text
    body_tokens = [t for t in tokenize(text) if t.start >= article.body_start]
    markers = find_markers(text, tokens=body_tokens)
    speech = [(i, q) for i, q in enumerate(analysis.quotes) if q.is_speech]
    starts = [q.start for _, q in speech]
    framing: dict[str, int] = {k: 0 for k in MARKER_KINDS}
    quotes: dict[str, int] = {k: 0 for k in MARKER_KINDS}
    items = []
    for marker in markers:
        k = bisect_right(starts, marker.start) - 1
        inside = k >= 0 and speech[k][1].start <= marker.start < speech[k][1].end
        data = marker.to_dict()
        data["in"] = "quote" if inside else "framing"
        data["quote"] = speech[k][0] if inside else None
        data["explanation"] = marker.explain()
        (quotes if inside else framing)[marker.kind] += 1
        items.append(data)
    quoted_words = analysis.stats.get("quoted_words", 0)
    framing_words = max(analysis.stats.get("words", 0) - quoted_words, 0)
    return {
        "markers": items,
        "framing": framing,
        "quotes": quotes,
        "framing_words": framing_words,
        "quoted_words": quoted_words,
        "summary": _summary(framing, quotes, framing_words, quoted_words),
    }


def _rate(count: int, words: int) -> float:
    return 100.0 * count / words if words else 0.0


def _summary(framing: dict[str, int], quotes: dict[str, int], framing_words: int, quoted_words: int) -> str:
    if not quoted_words:
        return (
            f"The writer's words have {framing['booster']} boosters, {framing['hedge']} hedges and "
            f"{framing['loaded']} loaded words; there are no quotes to compare them with."
        )
    parts = []
    for kind, label in (("booster", "boosters"), ("hedge", "hedges"), ("loaded", "loaded words")):
        f_rate, q_rate = _rate(framing[kind], framing_words), _rate(quotes[kind], quoted_words)
        parts.append(f"{label}: {f_rate:.1f} per 100 words in the framing, {q_rate:.1f} in the quotes")
    return "Per 100 words — " + "; ".join(parts) + "."
