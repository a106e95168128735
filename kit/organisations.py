"""Organisations: the fullest name of a body the article names, and which body a phrase means.

An article introduces "the Coastal Marine Services Agency (Comsa)" and later quotes "Comsa",
"the agency" or "the Services Agency"; a speaker is reported by the fullest name the article
uses. These helpers look bodies up in the :class:`kit.registry.Registry` by initials, by the
words a name starts with and by the kind of body a noun names ("the company", "the club").

>>> _abbreviates("Comsa", "Coastal Marine Services Agency")
True
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .people import ORG_WORDS, ROLE_WORDS
from .registry import Registry
from .scan import compiled as _rx

__all__: list[str] = []


# how far back (in characters) a rule searches the article for an earlier description; bounds the work per
# quote so that a 1 MB text stays linear
_LOOK_BACK = 20_000


def _initials(name: str) -> str:
    return "".join(w[0] for w in _rx(r"[A-Za-z][\w’'-]*").findall(name) if w[0].isupper() and w.lower() not in ("of", "the", "and", "for"))


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is made from the initials of ``name``, a letter or two of each word, in order.

    >>> _abbreviates("Comsa", "Coastal Marine Services Agency"), _abbreviates("Labwa", "Lake Basin Water Authority")
    (True, True)
    >>> _abbreviates("Comsa", "Water Authority")
    False
    """
    initials = _initials(name).upper()
    letters = short.upper()
    if len(initials) < 2 or not letters.startswith(initials[0]) or len(letters) > 2 * len(initials):
        return False
    at = 0
    for ch in initials:
        at = letters.find(ch, at)
        if at == -1:
            return False
        at += 1
    return True


def _bracketed_words(reg: Registry) -> frozenset[str]:
    """Words the article writes in brackets on their own ("the Coastal Marine Services Agency (Comsa)")."""
    if "bracketed" not in reg.cache:
        reg.cache["bracketed"] = frozenset(_rx(r"\(([A-Z][\w’'-]*)\)").findall(reg.text))
    return reg.cache["bracketed"]


def _full_org(name: str, reg: Registry) -> str:
    """The fullest form of an organisation's name: "Norvane" -> "Norvane Logistics", "CQC" -> "Care Quality Commission"."""
    key = ("full_org", name)
    if key not in reg.cache:
        reg.cache[key] = _fullest_org(name, reg)
    return reg.cache[key]


def _initials_table(reg: Registry) -> dict[str, list[str]]:
    """Organisations by their initials (cached per article): "CQC" -> ["Care Quality Commission"]."""
    if "initials" not in reg.cache:
        table: dict[str, list[str]] = {}
        for o in reg.orgs:
            if o.name.split()[0].lower() in ROLE_WORDS:
                continue  # "Superintendent of Police (SP) Kavita Rani": "the SP" is the officer, not a body
            table.setdefault(_initials(o.name), []).append(o.name)
            country = _rx(r"(?:the\s+)?(?:U\.S\.|US|U\.K\.|UK|EU|E\.U\.)\s+(.+)").match(o.name)
            if country:
                # "the U.S. Consumer Product Safety Commission" is "the CPSC"
                table.setdefault(_initials(country.group(1)), []).append(o.name)
        reg.cache["initials"] = table
    return reg.cache["initials"]


def _whole_defined_name(candidate: str, before: str, reg: Registry) -> str:
    """The organisation a bracketed short name defines, when its initials cover only the last words of the name.

    "the Granville Heights Primary Parent-Teacher Association (PTA)" is the whole association, not any
    parent-teacher association.
    """
    named = [o.name for o in reg.orgs if o.name.endswith(" " + candidate) and o.name in before]
    return _rx(r"^The\s+").sub("", max(named, key=len) if named else candidate)


