"""What a run of capitalised words is: a person, an organisation, both, or nothing.

:func:`_classify_run` is the heart of :func:`kit.people.find_people`. It looks at the words of
one run ("NATO Secretary-General Mark Rutte", "Sun-hee Park of Kestrel Research", "Port
Morant") and returns the mentions in it, splitting off roles and honorifics. It answers in
stages, each of which either decides or hands on to the next: firms with "&", saints and
local governments, long titles before a name, companies by their legal form, chiefs' titles,
runs with an organisation word, places and products, and at last a person with the titles
before the name.

>>> from .mentions import _tokens
>>> text = "Estonian Prime Minister Kaja Kallas"
>>> [(m.name, m.kind, m.role) for m in _classify_run(text, _tokens(text, 0, len(text)))]
[('Kaja Kallas', 'person', 'Estonian Prime Minister')]
"""

from __future__ import annotations

import re

from .mentions import Mention, _org, _person
from .name_lexicons import (
    ANON_HEADS,
    HONORIFICS,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_WORDS,
    _CONNECTORS,
    _NAME_PREFIXES,
    _NOT_NAMES,
    _PLACE_BODIES,
    _SAINT_PLACES,
    demonyms,
    first_name_genders,
    place_names,
)
from .scan import compiled as _rx
from .titles import _CHIEFLY_TITLE, _TITLES_BEFORE_FULL_NAMES, _titled_name_start

__all__: list[str] = []

# a group "of" a body: "Members of United Warehouse Workers Local 218" names the body
_GROUP_OF = frozenset("members member supporters staff leaders officials residents workers employees friends fans shares stock customers users".split())

# the first words of places ("Port Morant", "Fort Worth", "Mount Kenya", "Lake Placid", "Kuala Lumpur")
_LEADING_PLACE = frozenset("port fort mount mt lake cape isle kot sungai bukit kampung kuala jalan pulau tanjung taman rumah".split())  # (Malay: river, hill, village, estuary, road, island, cape, estate; Iban "Rumah Nyalau", a longhouse)

# a reporting verb right after the run, perhaps after an apposition: only people (and bodies) speak
_SPEAKS_NEXT = re.compile(
    r"(?:,\s*(?:a|an|the|who)\b[^,.]{1,60},|\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
    r"\s+(?:said|says|told|tells|added|adds|explained|wrote|writes|asked|argued|noted|insisted|called|described)\b"
)

# ", which has run the route": only an organisation runs, employs or sells things
_WHICH_ACTS = re.compile(
    r",\s+which\s+(?:is\s+based|was\s+founded|is\s+headquartered|was\s+set\s+up|is\s+owned|is\s+listed|"
    r"(?:has\s+|have\s+|had\s+)?(?:run|runs|operates|operated|owns|owned|employs|employed|makes|made|"
    r"sells|sold|manages|managed|represents|provides|provided|builds|built|publishes|published|organises|organizes|"
    r"organised|organized|funds|funded|commissioned|commissions|hires|hired|produces|produced|staged|stages|launched|"
    r"launches|lobbies|lobbied|campaigns|campaigned|filed|files|sued|sues|brought|brings|leads|led))\b"
)
# products: a model name's last word ("Nova Pro") or the noun after it ("the Sentry Plus camera")
_PRODUCT_SUFFIXES = frozenset("pro plus max mini ultra air lite xl".split())
_PRODUCT_NEXT = re.compile(
    r"\s+(?:camera|cameras|phone|phones|smartphone|app|apps|device|devices|model|models|headset|laptop|tablet|smartwatch|"
    r"console|drone|drones|speaker|speakers|software|chip|chips|handset|handsets|earbuds|charger|chargers|fryer|fryers|"
    r"router|scooter|scooters|e-bike|e-bikes|vaccine|tablets|pill|pills|subscription|platform|update|engine|jet|aircraft)\b"
)

# the first words of the runs _saint_or_local_body looks at ("Town of Markham", "St Mary's", "San Isidro")
_SAINT_OR_LOCAL_STARTS = _PLACE_BODIES | frozenset(("st", "st.", "saint", "ste", "ste.")) | _SAINT_PLACES

