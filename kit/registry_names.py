"""Which names the registry keeps, and the fullest form each shorter form stands for.

A name in one word counts only when the article shows it is a person known by one name
("Suharti, 54, a vegetable farmer", "His wife, Wati,", "identified only as Tomas"); a name that
"said in a statement" and never had a given name is a body; a name only ever spoken to
("Speaking to Ada Derana") is nobody who speaks. Then every surname, double surname, clan
prefix and run of consecutive words of a long name points at the fullest name
("Rutte" -> "Mark Rutte", "Mohd Hafiz" -> "Mohd Hafiz Rahman"), and so do nicknames
("known to his neighbours as Tee") and full names said only inside quotes.

>>> reg = Registry([])
>>> _full_names(reg, [Mention(0, 11, "Mark Rutte", "person")])
>>> reg.full_names["rutte"], reg.full_names["mark"]
('Mark Rutte', 'Mark Rutte')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Sequence

from .mention_fixes import _ACTS_AS_BODY, _LEGAL_BRACKET
from .mentions import Mention
from .name_lexicons import (
    ANON_HEADS,
    HONORIFICS,
    ROLE_WORDS,
    _CONNECTORS,
    _NAME_PREFIXES,
    _NOT_NAMES,
    demonyms,
    first_name_genders,
    place_names,
)
from .people import find_people
from .quotes import QuoteSpan
from .registry_core import Registry
from .registry_scans import _near
from .scan import compiled as _rx

__all__: list[str] = []

# the words before the one spoken to ("Speaking to Ada Derana", "told the Champion", "seen by the Press and Journal")
_LISTENER = re.compile(
    r"\b(?:[Ss]peaking|[Ss]poke|[Tt]alking|told|telling|said\s+to|interview\s+with|[Ww]riting\s+(?:to|for)|"
    r"(?:contacted|interviewed|reached|seen|obtained)\s+by)\s+(?:to\s+|with\s+)?(?:[Tt]he\s+)?\Z"
)


# a news outlet's own reporting verbs: "The Guardian Post gathered that", "Premium Times learnt"
_OUTLET_VERB = re.compile(r"\s+(?:has\s+)?(?:gathered|learnt|learned|understands|established)\b")


# a reporting verb or a comma after a one-word name ("Gram panchayat president Lakshmamma denied")
_SPEAKS_AFTER_NAME = re.compile(r"\s+(?:said|says|told|added|denied|explained|insisted|noted|argued|warned|claimed|admitted|confirmed|urged|called)\b|,")


# "The head of the Lamuru Fisheries Agency, Hasnawati, said": a person known by one name, set off by commas after
# the description the sentence opens with
_ONE_NAME_APPOSED = re.compile(
    r",\s+([A-Z][a-z’'-]+),\s+(?:said|says|told|added|explained|noted|insisted|warned|admitted|agreed)\b"
)
# (and the sentence must open with the description: checked on the 90 characters before the name)
_DESCRIPTION_OPENS = re.compile(r"(?:^|[.!?]\s|\n)(?:The|A|An)\s+[^,.;:\"“”\n]{3,80}$")


def _outside_quotes(found: list[Mention], quotes: Sequence[QuoteSpan]) -> tuple[list[Mention], list[Mention]]:
    """The mentions outside the quotes, and those inside them (both in text order)."""
    if not quotes:
        return found, []
    bounds = [(q.start, q.end) for q in quotes]
    starts = [b[0] for b in bounds]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and bounds[k][0] <= pos < bounds[k][1]

    outside: list[Mention] = []
    quoted: list[Mention] = []
    for m in found:
        (quoted if inside(m.start) else outside).append(m)
    return outside, quoted


def _surname_first(text: str, found: list[Mention]) -> list[Mention]:
    """"Ngwa Christopher Tanjong" read as a title "Ngwa" before "Christopher Tanjong": when the article later calls
    him "Mayor Ngwa", the word is his family name, written first, and part of the name.

    >>> [(m.name, m.role) for m in _surname_first("Ngwa Christopher Tanjong said. Mayor Ngwa added.",
    ...     find_people("Ngwa Christopher Tanjong said. Mayor Ngwa added."))]
    [('Ngwa Christopher Tanjong', None), ('Ngwa', 'Mayor')]
    """
    # (the later mention carries a title: "Mayor Ngwa", "Mr Ngwa"; "the Flemish MEP" is no name)
    singles = {m.name for m in found if m.kind == "person" and len(m.name.split()) == 1 and m.role and m.name.lower() not in demonyms()}
    out = []
    for m in found:
        last = (m.role or "").split()[-1:]
        if m.kind == "person" and last and last[0] in singles and last[0][:1].isupper() and (
            last[0].lower().rstrip(".") not in ROLE_WORDS and last[0].lower() not in HONORIFICS
            and text[max(0, m.start - len(last[0]) - 1) : m.start] == last[0] + " "
        ):
            role = " ".join(m.role.split()[:-1]) or None
            m = Mention(m.start - len(last[0]) - 1, m.end, f"{last[0]} {m.name}", "person", m.gender, role)
        out.append(m)
    return out


def _known_full_names(found: Sequence[Mention]) -> set[str]:
    """The words of full names (first word, surname, the whole name, the first of two surnames), lower case."""
    known = set()
    for m in found:
        if m.kind == "person" and len(m.name.split()) >= 2:
            parts = m.name.lower().split()
            known.update((parts[0], parts[-1], m.name.lower()))
            if len(parts) >= 3 and m.name.split()[-2][:1].isupper() and parts[-2] not in _CONNECTORS:
                known.add(parts[-2])  # "Torres" for María Elena Torres Vázquez: the first of two surnames
    return known


def _first_name_only(text: str, body_start: int, low: str) -> dict[int, str | None]:
    """Where the article names a person it calls by one name only, with the gender the sentence says (or None).

    "who asked that only her first name, Denise, be used", "identified only as Tomas", and "For Linh, 61, a
    retired bookkeeper ... who asked that only her first name be used".
    """
    first_only = {}
    for match in _near("first_name_only", text, body_start, low):
        pronoun = (match.group(1) or "").lower()
        first_only[match.start(2)] = {"her": "f", "his": "m"}.get(pronoun) or first_name_genders().get(match.group(2).lower())
    for match in _near("first_name_before", text, body_start, low):
        # "For Linh, 61, a retired bookkeeper ... who asked that only her first name be used"
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()), body_start)
        names = [m for m in _rx(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z’'-]+)\b(?=,)").finditer(text[start : match.start()])]
        if names:
            first_only[start + names[-1].start(1)] = {"her": "f", "his": "m"}.get(match.group(1).lower())
    return first_only


def _one_word_names(text: str, body_start: int, found: Sequence[Mention], low: str) -> set[str]:
    """One-word names the article shows are people, lower case.

    "Suharti, 54, a vegetable farmer", "Kev, who fits kitchens", "Gram panchayat president Lakshmamma denied",
    "His wife, Wati, said", "The head of the agency, Hasnawati, said".
    """
    known = set()
    anon_heads = "|".join(sorted(ANON_HEADS, key=len, reverse=True))
    one_name = re.compile(rf",\s*(?:\d{{1,3}},|who\s+(?!is\s+also)|an?\s+(?:[\w-]+\s+){{0,2}}(?:{anon_heads})\b)")
    for m in found:
        if m.kind == "person" and len(m.name.split()) == 1 and m.name.lower() not in _NOT_NAMES and one_name.match(text, m.end) and not _rx(r"\b(?:in|at|from|of|to|near|into|outside|across|for|on|by)\s+$").search(text[max(0, m.start - 12) : m.start]):
            # "Suharti, 54, a vegetable farmer", "Kev, who fits kitchens", "Bill, a retired farmer": a person known by one name
            known.add(m.name.lower())
        elif m.kind == "person" and len(m.name.split()) == 1 and m.name.lower() not in _NOT_NAMES and m.name.lower() not in place_names() and (
            role := _rx(r"\b([a-z][a-z-]+)\s+$").search(text[max(0, m.start - 25) : m.start])
        ) and role.group(1) in ROLE_WORDS and _SPEAKS_AFTER_NAME.match(text, m.end):
            known.add(m.name.lower())  # "Gram panchayat president Lakshmamma denied ...": a post, then a one-word name
    for match in _near("apposed_kin", text, body_start, low):
        if " " not in match.group(3):
            known.add(match.group(3).lower())  # "His wife, Wati, said"
    for match in _ONE_NAME_APPOSED.finditer(text, body_start):
        if not _DESCRIPTION_OPENS.search(text, max(body_start, match.start() - 90), match.start()):
            continue
        if match.group(1).lower() not in place_names() and match.group(1).lower() not in _NOT_NAMES:
            known.add(match.group(1).lower())  # "The head of the agency, Hasnawati, said"
    return known


def _as_bodies(text: str, found: list[Mention], known: set[str]) -> list[Mention]:
    """Make bodies of the "people" that act as one and never had a given name ("Eskom said in a statement"),
    and of a company's short name ("Gwenzi Lithium" after "Gwenzi Lithium (Private) Limited")."""
    found = [
        Mention(m.start, m.end, m.name, "org")
        if m.kind == "person" and not (m.role or m.gender) and (len(m.name.split()) == 1 and m.name.lower() not in known or len(m.name.split()) > 1)
        and m.name.split()[0].lower() not in first_name_genders() and _ACTS_AS_BODY.match(text, m.end)
        else m
        for m in found
    ]  # "Eskom said in a statement", never named with a given name: an organisation
    # "Gwenzi Lithium (Private) Limited" ... "Gwenzi Lithium, in a statement": the company's short name
    legal_orgs = {m.name.split(" (")[0] for m in found if m.kind == "org" and _LEGAL_BRACKET.search(m.name)}
    if legal_orgs:
        found = [
            Mention(m.start, m.end, m.name, "org")
            if m.kind == "person" and m.name in legal_orgs and not m.role and not m.gender else m
            for m in found
        ]
    return found


