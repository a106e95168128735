"""The registry: everyone and every body an article names, built once before attribution.

:func:`build_registry` runs :func:`kit.people.find_people` over the whole article and
learns what later mentions mean: the fullest form of each name ("Rutte" is "Mark Rutte"),
genders from honorifics, kin words and the pronouns next to a name, roles ("the mayor",
"the DC"), relatives ("his wife, Wati"), anonymous sources ("one official, who asked not to
be named") and the organisations. :mod:`kit.attribution` looks speakers up in it.

The steps live in their own modules: :mod:`kit.registry_core` (the :class:`Registry`
record), :mod:`kit.registry_scans` (the keyword-window scans), :mod:`kit.registry_names`
(which names count, and full names), :mod:`kit.registry_genders` (relatives and genders),
:mod:`kit.registry_roles` (roles) and :mod:`kit.registry_anon` (anonymous sources).

>>> reg = build_registry("Mayor Dana Okafor spoke. Okafor said it.", 0, [])
>>> reg.full("Okafor"), reg.roles["mayor"]
('Dana Okafor', 'Dana Okafor')
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .articles import Span
from .people import find_people
from .quotes import QuoteSpan
from .registry_anon import _counted_sources, _described_sources, _drop_names_in_descriptions
from .registry_core import Registry
from .registry_genders import (
    GENDERED_HEADS,
    _apposed_kin,
    _apposed_relatives,
    _genders_from_names,
    _kin_first_names,
    _kin_mentions,
    _learn_genders,
)
from .registry_names import (
    _aliases,
    _as_bodies,
    _first_name_only,
    _full_names,
    _known_full_names,
    _names_said_in_quotes,
    _one_word_names,
    _outside_quotes,
    _shorter_forms,
    _surname_first,
    _who_counts,
)
from .registry_roles import _appositive_roles, _delayed_lede, _made_roles, _roles_before_names, _roles_from_titles

# Re-exported: tests/test_scan.py reads the keyword-window scans from here ("X as X" marks a re-export).
from .registry_scans import _NEAR_SCANS as _NEAR_SCANS, _near as _near

__all__ = ["Registry", "GENDERED_HEADS", "build_registry"]


def build_registry(text: str, body_start: int, sentences: Sequence[Span], quotes: Sequence[QuoteSpan] = ()) -> Registry:
    """Build the register of the people and bodies ``text`` names.

    Parameters
    ----------
    text:
        The whole article text.
    body_start:
        Where the body starts (after the headline); names are looked for from here.
    sentences:
        The article's sentences (passed on to the gender vote).
    quotes:
        The quotes, in text order: names inside them are not mentions of the article's own, and
        pronouns inside them do not vote for a gender.

    Returns
    -------
    Registry
        The mentions, full names, genders, roles, relatives, organisations and anonymous sources.
    """
    found, quoted = _outside_quotes(find_people(text, body_start), quotes)
    found = _surname_first(text, found)
    # which one-word names are people: those known by one name, and the words of full names
    known = _known_full_names(found)
    low = text.lower()
    first_only = _first_name_only(text, body_start, low)
    known.update(_one_word_names(text, body_start, found, low))
    found = [replace(m, gender=m.gender or first_only[m.start]) if m.start in first_only else m for m in found]
    known.update(m.name.lower() for m in found if m.start in first_only)
    found = _as_bodies(text, found, known)
    mentions = _who_counts(text, found, known)
    # relatives: genders and kin links from "his wife, Wati", and "his mother" as a mention of her
    kin_genders = _apposed_kin(text, body_start, mentions)
    kin_pairs = _apposed_relatives(text, body_start, mentions)
    mentions = sorted(mentions + _kin_mentions(text, body_start, mentions, kin_genders), key=lambda m: m.start)
    reg = Registry(mentions, text=text)
    for name, gender in kin_genders.items():
        reg.genders.setdefault(name, gender)
    reg.kin.update(kin_pairs)
    _kin_first_names(text, body_start, reg, low)
    reg.positions = [m.start for m in mentions]
    people = [m for m in mentions if m.kind == "person"]
    # full names, then roles (the role steps look full names up), then bodies and anonymous sources
    _full_names(reg, people)
    _shorter_forms(reg, people)
    _aliases(text, body_start, reg, low)
    _names_said_in_quotes(reg, quoted)
    _roles_from_titles(text, reg, people)
    _appositive_roles(text, reg, people)
    _roles_before_names(text, reg, people)
    _delayed_lede(text, body_start, people, reg)
    _made_roles(text, body_start, reg, low)
    for m in mentions:
        if m.kind == "org":
            reg.orgs.append(m)
    _counted_sources(text, body_start, reg)
    _drop_names_in_descriptions(reg, _described_sources(text, body_start, reg, low))
    _genders_from_names(reg, people)
    _learn_genders(text, reg, sentences, [(q.start, q.end) for q in quotes])
    return reg