# months that are also given names, and the words that make them dates ("in June", "last April")
_MONTH_NAMES = frozenset("april june august jan".split())  # (also "Jan", a given name and a month)
_DATE_BEFORE = re.compile(
    r"\b(?:in|on|since|by|until|till|last|next|early|late|mid|of|from|before|after|during|through|this|that|each|every|"
    r"between|and|or|to|for|around|about|until|throughout|since)\s+$",
    re.IGNORECASE,
)


def _month_is_name(text: str, run: list[tuple[int, int, str]], lower: list[str], k: int) -> bool:
    """Is the month word ``run[k]`` a given name ("president June Halloran", not "in June Halloran said")?"""
    if k + 1 >= len(run) or lower[k + 1] in _NOT_NAMES or lower[k + 1] in ORG_WORDS or not run[k + 1][2][:1].isupper():
        return False
    before = " ".join(lower[:k]) + " " if k else text[max(0, run[0][0] - 20) : run[0][0]]
    return not _DATE_BEFORE.search(before) and not _rx(r"\s*,?\s*\d").match(text[run[k + 1][1] : run[k + 1][1] + 4])


def _given_after_title(lower: list[str], idx: int) -> bool:
    """Is ``lower[idx]`` a given name that is also a post, right after a title and before a last name ("Cr Dean
    Whitlock", "Dr Major Ncube")?"""
    return 0 < idx == len(lower) - 2 and lower[idx - 1] in HONORIFICS and lower[idx] in first_name_genders() and lower[idx] in ROLE_WORDS


def _adat_title(lower: list[str], idx: int) -> bool:
    """Is "Datuk" at ``lower[idx]`` a Minangkabau adat title inside a name ("Yulianto Datuk Rajo Basa"), not a Malaysian
    honorific before one ("Minister Datuk Seri Lim")?"""
    return lower[idx] in ("datuk", "datuak") and 0 < idx < len(lower) - 1 and lower[idx - 1] not in HONORIFICS and (
        lower[idx - 1] not in ROLE_WORDS and lower[idx - 1] not in ORG_WORDS and lower[idx - 1] not in place_names()
    ) and lower[idx + 1] not in ("seri", "sri", "paduka", "patinggi", "amar", "wira")