def _who_counts(text: str, found: list[Mention], known: set[str]) -> list[Mention]:
    """The mentions the registry keeps: bodies, full names, titled or gendered names and known one-word names,
    but no name only ever met as the one spoken to ("Speaking to Ada Derana")."""
    # "T/A Kapemba": a Malawian chief, known by the name of his chieftaincy
    known.update(m.name.lower() for m in found if m.kind == "person" and text[max(0, m.start - 4) : m.start] == "T/A ")
    # "Speaking to Ada Derana from the hospital, Bandara said": a name only ever met as the one spoken to (a news
    # outlet, an interviewer) is nobody who speaks in the article
    listened = {}
    for m in found:
        # (an organisation too, when it is only ever told things or sees documents: "seen by the Press and Journal")
        heard = (
            _LISTENER.search(text, max(0, m.start - 40), m.start) is not None
            # ("Premium Times gathered that", but "Claire Buchan has gathered 4,200 signatures": a person's given name)
            or (_OUTLET_VERB.match(text, m.end) is not None and m.name.split()[0].lower() not in first_name_genders())
        ) and not m.role and not (m.kind == "org" and _ACTS_AS_BODY.match(text, m.end))
        listened[m.name] = listened.get(m.name, True) and heard
    mentions = [
        m
        for m in found
        if (m.kind == "org" or len(m.name.split()) >= 2 or m.role or m.gender or m.name.lower() in known)
        and not listened.get(m.name)
    ]
    return mentions


