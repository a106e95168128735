"""Noun phrases: turn the words a cue names ("the minister", "Rutte", "a spokesperson") into a speaker.

:func:`_resolve_np` is the entry point for every cue reader. :func:`_resolve_np_words` runs the rules in a
fixed order and the first that decides wins; between rules it trims the phrase (where it was said, the body's
press office, a relative clause). A rule returns a speaker, ``None`` when the phrase names nobody (a sign, a
report with no author), or ``_UNDECIDED`` to hand the phrase on. Families of rules live by concept in
:mod:`kit.roles`, :mod:`kit.anonymous`, :mod:`kit.pronouns` and :mod:`kit.documents`; the rest are here.

A speaker is the fullest form the article uses: a surname ("Rutte") or a role ("the mayor") becomes the full
name, "the company" the company's name, and an anonymous source keeps its description ("one official").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .anonymous import (
    _capitalised_source,
    _family,
    _indefinite_source,
    _source_by_description,
    _source_just_introduced,
    _spokesperson_by_body_name,
    _spokesperson_for,
    _spokesperson_named_later,
    _unnamed_at,
)
from .documents import _DOCUMENTS, _ON_PAGE, _PUBLICATIONS, _document_author, _publication_author
from .lookback import _UNDECIDED, _State, _Undecided, _full_name_set, _last_person_named
from .organisations import (
    _GENERIC_ORG_HEADS,
    _LOOK_BACK,
    _full_org,
    _initials_table,
    _org_starting_with,
    _orgs_by_first_word,
    _recent_org,
    _registry_orgs_in,
)
from .people import ANON_HEADS, ORG_HEADS, PRONOUNS, ROLE_WORDS, Mention, find_people, first_name_genders
from .pronouns import _it_speaker, _resolve_pronoun
from .registry import Registry
from .roles import (
    _TEAM_LEADERS,
    _last_named_subject,
    _last_person_described,
    _party_member,
    _qualified_role,
    _title_holder,
)
from .scan import compiled as _rx
from .subjects import _PORTFOLIO_LIST, _WRITTEN_BY

__all__: list[str] = []


def _resolve_np(np: str, pos: int, reg: Registry, state: _State, text: str) -> str | None:
    """Who ``np`` names (see :func:`_resolve_np_words`); an organisation cut short before "of <place>" ("The Solid
    Waste Contractors Association" of "... Association of South Trinidad said") gets its whole name back."""
    # ("The report further noted:", "The release also stated:": an adverb after the subject; "they further" stays
    # as it was, which the pronoun rules already handle)
    stripped = _rx(r"(?<=\w)\s+(?:further|also|then|later|too|again)\s*$").sub("", np)
    if stripped.lower() not in PRONOUNS:
        np = stripped
    if state.depth > 12:
        return None  # (rules that hand a noun phrase on to each other never loop for ever)
    state.depth += 1
    try:
        found = _resolve_np_words(np, pos, reg, state, text)
    finally:
        state.depth -= 1
    if found and _rx(r"(?:[A-Z][\w’'-]*\s+){1,3}(?:Ministry|Department)").fullmatch(found):
        found = _full_org(found, reg)  # "the Health Ministry" is the "Ministry of Health" the article names
    if found and np.endswith(found) and found[:1].isupper():
        for m in reg.mentions[bisect_left(reg.positions, pos - 300) : bisect_left(reg.positions, pos + 300)]:
            if m.kind == "org" and m.name.startswith(found + " of ") and text.startswith(found, m.start):
                at = text.find(found, max(0, pos - 300), pos + 300)
                if at == m.start:
                    return m.name
    return found


def _resolve_np_words(np: str, pos: int, reg: Registry, state: _State, text: str) -> str | None:
    """Turn a speaker noun phrase into the fullest speaker name, or None.

    The rules run in a fixed order and the first that decides wins: each returns a speaker, ``None`` (the
    phrase names nobody) or ``_UNDECIDED`` (the next rule decides). Between rules the phrase is trimmed.

    Parameters
    ----------
    np
        The noun phrase a cue reader found ("the minister", "Rutte", "A council spokesperson").
    pos
        Where it stands in ``text``; the rules look back from here.
    reg, state
        The article's registry and the walk's state (anonymous sources introduced are remembered in it).
    text
        The article text.

    Returns
    -------
    str or None
        A full name, an organisation, an anonymous source's description, or None.
    """
    if (found := _party_member(np, pos, reg, text)) is not _UNDECIDED:
        return found
    np = _without_where_said(np)
    if (found := _issuing_body(np, pos, reg, state, text)) is not _UNDECIDED:
        return found
    np = _body_itself(np)
    full_np = np
    if (found := _portfolio(np)) is not _UNDECIDED:
        return found
    np, found = _apposition(np, reg)
    if found is not _UNDECIDED:
        return found
    np = _one_of_them(np, state)
    only = _rx(r"(?:identified\s+only\s+as|known\s+only\s+as|gave\s+(?:her|his|their)\s+name\s+(?:only\s+)?as)\s+([A-Z][a-z’'-]+)").search(full_np)
    if only:
        return only.group(1)  # "A man identified only as Tomas"
    np = _trimmed(np, full_np, reg)
    if not np:
        return None
    low = np.lower().replace("’", "'")
    words = low.split()
    if len(words) > 12:
        return None
    if (found := _pronoun_phrase(low, pos, reg, state, text)) is not _UNDECIDED:
        return found
    if (found := _capitalised_source(np)) is not _UNDECIDED:
        return found
    if (found := _described_person(np, pos, reg, state, text)) is not _UNDECIDED:
        return found
    sent_by = _WRITTEN_BY.match(np)
    if sent_by:
        return _resolve_np(sent_by.group(1), pos, reg, state, text)  # "A message from an engineering manager"
    if (found := _qualified_role(np, pos, reg, state, text)) is not _UNDECIDED:
        return found
    if (found := _spokesperson_by_body_name(np, pos, reg, state)) is not _UNDECIDED:
        return found
    if (found := _spokesperson_for(np, words, pos, reg, state, text)) is not _UNDECIDED:
        return found
    if (found := _publication_owner(np, low, words, pos, reg, state, text)) is not _UNDECIDED:
        return found
    possessive = _rx(r"(his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$").match(low)
    if possessive:
        # "Her instruction was brief:", "His answer:" -> the person the pronoun points to
        return _resolve_pronoun(PRONOUNS[possessive.group(1)], pos, reg, state, _resolve_np)
    if (found := _family(np, low, state)) is not _UNDECIDED:
        return found
    if (found := _spokesperson_named_later(words, pos, reg, state, text)) is not _UNDECIDED:
        return found
    if (found := _source_by_description(np, words, pos, reg, state, text)) is not _UNDECIDED:
        return found
    if (found := _source_just_introduced(words, pos, reg, state, text)) is not _UNDECIDED:
        return found
    if _not_a_person(np, words, reg, state):
        return None  # "A hand-lettered sign taped to the door of the Pinyon Estates clubhouse"
    if (found := _named_body(np, words, reg)) is not _UNDECIDED:
        return found
    if (found := _indefinite_source(np, words, reg)) is not _UNDECIDED:
        return found
    if (found := _registry_name(np, low, words, reg)) is not _UNDECIDED:
        return found
    if (found := _title_holder(np, pos, reg, text)) is not _UNDECIDED:
        return found
    unnamed = _unnamed_at(np)
    if unnamed:
        return unnamed
    if (found := _last_person_described(np, pos, reg)) is not _UNDECIDED:
        return found
    if (found := _body_or_post_of(np, reg)) is not _UNDECIDED:
        return found
    people = find_people(np)
    persons = [m for m in people if m.kind == "person"]
    orgs = [m for m in people if m.kind == "org"]
    if (found := _named_person(np, low, persons, orgs, pos, reg, state)) is not _UNDECIDED:
        return found
    if (found := _document_owner(words, pos, reg, state, text)) is not _UNDECIDED:
        return found
    if (found := _by_head(np, low, words, persons, orgs, pos, reg, state, text)) is not _UNDECIDED:
        return found
    return _described_by_head(np, low, words, state)


def _without_where_said(np: str) -> str:
    """The phrase without punctuation at its ends or a leading "In a statement" (where it was said, not who)."""
    np = np.strip(" ,;:—–-\n\t•·▪●")
    # "In a statement the trust said": where it was said, written without a comma, is no part of who said it
    np = _rx(r"^[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}(?:statement|letter|post|email|e-mail|message|interview|release|submission)\s+(?=(?:the|its|their)\s)").sub("", np)
    return np


def _issuing_body(np: str, pos: int, reg: Registry, state: _State, text: str) -> str | _Undecided:
    """"a notice posted on the X County Government's official Facebook page", "A 2024 audit report of the Commission
    on Audit", "A report by the office": the page's owner or the body that issued the document."""
    page = _ON_PAGE.search(np)
    if page:
        # "according to a notice posted on the Murang'a County Government's official Facebook page": its owner
        found = _resolve_np(page.group(1), pos, reg, state, text)
        if found:
            return found
    issued_by = _rx(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,4}?(?:report|audit|study|review|circular|letter|notice|memo|directive|order|release|statement|bulletin|advisory|communiqu[eé])\s+"
        r"(?:of|from|by|issued\s+by)\s+(?:the\s+)?((?:[A-Z][\w’'.&-]*)(?:\s+(?:of|for|and|on|[A-Z][\w’'.&-]*))*)").match(np)
    if issued_by:
        # "A 2024 annual audit report of the Commission on Audit (COA) flagged ...", "A circular from the X Board dated
        # November 20 warned that ...": the body that wrote it
        found = _resolve_np(issued_by.group(1), pos, reg, state, text)
        if found:
            return found
    issued_by_body = _rx(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,4}?(?:report|audit|study|review|circular|letter|notice|memo|directive|order|release|statement|bulletin|advisory)\s+"
        r"(?:of|from|by|issued\s+by)\s+(the\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*))").fullmatch(np)
    if issued_by_body and issued_by_body.group(2) in ORG_HEADS:
        # "A report by the office, seen by The New Times, notes": the body described in lower case
        found = _resolve_np(issued_by_body.group(1), pos, reg, state, text)
        if found:
            return found
    return _UNDECIDED


