"""What attribution carries from quote to quote, and who it finds by looking back from a position.

:func:`kit.attribution.attribute` walks an article's quotes in order with one :class:`_State`: the last
speaker and where they spoke, the anonymous sources introduced so far, the quoted titles to skip. The rules
that read cues and resolve noun phrases look back from a position for the people the article named: the last
person named, the last one a test fits, every full name and organisation the registry knows.

This is the lowest of the attribution modules: it imports none of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Callable

from .organisations import _LOOK_BACK, _full_org
from .people import Mention
from .registry import Registry
from .scan import compiled as _rx

__all__: list[str] = []


@dataclass
class _State:
    """What the walk over one article's quotes remembers (see :func:`kit.attribution.attribute`).

    Attributes
    ----------
    last_speaker, last_speaker_pos, last_paragraph
        The last attributed quote's speaker, where that quote ends, and its paragraph.
    anonymous
        The anonymous sources introduced so far: head noun -> description.
    speakers
        Everyone quoted so far.
    text
        The article text.
    no_speaker
        Set by a rule that finds the cue's subject is a document with no author named.
    terms
        Quoted titles and scare quotes so far, as (start, end) with their marks, in text order.
    current_open
        The opening mark of the quote being attributed.
    depth
        How deeply noun-phrase resolution has recursed.
    """

    last_speaker: str | None = None
    last_speaker_pos: int = -10_000
    last_paragraph: int = -10
    anonymous: dict[str, str] = field(default_factory=dict)  # head noun -> description ("official" -> "cantonal official")
    speakers: set[str] = field(default_factory=set)
    text: str = ""
    no_speaker: bool = False  # the cue's subject is a document with no author named: nobody speaks
    terms: list[tuple[int, int]] = field(default_factory=list)  # quoted titles and scare quotes, marks included
    current_open: int | None = None
    depth: int = 0  # how deeply noun-phrase resolution has recursed


#: the signature of :func:`kit.nounphrases._resolve_np` (noun phrase, position, registry, state, text -> speaker),
#: handed to the rules that resolve a noun phrase in turn and so cannot import it
_Resolver = Callable[[str, int, Registry, _State, str], "str | None"]


class _Undecided:
    """What a rule of :func:`kit.nounphrases._resolve_np_words` returns when it does not apply (not ``None``,
    which means "nobody speaks"): the next rule decides."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "_UNDECIDED"


_UNDECIDED = _Undecided()


def _full_name_set(reg: Registry) -> set[str]:
    """Every full name the registry knows (cached: the registry is complete before attribution starts)."""
    version = len(reg.full_names)
    cached = reg.cache.get("names")
    if cached is None or cached[0] != version:
        cached = reg.cache["names"] = (version, set(reg.full_names.values()))
    return cached[1]


def _known_speakers(reg: Registry) -> set[str]:
    """Every full name and organisation the article names (cached until the registry grows)."""
    version = (len(reg.full_names), len(reg.orgs))
    cached = reg.cache.get("known")
    if cached is None or cached[0] != version:
        orgs = reg.cache.get("known_orgs")
        if orgs is None or orgs[0] != len(reg.orgs):
            orgs = reg.cache["known_orgs"] = (len(reg.orgs), {_full_org(name, reg) for name in {o.name for o in reg.orgs}})
        cached = reg.cache["known"] = (version, _full_name_set(reg) | orgs[1])
    return cached[1]


def _last_person_named(pos: int, reg: Registry, text: str, window: int) -> str | None:
    """The fullest name of the last person named (not in a possessive) in the ``window`` characters before ``pos``."""
    idx = bisect_right(reg.positions, pos) - 1
    while idx >= 0 and pos - reg.mentions[idx].start < window:
        m = reg.mentions[idx]
        idx -= 1
        if m.kind == "person" and not _rx(r"[’']s?\b").match(text[m.end : m.end + 2]):
            return reg.full(m.name, m.start, m.gender) if len(m.name.split()) == 1 else reg.full_names.get(m.name.lower(), m.name)
    return None


def _last_match(pattern: str, text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` (the introduction nearest to what follows), or None."""
    found = None
    for found in _rx(pattern).finditer(text):
        pass
    return found


def _last_person(reg: Registry, pos: int, fits: Callable[[Mention], bool]) -> str | None:
    """The fullest name of the last person named before ``pos`` (within the look-back) for whom ``fits(mention)``."""
    for m in reversed(reg.mentions[bisect_left(reg.positions, pos - _LOOK_BACK) : bisect_left(reg.positions, pos)]):
        if m.kind == "person" and fits(m):
            return reg.full_names.get(m.name.lower(), m.name)
    return None