def _classify_run(text: str, run: list[tuple[int, int, str]]) -> list[Mention]:
    """The people and organisations the run of capitalised words ``run`` names (often one, possibly none).

    Each stage below either decides (a list, possibly empty) or hands the run on (None), in this order:
    a firm with "&", the sentence words before the name, saints and local governments, a Malaysian title,
    a post's place before a name, initials or a long title before a name, a person "of" a body, a company
    by its legal form, a chief's title, a run with an organisation word, places and products, and at last
    a person with the titles and roles before the name split off.

    >>> from .mentions import _tokens
    >>> def classify(text):
    ...     return [(m.name, m.kind, m.role) for m in _classify_run(text, _tokens(text, 0, len(text)))]
    >>> classify("NATO Secretary-General Mark Rutte")
    [('NATO', 'org', None), ('Mark Rutte', 'person', 'Secretary-General')]
    >>> classify("Sun-hee Park of Kestrel Research"), classify("Port Morant")
    ([('Sun-hee Park', 'person', None), ('Kestrel Research', 'org', None)], [])
    """
    amp = next((n for n in range(1, len(run)) if text[run[n - 1][1] : run[n][0]] == " & "), None)
    if amp is not None:
        # "Hartwell & Booth", "Procter & Gamble": a firm (a word before it that starts the sentence is not part of it)
        start = amp - 1
        while start > 0 and run[start - 1][2].lower() not in _NOT_NAMES and not run[start - 1][2].endswith(("’s", "'s")) and start > amp - 2:
            start -= 1
        return [_org(text, run[start:])]
    words = [w.rstrip(".") if not w.lower() in HONORIFICS else w for _, _, w in run]
    lower = [w.lower().rstrip("’'s").rstrip(".") if w.endswith(("’s", "'s")) else w.lower().rstrip(".") for w in words]
    # strip leading sentence words ("The", "In", "But")
    k = 0
    while k < len(run) and lower[k] in _NOT_NAMES and lower[k] not in ("may",) and not (
        _rx(r"[A-Z]\.").fullmatch(run[k][2]) and k + 1 < len(run)
    ) and not (lower[k] in _MONTH_NAMES and _month_is_name(text, run, lower, k)):  # (but "A. S. Raghavendra": an initial, not the article "A")
        k += 1
    if k == len(run):
        return []
    if lower[k] in _SAINT_OR_LOCAL_STARTS:  # (a cheap test first: the stage looks at no other run)
        decided = _saint_or_local_body(text, run, words, lower, k)
        if decided is not None:
            return decided
    if k + 2 < len(run) and lower[k] in _GROUP_OF and lower[k + 1] == "of" and not (
        lower[k] == "member" and lower[k + 2] in ("parliament", "assembly", "congress", "senate", "legislative", "house", "the", "provincial", "national")
    ):  # (but "Member of Parliament for Kingston Central Rohan Fairclough" is a title)
        k += 2  # "Members of United Warehouse Workers Local 218": the organisation
    run, words, lower = run[k:], words[k:], lower[k:]
    if len(run) >= 4 and lower[0] in ("tan", "puan", "toh") and lower[1] in ("sri", "puan") and not any(w in ORG_WORDS for w in lower):
        # "Tan Sri Lim Kok Seng", "Puan Sri Aminah": a Malaysian title ("Tan" alone is a family name)
        person = _person(text, run[2:], role=text[run[0][0] : run[1][1]])
        return [person] if person else []
    # (each stage below is called only when the run can pass its test: most runs are one or two plain words)
    if not _NAME_PREFIXES.isdisjoint(lower):
        run, words, lower = _without_post_place(text, run, words, lower)
    if len(run) >= 3:
        decided = _initials_or_long_title(text, run, words, lower)
        if decided is not None:
            return decided
    if "of" in lower:
        decided = _person_of_body(text, run, words, lower)
        if decided is not None:
            return decided
    if _company_form(text, run):
        return [_org(text, run)]
    chiefly = _CHIEFLY_TITLE.match(" ".join(lower))
    if chiefly and len(chiefly.group().split()) < len(run):
        return _chief(text, run, chiefly)
    if any(w in ORG_WORDS for w in lower) or (len(run) == 1 and len(words[0]) >= 2 and (
        words[0].isupper() or (_rx(r"(?:[A-Z][a-z]?){2,4}").fullmatch(words[0]) is not None and sum(c.isupper() for c in words[0]) >= 2)
    )):  # ("the MoD", "the DfE": initials with small letters)
        return _body_run(text, run, words, lower)
    decided = _place_or_product(text, run, words, lower)
    if decided is not None:
        return decided
    return _titled_person(text, run, lower)


def _saint_or_local_body(text: str, run: list[tuple[int, int, str]], words: list[str], lower: list[str], k: int) -> list[Mention] | None:
    """A run from ``k`` that starts with "Town of", "St" or "San": a local government, a saint's club or
    school, a seat or a place, or a person after the place's post; None for any other run."""
    if lower[k] in _PLACE_BODIES and k + 2 < len(run) and lower[k + 1] == "of" and not any(w in ROLE_WORDS for w in lower[k + 2 :]):
        return [_org(text, run[k:])]  # "the Hamlet of Tasiqsivik wrote", "the Town of Markham": a local government
    if lower[k] in ("st", "st.", "saint", "ste", "ste.") and k + 1 < len(run) and not any(w in ROLE_WORDS for w in lower[k + 2 :]):
        titled = [n for n in range(k + 2, len(run) - 2) if words[n].lower() in HONORIFICS or words[n].lower() + "." in HONORIFICS]
        if titled:
            # "St Mary North Central Dr Owen McLeary": a seat named for a saint, then a titled person
            person = _person(text, run[titled[0] + 1 :], role=run[titled[0]][2])
            return [person] if person else []
        seat = _rx(r"\b([A-Za-z-]+)\s+(?:of|for)\s+$").search(text[max(0, run[k][0] - 30) : run[k][0]])
        if seat and seat.group(1).lower() in ROLE_WORDS and len(run) - k <= 3:
            return []  # "The Custos of St Mary", "MP for St Ives": a post's parish or seat, a place
        return [_org(text, run[k:])]  # "St Fintan's", "St Mary's": a club, church, school or hospital
    if lower[k] in _SAINT_PLACES and k + 1 < len(run):
        if any(w in ORG_WORDS for w in lower[k:]):
            return [_org(text, run[k:])]
        titled = [n for n in range(k + 1, len(run) - 1) if lower[n] in ROLE_WORDS]
        if titled:
            # "San Isidro Labrador Mayor Rogelio Macaraig": the place, the post, then the person
            person = _person(text, run[titled[-1] + 1 :], role=run[titled[-1]][2])
            return [person] if person else []
        return []  # "Santa Rosa de Lima", "San Isidro", "São Paulo": a place
    return None