def _body_itself(np: str) -> str:
    """The body itself, not where it sits ("the state Home Department"), a ward tag ("(Ward 3)"), its press office
    or its management."""
    # "the state Home Department said": where the body sits is not part of its name
    np = _rx(r"^(?:[Tt]he\s+)?(?:state|federal|provincial|county|city|national)\s+(?=[A-Z][a-z]+\s+(?:Department|Ministry|Office|Board))").sub("", np)
    # "Coun. Priya Mathers (Ward 3)", "board chair Lorraine Whitcomb (At Large)": a ward or district tag, not a name
    np = _rx(r"(?<=[a-z])\s*\((?:Ward|District|At[- ]Large|Precinct|Division|[DRI]-[A-Z])[^()]{0,20}\)").sub("", np)  # "(R-Lebanon)"
    # "the university's Corporate Communications office said": the body speaks through its press office
    np = _rx(r"^([Tt]he\s+[a-z]+)[’']s\s+(?:[A-Z][\w-]*\s+){0,3}(?:[Cc]ommunications?|[Pp]ress|[Mm]edia|[Pp]ublic\s+[Rr]elations|PR)\s+"
        r"(?:[Oo]ffice|[Dd]epartment|[Uu]nit|[Dd]ivision|[Tt]eam|[Dd]esk)$").sub(r"\1", np)
    # "The management of Tapuka General Hospital said": the body speaks through its managers
    np = _rx(r"^(?:[Tt]he\s+)?(?:management|leadership|administration|board\s+of\s+directors|board\s+of\s+trustees|owners|organi[sz]ers)\s+of\s+(?:the\s+)?(?=[A-Z])").sub("", np)
    return np


