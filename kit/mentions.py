"""One mention of a name, and how a run of capitalised words becomes a person's or a body's name.

:class:`Mention` is what :func:`kit.people.find_people` returns. The helpers here split a
word run into tokens and make the final name from a run already classified: :func:`_person`
splits off titles and initials of posts ("RFO Sunita Jagtap" is "Sunita Jagtap"), drops
possessives and nicknames ("Craig “Chook” Fowler" is "Craig Fowler") and writes tabloid
capitals the usual way; :func:`_org` drops a country's possessive before a ministry
("Brazil’s Ministry of Agriculture") and a trailing full stop.

>>> text = "Mayor Dana Okafor’s office"
>>> _person(text, _tokens(text, 6, 19), role="Mayor")
Mention(start=6, end=19, name='Dana Okafor', kind='person', gender=None, role='Mayor')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .name_lexicons import (
    ANON_HEADS,
    HONORIFICS,
    ORG_WORDS,
    ROLE_WORDS,
    _NAME_PREFIXES,
    _NOT_NAMES,
    first_name_genders,
    place_names,
)
from .scan import compiled as _rx

__all__ = ["Mention"]

# (a Khoekhoe name written with its click letter: "Jeremia !Uirab", "Erastus !Naruseb")
_WORD = re.compile(r"(?<![\w!])[!ǂǀǁ](?=[A-Z])[^\W\d_]*[\w’'\-]*|[^\W\d_][\w’'\-]*\.?|\d[\w,.]*")


@dataclass(frozen=True)
class Mention:
    """A person or organisation named in the text."""

    start: int
    end: int
    name: str
    kind: str  # "person" or "org" (or "place", only from ``find_people(..., keep_places=True)``)
    gender: str | None = None
    role: str | None = None


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words and numbers of ``text[start:end]`` as (start, end, word) triples; a word keeps a full stop after it."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|ar|an|ul|abd|bin|ibn|bint|l|il|ix|iż|iċ)-[A-Z]")  # (Maltese "l-Art")


def _is_cap(word: str) -> bool:
    """A capitalised word, an Arabic surname written with a lower-case particle ("al-Rousan"), or a word with a
    Fijian or Nguni prefix ("iTaukei", "eThekwini")."""
    return word[:1].isupper() or (word[:1] in "!ǂǀǁie" and word[1:2].isupper() and word[2:3].islower()) or ("-" in word[:6] and _PARTICLE_NAME.match(word) is not None)


# a nickname in quotes between the words of a name: Craig “Chook” Fowler
_NICKNAME_GAP = re.compile(r"\s[“\"‘'][A-Z][\w’'. -]{0,20}[”\"’']\s")


# the wing of a post, written between the post and the name ("SSP Operations", "Deputy Director Operations")
_POST_WINGS = frozenset("operations investigation investigations traffic security headquarters admin administration legal finance establishment planning".split())


def _org(text: str, run: list[tuple[int, int, str]]) -> Mention:
    """The organisation the word run ``run`` names (a country's possessive, a kind of body and a trailing full
    stop dropped)."""
    country = _rx(r"([A-Z][\w-]*)[’']s\s+(?=([A-Z]\w*))").match(text[run[0][0] : run[-1][1]])
    if country and len(run) > 1 and (
        country.group(1).lower() in place_names()
        or country.group(2).lower() in ("ministry", "government", "parliament", "cabinet", "embassy", "army", "navy", "senate")
    ):
        run = [t for t in run if t[0] >= run[0][0] + country.end()]  # "Brazil’s Ministry of Agriculture": the ministry
    if len(run) > 1 and run[0][2] in ("NGO", "CSO", "NPO", "charity"):
        run = run[1:]  # "heritage NGO Fondazzjoni Wirt Ħalna": what kind of body it is, not its name
    name = text[run[0][0] : run[-1][1]]
    name = _rx(r"(?<=s)[’']$").sub("", _rx(r"[’']s$").sub("", name))  # ("the Department of Feeder Roads' programme")
    if name.endswith(".") and name.split()[-1].lower() not in ("inc.", "co.", "corp.", "ltd.", "bros.", "s.a.", "n.v.", "b.v.", "a.g.", "s.p.a."):
        name = name[:-1]
    return Mention(run[0][0], run[0][0] + len(name), name, "org")


# titles that are also middle names after a given name ("Laxmi Kumari Shrestha", "Sunita Devi Yadav")
_MIDDLE_NAME_TITLES = frozenset(
    # (and South Asian given names that are as often middle names: "Govind Ram Jakhar", "Gyan Prakash Sharma")
    "kumari bibi devi begum ram prakash krishna narayan gopal kumar chandra lal nath prasad bahadur".split()
)
# the first halves of compound given names ("Jean Claude Nshimiyimana", "Marie Claire", "José Luis")
_COMPOUND_GIVEN = frozenset("jean marie josé jose maría maria ma juan luis ana anne mary john mohamed muhammad rey".split())


def _person(text: str, run: list[tuple[int, int, str]], role: str | None = None, gender: str | None = None) -> Mention | None:
    """The person the word run ``run`` names, with ``role`` and ``gender`` (None when the words make no name).

    Initials of a post and words of a title before a given name move to the role ("RFO Sunita Jagtap",
    "Council Member Gregory Baptiste"); a name prefix the title took back joins the name ("Syed Ghulam Murtaza
    Hashmi"); a possessive, a nickname and tabloid capitals are dropped or undone.
    """
    if not run:
        return None
    names = first_name_genders()
    if len(run) >= 2 and _rx(r"[A-Z]{3,5}|DO|OC|PS").fullmatch(run[0][2]) and run[1][2][1:2].islower() and not all(t[2].isupper() for t in run) and (
        run[0][2].lower() not in names and not any(t[2].lower() in place_names() or t[2].lower() in ORG_WORDS for t in run[1:])
    ):
        # "DPP Teo", "RFO Sunita Jagtap": a title's initials before the name, not part of it
        role = " ".join(filter(None, [role, run[0][2]]))
        run = run[1:]
    for k in range(1, len(run) - 1):
        if run[k][2].lower().rstrip(".") in names and run[k][2].lower() not in _MIDDLE_NAME_TITLES and run[0][2].lower() not in names and run[0][2].lower() not in _NAME_PREFIXES and not (k == 1 and run[0][2].lower().rstrip(".") in _COMPOUND_GIVEN) and not (
            # "Rosnah Abdul Karim": "Abdul" begins the father's name after a Malay given name, not the name itself
            # ("Nor Azlina Abdul Rahman": two Malay given names before it)
            run[k][2] in ("Abdul", "Abd", "Abu") and not role and all(
                t[2].lower() not in place_names() and t[2].lower() not in ORG_WORDS and t[2].lower().rstrip(".") not in ROLE_WORDS
                and t[2].lower() not in HONORIFICS and t[2][:1].isupper() and t[2].lower() not in ("sri", "puan", "toh") for t in run[:k]
            )  # (but "Tan Sri Abdul Hamid Sulong": a Malaysian title before the name)
        ) and not (
            # (but "SSP Operations Faisal Saleem Bhatti": the rank's wing comes before the name)
            role and role.split()[-1].lower() in HONORIFICS and run[0][2].lower() not in _POST_WINGS
        ) and not all(_rx(r"[A-Z]\.?").fullmatch(t[2]) for t in run[:k]) and not _rx(r"[A-Z]\.").fullmatch(run[0][2]) and not (
            # "Kranji Heights MP Foo Mei Ling": after a role, one word then a given name is a family name first
            role and k == 1 and len(run) == 3 and run[0][2].lower() not in ROLE_WORDS and run[0][2].lower() not in HONORIFICS
            and run[0][2].lower() not in _POST_WINGS  # ("Deputy Director Operations Sadia Noreen": the post's wing)
        ) and not (
            # "The District Chief Executive (DCE) for Akyode-Agou, Emmanuel Kwesi Dzokoto,": after a comma, three
            # plain words are a name, its first word a given name the list does not know
            not role and k == 1 and len(run) == 3 and (
                _rx(r"[a-z)],\s$").search(text[max(0, run[0][0] - 3) : run[0][0]]) is not None
                # ("Bih Martha Ngum, a potato farmer, said": a sentence opening with a short word no dictionary would
                # hold in lower case, then a given name, a family name and a comma)
                or (
                    _rx(r"(?:^|\n|[.!?][\"”’]?\s)$").search(text[max(0, run[0][0] - 3) : run[0][0]]) is not None
                    and text[run[-1][1] : run[-1][1] + 1] == "," and run[0][2].isalpha() and len(run[0][2]) <= 6
                    and (run[0][2].lower() not in text or _rx(rf"\b{run[0][2].lower()}\b").search(text) is None)
                    and run[0][2].lower() not in ANON_HEADS
                    and run[0][2].lower() not in HONORIFICS
                )
            )
            and run[0][2].lower().rstrip(".") not in ROLE_WORDS and run[0][2].lower() not in HONORIFICS
            and run[0][2].lower() not in ORG_WORDS and run[0][2].lower() not in place_names() and run[0][2][1:].islower()
        ):
            # ("R Meenakshi Sundaram", "K. S. Ramesh": initials are part of the name)
            # (after "Dr" or "Datuk" the name has begun: "Dr Norliza Abdul Ghani" is not "Abdul Ghani")
            # "Council Member Gregory Baptiste", "Co-author Owen Lachance": the name starts at the given name
            if run[k - 1][2].lower() in _COMPOUND_GIVEN:
                k -= 1  # "Parent Jean Pierre Ndagijimana": the name starts at "Jean"
            role = " ".join(filter(None, [role, text[run[0][0] : run[k - 1][1]]]))
            run = run[k:]
            break
    if role and role.split()[-1].lower() in _NAME_PREFIXES and text[: run[0][0]].rstrip().endswith(role.split()[-1]):
        # "Minister for ... Syed Ghulam Murtaza Hashmi": "Syed" begins the name, it is not part of the title
        prefix_at = text.rfind(role.split()[-1], 0, run[0][0])
        run = [(prefix_at, prefix_at + len(role.split()[-1]), role.split()[-1])] + list(run)
        role = " ".join(role.split()[:-1]) or None
    name = text[run[0][0] : run[-1][1]]
    name = _rx(r"[’']s?$").sub("", name).rstrip(".")
    name = _NICKNAME_GAP.sub(" ", name)  # Craig “Chook” Fowler is Craig Fowler
    if not name or len(name) < 2 or name.lower() in _NOT_NAMES:
        return None
    if len(name.split()) >= 2 and all(_rx(r"(?:Mc|Mac|O[’'])?[A-Z][A-Z’'-]+").fullmatch(w) for w in name.split()):
        name = _uncapitalise(name)  # a tabloid lede's "NEIL McCALLUM insisted" is Neil McCallum
    return Mention(run[0][0], run[-1][1], name, "person", gender, role)


def _uncapitalise(name: str) -> str:
    """Write an all-capitals name the usual way.

    >>> _uncapitalise("NEIL McCALLUM"), _uncapitalise("ANNE-MARIE O'NEILL")
    ('Neil McCallum', "Anne-Marie O'Neill")
    """
    def word(w: str) -> str:
        prefix = _rx(r"Mc|Mac(?=[A-Z])|O[’']").match(w)
        cut = prefix.end() if prefix else 0
        rest = "-".join(part.capitalize() for part in w[cut:].split("-"))
        return w[:cut] + rest

    return " ".join(word(w) for w in name.split())