def _without_post_place(text: str, run: list[tuple[int, int, str]], words: list[str], lower: list[str]) -> tuple[list[tuple[int, int, str]], list[str], list[str]]:
    """The run without the place of a post between the post and a prefixed name ("Deputy Commissioner (DC)
    Malir Syed Faraz Ali Jafri"), with its words and lower-case words; the run as it is when there is none."""
    lead = 0
    while lead < len(run) - 3 and (lower[lead] in HONORIFICS or lower[lead] in ROLE_WORDS):
        lead += 1  # ("Deputy Commissioner Quetta Syed Zulfiqar Ali Shah", "SSP Operations Mir Naseer Ahmed Raisani")
    prefixed = next((p for p in range(lead + 1, min(lead + 3, len(run) - 1)) if lower[p] in _NAME_PREFIXES), None)
    if prefixed is not None and not any(
        w in first_name_genders() or w in _NAME_PREFIXES or w in HONORIFICS or w in ROLE_WORDS or w in ORG_WORDS for w in lower[lead:prefixed]
    ) and (lead or all(w in place_names() for w in lower[:prefixed]) or _rx(r"\)\s$").search(text[max(0, run[0][0] - 2) : run[0][0]])):
        # "Deputy Commissioner (DC) Malir Syed Faraz Ali Jafri", "SSP Malir Chaudhry Imtiaz Warraich": the post's
        # place, then the name
        run, words, lower = run[:lead] + run[prefixed:], words[:lead] + words[prefixed:], lower[:lead] + lower[prefixed:]
    return run, words, lower


def _initials_or_long_title(text: str, run: list[tuple[int, int, str]], words: list[str], lower: list[str]) -> list[Mention] | None:
    """A person whose name follows a place or body and starts with initials ("the Eastern Province W.A.
    Priyantha Senaratne"), or follows a long title ("Egypt’s Minister of Transport and Maritime Affairs
    Hazem Fouad El-Banna"); None when neither."""
    initials = next((
        p for p in range(1, len(run) - 2)
        if _rx(r"[A-Z]\.").fullmatch(run[p][2]) and _rx(r"[A-Z]\.").fullmatch(run[p + 1][2]) and run[p][1] == run[p + 1][0]
        and not _rx(r"[A-Z]\.").fullmatch(run[p - 1][2])
    ), None)
    if initials is not None and not any(
        w in first_name_genders() or w in HONORIFICS or w in ROLE_WORDS for w in lower[:initials]
    ) and all(w[:1].isupper() for w in words[:initials]):
        # "the Eastern Province W.A. Priyantha Senaratne": a place or body, then a name that starts with initials
        person = _person(text, run[initials:])
        body = [_org(text, run[:initials])] if any(w in ORG_WORDS for w in lower[:initials]) else []
        return body + ([person] if person else [])
    first_role = next((n for n, w in enumerate(lower) if w in ROLE_WORDS and n + 1 < len(lower) and lower[n + 1] in ("of", "for")), None)
    title_start = first_role
    while title_start and lower[title_start - 1] in ROLE_WORDS:
        title_start -= 1  # "Deputy Minister of Trade Tharaka Wijesooriya"
    if first_role is not None and first_role + 2 < len(lower) and lower[first_role + 1] in ("of", "for"):
        # "Egypt’s Minister of Transport and Maritime Affairs Hazem Fouad El-Banna", "Opposition MP for Caroni
        # South Vidya Ramsaran-Charles": words before a long title, then the name
        later = _titled_name_start(lower[first_role:], words[first_role:])
        if later is not None:
            at = first_role + later
            person = _person(text, run[at:], role=text[run[title_start][0] : run[at - 1][1]])
            return [person] if person else []
    return None