def _fullest_org(name: str, reg: Registry) -> str:
    name = _rx(r"^(?:the)\s+", re.IGNORECASE).sub("", name)
    acronym = name.isupper() or (name.isalpha() and name[:1].isupper() and name in _bracketed_words(reg))  # "Nasa", "Comsa"
    mixed = _rx(r"(?:[A-Z][a-z]?){2,4}").fullmatch(name) is not None and sum(c.isupper() for c in name) >= 2  # "MoD", "DfE"
    if (acronym and 2 <= len(name) <= 6) or mixed:
        letters = name.upper() if acronym else "".join(c for c in name if c.isupper())
        spelled = [n for n in _initials_table(reg).get(letters, []) if n != name]
        if spelled:
            return _rx(r"^(?:the)\s+", re.IGNORECASE).sub("", max(spelled, key=len))
    if acronym and 2 <= len(name) <= 10:  # (up to "AMCOFCOOP")
        if "brackets" not in reg.cache:
            # where each bracketed short name is first defined, found in one pass ("(UEA)", "(Comsa)")
            first: dict[str, int] = {}
            for bracket in _rx(r"\(([A-Za-z][\w&.-]{0,9})\)").finditer(reg.text):
                first.setdefault(bracket.group(1), bracket.start())
            reg.cache["brackets"] = first
        at = reg.cache["brackets"].get(name, -1)
        local = reg.text[max(0, at - 300) : at + len(name) + 2] if at >= 0 else ""
        defined = _rx(r"((?:[\w’'-]+\s+){1,8})\([^()]*\)$").search(local) if local else None
        if defined:
            # "the Union des Exploitants Agricoles (UEA)": the words before the brackets whose initials match
            words = defined.group(1).split()
            for k in range(len(words)):
                candidate = " ".join(words[k:])
                # ("Syarikat Air Pelangi Bhd (SAP)": the company's legal form is not in its initials)
                bare = _rx(r"\s+(?:Bhd|Berhad|Ltd|Limited|Inc|Plc|PLC|Pvt|Pty|Sdn|LLC)\.?$").sub("", candidate)
                if candidate[:1].isupper() and name.upper() in (_initials(candidate).upper(), _initials(bare).upper()):
                    return _whole_defined_name(candidate, defined.group(1), reg)
            for k in range(len(words)):
                # "the Coastal Marine Services Agency (Comsa)": a short name made of the words' first letters or two
                candidate = " ".join(words[k:])
                if candidate[:1].isupper() and words[k].lower() != "the" and _abbreviates(name, candidate):
                    return _whole_defined_name(candidate, defined.group(1), reg)
            # "the Ghana Cocoa Board (COCOBOD)": a body's name, then the short name it goes by, letters or not
            named = [o.name for o in reg.orgs if defined.group(1).rstrip().endswith(o.name) and o.name != name]
            if named:
                return _rx(r"^The\s+").sub("", max(named, key=len))
        elif at < 0 and name.isupper() and len(name) >= 3:
            # "the Ambehti Cocoa Farmers Cooperative Society, AMCOFCOOP.": the short name after a comma
            # (looked for only where ", NAME" occurs, found for every name in one pass: a pattern tried at every
            # position of a 1 MB text, once per name, is slow)
            if "apposed_caps" not in reg.cache:
                found: dict[str, list[int]] = {}
                for caps in _rx(r", ([A-Z]{3,10})\b").finditer(reg.text):
                    found.setdefault(caps.group(1), []).append(caps.start())
                reg.cache["apposed_caps"] = found
            apposed = None
            for at in reg.cache["apposed_caps"].get(name, ()):
                apposed = _rx(rf"((?:[A-Z][\w’'&-]*\s+(?:(?:of|for|and|the)\s+)?){{1,8}}[A-Z][\w’'&-]*),\s+{re.escape(name)}\b").search(
                    reg.text, max(0, at - 200), at + len(name) + 3
                )
                if apposed:
                    break
            if apposed:
                words = apposed.group(1).split()
                for k in range(len(words)):
                    candidate = " ".join(words[k:])
                    letters = iter(candidate.upper())
                    if candidate[:1] == name[:1] and all(ch in letters for ch in name) and any(w.lower() in ORG_WORDS for w in words[k:]):
                        return candidate  # (its letters in order: AMbehti COcoa Farmers COOPerative)
    best = name
    turned = _rx(r"((?:[A-Z][\w’'-]*\s+){1,3})(Ministry|Department)").fullmatch(name)
    if turned:
        # "the Health Ministry" when the article also writes "the Ministry of Health": one body, its full name
        full = f"{turned.group(2)} of {turned.group(1).strip()}"
        if any(o.name == full or o.name.endswith(" " + full) for o in reg.orgs):
            return full
    words = _rx(r"\w+").findall(name.lower())
    if "org_words" not in reg.cache:
        index: dict[str, set[str]] = {}
        for org in reg.orgs:
            for word in _rx(r"\w+").findall(org.name.lower()):
                index.setdefault(word, set()).add(org.name)
        reg.cache["org_words"] = index
    index = reg.cache["org_words"]
    candidates = set.intersection(*(index.get(w, set()) for w in words)) if words else {o.name for o in reg.orgs}
    longer = [n for n in candidates if name.lower() in n.lower() and len(n) > len(name)]
    if not longer:
        return best
    if "org_counts" not in reg.cache:
        counts: dict[str, int] = {}
        first_at: dict[str, int] = {}
        for o in reg.orgs:
            counts[o.name] = counts.get(o.name, 0) + 1
            first_at.setdefault(o.name, o.start)
        reg.cache["org_counts"] = (counts, first_at)
    counts, first_at = reg.cache["org_counts"]
    # "Whitmore" is "Whitmore Athletic" (named five times, first) rather than "Whitmore Supporters' Trust"
    if name.lower() in ORG_WORDS:
        # "the Assembly" is the Agbleve Municipal Assembly, not the "Assembly Hall" where it met
        return max(longer, key=lambda n: (n.lower().endswith(name.lower()), counts.get(n, 0), -first_at.get(n, 0), len(n)))
    return max(longer, key=lambda n: (n.lower().startswith(name.lower()), counts.get(n, 0), -first_at.get(n, 0), len(n)))


