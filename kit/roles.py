"""Role holders: who "the former MP", "the DEO", "the lawmaker" or "the Hearts boss" is.

An article names a person once with their post ("Mukono District Education Officer, Mr Paul Ssekitoleko",
"Belgian MEP Pieter Vandenbroucke") and then calls them by the post alone. These rules find the person the
article named in that post: by the role's own words next to a name, by an acronym spelled out earlier, by the
qualifiers of the sentence that introduced them, by whose "side" a team is (sports desks), or the last person
named with a fitting rank.

The rules that take a noun phrase are steps of :func:`kit.nounphrases._resolve_np_words`: each returns a
speaker, or ``_UNDECIDED`` when the next rule decides.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Sequence

from .lookback import _UNDECIDED, _State, _Undecided, _full_name_set, _last_match, _last_person
from .organisations import _LOOK_BACK
from .people import HONORIFICS, PRONOUNS, ROLE_WORDS, _CHIEFLY_TITLE, find_people, first_name_genders
from .registry import Registry
from .scan import compiled as _rx
from .subjects import _sentence_subject

__all__: list[str] = []


#: titles and posts of members of a legislature: "the lawmaker", "the legislator" is the one named last
_LEGISLATORS = frozenset(
    "hon honourable honorable mp mpa mla mca mna msp td senator sen rep congressman congresswoman assemblyman "
    "assemblywoman assemblymember yb legislator lawmaker".split()
)


_ROLE_ABBREVIATIONS = {
    "mp": "member of parliament", "msp": "member of the scottish parliament", "mep": "member of the european parliament",
    "mla": "member of the legislative assembly", "ceo": "chief executive", "cfo": "chief financial officer",
}


# courtesy titles used on their own for the holder of a seat: Malaysia's "YB" (Yang Berhormat) is an elected member
_SEAT_TITLES = {"YB": ("assemblyman", "assemblywoman", "state assemblyman", "assembly member", "MP", "ADUN")}


_POLICE_POSTS = frozenset(
    "ocpd ocs oc sho dcp acp sp ssp asp dsp cp igp aig dig inspector superintendent commissioner commander constable sergeant "
    "chief".split()
)


_TEAM_LEADERS = frozenset("boss manager coach gaffer skipper captain".split())


def _acronym_role(acronym: str, pos: int, reg: Registry, text: str) -> str | None:
    """Who holds the role an acronym stands for: "the MD" after "managing director S Venkatraman".

    The role must be spelled out earlier, its words' initials giving the acronym, with a person named
    right after it ("District Education Officer, Mr Paul Ssekitoleko") or right before it ("Ann Lee, the
    managing director").
    """
    for seat in _SEAT_TITLES.get(acronym, ()):
        holder = _role_holder(text, pos, seat, reg)  # "the YB said" after "Bukit Teratai assemblyman Lee Wai Kit"
        if holder:
            return holder
    # ("Superintendent of Police (SP)", "officer-in-charge (OC)")
    words = r"(?:\s+|-)(?:(?:of|for|and|the|in)(?:\s+|-))*".join(rf"[{c}{c.lower()}][\w’']*" for c in acronym)
    near = reg.mentions[bisect_left(reg.positions, pos - _LOOK_BACK - 100) : bisect_right(reg.positions, pos + 100)]
    people = [m for m in near if m.kind == "person" and len(m.name.split()) >= 2]
    holder = None
    for match in re.compile(rf"\b{words}\b").finditer(text, max(0, pos - _LOOK_BACK), pos):
        if match.group().isupper():
            continue  # the acronym itself
        # (the acronym in brackets and a place may come between: "The upazila nirbahi officer (UNO) of Pakhimara, Farzana Akter")
        after = [
            m for m in people if 0 <= m.start - match.end() <= 70 and _rx(r"(?:\s*\([^()]{1,30}\)|,\s*[A-Z]{2,6},)?(?:,?\s+[A-Z][a-z]+)?(?:\s+in\s+charge)?(?:\s+(?:of|for|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|police|station|district|sub-county|upazila|county|division|ward)){0,3}){0,2}[\s,]*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Rev|Engr?|Cde|Alhaji|Chief|Hajji|Haji|Mallam|Malam|Barr|Datuk|Nana|Togbe|Pastor|Inspector|Insp|Sergeant|Sgt|Superintendent|Supt|Constable|Captain|Capt|Major|Colonel|Col|Lieutenant|Lt|Detective|Det|Corporal|Cpl|Commander|Cmdr)\.?\s*)?").fullmatch(text[match.end() : m.start])
        ]
        before = [m for m in people if 0 <= match.start() - m.end <= 12 and _rx(r",\s*(?:the|its|a)?\s*", re.IGNORECASE).fullmatch(text[m.end : match.start()])]
        found = (after or before)[:1]
        if found:
            name = found[0].name
            holder = reg.full_names.get(name.lower(), name)
    return holder


def _team_leader(text: str, pos: int, team: str) -> str | None:
    """Whoever the article said has "his Hearts side": the one "the Hearts boss" refers to.

    >>> _team_leader("NEIL McCALLUM insisted his Hearts side had been robbed. 'No,' said the Hearts boss.", 60, "Hearts")
    'NEIL McCALLUM'
    """
    pattern = (
        r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+)*)\b[^.!?\n]{0,80}?\b(?:his|her|their)\s+(?:own\s+)?"
        + r"\s+".join(re.escape(w) for w in team.split())
        + r"\s+(?:side|team|squad|club|players|men|women|group)\b"
    )
    found = None
    for match in re.compile(pattern).finditer(text, max(0, pos - _LOOK_BACK), pos):
        found = match.group(1)
    return found


def _last_named_subject(text: str, pos: int, reg: Registry) -> str | None:
    """The named person the sentence just before ``pos`` is about, in sports-desk variation.

    "But Tolley was in no mood to budge. ‘...,’ said the Harrowgate boss": with nobody named as the
    boss, the person the writer was just talking about. Only a known full name that is the subject of
    the previous sentence (within 300 characters) counts.
    """
    start = max(0, pos - 300)
    window = text[start:pos]
    sentences = [s for s in _rx(r"(?<=[.!?])[\"”’]?\s+").split(window) if s.strip()]
    for sentence in reversed(sentences[:-1] or sentences):
        if _rx(r"[“”‘\"]").search(sentence):
            continue
        np = _sentence_subject(sentence)
        if np and np[:1].isupper() and np.lower() not in PRONOUNS:
            people = [m for m in find_people(np) if m.kind == "person"]
            if people:
                name = people[-1].name
                full = reg.full(name) if len(name.split()) == 1 else reg.full_names.get(name.lower(), name)
                if full in _full_name_set(reg):
                    return full
        break
    return None


def _role_holder(text: str, pos: int, role: str, reg: Registry) -> str | None:
    """Who the article named as "the Castlegate manager" / "the former MP" (before or just after ``pos``)."""
    words = role.split()
    forms = {role}
    if words and words[-1].lower() in _ROLE_ABBREVIATIONS:
        forms.add(" ".join(words[:-1] + [_ROLE_ABBREVIATIONS[words[-1].lower()]]))
    phrase = r"\s+".join(re.escape(w) for w in words)
    defined = re.compile(rf"(?i:\b{phrase})\s*\(([A-Z]{{2,6}})\)").search(text, max(0, pos - _LOOK_BACK), pos + 200) if words else None
    if defined:
        forms.add(defined.group(1))  # "the range forest officer (RFO) said" ... "RFO Sunita Jagtap said"
    name = r"([A-Z][\w’'-]+(?:\s+[“\"‘'][A-Z][^”\"’']{0,20}[”\"’'])?(?:\s+[A-Z][\w’'.-]+)+)"  # (Craig “Chook” Fowler)
    found = None
    for form in forms:
        phrase = r"\s+".join(re.escape(w) for w in form.split())
        # ("DCP (East) Shashank Vardhan Tripathi": the post's area in brackets between the post and the name)
        pattern = re.compile(rf"(?i:\b{phrase})(?:\s+\([A-Z][\w ]{{1,20}}\))?,?\s+{name}|{name},\s+(?i:(?:the|a|an)\s+)?(?i:{phrase})\b")
        # only near the role's own words: a name pattern tried at every position of 20,000 characters is slow
        for role_at in re.compile(rf"(?i:\b{phrase}\b)").finditer(text, max(0, pos - _LOOK_BACK), pos + 200):
            for match in pattern.finditer(text, max(0, role_at.start() - 120), min(len(text), role_at.end() + 120)):
                if match.start() <= role_at.start() < match.end() and (found is None or match.start() < pos):
                    found = match.group(1) or match.group(2)
    if found is None and len(words) >= 2 and words[-1].lower() in _TEAM_LEADERS:
        found = _team_leader(text, pos, " ".join(words[:-1]))
    if found is None and words and words[-1].lower() in _TEAM_LEADERS:
        found = _last_named_subject(text, pos, reg)
    if found is None:
        return _described_holder(text, pos, words, reg)
    people = [m for m in find_people(found) if m.kind == "person"]
    if people and people[0].name.lower() not in reg.full_names:
        # "SSP Korangi Syed Kashif Raza Bukhari": out of its sentence the place reads as a first name; the
        # article's own reading of the name ends the same way
        known = [n for n in set(reg.full_names.values()) if len(n.split()) >= 2 and people[0].name.endswith(" " + n)]
        if known:
            return max(known, key=len)
    return reg.full_names.get(people[0].name.lower(), people[0].name) if people else None


def _described_holder(text: str, pos: int, words: Sequence[str], reg: Registry) -> str | None:
    """"The Flemish MEP" after "Belgian MEP Pieter Vandenbroucke (EPP), a Flemish Christian Democrat": the one
    person whose introducing sentence has the role and every qualifier."""
    if len(words) < 2:
        return None
    wanted = [w.lower() for w in words]
    # "the Kelburn astronomer" is "an astronomer at the observatory" after "Kelburn Observatory" was named
    also = {
        w.lower(): org.name.split()[-1].lower()
        for w in words[:-1] for org in reg.orgs
        if org.name.split()[0] == w and len(org.name.split()) > 1
    }
    fitting = set()
    for m in reg.mentions[bisect_left(reg.positions, pos - _LOOK_BACK) : bisect_left(reg.positions, pos)]:
        if m.kind != "person" or len(m.name.split()) < 2:
            continue
        start = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        end = min((k for k in (text.find(". ", m.end), text.find("\n", m.end)) if k != -1), default=len(text))
        sentence = set(_rx(r"[\w’'-]+").findall(text[start:end].lower()))
        if all(w in sentence or also.get(w) in sentence for w in wanted):
            fitting.add(reg.full_names.get(m.name.lower(), m.name))
    if len(fitting) > 1:
        # "a Flemish Christian Democrat" is in the sentence too: keep the people the article goes on to name
        if "one_word_names" not in reg.cache:
            reg.cache["one_word_names"] = {m.name for m in reg.mentions if m.kind == "person" and len(m.name.split()) == 1}
        again = reg.cache["one_word_names"]
        fitting = {name for name in fitting if name.split()[-1] in again}
    return fitting.pop() if len(fitting) == 1 else None


def _party_member(np: str, pos: int, reg: Registry, text: str) -> str | _Undecided:
    """"the Liberal Democrat said": the person the article introduced with that party, else the person named last
    (the party is named only here)."""
    party = _rx(r"[Tt]he\s+((?:[A-Z][\w-]+\s+){1,2}(?:Democrat|Republican|Conservative|Tory|Liberal|Socialist|Nationalist|Unionist|MS|MSP|MLA|MEP|TD|AM|MPP))").fullmatch(np)
    if party:
        # "the Liberal Democrat said" after "Hamish Drummond, the Liberal Democrat councillor for the islands,"
        holder = _described_holder(text, pos, party.group(1).split(), reg)
        if holder and holder.lower() not in party.group(1).strip().lower():
            return holder
        # ("Ardcraig councillor Hamish Drummond ... said" / "the Liberal Democrat said": the party is named only here)
        for m in reversed(reg.mentions[bisect_left(reg.positions, pos - 800) : bisect_left(reg.positions, pos)]):
            if m.kind == "person" and m.name.lower() not in party.group(1).strip().lower():
                return reg.full_names.get(m.name.lower(), m.name)
    return _UNDECIDED


def _qualified_role(np: str, pos: int, reg: Registry, state: _State, text: str) -> str | _Undecided:
    """"the former MP", "the range forest officer (RFO)", "the Castlegate manager": the person the article named in
    that role (or "the former manager": the anonymous source so described)."""
    qualified_adj = _rx(r"(?:[Tt]he)\s+((?:former|ex-|deputy|acting|interim|outgoing|local|opposition)\s+([\w-]+))$").match(np)
    if qualified_adj and (qualified_adj.group(2).lower() in ROLE_WORDS or qualified_adj.group(2).lower() in _ROLE_ABBREVIATIONS):
        holder = _role_holder(text, pos, qualified_adj.group(1), reg)  # "the former MP" after "X, a former Member of Parliament"
        if holder:
            return holder
        adjective, noun = qualified_adj.group(1).split()[0].lower(), qualified_adj.group(2).lower()
        for description in list(state.anonymous.values()) + list(reg.anonymous.values()):
            described = description.lower().split()
            if described[0] == adjective and described[-1] == noun:
                return description  # "the former manager" after "A former nurse manager who worked at ..."
    acronym_role = _rx(r"(?:[Tt]he)\s+((?:[a-z-]+\s+){0,3}([a-z-]+))\s*\(([A-Z]{2,6})\)").fullmatch(np)
    if acronym_role and acronym_role.group(2) in ROLE_WORDS:
        # "the range forest officer (RFO) said" ... "RFO Sunita Jagtap said": the role and its short form
        holder = _role_holder(text, pos, acronym_role.group(1), reg)
        if holder:
            return holder
    qualified = _rx(r"(?:[Tt]he|[Tt]heir|[Ii]ts)\s+((?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z-]+\s+)?([a-z-]+|[A-Z]{2,4}))$").match(np)
    if qualified and (qualified.group(2).lower() in ROLE_WORDS or qualified.group(2) in reg.roles):
        # "the Castlegate manager" after "the Castlegate manager, Graham Doyle,": that person
        holder = _role_holder(text, pos, qualified.group(1), reg)
        if holder:
            return holder
    return _UNDECIDED


def _title_holder(np: str, pos: int, reg: Registry, text: str) -> str | _Undecided:
    """"The Flemish MEP", "the DEO", "the lawmaker": the person the article named with that title, its initials or
    that seat, or the anonymous source the article introduced with those initials."""
    bare_role = _rx(r"(?!(?:The|A|An|Its|Their|This|That|Our|One)\s)((?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z-]+\s+)?([A-Z]{2,4}|[a-z-]+))").fullmatch(np)
    if bare_role and bare_role.group(2).lower() in ROLE_WORDS and not any(
        w.lower() in first_name_genders() or w.lower() in HONORIFICS for w in np.split()[:-1]
    ):
        holder = _role_holder(text, pos, np, reg)  # "The Flemish MEP, for his part, said" (the article dropped)
        if holder:
            return holder
    acronym = _rx(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+([A-Z]{2,5})").fullmatch(np)
    if acronym:
        holder = _acronym_role(acronym.group(1), pos, reg, text)
        if holder:
            return holder  # "the DEO said" after "The Mukono District Education Officer, Mr Paul Ssekitoleko"
        if acronym.group(1).lower() in ROLE_WORDS or acronym.group(1).lower() in HONORIFICS or acronym.group(1) in ("DO", "SDO"):
            # (police ranks: "the DCP"; a Divisional Officer: "signed by DO Ewolo Mballa Christian" ... "the DO said")
            holder = _role_holder(text, pos, acronym.group(1), reg)
            if holder:
                return holder  # "the RDC told the mothers" after "The RDC, Hajji Abdul Nsereko Kiggundu, arrived"
        unnamed = _last_match(
            rf"\b(?:[Aa]n?|[Oo]ne)\s+((?:[a-z][\w-]*\s+){{0,5}}[a-z][\w-]*)\s+\({acronym.group(1)}\)[^.\n]{{0,80}}?,\s+who\s+"
            r"(?:asked|spoke|requested|declined|did\s+not\s+want|preferred)\b",
            text[max(0, pos - _LOOK_BACK) : pos],
        )
        if unnamed:
            # "an agricultural extension development officer (AEDO) in Kasinje EPA, who asked for anonymity" ...
            # "the AEDO said": the unnamed source, as the article described them
            return unnamed.group(1)
    if _rx(r"(?:[Tt]he)\s+(?:lawmaker|legislator)").fullmatch(np):
        # "The member representing Kauran Dutse Constituency ..., Hon. Musa Danjuma Kpaki," ... "The lawmaker said"
        seat = None
        for seat in _rx(r"\b(?:member|lawmaker|legislator|representative)\s+(?:representing|for)\s+[^,.]{3,100},\s+((?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'-]+)").finditer(text[max(0, pos - _LOOK_BACK) : pos]):
            pass
        if seat:
            named = [m for m in find_people(seat.group(1)) if m.kind == "person"]
            if named:
                return reg.full_names.get(named[0].name.lower(), named[0].name)
        # "..., Hon. Babatunde Olarenwaju-Sule, who visited the campus" / "The area MP, Denis Ahimbisibwe": the
        # member of a legislature named last
        member = _last_person(reg, pos, lambda m: bool(
            {w.lower().rstrip(".") for w in (m.role or "").split()} & _LEGISLATORS
            or _rx(r"\b(?:MPs?|MPA|MLA|MCA|MNA|MSP|TD|[Ss]enator|[Ll]egislator|[Ll]awmaker|[Mm]ember\s+of\s+[Pp]arliament)\W{0,3}$").search(text[max(0, m.start - 25) : m.start])
        ))
        if member:
            return member
    return _UNDECIDED


def _last_person_described(np: str, pos: int, reg: Registry) -> str | _Undecided:
    """"the chief", "the old man", "the police boss": the last person named with a fitting title, sex or post."""
    if _rx(r"[Tt]he\s+chief").fullmatch(np):
        # "Traditional Authority Mpinganjira ... said the chief" (and a Group Village Headman named after): the chief
        # named last before the quote
        chief = _last_person(
            reg, pos,
            # (or "Chief Mavhuradonha": a chief known by the chieftaincy's one name)
            lambda m: bool(m.role) and (_CHIEFLY_TITLE.match(m.role.lower()) is not None or m.role == "Chief" and " " not in m.name),
        )
        if chief:
            return chief
    epithet = _rx(r"[Tt]he\s+(?:(?:old|elderly|older|young|aged|grey-haired|frail)\s+(man|woman|lady|gentleman)|"
        r"(septuagenarian|octogenarian|nonagenarian|sexagenarian|pensioner|widow|widower|grandmother|grandfather))").fullmatch(np)
    if epithet:
        # "For Pa Fru Emmanuel Tebit, a 67-year-old palm oil seller, ..." / "the old man asked": the person named
        # last, of that sex
        sex = {"man": "m", "gentleman": "m", "widower": "m", "grandfather": "m", "woman": "f", "lady": "f", "widow": "f",
               "grandmother": "f"}.get((epithet.group(1) or epithet.group(2)).lower())
        for m in reversed(reg.mentions[bisect_left(reg.positions, pos - 1500) : bisect_left(reg.positions, pos)]):
            if m.kind != "person":
                continue
            full = reg.full_names.get(m.name.lower(), m.name)
            gender = m.gender or reg.genders.get(full)
            if sex is None or gender in (sex, None):
                return full
            break
    police_boss = _rx(r"(?:[Tt]he)\s+(?:police|top)\s+(?:boss|chief|cop|commander)").fullmatch(np)
    if police_boss:
        # "the police boss said" after "Kavete Central OCPD Peter Langat said": the police officer named last
        officer = _last_person(reg, pos, lambda m: bool(m.role) and bool(
            {w.lower().rstrip(".") for w in m.role.split()} & _POLICE_POSTS or "police" in m.role.lower()
        ))
        if officer:
            return officer
    return _UNDECIDED