def _person_of_body(text: str, run: list[tuple[int, int, str]], words: list[str], lower: list[str]) -> list[Mention] | None:
    """A person, then "of" and the body they belong to ("Sun-hee Park of Kestrel Research"); None when not."""
    if "of" in lower[1:] and any(w in ORG_WORDS for w in lower[lower.index("of") :]):
        # "Sun-hee Park of Kestrel Research": a person, then the organisation they belong to
        cut = lower.index("of")
        head = lower[:cut]
        given = head and (
            head[0] in first_name_genders() or _rx(r"[A-Z][a-z]+-[a-z]+").fullmatch(words[0]) is not None
            # "Síle Moran of Kilbrack Cycling Club": two plain capitalised words, then the body
            or (len(head) == 2 and not any(w in place_names() or w in _NOT_NAMES or w in PLACE_WORDS for w in head))
        )
        if 2 <= cut <= 3 and given and not any(w in ORG_WORDS or w in ROLE_WORDS for w in head):
            person = _person(text, run[:cut])
            return ([person] if person else []) + _classify_run(text, run[cut + 1 :])
    return None


def _company_form(text: str, run: list[tuple[int, int, str]]) -> bool:
    """Does the run name a company by its legal form ("Minera Cordillera Azul S.A.", "PT Agro Sirah Lestari") or
    by what it does ("Cambrian Valley Coaches, which has run the route")?"""
    if _rx(r"\b(?:S\.\s?A|S\.p\.A|N\.V|B\.V|A\.G|S\.A\.S|S\.R\.L|S\.L|K\.K)\.?$").search(text[run[0][0] : run[-1][1]]) or (
        len(run) >= 2 and run[-1][2] in ("AG", "GmbH", "SE", "NV", "BV", "SpA", "ASA", "AB", "Oyj", "PLC", "Plc", "Ltd", "LLC", "Inc")
    ):
        return True  # "Minera Cordillera Azul S.A.": a company's legal form
    if len(run) >= 2 and run[0][2] == "PT" and run[1][2][:1].isupper():
        return True  # "PT Agro Sirah Lestari": an Indonesian limited company
    # "Cambrian Valley Coaches, which has run the route": only an organisation runs things
    return _WHICH_ACTS.match(text, run[-1][1]) is not None


def _chief(text: str, run: list[tuple[int, int, str]], chiefly: re.Match[str]) -> list[Mention]:
    """The person after the chief's title ``chiefly`` that opens the run ("Traditional Authority Chinkhombe")."""
    # "Traditional Authority Chinkhombe", "Group Village Headman Mtambo": Malawian chiefs' titles, not bodies
    cut = title_end = len(chiefly.group().split())
    while cut < len(run) - 2 and run[cut][2].lower() in HONORIFICS:
        cut += 1  # "Turaga ni Koro Ratu Josefa Tuimaleka": the honorific after the title is no part of the name
    person = _person(text, run[cut:], role=text[run[0][0] : run[title_end - 1][1]])
    return [person] if person else []


