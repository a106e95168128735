"""Genders and relatives in the registry: kin words, gendered nouns, given names and pronouns.

"His daughter, Elif Yıldız," says she is a woman and the man named just before is a man, and
that he is her father; "his mother" after Karim Haddad is the Haddad who is a woman; "with her
husband, Bernard," then "Mr. Marchetti" is Bernard Marchetti. Given names and honorifics say
more, and at last :func:`_learn_genders` lets the pronouns after each name vote.

>>> _apposed_kin("Omar Yıldız spoke. His daughter, Elif Yıldız, agreed.", 0,
...              [Mention(0, 11, "Omar Yıldız", "person"), Mention(35, 46, "Elif Yıldız", "person")])
{'Elif Yıldız': 'f', 'Omar Yıldız': 'm'}
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Sequence

from .articles import Span
from .mentions import Mention
from .name_lexicons import PRONOUNS, _NAME_PREFIXES, first_name_genders
from .registry_core import Registry
from .registry_scans import _near
from .scan import compiled as _rx

__all__ = ["GENDERED_HEADS"]

# role nouns that say the holder's gender ("a spokeswoman for the department ... she said")
GENDERED_HEADS = {
    "spokeswoman": "f", "spokesman": "m", "chairwoman": "f", "chairman": "m", "businesswoman": "f",
    "businessman": "m", "policewoman": "f", "policeman": "m", "congresswoman": "f", "congressman": "m",
    "councilwoman": "f", "councilman": "m", "fisherman": "m", "fishermen": "m", "sportswoman": "f", "sportsman": "m",
}


# kin words and nouns for a person that say a gender ("his daughter", "one woman")
_KIN_GENDER = {
    "son": "m", "father": "m", "man": "m", "boy": "m", "husband": "m", "brother": "m", "grandfather": "m",
    "daughter": "f", "mother": "f", "woman": "f", "girl": "f", "wife": "f", "sister": "f", "grandmother": "f",
}


def _apposed_kin(text: str, body_start: int, mentions: Sequence[Mention]) -> dict[str, str]:
    """Genders from "His daughter, Elif Yıldız," (she is a woman, the man just named is a man)."""
    people = sorted((m for m in mentions if m.kind == "person" and len(m.name.split()) >= 2), key=lambda m: m.start)
    starts = [m.start for m in people]
    genders: dict[str, str] = {}
    for match in _near("apposed_kin", text, body_start):
        genders.setdefault(match.group(3), _KIN_GENDER[match.group(2).lower()])
        near = people[bisect_right(starts, match.start() - 300) : bisect_left(starts, match.start())]
        before = [m for m in near if m.name != match.group(3)]
        if before:
            genders.setdefault(before[-1].name, "m" if match.group(1).lower() == "his" else "f")
    return genders


# (kin word, owner's gender) -> the word for the owner as seen from the relative: his wife's husband
_INVERSE_KIN = {("wife", "m"): "husband", ("wife", "f"): "wife", ("husband", "f"): "wife", ("husband", "m"): "husband",
                ("son", "m"): "father", ("son", "f"): "mother", ("daughter", "m"): "father", ("daughter", "f"): "mother"}


def _apposed_relatives(text: str, body_start: int, mentions: Sequence[Mention]) -> dict[tuple[str, str], str]:
    """Who is whose relative: "Thanh, 54, and his wife, Vo Thi Kim Loan," gives (Thanh, wife) and (Vo Thi Kim Loan, husband)."""
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    starts = [m.start for m in people]
    pairs: dict[tuple[str, str], str] = {}
    for match in _near("apposed_kin", text, body_start):
        near = people[bisect_right(starts, match.start() - 300) : bisect_left(starts, match.start())]
        before = [m for m in near if m.name != match.group(3)]
        if not before:
            continue
        owner, word, relative = before[-1].name, match.group(2).lower(), match.group(3)
        pairs.setdefault((owner, word), relative)
        owner_gender = "m" if match.group(1).lower() == "his" else "f"
        inverse = _INVERSE_KIN.get((word, owner_gender))
        if inverse:
            pairs.setdefault((relative, inverse), owner)
    return pairs


def _kin_mentions(text: str, body_start: int, mentions: Sequence[Mention], known: dict[str, str] | None = None) -> list[Mention]:
    """"His mother" after Karim Haddad: the Haddad who is a woman, as a mention at that place.

    Only when the family shares the surname and exactly one other member fits the kin word's gender.
    """
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    people_starts = [m.start for m in people]
    surnames: dict[str, set[str]] = {}
    for m in people:
        if len(m.name.split()) >= 2:
            surnames.setdefault(m.name.split()[-1], set()).add(m.name)
    # every full name under its first and its last word, in the order the search below expects
    by_part: dict[str, list[str]] = {}
    for ns in surnames.values():
        for n in sorted(ns):
            parts = n.split()
            by_part.setdefault(parts[0], []).append(n)
            if parts[-1] != parts[0]:
                by_part.setdefault(parts[-1], []).append(n)
    out = []
    for match in _near("kin", text, body_start):
        owner_gender = "m" if match.group(1).lower() == "his" else "f"
        before = people[bisect_left(people_starts, match.start() - 599) : bisect_left(people_starts, match.start())]
        owner = None
        def gender_of(name: str) -> str | None:
            return (known or {}).get(name) or first_name_genders().get(name.split()[0].lower())

        for m in reversed(before):
            if len(m.name.split()) >= 2:
                fulls = [m.name]
            else:
                fulls = list(by_part.get(m.name, ()))
                if len(fulls) > 1:
                    # "Mr McInnes" when Lyn and Graham McInnes are both named: the one of his gender
                    fulls = [n for n in fulls if gender_of(n) in ((m.gender or owner_gender), None)][:1] if m.gender in (owner_gender, None) else []
            full = fulls[0] if fulls else None
            if full and (m.gender or gender_of(full)) == owner_gender:
                owner = full
                break
        if not owner:
            continue
        gender = _KIN_GENDER[match.group(2).lower()]
        family = [
            n for n in surnames.get(owner.split()[-1], set())
            if n != owner and ((known or {}).get(n) or first_name_genders().get(n.split()[0].lower())) in (gender, None)
        ]
        if len(family) == 1:
            out.append(Mention(match.start(), match.end(), family[0], "person", gender))
    return out


def _kin_first_names(text: str, body_start: int, reg: Registry, low: str) -> None:
    """A relative named by a first name after a kin word gets the family's surname, a gender and a kin link.

    "Hélène Marchetti ... with her husband, Bernard," then "Mr. Marchetti": Bernard Marchetti.
    """
    mentions = reg.mentions
    mention_starts = [m.start for m in mentions]
    for match in _near("kin_first_name", text, body_start, low):
        # "Hélène Marchetti ... with her husband, Bernard," then "Mr. Marchetti": Bernard Marchetti
        at = match.start()
        near = mentions[bisect_right(mention_starts, at - 300) : bisect_left(mention_starts, at)]
        owners = [m for m in near if m.kind == "person" and len(m.name.split()) >= 2]
        if not owners or match.group(3).lower() in reg.full_names:
            continue
        surname = owners[-1].name.split()[-1]
        composed = f"{match.group(3)} {surname}"
        given_gender = _KIN_GENDER.get(match.group(2).lower())
        reg.full_names[match.group(3).lower()] = composed
        reg.full_names[composed.lower()] = composed
        reg.by_surname.setdefault(surname.lower(), [owners[-1]]).append(Mention(at, at + len(match.group()), composed, "person", given_gender))
        if given_gender:
            reg.genders.setdefault(composed, given_gender)
        reg.kin.setdefault((owners[-1].name, match.group(2).lower()), composed)


# South Asian and Malay name prefixes that say a person's gender: "Md"/"Mohd" (Mohammad), "Mst" (Mosammat)
_GENDERED_PREFIXES = {"md": "m", "mohd": "m", "muhd": "m", "mst": "f", "mosammat": "f", "mossammat": "f"}


def _genders_from_names(reg: Registry, people: Sequence[Mention]) -> None:
    """Genders from the given names of full names, and for the other holder of a surname two people share."""
    names = first_name_genders()
    for full in set(reg.full_names.values()):
        parts = full.lower().split()
        first = parts[0]
        if len(parts) >= 3 and first in _NAME_PREFIXES:
            # "Rana Tariq Mehmood": a clan prefix, then the given name that says who he is (if the list knows it:
            # "Rana Zulfiqar Hussain" is not the woman's name "Rana")
            first = parts[1]
        if len(parts) >= 2 and first in names:
            reg.genders.setdefault(full, names[first])
        elif len(parts) >= 2 and parts[0].rstrip(".") in _GENDERED_PREFIXES:
            # "Md Shahidul Islam" (Mohammad), "Mst Rokeya Begum" (Mosammat): the prefix says who it is
            reg.genders.setdefault(full, _GENDERED_PREFIXES[parts[0].rstrip(".")])
    for m in people:
        if m.gender and len(m.name.split()) == 1 and len({p.name for p in reg.by_surname.get(m.name.lower(), [])}) > 1:
            # "Mr Mwale" when Esther Mwale is a woman: the other Mwale, Lubinda, is the man
            reg.genders.setdefault(reg.full(m.name, m.start, m.gender), m.gender)


def _voter(reg: Registry, m: Mention) -> str:
    """Whose gender a pronoun after mention ``m`` votes for; a bare surname two people share votes for nobody."""
    if len(m.name.split()) > 1:
        return reg.full_names.get(m.name.lower(), m.name)
    if len({p.name for p in reg.by_surname.get(m.name.lower(), [])}) > 1:
        return reg.full(m.name, m.start, m.gender) if m.gender else "\x00" + m.name
    return reg.full(m.name)


def _learn_genders(text: str, reg: Registry, sentences: Sequence[Span], quoted: Sequence[tuple[int, int]] = ()) -> None:
    """Vote a gender for each person from the pronouns that follow their mentions.

    Pronouns inside quotes are the speaker's words about someone else and do not vote; "he said" right
    after a quote votes twice.
    """
    quote_starts = [a for a, _ in quoted]

    def in_quote(pos: int) -> bool:
        k = bisect_right(quote_starts, pos) - 1
        return k >= 0 and quoted[k][0] <= pos < quoted[k][1]

    votes: dict[str, dict[str, int]] = {}
    people = [m for m in reg.mentions if m.kind == "person"]
    starts = [m.start for m in people]
    for match in _rx(r"(?<![\w’'-])(he|his|him|she|her|hers)(?![\w’'-])", re.IGNORECASE).finditer(text):
        pos = match.start()
        if quoted and in_quote(pos):
            continue
        idx = bisect_right(starts, pos) - 1
        if idx < 0:
            continue
        window_start = max(0, pos - 220)
        recent = {_voter(reg, m) for m in people[max(0, idx - 3) : idx + 1] if m.start >= window_start}
        if len(recent) != 1:
            continue
        (name,) = recent
        gender = PRONOUNS[match.group(1).lower()]
        votes.setdefault(name, {}).setdefault(gender, 0)
        cue = _rx(r"\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|recalled|insisted)\b").match(text[match.end() : match.end() + 12])
        # ("The DCP said the gang persuaded the victim to transfer his savings": a possessive is often about
        # someone else in the sentence, so it counts half, and one on its own decides nothing)
        votes[name][gender] += 2 if cue else (0.5 if match.group(1).lower() in ("his", "her", "hers") else 1)
    for name, counts in votes.items():
        if name in reg.genders:
            continue
        best = max(counts, key=counts.get)
        if counts[best] >= 1 and counts[best] >= 2 * sum(v for g, v in counts.items() if g != best):
            reg.genders[name] = best