def _registry_orgs_in(np: str, reg: Registry) -> list[str]:
    """The article's organisations whose full name appears in ``np``, left to right."""
    if "org_words" not in reg.cache:
        _full_org("", reg)  # builds the word index
    index = reg.cache.get("org_words", {})
    names = {n for w in _rx(r"\w+").findall(np.lower()) for n in index.get(w, ())}
    return sorted((n for n in names if n in np), key=lambda n: (np.index(n), -len(n)))


def _org_starting_with(prefix: str, reg: Registry) -> bool:
    """Does an organisation's name start with ``prefix`` ("Ridgeline Southern " -> "Ridgeline Southern Railway")?"""
    key = ("org_names", len(reg.orgs))
    if key not in reg.cache:
        reg.cache[key] = sorted(o.name for o in reg.orgs)
    names = reg.cache[key]
    at = bisect_left(names, prefix)
    return at < len(names) and names[at].startswith(prefix)


_ORG_HINTS: dict[str, tuple[str, ...]] = {
    "company": ("inc", "corp", "ltd", "llc", "plc", "co", "group", "technologies", "labs", "systems", "industries",
                "holdings", "energy", "financial", "motors", "airlines", "media", "foods", "pharmaceuticals",
                "limited", "pty", "pvt", "sdn", "bhd", "gmbh", "ag", "sa", "nv", "bv", "llp", "incorporated", "corporation",
                "company", "enterprises", "ventures", "trading", "logistics", "resources", "mining", "timber",
                # legal forms elsewhere: Indonesian "PT ..." and "... Tbk", Italian, French, Nordic
                "pt", "tbk", "srl", "sarl", "spa", "oyj", "asa"),
    "club": ("fc", "afc", "rovers", "united", "city", "athletic", "wanderers", "rangers", "albion", "club", "town", "county"),
    "team": ("fc", "afc", "rovers", "united", "athletic", "wanderers", "rangers", "albion", "team"),
    "school": ("school", "academy", "college", "district"),
    # "the district" of a US school system: "Ridgeview City Schools", "Alder Unified", "Mesa Public Schools"
    "district": ("district", "schools", "unified", "isd", "usd"),
    "hospital": ("hospital", "clinic", "health", "infirmary", "medical"),
    "party": ("party", "alliance", "democrats", "conservatives", "labour", "greens"),
    "union": ("union", "federation", "association", "guild", "local", "workers"),
    "consortium": ("consortium", "consorzio", "consorcio", "consórcio", "group", "partners", "alliance"),
}
_ORG_HINTS["firm"] = _ORG_HINTS["company"]


_GENERIC_ORG_HEADS = frozenset(
    "company firm operator carrier airline manufacturer developer retailer startup utility group organisation organization "
    "agency regulator watchdog charity business insurer lender bank provider maker chain distributor wholesaler grocer "
    "supplier processor exporter importer brewer conglomerate".split()
)


def _nearest_org(pos: int, reg: Registry, window: int = 350) -> str | None:
    """The organisation named last in the ``window`` characters before ``pos``, in its fullest form."""
    idx = bisect_right(reg.positions, pos) - 1
    while idx >= 0 and pos - reg.mentions[idx].start <= window:
        m = reg.mentions[idx]
        idx -= 1
        if m.kind == "org":
            return _full_org(m.name, reg)
    return None


_COMMERCIAL_HEADS = frozenset("company firm business operator carrier airline retailer manufacturer developer startup utility".split())


_PUBLIC_BODY_WORDS = frozenset(
    """council ministry department government agency authority police court parliament assembly commission
    municipality prefecture office senate congress tribunal hospital clinic school university college academy
    museum church charity union party prevention regulator inspectorate directorate ombudsman""".split()
)


