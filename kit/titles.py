"""Titles and offices written before a name.

A long title that names a ministry or a seat ends where the person's name begins: "Minister
of Transport and Maritime Affairs Hazem Fouad El-Banna", "Independent TD for Wexford Nóirín
Kehoe". :func:`_titled_name_start` finds that place in a run of words and
:func:`_titled_run_ahead` tells :func:`kit.people.find_people` how far such a title runs past
"of" or "for". The word lists at the end are titles the registry turns into roles ("Sen."
is "the senator", an Oba is "the monarch", "Traditional Authority Chinkhombe" is "the chief").

>>> _titled_name_start(["mp", "for", "caroni", "south", "vidya", "ramsaran-charles"],
...                    ["MP", "for", "Caroni", "South", "Vidya", "Ramsaran-Charles"])
4
"""

from __future__ import annotations

import re
from typing import Sequence

from .mentions import _is_cap
from .name_lexicons import (
    HONORIFICS,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_WORDS,
    _CONNECTORS,
    _NAME_PREFIXES,
    first_name_genders,
)
from .scan import compiled as _rx

__all__: list[str] = []

# the words a ministry's or a seat's name usually ends with ("... and Maritime Affairs", "Caroni South")
_PORTFOLIO_ENDS = frozenset(
    """affairs development transport health education works finance defence defense justice interior agriculture
    energy environment trade industry industries tourism housing labour labor security planning infrastructure culture
    sport sports communications water lands mines fisheries youth women welfare commerce investment technology
    information relations resources economy treasury immigration aviation roads ports heritage arts science
    innovation family children gender veterans forestry wildlife climate petroleum telecommunications
    broadcasting cooperatives irrigation livestock food nutrition territories north south east west central
    safety liaison policing services highways""".split()
)
# (the compass words among them: "Leeds East" is a seat, "Health" a portfolio)
_COMPASS = frozenset("north south east west central".split())


# roles that hold a seat named for a place: "TD for Wexford", "MP for Caroni South"
_SEAT_ROLES = frozenset("mp td mla msp mpp mna mha mhk senator representative councillor councilor assemblyman assemblywoman member".split())


def _titled_name_start(lower: Sequence[str], words: Sequence[str]) -> int | None:
    """Where a person's name starts after a title that names a ministry or office, or None.

    The run must open with a role word, and end in a known given name and one or two more
    capitalised words, none of them an organisation word.

    >>> _titled_name_start(["minister", "of", "health", "ana", "silva"], ["Minister", "of", "Health", "Ana", "Silva"])
    3
    >>> _titled_name_start(["ministry", "of", "health"], ["Ministry", "of", "Health"]) is None
    True
    """
    if not lower or (lower[0] != "role" and lower[0].split("-")[0] not in ROLE_WORDS):
        return None
    seat = lower[2:]
    if lower[0] in _SEAT_ROLES and len(lower) > 2 and lower[1] == "for" and 5 <= len(seat) <= 8 and ("and" in seat or "the" in seat) and all(
        w[:1].isupper() for w in words[-2:]
    ) and words[-3][:1].isupper() and not any(w in ORG_WORDS or w in ROLE_WORDS or w in HONORIFICS for w in seat[-2:]):
        # "MSP for the Highlands and Islands Ruaridh Fergusson": a seat with "the" or "and" in it, then a two-word name
        # (three words when the first is a known given name: "... Islands Catriona Mhairi Bain")
        return len(lower) - 3 if lower[-3] in first_name_genders() else len(lower) - 2
    if lower[0] in _SEAT_ROLES and len(lower) > 2 and lower[1] == "for" and len(seat) in (3, 4) and all(w[:1].isupper() for w in words[2:]) and not any(
        w in ORG_WORDS or w in ROLE_WORDS or w in HONORIFICS or w in ("of", "for", "and", "the", "in") for w in seat
    ) and (len(seat) == 3 or seat[1] in _COMPASS or seat[1] in PLACE_WORDS):
        # "Independent TD for Wexford Nóirín Kehoe": a one-word seat and a two-word name (or a two-word seat,
        # "Leeds East", and a two-word name), whether or not the given name is one the list knows
        return 2 + len(seat) - 2
    # the two or three capitalised words after the portfolio's last word are the name
    # ("Minister of Transport and Maritime Affairs Hazem Fouad El-Banna", "MP for Caroni South Vidya Ramsaran-Charles")
    ends = [k for k in range(1, len(lower)) if lower[k] in _PORTFOLIO_ENDS or lower[k] in ORG_WORDS]
    if ends:
        k = ends[-1] + 1
        if len(lower) - k >= 3 and (lower[k] in HONORIFICS or lower[k] + "." in HONORIFICS):
            k += 1  # "MP for St Mary North Central Dr Owen McLeary": a courtesy title before the name
        tail = lower[k:]
        longest = 4 if tail and tail[0] in _NAME_PREFIXES else 3  # "Mian Abdul Qadir Shaikh"
        longest += sum(1 for w in tail if len(w) == 1)  # ("H.M. Lalith Senarath Ekanayake": initials before the name)
        if 2 <= len(tail) <= longest and all(w[:1].isupper() for w in words[k:]) and not any(
            w in ORG_WORDS or w in ROLE_WORDS or w in _PORTFOLIO_ENDS or w in _CONNECTORS or w in ("of", "for", "and", "&") or w in HONORIFICS
            for w in tail
        ):
            return k
    # else the name starts at a known given name
    for k in range(len(lower) - 2, max(len(lower) - 4, 0), -1):
        tail = lower[k:]
        if (
            lower[k] in first_name_genders()
            and lower[k - 1] not in _CONNECTORS and lower[k - 1] not in ("of", "for", "and", "&")
            and not any(w in ORG_WORDS or w in ROLE_WORDS for w in tail)
            and all(w[:1].isupper() for w in words[k:])
        ):
            while k > 1 and lower[k - 1] in _NAME_PREFIXES:
                k -= 1  # "Syed Ghulam Murtaza Hashmi": "Syed" belongs to the name
            return k
    return None