def _body_run(text: str, run: list[tuple[int, int, str]], words: list[str], lower: list[str]) -> list[Mention]:
    """A run with an organisation word (or an acronym): the body, possibly followed by a role and a person
    ("NATO Secretary-General Mark Rutte"), or a long title and then a name."""
    given_at = _titled_name_start(lower, words)
    if given_at is not None:
        # "Minister of Local Government and Community Development Marcia Grant-Henry": a long title, then a name
        person = _person(text, run[given_at:], role=text[run[0][0] : run[given_at - 1][1]])
        return [person] if person else []
    roles = [
        idx for idx, w in enumerate(lower)
        if w in ROLE_WORDS or w.split("-")[0] in ROLE_WORDS or (idx > 0 and (w in HONORIFICS or w + "." in HONORIFICS) and HONORIFICS.get(w, HONORIFICS.get(w + ".")) is None
            and not _adat_title(lower, idx))
    ]  # ("Police Col. Rubén Castañeda Villar": a rank before the name)
    if roles and roles[-1] + 1 < len(run) and not any(w in ORG_WORDS for w in lower[roles[-1] + 1 :]):
        org_end = roles[0]
        result = []
        if org_end > 0:
            result.append(_org(text, run[:org_end]))
        person = _person(text, run[roles[-1] + 1 :], role=" ".join(w for _, _, w in run[org_end : roles[-1] + 1]))
        if person:
            result.append(person)
        return result
    last_org = max(n for n, w in enumerate(lower) if w in ORG_WORDS) if any(w in ORG_WORDS for w in lower) else -1
    tail = lower[last_org + 1 :]
    if 0 <= last_org and 2 <= len(tail) <= 4 and (tail[0] in _NAME_PREFIXES or tail[0] in first_name_genders()) and not any(
        w in ROLE_WORDS or w in _CONNECTORS or w in ("of", "for", "and", "&") for w in tail
    ):
        # "the Sindh Assembly Mian Abdul Qadir Shaikh" (a title cut short): the body, then a person's name
        person = _person(text, run[last_org + 1 :])
        return [_org(text, run[: last_org + 1])] + ([person] if person else [])
    prefixed = next((p for p in range(last_org + 2, len(run) - 1) if lower[p] in _NAME_PREFIXES), None) if last_org >= 0 else None
    if prefixed is not None and len(run) - prefixed <= 4 and not any(w in ROLE_WORDS or w in ORG_WORDS for w in lower[prefixed:]):
        # "Charbhadra Police Station Md Rafiqul Islam": the body's last word, then a prefixed name
        person = _person(text, run[prefixed:])
        return [_org(text, run[:prefixed])] + ([person] if person else [])
    return [_org(text, run)]


def _place_or_product(text: str, run: list[tuple[int, int, str]], words: list[str], lower: list[str]) -> list[Mention] | None:
    """A place, an adjective, a product or a bare role: nobody (or a body named for its country or an
    airline that speaks); None when the run may still be a person's name."""
    if lower[-1] in place_names() or " ".join(lower) in place_names() or _rx(r"[A-Z][a-z]+-(?:speaking|based|born|led|owned|backed|run|funded|made|era|bound|registered|flagged)").fullmatch(words[-1]):
        # "French-speaking Switzerland", "rural Kenya", "a Lagos-based": a place or an adjective, not a person;
        # "Jimmy Wales said" still is one
        speaks = _SPEAKS_NEXT.match(text, run[-1][1]) is not None
        if len(run) >= 3 and lower[-1] in place_names() and lower[0] not in first_name_genders() and lower[0] not in _NOT_NAMES:
            return [_org(text, run)]  # "Consumer Guardian Barbados", "Transparency International Kenya": a body named for its country
        if not (len(run) == 2 and lower[0] in first_name_genders() and speaks):
            return []
    if len(run) >= 2 and lower[0] in _LEADING_PLACE and lower[0] not in first_name_genders() and _SPEAKS_NEXT.match(text, run[-1][1]) is None:
        return []  # "Port Morant", "Fort Worth", "Mount Kenya", "Lake Placid": places
    if len(run) >= 2 and (lower[-1] in PLACE_WORDS or (len(run) >= 3 and lower[-2] in PLACE_WORDS)):
        # "Riverside Park" is a place; "Sun-hee Park said" and "Lisa Hill, the treasurer," are people
        speaks = _SPEAKS_NEXT.match(text, run[-1][1]) is not None
        given = lower[0] in first_name_genders() or _rx(r"[A-Z][a-z]+-[a-z]+").fullmatch(words[0]) is not None  # "Sun-hee"
        if not (len(run) == 2 and (speaks or given)):
            return []
    if len(run) >= 2 and lower[-1] in _PRODUCT_SUFFIXES and (_SPEAKS_NEXT.match(text, run[-1][1]) or not text[run[-1][1] :].strip()):
        return [_org(text, run)]  # "Sayap Nusantara Air said": a product doesn't speak, an airline does
    if len(run) >= 2 and lower[-1] in _PRODUCT_SUFFIXES or _PRODUCT_NEXT.match(text, run[-1][1]):
        return []  # "Nova Pro", "the Sentry Plus camera": a product, not a person
    if len(run) <= 3 and lower[-1] in ROLE_WORDS and lower[0] not in first_name_genders():
        return []  # "the Flemish MEP", "Green MEP": a role with a qualifier, nobody's name
    return None