_GROUP_NOUNS = frozenset("group campaign movement coalition network collective alliance".split())


def _recent_org(pos: int, reg: Registry, head: str, modifiers: Sequence[str] = ()) -> str | None:
    """The organisation "the company" / "the club" refers to: the most-mentioned fitting one so far.

    With ``modifiers`` ("the community council"), a body whose name has them before the head is preferred.
    """
    key = ("org_starts", len(reg.orgs))
    if key not in reg.cache:
        reg.cache[key] = [o.start for o in reg.orgs]
    starts = reg.cache[key]
    before = reg.orgs[bisect_left(starts, pos - _LOOK_BACK) : bisect_left(starts, pos)]
    hints = _ORG_HINTS.get(head, (head,))
    fitting = [o for o in before if head in o.name.lower() or set(_rx(r"[a-z]+").findall(o.name.lower())) & set(hints)]
    if modifiers:
        # "the community council" is the Inchcarra Community Council, not the Lorn and Isles Council
        phrase = " ".join(modifiers) + " " + head
        fitting = [o for o in fitting if phrase in o.name.lower()] or fitting
    described = [
        o for o in before[-12:]
        if pos - o.start <= 1500 and _rx(rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(head)}\b").match(reg.text[o.end : o.end + 60])
    ]
    if head in _GROUP_NOUNS:
        # "The Save Drumcorran Hospital campaign, which has 9,000 followers, ... the group wrote": the body the
        # article named with a group's noun
        named = [
            (o, m.group(1)) for o in before[-12:]
            if pos - o.start <= 1500 and (m := _rx(rf"\s+({'|'.join(sorted(_GROUP_NOUNS))})\b").match(reg.text[o.end : o.end + 20]))
        ]
        if named:
            return f"{_full_org(named[-1][0].name, reg)} {named[-1][1]}"
    if described:
        # "The Aerial Commerce Alliance, a trade group whose members ..., urged Congress to act" ... "the group
        # said": the organisation the article described as one
        return _full_org(described[-1].name, reg)
    pool = fitting or (before if head in _ORG_HINTS or head in _GENERIC_ORG_HEADS else [])
    if not fitting:
        # ("the company said" is not "the UK" or "the EU" named just before)
        pool = [o for o in pool if o.name not in ("UK", "US", "USA", "EU", "UN", "UAE", "U.S.", "U.K.")]
    if not fitting and head not in ("newspaper", "paper", "broadcaster", "network", "station", "channel", "outlet"):
        # ("reviewed the records at CBS News' request ... the company said": the outlet reporting is not "the company")
        pool = [o for o in pool if not _rx(r"\b(?:News|Times|Post|Herald|Tribune|Gazette|Journal|Telegraph|Guardian|Chronicle)$").search(o.name)]
    if head in _COMMERCIAL_HEADS and not fitting:
        # "the company" or "the utility" is not the county council, the ministry, the police or a hospital
        pool = [o for o in pool if not set(_rx(r"[a-z]+").findall(o.name.lower())) & _PUBLIC_BODY_WORDS]
    if not pool:
        return None
    if not fitting:
        # the nearest organisation, counting "Northwind" as "Northwind Robotics"
        prefixes = {o.name.split()[0]: o.name for o in pool if len(o.name.split()) > 1 and o.name.split()[0][:1].isupper()}
        window_start = max(0, pos - 400)
        shortened = [
            (window_start + m.start(), prefixes[m.group()])
            for m in _rx(r"\b[A-Z][\w-]+\b").finditer(reg.text[window_start:pos])
            if m.group() in prefixes
        ]
        near = sorted([(o.start, o.name) for o in pool if pos - o.start <= 400] + shortened)
        if near:
            return _full_org(near[-1][1], reg)  # "Harvest Table Relief, a regional charity ... the group"
    counts: dict[str, int] = {}
    for org in pool:
        key = org.name.split()[0].lower()
        counts[key] = counts.get(key, 0) + 1
    best = max(reversed(pool), key=lambda o: counts[o.name.split()[0].lower()])
    return _full_org(best.name, reg)


def _orgs_by_first_word(reg: Registry) -> dict[str, list]:
    """The registry's organisation mentions by their first word, in text order (cached)."""
    key = ("orgs_by_first", len(reg.orgs))
    if key not in reg.cache:
        index: dict[str, list] = {}
        for org in reg.orgs:
            index.setdefault(org.name.split()[0], []).append(org)
        reg.cache[key] = index
    return reg.cache[key]