def _full_names(reg: Registry, people: Sequence[Mention]) -> None:
    """Point each surname, double surname, clan-prefixed short form, trailing words and first name at the
    fullest name that has it (the longest multi-word name per surname)."""
    firsts: dict[str, str] = {}
    for m in sorted(people, key=lambda m: len(m.name.split())):
        parts = m.name.split()
        reg.full_names[m.name.lower()] = m.name
        if len(parts) >= 3 and _rx(r"[A-Z][a-z]+-[a-z]+").fullmatch(parts[-1]):
            # "Grace Tsui Wing-yan", "Vincent Lam Chi-wai": the family name comes before the given name
            reg.by_surname.setdefault(parts[-2].lower(), []).append(m)
            reg.full_names.setdefault(parts[-2].lower(), m.name)
        if len(parts) >= 2:
            key = parts[-1].lower()
            reg.by_surname.setdefault(key, []).append(m)
            existing = reg.full_names.get(key)
            if existing is None or len(existing.split()) <= len(parts):
                reg.full_names[key] = m.name
            firsts.setdefault(parts[0].lower(), m.name)
            reg.full_names[" ".join(parts[-2:]).lower()] = m.name
            if len(parts) >= 3 and parts[-2][:1].isupper() and parts[-2].lower() not in _CONNECTORS:
                # Spanish and Portuguese double surnames: "Torres" for María Elena Torres Vázquez
                reg.full_names.setdefault(parts[-2].lower(), m.name)
                reg.by_surname.setdefault(parts[-2].lower(), []).append(m) if m not in reg.by_surname.get(parts[-2].lower(), []) else None
            if len(parts) >= 3 and parts[0].lower() in _NAME_PREFIXES:
                # "Malik Qayyum" and "Rana Shahbaz" for Malik Abdul Qayyum and Rana Shahbaz Iqbal
                for short in (f"{parts[0]} {parts[-1]}".lower(), f"{parts[0]} {parts[1]}".lower()):
                    if len(reg.full_names.get(short, "").split()) < len(parts):
                        reg.full_names[short] = m.name
            for k in range(3, len(parts)):
                # "Mr Mac Giolla Phádraig" for Ruairí Mac Giolla Phádraig
                tail = " ".join(parts[-k:]).lower()
                if len(reg.full_names.get(tail, "").split()) < len(parts):
                    reg.full_names[tail] = m.name
    for key, name in firsts.items():
        if reg.full_names.get(key, key).lower() == key:
            reg.full_names[key] = name  # a first name only where no surname is the same word ("said Jonas")