def _titled_person(text: str, run: list[tuple[int, int, str]], lower: list[str]) -> list[Mention]:
    """A person, with the honorifics, roles and qualifiers before the name as the role (and the gender an
    honorific or a gendered role word says)."""
    gender = None
    role_parts: list[str] = []
    idx = 0
    if len(run) == 2 and lower[0] in first_name_genders() and lower[0] in ROLE_WORDS and lower[0] not in HONORIFICS:
        person = _person(text, run)  # "Dean Matthewson": a role word that is also a given name, then a surname
        return [person] if person else []
    while idx < len(run) and not _given_after_title(lower, idx) and (
        lower[idx] in HONORIFICS or run[idx][2].lower() in HONORIFICS or lower[idx] in ROLE_WORDS or lower[idx].split("-")[0] in ROLE_WORDS
        or (lower[idx] in _TITLES_BEFORE_FULL_NAMES and len(run) - idx >= 3)  # "Mai Chipo Rusike" (but "Mai Linh")
        or (idx > 0 and lower[idx - 1] == "tuai" and lower[idx] == "rumah")  # "Tuai Rumah Ngelai Janting"
        # a title written as initials ("P.C. Konteh": the Paramount Chief), one letter at a time
        or (idx + 1 < len(run) and run[idx][1] == run[idx + 1][0] and (run[idx][2] + run[idx + 1][2]).lower() in HONORIFICS)
        or (idx > 0 and run[idx - 1][1] == run[idx][0] and (run[idx - 1][2] + run[idx][2]).lower() in HONORIFICS)
        or (idx == 0 and len(run) >= 3 and lower[0] in demonyms())  # "Venezuelan Jhonatan Ramírez Colmenares"
        # "Trucker Oneil Pryce", "Driver Ama Mensah": an occupation before a full name
        or (idx == 0 and len(run) >= 3 and lower[0] in ANON_HEADS and lower[0] not in first_name_genders() and not lower[0].endswith("s"))
    ):
        key = run[idx][2].lower()
        if key in HONORIFICS and HONORIFICS[key]:
            gender = HONORIFICS[key]
        if lower[idx] in ("councilwoman", "chairwoman", "spokeswoman", "queen", "princess"):
            gender = "f"
        if lower[idx] in ("councilman", "chairman", "spokesman", "king", "prince"):
            gender = "m"
        role_parts.append(run[idx][2])
        idx += 1
    rest = run[idx:]
    # a role later in the run ("Estonian Prime Minister Kaja Kallas")
    later_roles = [
        n for n, w in enumerate(lower[idx:]) if (w in ROLE_WORDS or w in HONORIFICS or rest[n][2].lower() in HONORIFICS)
        and not (n > 0 and w in HONORIFICS and w not in ROLE_WORDS and (lower[idx + n - 1] in first_name_genders() or w in ("kumari", "bibi")))
        and not (n > 0 and _adat_title(lower, idx + n)) and not _given_after_title(lower, idx + n)
    ]  # ("Mina Kumari Pun": "Kumari" after a given name is a middle name, not a title)
    if later_roles and later_roles[-1] + 1 < len(rest):
        cut = later_roles[-1] + 1
        role_parts.extend(w for _, _, w in rest[:cut])
        rest = rest[cut:]
    person = _person(text, rest, role=" ".join(role_parts) or None, gender=gender)
    return [person] if person else []