def _portfolio(np: str) -> str | _Undecided:
    """"the Ministry of Tourism, Handicrafts and Social Economy", "A spokesperson for the Department for Culture,
    Media and Sport": the whole department, commas and all."""
    # ("the Department of Agriculture, Food and the Marine")
    portfolio_list = _rx(r"(?:[Tt]he\s+)?((?:Ministry|Department|Secretariat|Office)\s+(?:of|for)\s+[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})+\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})").match(np)
    if portfolio_list:
        return portfolio_list.group(1)  # "the Ministry of Tourism, Handicrafts and Social Economy"
    spokes_list = _rx(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z-]+\s+)?(spokes(?:person|man|woman)|representative)\s+(?:for|of|at)\s+(?:the\s+)?").match(np)
    if spokes_list and _PORTFOLIO_LIST.match(np, spokes_list.end()):
        # "A spokesperson for the Department for Culture, Media and Sport": the whole department
        return f"{spokes_list.group(1)} for the {_PORTFOLIO_LIST.match(np, spokes_list.end()).group()}"
    return _UNDECIDED


def _apposition(np: str, reg: Registry) -> tuple[str, str | _Undecided]:
    """"The government's spokesman, Jonas Terlinde,": the name in apposition to a role (the phrase becomes the
    name); "One supporters' group, the Harrowgate Independent Fans' Trust,": the body. Returns (phrase, verdict)."""
    if "," in np:
        first, _, rest = np.partition(",")
        named = [m for m in find_people(rest.split(",")[0]) if m.kind == "person" and len(m.name.split()) >= 2]
        role_first = _rx(r"[^\w-]").sub("", first.split()[-1].lower()) in ROLE_WORDS if first.split() else False
        if _rx(r"[’']s\s+(?:[\w-]+\s+)?(?:wife|husband|son|daughter|mother|father|brother|sister|partner|widow|lawyer|agent|spokesman|spokeswoman|spokesperson)$").search(first):
            role_first = True  # "Mr Pennington’s wife, Carol Pennington": the wife
        role_of = _rx(r"(?:[Tt]he\s+)?(?:[\w’'-]+\s+){0,3}?([\w-]+)\s+(?:of|at|for|with)\s+(?:[a-z-]+(?:\s+and\s+[a-z-]+)?\s+(?:at|of|for)\s+)?(?:the\s+)?"
            # (a capitalised body, or a portfolio in lower case: "The council’s cabinet member for highways")
            r"(?:[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,5}|[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2})").fullmatch(first)
        if role_of and role_of.group(1).lower() in ROLE_WORDS:
            role_first = True  # "the Asankrom District Manager of GWL, Mr Emmanuel Kofi Asante,": the manager
        if named and (role_first or not [m for m in find_people(first) if m.kind == "person"]) and len(first.split()) <= (10 if role_of else 5):
            np = named[0].name  # "The government's spokesman, Jonas Terlinde,"
        elif not named and _rx(r"(?:[Oo]ne|[Aa]n?|[Tt]he)\s").match(first) and len(first.split()) <= 5:
            apposed_org = _registry_orgs_in(rest.split(",")[0], reg)
            if apposed_org:
                return np, _full_org(apposed_org[0], reg)  # "One supporters’ group, the Harrowgate Independent Fans’ Trust,"
    return np, _UNDECIDED