def _contiguous(part: Sequence[str], whole: Sequence[str]) -> bool:
    n = len(part)
    return any(list(whole[i : i + n]) == list(part) for i in range(len(whole) - n + 1))


def _shorter_forms(reg: Registry, people: Sequence[Mention]) -> None:
    """Point shorter forms made of consecutive words of one longer name at that name.

    Malaysian, Chinese, Arabic and Spanish names are often shortened by keeping their first or middle
    words, not the last: "Mohd Hafiz" for Mohd Hafiz Rahman, "Kamarul Ariffin" for Kamarul Ariffin Yusof,
    "Lim" for Thomas Lim Wei Keat. A form that fits two longer names, or that already names someone else,
    is left alone.
    """
    longs = list(dict.fromkeys(m.name for m in people if len(m.name.split()) >= 3))
    holders: Counter = Counter()  # how many of the longer names hold each run of consecutive words
    for full in longs:
        parts = full.split()
        holders.update({tuple(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)})
    for full in longs:
        parts = full.split()
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                sub = parts[i:j]
                if len(sub) == len(parts) or all(w.lower() in _CONNECTORS or w.lower() in HONORIFICS for w in sub):
                    continue
                if holders[tuple(sub)] != 1:
                    continue
                key = " ".join(sub).lower()
                if len({m.name for m in reg.by_surname.get(key, [])} - {full}) > 1:
                    continue
                existing = reg.full_names.get(key)
                if existing is None or (existing != full and _contiguous(existing.split(), parts)):
                    reg.full_names[key] = full
    # "Malik Qadir" for Malik Ghulam Qadir Joiya: the first word and a later one of a name of four or more words
    pairs: Counter = Counter((full.split()[0], w) for full in longs for w in full.split()[2:] if len(full.split()) >= 4)
    for full in longs:
        parts = full.split()
        if len(parts) < 4 or parts[0].lower() in HONORIFICS:
            continue
        for w in parts[2:]:
            key = f"{parts[0]} {w}".lower()
            if pairs[(parts[0], w)] == 1 and w.lower() not in _CONNECTORS and reg.full_names.get(key, key).lower() == key and key not in reg.by_surname:
                reg.full_names[key] = full


def _aliases(text: str, body_start: int, reg: Registry, low: str) -> None:
    """Nicknames the article gives: "Thanawat Saengthong, a 29-year-old driver known to his neighbours as Tee"."""
    for alias in _near("known_as", text, body_start, low):
        # "Thanawat Saengthong, a 29-year-old driver known to his neighbours as Tee": "Tee" is him
        # ("Mrs Rudo Chiyangwa, popularly known as Mai Tafadzwa": the name without its title)
        named = [m.name for m in find_people(alias.group(1)) if m.kind == "person"]
        name = named[-1] if named else alias.group(1)
        if reg.full_names.get(alias.group(2).lower(), alias.group(2)) == alias.group(2):
            reg.full_names[alias.group(2).lower()] = reg.full_names.get(name.lower(), name)


def _names_said_in_quotes(reg: Registry, quoted: Sequence[Mention]) -> None:
    """Full names said only inside quotes, for a surname outside them."""
    for m in quoted:
        if m.kind == "person" and len(m.name.split()) >= 2:
            # "“So you haven’t heard from Walt Pruitt?” a reporter asked": the full name, said in a quote
            reg.full_names.setdefault(m.name.split()[-1].lower(), m.name)
            reg.full_names.setdefault(m.name.lower(), m.name)
