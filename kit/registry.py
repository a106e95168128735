"""The registry: everyone and every body an article names, built once before attribution.

:func:`build_registry` runs :func:`kit.people.find_people` over the whole article and
learns what later mentions mean: the fullest form of each name ("Rutte" is "Mark Rutte"),
genders from honorifics, kin words and the pronouns next to a name, roles ("the mayor",
"the DC"), relatives ("his wife, Wati"), anonymous sources ("one official, who asked not to
be named") and the organisations. :mod:`kit.attribution` looks speakers up in it.

>>> reg = build_registry("Mayor Dana Okafor spoke. Okafor said it.", 0, [])
>>> reg.full("Okafor"), reg.roles["mayor"]
('Dana Okafor', 'Dana Okafor')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace, dataclass, field
from typing import Iterator, Sequence

from .articles import Span
from .quotes import QuoteSpan
from .people import (
    ANON_HEADS,
    HONORIFICS,
    PRONOUNS,
    ROLE_WORDS,
    _ACTS_AS_BODY,
    _CHIEFLY_TITLE,
    _CONNECTORS,
    _KNOWN_AS,
    _LEGAL_BRACKET,
    _MADE_ROLE,
    _NAME_PREFIXES,
    _NOT_NAMES,
    _TITLES_BEFORE_FULL_NAMES,
    _ROYAL_TITLES,
    _SENTENCE_ADVERBS,
    _TITLE_ROLES,
    Mention,
    demonyms,
    find_people,
    first_name_genders,
    place_names,
)
from .scan import compiled as _rx
from .scan import finditer_near

__all__ = ["Registry", "GENDERED_HEADS", "build_registry"]


@dataclass
class Registry:
    """Everything the attribution rules know about the people in one article."""

    mentions: list[Mention]
    positions: list[int] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)  # lower surname / name -> full name
    genders: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # role head word -> full name
    orgs: list[Mention] = field(default_factory=list)
    anonymous: dict[str, str] = field(default_factory=dict)  # head noun -> description in the article
    anonymous_at: list[tuple[int, str, str | None]] = field(default_factory=list)  # (position, description, gender)

    by_surname: dict[str, list[Mention]] = field(default_factory=dict)  # surname -> full-name mentions
    text: str = ""  # the article text the registry was built from
    cache: dict = field(default_factory=dict)  # answers that depend only on the article (e.g. an org's fullest name)
    kin: dict[tuple[str, str], str] = field(default_factory=dict)  # (person as written, "husband") -> relative as written

    def full(self, name: str, pos: int | None = None, gender: str | None = None) -> str:
        """The fullest form of ``name``; with a shared surname, the one of the right gender, else the nearest before ``pos``."""
        key = name.lower()
        candidates = self.by_surname.get(key)
        if candidates and len({m.name for m in candidates}) > 1:
            names = list(dict.fromkeys(m.name for m in candidates))
            if gender:
                fitting = [n for n in names if self.genders.get(n) == gender]
                if len(fitting) == 1:
                    return fitting[0]
                if not fitting:
                    # "Mrs Jones" when Gareth Jones is a man and Eleri Jones's gender is unknown: not Gareth
                    possible = [n for n in names if self.genders.get(n) in (gender, None)]
                    if len(possible) == 1:
                        return possible[0]
                if len(fitting) > 1 and self.text:
                    # "Mr Haddad" between Samir Haddad and his son, who the article calls "Karim": the one
                    # the article does not call by first name alone
                    formal = [n for n in fitting if not self._first_name_alone(n)]
                    if len(formal) == 1:
                        return formal[0]
                    candidates = [m for m in candidates if m.name in fitting]
            # a bare shared surname means the person the article introduced first (its main subject)
            return candidates[0].name if pos is None else min(
                (m for m in candidates if m.start < pos), key=lambda m: m.start, default=candidates[0]
            ).name
        return self.full_names.get(key, name)


    def _first_name_alone(self, name: str) -> bool:
        """Does the article call ``name`` by the first name alone somewhere ("Karim")? Cached per name."""
        if "following" not in self.cache:
            # every capitalised word with what comes right after it, built once: linear in the article
            following: dict[str, set[str]] = {}
            for match in _rx(r"(?<![\w’'-])([A-Z][\w’'-]*)(?![\w’'-])(\s+[^\s]+)?").finditer(self.text):
                following.setdefault(match.group(1), set()).add((match.group(2) or "").strip())
            self.cache["following"] = following
        first, last = name.split()[0], name.split()[-1]
        return any(not nxt.startswith(last) for nxt in self.cache["following"].get(first, ()))


# role nouns that say the holder's gender ("a spokeswoman for the department ... she said")
GENDERED_HEADS = {
    "spokeswoman": "f", "spokesman": "m", "chairwoman": "f", "chairman": "m", "businesswoman": "f",
    "businessman": "m", "policewoman": "f", "policeman": "m", "congresswoman": "f", "congressman": "m",
    "councilwoman": "f", "councilman": "m", "fisherman": "m", "fishermen": "m", "sportswoman": "f", "sportsman": "m",
}


_KIN_GENDER = {
    "son": "m", "father": "m", "man": "m", "boy": "m", "husband": "m", "brother": "m", "grandfather": "m",
    "daughter": "f", "mother": "f", "woman": "f", "girl": "f", "wife": "f", "sister": "f", "grandmother": "f",
}


_FIRST_NAME_ONLY = re.compile(
    r"\b(?:only\s+(?:by\s+)?(her|his|their)\s+first\s+name|(?:her|his|their)\s+first\s+name\s+only|"
    r"identified\s+only\s+as|gave\s+(?:her|his|their)\s+name\s+(?:only\s+)?as|known\s+only\s+as)"
    r"[\s,:]+(?:be\s+used[\s,:]+)?([A-Z][a-z’'-]+)\b"
)


_FIRST_NAME_WORDS = ("first name", "identified", "gave", "known only")


_KIN_WORDS = ("husband", "wife", "son", "daughter", "brother", "sister")


_KIN_FIRST_NAME = re.compile(r"\b(his|her|His|Her)\s+(husband|wife|son|daughter|brother|sister),\s+([A-Z][a-z’'-]+)\b(?!\s+[A-Z])")


_MADE_WORDS = ("declared", "named", "appointed", "elected", "sworn", "confirmed", "chosen")


_FIRST_NAME_BEFORE = re.compile(r"\bonly\s+(her|his|their)\s+first\s+name\s+(?:be\s+used|be\s+published|be\s+given)")


_KIN = re.compile(r"\b(His|Her|his|her)\s+(mother|father|wife|husband|son|daughter|brother|sister)\b(?!\s*,?\s+[A-Z])")


_ANON_WHO = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+((?:(?!(?:at|in|of|for|from|with|on|the|to|by|said|says|told)\b)[\w’'-]+\s+){0,3}?((?!there\b|here\b|said\b|says\b|told\b|added\b|wrote\b|asked\b)[a-z][\w-]+|GP|MP|MSP|MLA|TD|MCA|MPP))"
    r"(?:\s+(?:there|here))?"  # ("One senior civil servant there, who asked not to be named")
    # (where they are from, and what that place is: "A charcoal burner at Mpanda, a hamlet near the forest, who ...")
    r"(?:\s+(?:at|in|from|near|outside|on|of|with)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:,\s+(?:an?|the)\s+[^,.;“”\"]{1,60})?"
    # ("A former project coordinator at the firm, who spoke to CNA on condition of anonymity")
    r"|\s+(?:at|in|from|with|on|for|of|inside|within|near|outside)\s+(?:the|a|an|one|its|their|\d+)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+"
    # ("A driver plying the San Roque–Poblacion route, who asked not to be named")
    # ("a police officer attached to Kitenga police post, who asked not to be named")
    r"|(?P<doing>\s+(?!speaking\b|talking\b|requesting\b|declining\b|preferring\b|craving\b|pleading\b|seeking\b)[a-z]{3,}(?:ing|ed)\s+(?:(?:to|at|in|by|with|on|for)\s+)?(?:the|a|an|his|her|their|[A-Z][\w’'-]*)\s+[^,.;“”\"]{0,50}))?(?:\s+\([A-Z][A-Za-z]{1,7}\))?,?\s+"  # ("at the Smallholder Tea Development Board (STDB), who")
    # ("One Democratic senator, speaking on condition of anonymity because ...")
    r"(?:(?:speaking|talking)\s+on\s+(?:the\s+)?condition|(?:requesting|preferring|craving|pleading|seeking)\s+anonymity|declining\s+to\s+be\s+(?:named|identified)|"
    r"who\s+"
    # ("A former field sampler, who worked for the authority from 2017 to 2022 and asked not to be named")
    r"(?:[^,.;“”\"]{0,90}?\s+and\s+)?"
    r"(?:asked|spoke|requested|declined|pleaded\s+anonymity|pleaded\s+not\s+to\s+be\s+(?:named|identified|mentioned)|craved\s+anonymity|sought\s+anonymity|preferred\s+anonymity|preferred\s+not\s+to\s+be\s+named|"
    r"preferred\s+to\s+remain\s+anonymous|wish(?:ed|es)\s+to\s+remain\s+anonymous|wish(?:ed|es)\s+not\s+to\s+be\s+(?:named|identified)|was\s+granted\s+anonymity|did\s+not\s+want|didn[’']t\s+want|did\s+not\s+wish|didn[’']t\s+wish|would\s+not\s+give|was\s+not\s+authori[sz]ed|"
    r"were\s+not\s+authori[sz]ed|is\s+not\s+authori[sz]ed|are\s+not\s+authori[sz]ed|insisted\s+on|requested|would\s+speak\s+only))"
)


_APPOSED_KIN_WORDS = tuple(f"{word}," for word in "son daughter wife husband mother father brother sister".split())


_APPOSED_KIN = re.compile(
    # ("His wife, Wati, said": a person known by one name)
    r"\b(His|Her|his|her)\s+(son|daughter|wife|husband|mother|father|brother|sister),\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+|[A-Z][\w’'-]+(?=,))"
)


# "The head of the Lamuru Fisheries Agency, Hasnawati, said": a person known by one name, set off by commas after
# the description the sentence opens with
_ONE_NAME_APPOSED = re.compile(
    r",\s+([A-Z][a-z’'-]+),\s+(?:said|says|told|added|explained|noted|insisted|warned|admitted|agreed)\b"
)
# (and the sentence must open with the description: checked on the 90 characters before the name)
_DESCRIPTION_OPENS = re.compile(r"(?:^|[.!?]\s|\n)(?:The|A|An)\s+[^,.;:\"“”\n]{3,80}$")


# whole-text scans that can only match near a keyword: (pattern, keywords, reach before, reach after);
# tests/test_scan.py checks on every seed that they find exactly what a plain scan finds
_NEAR_SCANS: dict[str, tuple[re.Pattern[str], tuple[str, ...], int, int]] = {
    "apposed_kin": (_APPOSED_KIN, _APPOSED_KIN_WORDS, 10, 90),
    "kin": (_KIN, _KIN_WORDS + ("mother", "father"), 10, 40),
    "first_name_only": (_FIRST_NAME_ONLY, _FIRST_NAME_WORDS, 30, 60),
    "first_name_before": (_FIRST_NAME_BEFORE, ("first name",), 30, 40),
    "kin_first_name": (_KIN_FIRST_NAME, _KIN_WORDS, 10, 60),
    "known_as": (_KNOWN_AS, ("known", "called", "nicknamed"), 240, 60),
    "made_role": (_MADE_ROLE, _MADE_WORDS, 300, 60),
    "anon_who": (_ANON_WHO, ("who", "condition", "anonymity", "declining"), 220, 60),
}


def _near(name: str, text: str, start: int, lowered: str | None = None) -> Iterator[re.Match[str]]:
    pattern, keywords, before, after = _NEAR_SCANS[name]
    return finditer_near(pattern, text, start, keywords, before, after, lowered=lowered)


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


_LISTENER = re.compile(
    r"\b(?:[Ss]peaking|[Ss]poke|[Tt]alking|told|telling|said\s+to|interview\s+with|[Ww]riting\s+(?:to|for)|"
    r"(?:contacted|interviewed|reached|seen|obtained)\s+by)\s+(?:to\s+|with\s+)?(?:[Tt]he\s+)?\Z"
)


# a news outlet's own reporting verbs: "The Guardian Post gathered that", "Premium Times learnt"
_OUTLET_VERB = re.compile(r"\s+(?:has\s+)?(?:gathered|learnt|learned|understands|established)\b")


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


_SPEAKS_AFTER_NAME = re.compile(r"\s+(?:said|says|told|added|denied|explained|insisted|noted|argued|warned|claimed|admitted|confirmed|urged|called)\b|,")


def build_registry(text: str, body_start: int, sentences: Sequence[Span], quotes: Sequence[QuoteSpan] = ()) -> Registry:
    found = find_people(text, body_start)
    every_mention = found
    if quotes:
        bounds = [(q.start, q.end) for q in quotes]
        starts = [b[0] for b in bounds]

        def inside(pos: int) -> bool:
            k = bisect_right(starts, pos) - 1
            return k >= 0 and bounds[k][0] <= pos < bounds[k][1]

        found = [m for m in found if not inside(m.start)]
    found = _surname_first(text, found)
    known = set()
    for m in found:
        if m.kind == "person" and len(m.name.split()) >= 2:
            parts = m.name.lower().split()
            known.update((parts[0], parts[-1], m.name.lower()))
            if len(parts) >= 3 and m.name.split()[-2][:1].isupper() and parts[-2] not in _CONNECTORS:
                known.add(parts[-2])  # "Torres" for María Elena Torres Vázquez: the first of two surnames
    # "who asked that only her first name, Denise, be used", "identified only as Tomas": a person known by
    # one name for the whole article
    first_only = {}
    low = text.lower()
    for match in _near("first_name_only", text, body_start, low):
        pronoun = (match.group(1) or "").lower()
        first_only[match.start(2)] = {"her": "f", "his": "m"}.get(pronoun) or first_name_genders().get(match.group(2).lower())
    for match in _near("first_name_before", text, body_start, low):
        # "For Linh, 61, a retired bookkeeper ... who asked that only her first name be used"
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()), body_start)
        names = [m for m in _rx(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z’'-]+)\b(?=,)").finditer(text[start : match.start()])]
        if names:
            first_only[start + names[-1].start(1)] = {"her": "f", "his": "m"}.get(match.group(1).lower())
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
    found = [replace(m, gender=m.gender or first_only[m.start]) if m.start in first_only else m for m in found]
    known.update(m.name.lower() for m in found if m.start in first_only)
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
    kin_genders = _apposed_kin(text, body_start, mentions)
    kin_pairs = _apposed_relatives(text, body_start, mentions)
    mentions = sorted(mentions + _kin_mentions(text, body_start, mentions, kin_genders), key=lambda m: m.start)
    reg = Registry(mentions, text=text)
    for name, gender in kin_genders.items():
        reg.genders.setdefault(name, gender)
    reg.kin.update(kin_pairs)
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
    reg.positions = [m.start for m in mentions]
    people = [m for m in mentions if m.kind == "person"]
    # fullest names: longest multi-word name per surname
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
    _shorter_forms(reg, people)
    for alias in _near("known_as", text, body_start, low):
        # "Thanawat Saengthong, a 29-year-old driver known to his neighbours as Tee": "Tee" is him
        # ("Mrs Rudo Chiyangwa, popularly known as Mai Tafadzwa": the name without its title)
        named = [m.name for m in find_people(alias.group(1)) if m.kind == "person"]
        name = named[-1] if named else alias.group(1)
        if reg.full_names.get(alias.group(2).lower(), alias.group(2)) == alias.group(2):
            reg.full_names[alias.group(2).lower()] = reg.full_names.get(name.lower(), name)
    if quotes:
        for m in every_mention:
            if m.kind == "person" and len(m.name.split()) >= 2 and inside(m.start):
                # "“So you haven’t heard from Walt Pruitt?” a reporter asked": the full name, said in a quote
                reg.full_names.setdefault(m.name.split()[-1].lower(), m.name)
                reg.full_names.setdefault(m.name.lower(), m.name)
    for m in people:
        if len(m.name.split()) == 1 and len({p.name for p in reg.by_surname.get(m.name.lower(), [])}) > 1:
            continue  # "Mr Haddad" with three Haddads: which one is settled later, not here
        full = reg.full(m.name, m.start, m.gender) if len(m.name.split()) == 1 else reg.full_names.get(m.name.lower(), m.name)
        if m.gender:
            reg.genders.setdefault(full, m.gender)
        if (m.role and _CHIEFLY_TITLE.match(m.role.lower())) or text[max(0, m.start - 4) : m.start] == "T/A ":
            reg.roles.setdefault("chief", full)  # "Traditional Authority Chiphwembwe", "T/A Kapemba" ... "the chief said"
        if (m.role and m.role.split()[-1].lower() in ("nana", "togbe", "togbui", "naa")) or _rx(r"\b[A-Z][a-z]+hene,?\s+(?:Nana\s+)?$").search(text[max(0, m.start - 40) : m.start]):
            reg.roles.setdefault("chief", full)  # "the Abesewahene, Nana Owusu Agyemang Boakye III" ... "the chief said"
        if m.role and m.role.lower() in ("chief", "senior chief", "paramount chief") and len(m.name.split()) == 1:
            reg.roles.setdefault("chief", full)  # "Chief Chilyabale": a traditional chief known by the chiefdom's name
        if m.role and m.role.split()[-1].lower().rstrip(".") == "dr" and len(m.name.split()) >= 2:
            reg.roles["doctor"] = full  # "Dr Md Mahbubur Rahman" ... "the doctor said": the doctor named last
        royal = _rx(r"\b(?:[Tt]he\s+)(\w+)\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+(?:(?:Chief|HRH|Oba|Alhaji)\.?\s+)*$").search(text[max(0, m.start - 80) : m.start])
        if (m.role and m.role.split()[-1].lower() in _ROYAL_TITLES) or (royal and royal.group(1).lower() in _ROYAL_TITLES):
            # ("The Baale of Oke-Afo, Chief Raimi Adeoti Olowookere" ... "the traditional ruler said")
            reg.roles["monarch"] = full  # "Oba Samuel Adeyemo-Fadipe" ... "the monarch said", "the royal father"
        if m.role and m.role.lower() in _TITLES_BEFORE_FULL_NAMES and len(m.name.split()) >= 2:
            # "Baba Chenjerai Mukoki" ... "said Baba Mukoki": the title with the surname is the same man
            titled = f"{m.role} {m.name.split()[-1]}"
            if reg.full_names.get(titled.lower(), titled).lower() == titled.lower():
                reg.full_names[titled.lower()] = full
        if m.role and m.role.split()[-1] == "Fon":
            reg.roles["fon"] = full  # "Fon Teboh Ndangoh II" ... "the Fon said" ("Fon" is also a family name)
        if m.role:
            role_words = [_TITLE_ROLES.get(w.rstrip("."), w) for w in m.role.lower().replace("-", " ").split()]
            for n, word in enumerate(role_words):
                # "Fire Chief Raymond Okafor" is "the chief"; "Chief Executive Ann Lee" is not
                titled = m.role.lower().split()[n].rstrip(".") in _TITLE_ROLES if n < len(m.role.split()) else False
                if n > 0 and role_words[n - 1] in ("vice", "deputy", "assistant", "associate", "former", "ex", "vice-"):
                    continue  # "Vice Mayor Teresita Ocampo-Yap" is not "the mayor"
                if word in ROLE_WORDS and (word not in ("vice", "deputy", "chief", "general") or n == len(role_words) - 1 and (n > 0 or titled)):
                    reg.roles[word] = full
    # appositive roles: "Dana Okafor, the school's principal," / "Okafor, 52, a teacher"
    for m in people:
        after = text[m.end : m.end + 90]
        match = _rx(r",\s*(?:\d+,\s*)?(?:the|a|an|[A-Z][\w’']*[’']s)\s+([^,.;]{2,70}?)(?:,|\.|\s+(?:said|says|told|added|of|at|for|in|with|from)\b)").match(after) or (
            _rx(r",\s*((?:deputy\s+|vice\s+|acting\s+)?[a-z-]+)\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]").match(after)  # "Alemayehu Desta, chairman of the ..."
            # "Patricia Olmstead, head judge of the weigh-off since 2011,"
            or _rx(r",\s*((?:[a-z-]+\s+)?(?:judge|officer|coordinator|organiser|organizer|director|manager|chair|head|curator|warden|ranger|inspector|superintendent))\s+(?:of|at|for)\s+the\s+[\w-]").match(after)
        )
        if match:
            for word in _rx(r"[\w-]+").findall(match.group(1).lower()):
                if word in ROLE_WORDS or word.endswith(("ist", "er", "or")) and len(word) > 5:
                    reg.roles.setdefault(word, reg.full(m.name))
    # roles just before a name: "The housing minister, Helen Marchbank," / "defence lawyer Curtis Bell"
    for m in people:
        if len(m.name.split()) < 2:
            continue
        before = text[max(0, m.start - 60) : m.start]
        before = text[max(0, m.start - 90) : m.start]
        portfolio = _rx(r"(?:\b[Tt]he\s+|\n)(?:[A-Za-z][a-z-]+\s+){0,3}?([A-Za-z][a-z-]+)(?:\s+\(([A-Z]{2,6})\))?\s+(?:for|of)\s+(?:the\s+)?[A-Z][^,.;\n]{0,80}(?:,\s+[A-Z][^,.;\n]{0,60})*,\s*(?:the\s+)?"
            r"(?:(?:Mr|Mrs|Ms|Dr|Chief|Prof|Alhaji|Comrade|Madam|Mdm|Dame|Sir|Cde|Hon|Ratu|Adi|Eng|Engr|Barr|Nana|Togbe|Oba|Datuk|Justice)\.?\s+)?$").search(("\n" if m.start <= 130 else "") + text[max(0, m.start - 130) : m.start])
        if not portfolio:
            # "Sindh Minister for Relief, Rehabilitation and Disaster Management Syed Ghulam Murtaza Hashmi": a long
            # capitalised title, commas and all, right before the name
            portfolio = _rx(r"\b([A-Z][a-z-]+)\s+(?:for|of)\s+(?:(?:[A-Z][\w’'-]*|and|&|the|in)[\s,]+){1,12}$").search(text[max(0, m.start - 130) : m.start])
        if portfolio and portfolio.group(1).lower() in ROLE_WORDS:
            reg.roles.setdefault(portfolio.group(1).lower(), m.name)  # "The Minister for Housing, Declan Moriarty,"
        if portfolio and portfolio.lastindex and portfolio.lastindex >= 2 and portfolio.group(2):
            reg.roles.setdefault(portfolio.group(2).lower(), m.name)  # "... Member (CEC) for Roads, ..., Ms Name" ... "the CEC"
        initials = _rx(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){1,6}\(([A-Z]{2,6})\),\s*(?:(?:Mr|Mrs|Ms|Dr|Eng|Engr|Hon|Prof)\.?\s+)?$").search(text[max(0, m.start - 120) : m.start])
        if initials:
            # "the Nyakasero District Executive Director (DED), Mr Emmanuel Paulo Nyirenda," ... "said the DED"
            reg.roles.setdefault(initials.group(1).lower(), m.name)
        if portfolio and portfolio.group(1).lower() == "member":
            # "Member of Parliament for the constituency, Clive Harrison," ... "the MP wrote"
            seat = _rx(r"[Mm]ember\s+of\s+(?:the\s+)?(Parliament|Legislative\s+Assembly|Provincial\s+Assembly|National\s+Assembly|County\s+Assembly)").search(portfolio.group())
            if seat:
                short = {"parliament": "mp", "legislative assembly": "mla", "provincial assembly": "mpa", "national assembly": "mna", "county assembly": "mca"}
                reg.roles.setdefault(short[" ".join(seat.group(1).lower().split())], m.name)
        before = _rx(r"(?:Mr|Mrs|Ms|Dr|Prof|Professor|Miss|Dame|Sir|Chief|Alhaji|Madam|Comrade)\.?\s*$").sub("", before)  # "The head teacher, Mr Godfrey Ssemwanga"
        match = _rx(r"(?:^|[\s(])((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),?\s*$").search(before)
        if match and match.group(1).split()[-1] in ("of", "for", "at", "in", "from", "to", "with", "by"):
            match = None  # "declared governor-elect of Ogun State": the place of the role, not its holder
        if match:
            for word in match.group(1).split():
                if word in ROLE_WORDS and word not in ("vice", "deputy", "chief", "general", "member"):
                    reg.roles.setdefault(word, m.name)
    _delayed_lede(text, body_start, people, reg)
    for made in _near("made_role", text, body_start, low):
        # "Oluwaseun Adekunle-Bakare ... was on Sunday declared governor-elect": "the governor-elect"
        for word in made.group(2).lower().split():
            if word in ROLE_WORDS:
                name = made.group(1)
                reg.roles.setdefault(word, reg.full_names.get(name.lower(), name))
    for m in mentions:
        if m.kind == "org":
            reg.orgs.append(m)
    anon_heads = "|".join(sorted(ANON_HEADS, key=len, reverse=True))
    for match in _rx(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Dd]ozens\s+of|[Mm]ore\s+than\s+\d+)\s+((?:(?!(?:for|of|the|to|with|from|in|on|at|by)\b)[\w’'-]+\s+){{0,3}}?({anon_heads})"
        r"(?:\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|involved\s+in|briefed\s+on|aware\s+of|at|in|for|from)(?:\s+(?!who\b|and\b|but\b|then\b)(?![a-z]+ed\b)[\w’'-]+){1,7}?)?)(?:\s+\([A-Z][A-Za-z]{1,7}\))?(?=[,.;:]|\s+(?:who|said|says|told|speaking|wrote|warned|raised|argued|urged|added|signed|called)\b)").finditer(text[body_start:]):
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
    # any noun can be an anonymous source when the article says so:
    # "One senior civil servant, who spoke on condition of anonymity because ..."
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
    for m in people:
        if m.gender and len(m.name.split()) == 1 and len({p.name for p in reg.by_surname.get(m.name.lower(), [])}) > 1:
            # "Mr Mwale" when Esther Mwale is a woman: the other Mwale, Lubinda, is the man
            reg.genders.setdefault(reg.full(m.name, m.start, m.gender), m.gender)
    _learn_genders(text, reg, sentences, [(q.start, q.end) for q in quotes])
    return reg


def _delayed_lede(text: str, body_start: int, people: Sequence[Mention], reg: Registry) -> None:
    """A role in the first paragraph, the name in the second: "The chief executive of Meridian Air told
    senators ... / Thomas Brandt, who has led the carrier since 2021, testified ..." makes Thomas Brandt
    "the chief executive"."""
    paragraphs = [p for _, p in zip(range(2), (p for p in _rx(r"[^\n]+").finditer(text[body_start:]) if p.group().strip()))]
    if len(paragraphs) < 2:
        return
    first, second = paragraphs
    roles: list[list[str]] = []
    for the in _rx(r"\b(?:[Tt]he|A|An|AN)\s+((?:[a-z-]+\s*){1,4}|[A-Z-]{3,}\b)").finditer(first.group()):
        words = the.group(1).lower().split()  # "A PENSIONER has been fined": tabloid capitals
        for n, word in enumerate(words):
            if word in ("of", "for", "at", "in", "to"):
                break
            if word in ROLE_WORDS or word == "executive":
                end = n + 1
                while end < len(words) and (words[end] in ROLE_WORDS or words[end] == "executive"):
                    end += 1  # "The chief executive": both words
                roles.append(words[:end])  # "the building safety minister"
                break
    start = body_start + second.start()
    opener = [
        m for m in people
        if len(m.name.split()) >= 2 and start <= m.start <= start + 40
        # "Great-grandmother Maureen Pettifer, 81, ...": a descriptor may come first
        and _rx(r"\s*(?:[A-Z][\w-]*\s+)?").fullmatch(text[start : m.start])
    ]
    if not opener or not (
        _rx(r"(?:,|[’']s\s|\s+(?:told|said|says|testified|was|has|had|is))").match(text[opener[0].end : opener[0].end + 12])
        or text[opener[0].start : opener[0].end].endswith(("’s", "'s"))  # "Joanne Pryce's son Liam, 31, ..."
    ):
        opener = [
            m for m in people if len(m.name.split()) >= 2 and start <= m.start <= start + 160
            and _rx(r"(?:,[^.]{0,80},)?\s+(?:told|said|says|testified)\b").match(text[m.end : m.end + 100])
        ][:1]  # "Raising the matter on Wednesday, Independent TD Órla Nic Giolla Bhríde said ..."
        if opener:
            reg.cache["lede"] = (body_start + first.end(), opener[0].name, roles)
        return
    name = opener[0].name
    reg.cache["lede"] = (body_start + first.end(), name, roles)
    for role in roles:
        for word in role:
            if (word in ROLE_WORDS or word == "executive") and word not in ("vice", "deputy", "general", "chief"):
                reg.roles.setdefault(word, name)


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