def _one_of_them(np: str, state: _State) -> str:
    """"one of them, an engineer on the payments team who ...": the engineer, remembered as an anonymous source."""
    one_of = _rx(r"(?:one|two|some|several|many|most)\s+of\s+(?:them|those|these|the\s+[a-z]+),\s+((?:an?|the)\s+[a-z][^,]*)").match(np)
    if one_of:
        np = one_of.group(1)  # "one of them, an engineer on the payments team who spoke on condition ..."
        core = _rx(r"\s+(?:who|which|on|in|at|for|from|of|with)\s").split(np, maxsplit=1)[0].split()
        if core:
            state.anonymous.setdefault(core[-1].lower(), _rx(r"^(?:an?|the)\s+").sub("", _rx(r"\s+who\s").split(np)[0]))
    return np


def _trimmed(np: str, full_np: str, reg: Registry) -> str:
    """The phrase cut before a comma or relative clause, without a leading conjunction or a trailing adverb; a
    pronoun in the clause cut off ("A nurse, who said she ...") gives the source's gender."""
    np = _rx(r",|\s+(?:who|which|whose|speaking|citing)\b|\s+—").split(np, maxsplit=1)[0].strip()
    pronoun = _rx(r"\b(she|her|he|his)\b", re.IGNORECASE).search(full_np[len(np) :])
    if pronoun and np and (np.split()[0].lower() in ("a", "an", "one", "the") or np[:1].islower()):
        gender = PRONOUNS[pronoun.group(1).lower()]
        reg.genders.setdefault(np, gender)
        reg.genders.setdefault(_rx(r"^(?:a|an|one|the)\s+", re.IGNORECASE).sub("", np), gender)
    np = _rx(r"^(?:and|but|so|then|as|while|where|when|because)\s+", re.IGNORECASE).sub("", np)
    inner = _rx(r"^(?:an?|the)\s+[a-z-]+\s+((?:one|another)\s+(?:[a-z-]+\s+){0,2}([a-z-]+))$").search(np)
    if inner and inner.group(2) in ANON_HEADS:
        np = inner.group(1)  # "a price one villager described as ...": the villager, in a clause without "that"
    np = _rx(r"\s+(?:also|then|later|again|too)$").sub("", np)  # "the group also [made]"
    return np


def _pronoun_phrase(low: str, pos: int, reg: Registry, state: _State, text: str) -> str | None | _Undecided:
    """"she", "they": the pronoun's person; "it": whoever issued or signed the document just mentioned, else the
    organisation "it" means; "I", "we", "this": nobody."""
    if low in PRONOUNS:
        return _resolve_pronoun(PRONOUNS[low], pos, reg, state, _resolve_np)
    if low == "it":
        issued = None
        for issued in _rx(r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:issued|sent|wrote|posted|published|released|put\s+out|circulated)\s+"
            r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:update|letter|statement|note|message|email|post|memo|notice)\b").finditer(text[max(0, pos - 300) : pos]):
            pass
        if issued:
            # "Mr Lennox issued a written update to islanders. It read:" -> whoever issued it
            found = _resolve_np(issued.group(1), max(0, pos - 300) + issued.start(1), reg, state, text)
            if found:
                return found
        signed = None
        for signed in _rx(r"\b(?:memo|letter|statement|note|email|e-mail|message|report|submission|notice|circular)\s*,?\s+(?:signed|written|sent|issued|"
            r"drafted|authored)\s+by\s+([^,.;]{3,80}?)(?:,|\s+(?:refers|says|said|calls|called|states|warns|describes))").finditer(text[max(0, pos - 400) : pos]):
            pass
        if signed:
            # "The memo, signed by chief financial officer Marcus Oyelaran, refers to ... It says ...": its signatory
            found = _resolve_np(signed.group(1), max(0, pos - 400) + signed.start(1), reg, state, text)
            if found:
                return found
        return _it_speaker(pos, reg, state, _resolve_np)
    if low in ("i", "we", "you", "this", "that", "there"):
        return None
    return _UNDECIDED


