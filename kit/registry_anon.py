"""Anonymous sources in the registry: "one official", "a spokeswoman for the agency", "a driver
plying the route, who asked not to be named".

:func:`_counted_sources` finds the usual heads after "a", "one" or a number, with the gender a
pronoun or the noun says; :func:`_described_sources` finds any noun the article says is
anonymous. The place where a source is introduced as a sentence's subject is kept, so that a
later "she said" can be that source; capitalised words inside the description ("Form Three",
"Camp Nine") are no people.

>>> _opens_sentence("He left. One official said", 9), _opens_sentence("He met one official", 7)
(True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .name_lexicons import ANON_HEADS, _NOT_NAMES, _SENTENCE_ADVERBS, first_name_genders
from .registry_core import Registry
from .registry_genders import _KIN_GENDER, GENDERED_HEADS
from .registry_scans import _near
from .scan import compiled as _rx

__all__: list[str] = []


def _counted_sources(text: str, body_start: int, reg: Registry) -> None:
    """Anonymous sources named by a head noun after "a", "one", "another" or a number ("one official", "two
    people familiar with the talks"), with their gender when a pronoun or the noun says it. A short name or a gloss
    in brackets may follow the noun ("a barangay kagawad (councilor), who asked not to be named")."""
    anon_heads = "|".join(sorted(ANON_HEADS, key=len, reverse=True))
    for match in _rx(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Dd]ozens\s+of|[Mm]ore\s+than\s+\d+)\s+((?:(?!(?:for|of|the|to|with|from|in|on|at|by)\b)[\w’'-]+\s+){{0,3}}?({anon_heads})"
        r"(?:\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|involved\s+in|briefed\s+on|aware\s+of|at|in|for|from)(?:\s+(?!who\b|and\b|but\b|then\b)(?![a-z]+ed\b)[\w’'-]+){1,7}?)?)(?:\s+\([A-Z][A-Za-z]{1,7}\)|\s+\([a-z][a-z -]{1,25}\))?(?=[,.;:]|\s+(?:who|said|says|told|speaking|wrote|warned|raised|argued|urged|added|signed|called)\b)").finditer(text[body_start:]):
        apposed_to = _rx(r"\b([A-Z][\w’'-]+),\s*$").search(text[max(0, body_start + match.start() - 30) : body_start + match.start()])
        if apposed_to and apposed_to.group(1).lower() not in _NOT_NAMES and apposed_to.group(1).lower() not in _SENTENCE_ADVERBS:
            continue  # "Bill, a retired farmer who ...": a named person described, not an anonymous source
        reg.anonymous.setdefault(match.group(2), match.group(1).strip())
        kin = _KIN_GENDER.get(match.group(2)) or GENDERED_HEADS.get(match.group(2))
        if kin:
            reg.genders.setdefault(match.group(1).strip(), kin)
        follow = text[body_start + match.end() : body_start + match.end() + 160]
        pronoun = _rx(r"[^.;]*?\b(?:who|speaking|because)\b[^.;]{0,100}?\b(she|her|he|his)\b", re.IGNORECASE).match(follow)
        gender = kin
        if pronoun:
            gender = "f" if pronoun.group(1).lower() in ("she", "her") else "m"
            for key in (match.group(1).strip(), match.group(2), match.group(0).strip()):
                reg.genders.setdefault(key, gender)
        if _opens_sentence(text, body_start + match.start()) or _rx(r"\baccording\s+to\s+$").search(text[max(0, body_start + match.start() - 15) : body_start + match.start()]) or (
            # ("In response to queries, a spokeswoman for the agency said ...": she speaks; "she" later is her)
            _rx(r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s+(?:said|says|told)\b").match(text[body_start + match.end() : body_start + match.end() + 30])
            and _rx(r"(?:^|[.!?”\"]\s+|\n)[A-Z][^.!?\n]{0,60},\s+$").search(text[max(0, body_start + match.start() - 80) : body_start + match.start()])
        ):
            reg.anonymous_at.append((body_start + match.start(), match.group(1).strip(), gender))


def _described_sources(text: str, body_start: int, reg: Registry, low: str) -> list[tuple[int, int]]:
    """Any noun the article says is anonymous: "One senior civil servant, who spoke on condition of anonymity".

    Returns where the sources introduced as a sentence's subject are described; sorts ``reg.anonymous_at``.
    """
    described: list[tuple[int, int]] = []
    introduced_at = {at for at, _, _ in reg.anonymous_at}
    for match in _near("anon_who", text, body_start, low):
        # ("a police officer attached to Kitenga police post": what they do or where they are posted is part of
        # who they are; "driving" a route is not)
        doing = match.group("doing")
        if doing and not _rx(r"\s+[a-z]+ed\b").match(doing):
            doing = None
        description = match.group(1).strip() + (doing.rstrip() if doing else "")
        if doing or reg.anonymous.get(match.group(2)) == match.group(2):
            # (a bare "member" from the scan before gives way to "member of the area council's disaster committee")
            reg.anonymous[match.group(2)] = description
        else:
            reg.anonymous.setdefault(match.group(2), description)
        follow = text[match.end() : match.end() + 160]
        pronoun = _rx(r"[^.;]*?\b(she|her|he|his)\b", re.IGNORECASE).match(follow)
        gender = ("f" if pronoun.group(1).lower() in ("she", "her") else "m") if pronoun else None
        if _opens_sentence(text, match.start()) and match.start() not in introduced_at:
            reg.anonymous_at.append((match.start(), description, gender))
            introduced_at.add(match.start())
            described.append((match.start(), match.end()))
    reg.anonymous_at.sort()
    return described


def _drop_names_in_descriptions(reg: Registry, described: list[tuple[int, int]]) -> None:
    """Drop the "people" that are words of an anonymous source's description ("A farmer at Camp Nine, who
    pleaded anonymity", "A Form Three student, who spoke on condition of anonymity")."""
    if described:
        # "A driver plying the San Roque–Poblacion route, who ...": a one-word "name" in the description is a
        # place, not a person a later "he" could be
        starts = [m.start for m in reg.mentions]
        places = {
            id(m) for at, end in described for m in reg.mentions[bisect_left(starts, at) : bisect_left(starts, end)]
            if m.kind == "person" and not m.role and not m.gender and m.name.split()[0].lower() not in first_name_genders()
        }  # ("A farmer at Camp Nine, who pleaded anonymity": "Camp Nine" is where he farms)
        if places:
            reg.mentions = [m for m in reg.mentions if id(m) not in places]
            reg.positions = [m.start for m in reg.mentions]
    if reg.anonymous_at:
        # "A Form Three student, who spoke on condition of anonymity": "Form Three" is part of the description, not
        # a person of that name
        starts = [m.start for m in reg.mentions]
        inside_description = {
            id(m) for at, description, _ in reg.anonymous_at
            for m in reg.mentions[bisect_left(starts, at) : bisect_left(starts, at + len(description) + 4)]
            if m.kind == "person" and m.name in description and m.name != description
        }
        if inside_description:
            reg.mentions = [m for m in reg.mentions if id(m) not in inside_description]
            reg.positions = [m.start for m in reg.mentions]


def _opens_sentence(text: str, pos: int) -> bool:
    """Does a sentence (or paragraph) begin at ``pos``? Anonymous sources are introduced as subjects."""
    before = text[max(0, pos - 6) : pos]
    if not before.strip() or _rx(r"(?:[.!?:][\"”’»]?|\n)\s*$").search(before) is not None:
        return True  # (a paragraph start counts even after a closing quote mark: '... leg."\n\nOne driver')
    # "At the Villefranche site, a police officer who ...": after a short opening phrase and its comma
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    lead = text[start:pos]
    if _rx(r"\s*(?:However|But|And|Yet|Still|Separately|Instead|Also),?\s+").fullmatch(lead):
        return True  # "However, a senior factory employee, who ...": a connective, then the subject
    if _rx(r"\s*(?:When|Once|If)\s+(?:contacted|reached|asked|approached|called|interviewed)\b[^,]{0,40},\s+").fullmatch(lead):
        return True  # "When contacted, a purchasing clerk at one of the sheds, who ..., denied"
    return bool(_rx(r"\s*(?:At|In|On|Outside|Inside|Near|By|After|Before|Later|Earlier|Meanwhile|Nearby|Elsewhere)\b[^,]{0,60},\s+").fullmatch(lead))