def _titled_run_ahead(text: str, tokens: Sequence[tuple[int, int, str]], j: int, nicknames: dict[int, int] | None = None) -> int:
    """How many tokens after ``tokens[j]`` ("of") make a ministry followed by a person's name (0: none)."""
    ahead: list[str] = []
    for k in range(j + 1, min(j + 12, len(tokens))):
        gap = text[tokens[k - 1][1] : tokens[k][0]]
        if gap != " " and not (nicknames and nicknames.get(tokens[k - 1][1]) == tokens[k][0]) and not (
            gap == "" and _rx(r"[A-Z]\.").fullmatch(tokens[k - 1][2])  # ("H.M. Lalith Senarath Ekanayake")
        ):
            break
        word = tokens[k][2]
        if not (_is_cap(word) or word.lower() in ("of", "and", "&", "for", "the", "in")):
            break  # ("Leader of the Opposition in the Sindh Assembly Mian Abdul Qadir Shaikh")
        ahead.append(word)
    lower = ["role"] + [w.lower().rstrip(".") for w in ahead]
    if _titled_name_start(lower, ["Role"] + ahead) is not None:
        return len(ahead)
    seat = tokens[j - 1][2].lower().rstrip(".") if j > 0 else ""
    if _titled_name_start([seat, tokens[j][2]] + lower[1:], [tokens[j - 1][2], tokens[j][2]] + ahead) is not None:
        return len(ahead)  # "Independent TD for Wexford Nóirín Kehoe"
    return 0


# titles of traditional rulers and monarchs, whom an article later calls "the monarch" or "the royal father"
_ROYAL_TITLES = frozenset("oba emir sultan obi olu ooni alaafin kabaka omukama king queen fon togbe asantehene baale".split())
# Shona titles ("Mai Chipo Rusike": Mrs; "Baba Tendai"), also given names elsewhere: titles only before a full name
_TITLES_BEFORE_FULL_NAMES = frozenset("mai amai baba sekuru gogo make mkhulu babe".split())

# chiefs' titles written before the chief's name, lower case ("Traditional Authority Chinkhombe", "Group Village
# Headman Mtambo", "Turaga ni Koro Ratu Josefa Tuimaleka")
_CHIEFLY_TITLE = re.compile(
    r"(?:sub-)?traditional authority|(?:senior\s+|group\s+)?village headm[ae]n|paramount chief|senior chief|turaga ni koro|punong barangay"
)


# titles written short before a name, and the role noun an article uses later ("Sen. Daniel Reyes" ... "the senator")
_TITLE_ROLES = {
    "sen": "senator", "rep": "representative", "gov": "governor", "col": "colonel", "lt": "lieutenant", "capt": "captain",
    "sgt": "sergeant", "insp": "inspector", "det": "detective", "supt": "superintendent", "cllr": "councillor",
    "cr": "councillor", "prof": "professor", "amb": "ambassador", "pres": "president", "adm": "admiral", "maj": "major",
    "gen": "general", "cmdr": "commander", "justice": "judge",  # "Justice Saima Qadeer" ... "the judge observed"
    "kgosi": "chief",  # "Kgosi Mothusi Ramokate" ... "the chief said"
}