def _described_person(np: str, pos: int, reg: Registry, state: _State, text: str) -> str | None | _Undecided:
    """"the Portuguese", "the 38-year-old", "the mum-of-two": the person the article has just been describing."""
    nationality = _rx(r"(?:the|The)\s+([A-Z][a-z]+(?:ese|ian|an|ish|ch|i|ic))").fullmatch(np)
    if nationality and (nationality.group(1).lower() in reg.roles or nationality.group(1).lower() in ROLE_WORDS):
        nationality = None  # "the Taoiseach said": a role (ending like "Czech"), not a nationality
    if nationality and not any(o.name == nationality.group(1) for o in reg.orgs):
        # "the Portuguese said": the person the article is describing, the one who was just speaking or named
        if state.last_speaker and state.last_speaker in _full_name_set(reg) and 0 <= pos - state.last_speaker_pos < 1500:
            return state.last_speaker
        found = _last_person_named(pos, reg, text, 1500)
        if found:
            return found
    epithet = _rx(r"(?:the|The)\s+(?:(mum|mother|mom|dad|father|grandmother|grandfather|grandmother)-of-\w+|(\d{1,3})-year-old(?:\s+[a-z]+){0,3})").fullmatch(np)
    if epithet:
        # "the mum-of-two replied", "the 38-year-old said": a person the article has just been describing
        if epithet.group(2):
            aged = None
            for aged in re.compile(rf"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),\s+{epithet.group(2)}\b").finditer(text, max(0, pos - _LOOK_BACK), pos):
                pass
            if aged:
                return _resolve_np(aged.group(1), aged.start(), reg, state, text)
            # no "Name, 24" in the article: the person the writer was just talking about
            # ("... before Dorrans levelled ... The 24-year-old striker admitted")
            found = _last_person_named(pos, reg, text, 600)
            if found:
                return found
        else:
            gender = "f" if epithet.group(1) in ("mum", "mother", "mom", "grandmother") else "m"
            return _resolve_pronoun(gender, pos, reg, state, _resolve_np)
    return _UNDECIDED


def _publication_owner(np: str, low: str, words: list[str], pos: int, reg: Registry, state: _State, text: str) -> str | None | _Undecided:
    """"The council's own equality impact assessment", "The PAC report", "The report": the body whose document it
    is, or its publisher; a report with no author named speaks for nobody (``state.no_speaker``)."""
    owner = _rx(r"the\s+([a-z]+)'s\s+(?:own\s+)?(?:[\w-]+\s+){0,3}([\w-]+)").fullmatch(low)
    if owner and owner.group(2) in _PUBLICATIONS and owner.group(1) in ORG_HEADS:
        found = _resolve_np(f"the {owner.group(1)}", pos, reg, state, text)
        if found:
            return found  # "The council’s own equality impact assessment says ...": the council's words
    initials_of = _rx(r"[Tt]he\s+([A-Z]{2,6})(?:[’']s)?\s+(?:[a-z]+\s+)?([a-z]+)").fullmatch(np.strip())
    if initials_of and (initials_of.group(2) in _PUBLICATIONS or initials_of.group(2) in _DOCUMENTS):
        # "The PAC report" after "the Kirembe District Public Accounts Committee (PAC)": the body's words
        body = _initials_table(reg).get(initials_of.group(1))
        if body and len(set(body)) == 1:
            return _full_org(body[0], reg)
        defined = text.rfind(f"({initials_of.group(1)})", 0, pos)
        named = [o for o in reg.orgs if defined > 0 and 0 <= defined - o.end <= 1]
        if named:
            return _full_org(named[-1].name, reg)
    if _rx(r"[^\w-]").sub("", words[-1]) in _PUBLICATIONS and words[0] in ("the", "a", "an", "this", "its", "their") and len(words) <= 4:
        # "The report, published by the Health Foundation, warned": its publisher speaks; with none named,
        # nobody does (not the last person quoted)
        author = _publication_author(text, pos, reg, state, _resolve_np, _rx(r"[^\w-]").sub("", words[-1]))
        body = next((w for w in words[1:-1] if w in ORG_HEADS), None)
        if author is None and body:
            author = _resolve_np(f"the {body}", pos, reg, state, text)  # "A 2019 council report": the council's
        if author is None:
            state.no_speaker = True
        return author
    return _UNDECIDED


