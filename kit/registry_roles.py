"""Roles in the registry: which person "the mayor", "the chief" or "the DED" means.

Roles come from the titles before names ("Fire Chief Raymond Okafor", "Oba Samuel
Adeyemo-Fadipe" is "the monarch"), from appositions ("Dana Okafor, the school's principal,"),
from the words just before a name ("The Minister for Housing, Declan Moriarty,"), from a lede
that names the role in one paragraph and the person in the next, and from "was declared
governor-elect".

>>> reg = Registry([], text="Fire Chief Raymond Okafor spoke.")
>>> _roles_from_titles(reg.text, reg, [Mention(11, 25, "Raymond Okafor", "person", None, "Fire Chief")])
>>> reg.roles
{'chief': 'Raymond Okafor'}
"""

from __future__ import annotations

from typing import Sequence

from .mentions import Mention
from .name_lexicons import ROLE_WORDS
from .registry_core import Registry
from .registry_scans import _near
from .scan import compiled as _rx
from .titles import _CHIEFLY_TITLE, _ROYAL_TITLES, _TITLE_ROLES, _TITLES_BEFORE_FULL_NAMES

__all__: list[str] = []


def _roles_from_titles(text: str, reg: Registry, people: Sequence[Mention]) -> None:
    """Roles (and genders) from the title each mention carries: "Fire Chief Raymond Okafor" is "the chief",
    "Dr Md Mahbubur Rahman" "the doctor", "Oba Samuel Adeyemo-Fadipe" "the monarch"."""
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


def _appositive_roles(text: str, reg: Registry, people: Sequence[Mention]) -> None:
    """Roles set off after a name: "Dana Okafor, the school's principal," / "Okafor, 52, a teacher"."""
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


def _roles_before_names(text: str, reg: Registry, people: Sequence[Mention]) -> None:
    """Roles just before a name: "The housing minister, Helen Marchbank," / "defence lawyer Curtis Bell"."""
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


def _made_roles(text: str, body_start: int, reg: Registry, low: str) -> None:
    """Roles a person is given: "Oluwaseun Adekunle-Bakare ... was on Sunday declared governor-elect"."""
    for made in _near("made_role", text, body_start, low):
        # "Oluwaseun Adekunle-Bakare ... was on Sunday declared governor-elect": "the governor-elect"
        for word in made.group(2).lower().split():
            if word in ROLE_WORDS:
                name = made.group(1)
                reg.roles.setdefault(word, reg.full_names.get(name.lower(), name))