def _not_a_person(np: str, words: list[str], reg: Registry, state: _State) -> bool:
    """"A hand-lettered sign taped to the door of the clubhouse": a phrase whose head is not a person, a body, a
    role or a document."""
    if words[0] in ("a", "an", "one", "the") and len(words) >= 2:
        core0 = _rx(r"\s+(?:of|to|at|in|on|for|with|from|by|near|outside|inside|taped|posted|left|found|who|whose|which|that|familiar|close|briefed|involved|knowledgeable|aware)\s").split(np, maxsplit=1)[0]
        core_words0 = core0.split()
        head_core = _rx(r"[^\w-]").sub("", core_words0[-1].lower()) if core_words0 else ""
        if (
            not any(w[:1].isupper() for w in core_words0[1:])
            and head_core not in ANON_HEADS | ROLE_WORDS | ORG_HEADS | set(_DOCUMENTS)
            and head_core not in reg.roles
            and head_core not in state.anonymous
            and head_core not in reg.anonymous
            and not (head_core in ("ruler", "monarch") and "monarch" in reg.roles)  # "the traditional ruler said"
        ):
            return True  # "A hand-lettered sign taped to the door of the Pinyon Estates clubhouse"
    return False


def _named_body(np: str, words: list[str], reg: Registry) -> str | _Undecided:
    """"the Delhi High Court", "The Vaudrelle cantonal police": a body with a capitalised name before its head noun."""
    head0 = _rx(r"[^\w-]").sub("", words[-1])
    if head0 in ORG_HEADS and len(words) >= 3 and words[0] in ("the", "a", "an") and any(
        w[:1].isupper() and not _rx(r"[A-Z][\w.]+-(?:based|owned|run|backed|registered|listed|headquartered|born|led)").fullmatch(w)
        for w in np.split()[1:]
    ):  # (but "the Montreal-based company" is the company the article named)
        if not any(w in ROLE_WORDS for w in words[1:-1]):
            body = _rx(r"^(?:the|The)\s+").sub("", np)  # "The Vaudrelle cantonal police"
            if all(w[:1].isupper() for w in body.split()):
                return _full_org(body, reg)  # "the High Court" after "the Delhi High Court": the court the article named
            return body
    return _UNDECIDED


def _registry_name(np: str, low: str, words: list[str], reg: Registry) -> str | _Undecided:
    """"Sun-hee Park": a name the registry knows from its context."""
    if (
        len(words) >= 2 and low in reg.full_names and np[:1].isupper() and words[0] not in ("the", "a", "an")
        and not _org_starting_with(np + " ", reg)
    ):
        return reg.full_names[low]  # a name the registry knows from its context ("Sun-hee Park said")
    return _UNDECIDED


def _body_or_post_of(np: str, reg: Registry) -> str | _Undecided:
    """"the Mpumalanga department of health", "The cantonal government of Valais": the body, not the place; "The
    chief executive of Meridian Air": the person the article named in that post."""
    provincial = _rx(r"[Tt]he\s+((?:[A-Z][\w’'-]*\s+){1,2}(?:department|ministry)\s+of\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3})").fullmatch(np)
    if provincial:
        return provincial.group(1)  # "the Mpumalanga department of health said": the department, not the province
    government_of = _rx(r"[Tt]he\s+((?:[a-z-]+\s+){0,2}(?:government|ministry|department|council|authorities|administration|parliament|"
        r"assembly|office|embassy|police|court|prosecutors?|regulator)\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})").fullmatch(np)
    if government_of:
        return government_of.group(1)  # "The cantonal government of Valais said": the government, not Valais
    role_of = _rx(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(?:of|at)\s+(?:the\s+)?[A-Z]").match(np)
    if role_of and role_of.group(1).lower() in reg.roles and role_of.group(1).lower() in ROLE_WORDS | {"executive"}:
        return reg.roles[role_of.group(1).lower()]  # "The chief executive of Meridian Air" once the article names her
    return _UNDECIDED


def _named_person(np: str, low: str, persons: list[Mention], orgs: list[Mention], pos: int, reg: Registry, state: _State) -> str | _Undecided:
    """A phrase that names a person: the fullest form the article uses (or the organisation a name turns out to
    start, "Norvane" -> "Norvane Logistics")."""
    if persons and not (orgs and orgs[0].start < persons[0].start and low.split()[0] in ("a", "an", "one")):
        name = persons[-1].name
        acronym_title = _rx(r"([A-Z]{2,5})\s+([A-Z][\w’'-]+)").fullmatch(name)
        if acronym_title and name.lower() not in reg.full_names:
            fuller = reg.full(acronym_title.group(2), pos)
            if len(fuller.split()) >= 2:
                return fuller  # "DPP Teo" after "Deputy Public Prosecutor Charlene Teo": a title's initials, then the surname
        if len(name.split()) == 1:
            if name.lower() not in reg.full_names and not persons[-1].role and not persons[-1].gender:
                named_orgs = _registry_orgs_in(np, reg)
                if named_orgs:
                    return _full_org(named_orgs[-1], reg)  # "Dairy lobby group MilkFirst Europe": the organisation
            if name.lower() not in reg.full_names:
                for org in _orgs_by_first_word(reg).get(name, ()):
                    if len(org.name.split()) > 1:
                        return _full_org(org.name, reg)  # "Norvane said" -> "Norvane Logistics"
            shared = reg.by_surname.get(name.lower())
            if (
                shared and len({m.name for m in shared}) > 1 and not persons[-1].gender
                and state.last_speaker and state.last_speaker.split()[-1].lower() == name.lower()
                and 0 <= pos - state.last_speaker_pos < 1000
            ):
                return state.last_speaker  # two Pembertons: the one who was just speaking
            return reg.full(name, pos, persons[-1].gender)
        if name.split()[0].lower() not in first_name_genders() and not persons[-1].gender:
            for org in _orgs_by_first_word(reg).get(name.split()[0], ()):
                if org.name.startswith(name + " "):
                    return _full_org(org.name, reg)  # "Ridgeline Southern said" -> "Ridgeline Southern Railway"
        if name.lower() not in reg.full_names and len(name.split()) >= 3:
            parts = name.split()
            for k in range(1, len(parts) - 1):
                tail = " ".join(parts[k:]).lower()
                if tail in reg.full_names and len(reg.full_names[tail].split()) >= 2:
                    return reg.full_names[tail]  # "Sindh Assembly Mian Abdul Qadir Shaikh": a title's tail, then the name
        return reg.full_names.get(name.lower(), name)
    return _UNDECIDED


def _document_owner(words: list[str], pos: int, reg: Registry, state: _State, text: str) -> str | None | _Undecided:
    """"the company's statement", "the engineers' report": the company or the engineers; "the statement", "her
    letter": whoever the article says wrote it."""
    owner = _rx(r"([a-z]+)[’']s|([a-z]+s)[’']").fullmatch(words[1]) if len(words) in (3, 4) and words[0] == "the" else None
    if words[-1] in (_DOCUMENTS | _PUBLICATIONS) and owner and (
        (owner.group(1) or owner.group(2)) in ORG_HEADS | _GENERIC_ORG_HEADS | ANON_HEADS
    ):
        # "the company's statement said", "the engineers' report stated": the company or the engineers
        return _resolve_np_words(f"the {owner.group(1) or owner.group(2)}", pos, reg, state, text)
    if words[-1] in _DOCUMENTS and words[0] in ("the", "a", "her", "his", "their", "its"):
        return _document_author(text, pos, words[-1], reg, state, _resolve_np, indefinite=words[0] == "a")
    return _UNDECIDED


def _by_head(np: str, low: str, words: list[str], persons: list[Mention], orgs: list[Mention], pos: int, reg: Registry, state: _State, text: str) -> str | _Undecided:
    """By the head noun: "the manager" (sports desks), "the official" (an anonymous source), "the school's
    principal" (a role the article filled), "the monarch", "a Corvane spokeswoman", "the company" (the body the
    article named, or the one described)."""
    # possessive role: "the school's principal", "Hartwell's mayor"
    head = _rx(r"[^\w\s'-]").sub("", words[-1])
    first = words[0]
    if first == "the" and len(words) == 2 and head in _TEAM_LEADERS and head not in reg.roles:
        # "The manager added:" after the manager's own quotes, with nobody named as the manager
        if state.last_speaker and state.last_speaker in _full_name_set(reg) and 0 <= pos - state.last_speaker_pos < 600:
            return state.last_speaker
        found = _last_named_subject(text, pos, reg)
        if found:
            return found
    if first == "the" and len(words) == 2 and (head in state.anonymous or head in reg.anonymous) and (
        # (not an unnamed source the article only introduces later: "another councillor, who requested anonymity")
        head in state.anonymous
        or _rx(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree)\s+{re.escape(reg.anonymous[head])}\b").search(text[max(0, pos - _LOOK_BACK) : pos]) is not None
    ):
        # "the official" after "one cantonal official, who ..."
        return state.anonymous.get(head) or reg.anonymous[head]
    if first == "the" and 3 <= len(words) <= 4 and (head in state.anonymous or head in reg.anonymous):
        # "the civil servant" after "one senior civil servant, who ..."
        description = state.anonymous.get(head) or reg.anonymous[head]
        if description.lower().endswith(" ".join(words[1:])):
            return description
    if orgs and not persons and len(orgs) == 1 and np.endswith(orgs[0].name) and orgs[0].name.lower().startswith(("office", "ministry", "department", "bureau", "cabinet")):
        return _full_org(orgs[0].name, reg)  # "the Office of the Mayor" is the office, not the mayor
    if head in reg.roles and first in ("the", "its", "their", "our") or (head in reg.roles and "'s" in low):
        return reg.roles[head]
    if _rx(r"the\s+(?:monarch|royal\s+father|(?:traditional|paramount|first-class)\s+ruler)").fullmatch(low) and "monarch" in reg.roles:
        return reg.roles["monarch"]  # "the monarch said" after "Oba Samuel Adeyemo-Fadipe"
    if _rx(r"the\s+traditional\s+(?:leader|ruler)").fullmatch(low) and "chief" in reg.roles:
        return reg.roles["chief"]  # "the traditional leader said" after "Chief Chilyabale"
    if orgs and head in ANON_HEADS | ROLE_WORDS and not persons:
        return _rx(r"^(?:a|an|one|the)\s+", re.IGNORECASE).sub("", np)  # "a Corvane spokeswoman"
    if orgs and first not in ("a", "an", "one", "two", "three", "several", "some"):
        named = _registry_orgs_in(np, reg)
        if named and not any(named[-1] in o.name for o in orgs[-1:]):
            return _full_org(named[-1], reg)  # "Farm lobby group AgriUnion Europe": the organisation the article named
        return _full_org(orgs[-1].name, reg)
    if head in ORG_HEADS and first in ("the", "its", "their"):
        modifiers = [w for w in words[1:-1] if w.isalpha() and w not in ("state", "local", "federal", "city", "own", "new", "main", "same")]
        if first == "the" and len(words) >= 3 and modifiers and np[4:5].islower() and not any(
            any(m in o.name.lower() for m in modifiers) for o in reg.orgs
        ):
            # "The national weather agency said in a statement": a body described, not one the article named
            return np[4:]
        org = _recent_org(pos, reg, head, modifiers)
        if org is None and len(words) == 2 and first == "the":
            # "the office said" after "findings by the district fisheries office": the body described just before
            described = None
            for described in _rx(rf"\bthe\s+((?:(?!the\b|a\b|an\b|of\b|and\b|in\b|by\b)[a-z][\w-]*\s+){{1,3}}{head})\b").finditer(text, max(0, pos - 1500), pos):
                pass
            if described is not None:
                return described.group(1)
        return org or np
    if head in reg.roles:
        return reg.roles[head]
    return _UNDECIDED


def _described_by_head(np: str, low: str, words: list[str], state: _State) -> str | None:
    """The last rule: a phrase whose head (before "of", "who", "based in" ...) is a person, a role or a body is a
    description of an unnamed speaker ("another resident" is a resident); anything else is nobody."""
    first = words[0]
    core = _rx(r"\s+(?:of|for|at|with|from|in|on|familiar|close|who|whose|briefed|involved|assigned|based|working|stationed|posted|"
        r"employed|attached|associated|contracted|connected|linked|deployed|affiliated)\s").split(low, maxsplit=1)[0]  # ("one garda based in the division": what comes after the head says where, not who)
    core_head = _rx(r"[^\w-]").sub("", core.split()[-1]) if core.split() else ""
    human = {core_head} & (ANON_HEADS | ROLE_WORDS | ORG_HEADS)
    if human and len(words) <= 10 and words[-1] not in ("and", "or", "but", "to", "of", "on", "in", "at", "for", "with"):
        # (a phrase that ends in "and" is a clause cut short, nobody's description)
        if _rx(r"[a-z]+ed\s").match(np) and first not in ANON_HEADS | ROLE_WORDS:
            return None  # "dubbed 'Operation Saaf Pani' by the district administration": a participle's phrase
        lead = _rx(r"(?:in|on|at|by|with|from|after|before|during|under)\s+(?:a|an|the|what)\s+[a-z-]+\s+(?=[a-z])").match(np)
        if lead:
            np = np[lead.end() :]  # "in a move senior officers [have described as]": the officers
        if first in ("a", "an", "one", "another"):
            for word in core.split():
                if _rx(r"[^\w-]").sub("", word) in ANON_HEADS | ROLE_WORDS:
                    state.anonymous[_rx(r"[^\w-]").sub("", word)] = _rx(r"^(?:a|an|one|another)\s+", re.IGNORECASE).sub("", np)
        return _rx(r"^another\s+", re.IGNORECASE).sub("", np)  # "another resident" is a resident
    return None
