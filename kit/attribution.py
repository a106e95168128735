"""Who said it: attach each quote to its speaker and its reporting cue.

The rules are the ones a careful reader uses, in this order:

1. an attribution right after the quote (``"...," said Dana Okafor`` /
   ``"...," Okafor said`` / ``"...," she added`` / ``"...," the company said in a statement``);
2. an attribution right before it (``Chen told reporters: "..."`` /
   ``According to Chen, "..."`` / ``The mayor was blunt: "..."``);
3. the second half of a split quote belongs to the first half's speaker;
4. a quote with no cue that follows another quote in the same or the next
   paragraph continues that speaker;
5. a fragment woven into a sentence belongs to the sentence's subject
   (``Rutte highlighted the "joint initiative ..."``, ``his emphasis on "..."``).

A speaker is then resolved to the fullest form the article uses: a surname
("Rutte") or a role ("the mayor") to the full name ("Mark Rutte"), a pronoun to
the last fitting person, "the company" to the company's name. Anonymous
sources keep their description ("one official"). When nothing fits, the
speaker is ``None``: the kit does not guess.

>>> from kit.articles import Article
>>> from kit.quotes import find_quote_spans
>>> a = Article.from_text('Dana Okafor runs the school. "We are ready," she said.')
>>> attribute(a.text, find_quote_spans(a.text, a.paragraphs), a.paragraphs, a.sentences)
[('Dana Okafor', 'said')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Callable, Sequence

from .articles import Span
from .cues import _PLAIN_SAY, _TAIL_CUES, _cue_regex, _cue_tail, _sentence_stop, _weak_cue_far, reporting_verbs
from .people import (
    ANON_HEADS,
    HONORIFICS,
    ORG_HEADS,
    ORG_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    _CHIEFLY_TITLE,
    Mention,
    find_people,
    first_name_genders,
)
from .organisations import (
    _GENERIC_ORG_HEADS,
    _LOOK_BACK,
    _bracketed_words,
    _full_org,
    _initials_table,
    _nearest_org,
    _org_starting_with,
    _orgs_by_first_word,
    _recent_org,
    _registry_orgs_in,
)
from .quotes import DOUBLE_MARKS, SINGLE_MARKS, QuoteSpan
from .registry import GENDERED_HEADS, Registry, build_registry
from .subjects import (
    _PORTFOLIO_LIST,
    _RELATIVE,
    _SPOKES_FOR,
    _WRITTEN_BY,
    _after_preposition,
    _sentence_subject,
    _subject_before,
)
from .scan import compiled as _rx


_MARKS = DOUBLE_MARKS + SINGLE_MARKS.replace("'", "").replace("’", "")


# --------------------------------------------------------------------------- noun phrases


def _last_person_named(pos: int, reg: Registry, text: str, window: int) -> str | None:
    """The fullest name of the last person named (not in a possessive) in the ``window`` characters before ``pos``."""
    idx = bisect_right(reg.positions, pos) - 1
    while idx >= 0 and pos - reg.mentions[idx].start < window:
        m = reg.mentions[idx]
        idx -= 1
        if m.kind == "person" and not _rx(r"[’']s?\b").match(text[m.end : m.end + 2]):
            return reg.full(m.name, m.start, m.gender) if len(m.name.split()) == 1 else reg.full_names.get(m.name.lower(), m.name)
    return None


#: titles and posts of members of a legislature: "the lawmaker", "the legislator" is the one named last
_LEGISLATORS = frozenset(
    "hon honourable honorable mp mpa mla mca mna msp td senator sen rep congressman congresswoman assemblyman "
    "assemblywoman assemblymember yb legislator lawmaker".split()
)


def _last_match(pattern: str, text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` (the introduction nearest to what follows), or None."""
    found = None
    for found in _rx(pattern).finditer(text):
        pass
    return found


def _last_person(reg: Registry, pos: int, fits: Callable[[Mention], bool]) -> str | None:
    """The fullest name of the last person named before ``pos`` (within the look-back) for whom ``fits(mention)``."""
    for m in reversed(reg.mentions[bisect_left(reg.positions, pos - _LOOK_BACK) : bisect_left(reg.positions, pos)]):
        if m.kind == "person" and fits(m):
            return reg.full_names.get(m.name.lower(), m.name)
    return None


_UNNAMED_AT = re.compile(
    r"\s*(?:A|An|One|Another)\s+((?:[a-z-]+\s+){0,3}([a-z-]+)\s+(?:at|in|from|of|near|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),?\s*$"
)


def _unnamed_at(np: str) -> str | None:
    """"A farmer at Camp Nine", "a friend of Maria Lopez": an unnamed person described by a place or a person, not
    the name in the description.

    >>> _unnamed_at("A farmer at Camp Nine,"), _unnamed_at("Maria Lopez")
    ('farmer at Camp Nine', None)
    """
    unnamed = _UNNAMED_AT.match(np)
    return unnamed.group(1) if unnamed and unnamed.group(2) in ANON_HEADS | ROLE_WORDS else None


def _resolve_np(np: str, pos: int, reg: Registry, state: "_State", text: str) -> str | None:
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


_ON_PAGE = re.compile(
    r"\b(?:notice|post|statement|message|update|announcement)\s+(?:posted\s+|published\s+|put\s+up\s+)?on\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'.-]*\s+){0,5}?[A-Z][\w’'.-]*?)(?:[’']s?)?\s+(?:own\s+|official\s+|verified\s+)*(?:(?:Facebook|Twitter|Instagram|TikTok|YouTube|WhatsApp|LinkedIn|X)\s+)?(?:page|account|website|site|feed)\b"
)


def _resolve_np_words(np: str, pos: int, reg: Registry, state: "_State", text: str) -> str | None:
    """Turn a speaker noun phrase into the fullest speaker name, or None."""
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
    np = np.strip(" ,;:—–-\n\t•·▪●")
    # "In a statement the trust said": where it was said, written without a comma, is no part of who said it
    np = _rx(r"^[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}(?:statement|letter|post|email|e-mail|message|interview|release|submission)\s+(?=(?:the|its|their)\s)").sub("", np)
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
    # "the state Home Department said": where the body sits is not part of its name
    np = _rx(r"^(?:[Tt]he\s+)?(?:state|federal|provincial|county|city|national)\s+(?=[A-Z][a-z]+\s+(?:Department|Ministry|Office|Board))").sub("", np)
    # "Coun. Priya Mathers (Ward 3)", "board chair Lorraine Whitcomb (At Large)": a ward or district tag, not a name
    np = _rx(r"(?<=[a-z])\s*\((?:Ward|District|At[- ]Large|Precinct|Division|[DRI]-[A-Z])[^()]{0,20}\)").sub("", np)  # "(R-Lebanon)"
    # "the university's Corporate Communications office said": the body speaks through its press office
    np = _rx(r"^([Tt]he\s+[a-z]+)[’']s\s+(?:[A-Z][\w-]*\s+){0,3}(?:[Cc]ommunications?|[Pp]ress|[Mm]edia|[Pp]ublic\s+[Rr]elations|PR)\s+"
        r"(?:[Oo]ffice|[Dd]epartment|[Uu]nit|[Dd]ivision|[Tt]eam|[Dd]esk)$").sub(r"\1", np)
    # "The management of Tapuka General Hospital said": the body speaks through its managers
    np = _rx(r"^(?:[Tt]he\s+)?(?:management|leadership|administration|board\s+of\s+directors|board\s+of\s+trustees|owners|organi[sz]ers)\s+of\s+(?:the\s+)?(?=[A-Z])").sub("", np)
    full_np = np
    # ("the Department of Agriculture, Food and the Marine")
    portfolio_list = _rx(r"(?:[Tt]he\s+)?((?:Ministry|Department|Secretariat|Office)\s+(?:of|for)\s+[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})+\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})").match(np)
    if portfolio_list:
        return portfolio_list.group(1)  # "the Ministry of Tourism, Handicrafts and Social Economy"
    spokes_list = _rx(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z-]+\s+)?(spokes(?:person|man|woman)|representative)\s+(?:for|of|at)\s+(?:the\s+)?").match(np)
    if spokes_list and _PORTFOLIO_LIST.match(np, spokes_list.end()):
        # "A spokesperson for the Department for Culture, Media and Sport": the whole department
        return f"{spokes_list.group(1)} for the {_PORTFOLIO_LIST.match(np, spokes_list.end()).group()}"
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
                return _full_org(apposed_org[0], reg)  # "One supporters’ group, the Harrowgate Independent Fans’ Trust,"
    one_of = _rx(r"(?:one|two|some|several|many|most)\s+of\s+(?:them|those|these|the\s+[a-z]+),\s+((?:an?|the)\s+[a-z][^,]*)").match(np)
    if one_of:
        np = one_of.group(1)  # "one of them, an engineer on the payments team who spoke on condition ..."
        core = _rx(r"\s+(?:who|which|on|in|at|for|from|of|with)\s").split(np, maxsplit=1)[0].split()
        if core:
            state.anonymous.setdefault(core[-1].lower(), _rx(r"^(?:an?|the)\s+").sub("", _rx(r"\s+who\s").split(np)[0]))
    only = _rx(r"(?:identified\s+only\s+as|known\s+only\s+as|gave\s+(?:her|his|their)\s+name\s+(?:only\s+)?as)\s+([A-Z][a-z’'-]+)").search(full_np)
    if only:
        return only.group(1)  # "A man identified only as Tomas"
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
    if not np:
        return None
    low = np.lower().replace("’", "'")
    words = low.split()
    if len(words) > 12:
        return None
    if low in PRONOUNS:
        return _resolve_pronoun(PRONOUNS[low], pos, reg, state)
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
        return _it_speaker(pos, reg, state)
    if low in ("i", "we", "you", "this", "that", "there"):
        return None
    capitalised_anon = _rx(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z-]+\s+){0,2}([a-z-]+)"
        r"(\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|involved\s+in|briefed\s+on|aware\s+of)\s+[^,]{1,60})?)").fullmatch(np)
    if capitalised_anon and not (capitalised_anon.group(1)[:1].isupper() or capitalised_anon.group(3)):
        capitalised_anon = None  # ("a contractor familiar with the Sungai Tepus project": the project is not the speaker)
    if capitalised_anon and capitalised_anon.group(2) in ANON_HEADS and not capitalised_anon.group(2).startswith("spokes") and not (
        capitalised_anon.group(1).split()[0].isupper()  # "An OSBI spokesperson": speaks for a body the article names
    ):
        return capitalised_anon.group(1)  # "A Crown official familiar with the negotiations": unnamed, whatever "Crown" is
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
            return _resolve_pronoun(gender, pos, reg, state)
    sent_by = _WRITTEN_BY.match(np)
    if sent_by:
        return _resolve_np(sent_by.group(1), pos, reg, state, text)  # "A message from an engineering manager"
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
    typed = _rx(r"(?:a|an|one|the)\s+([a-z]+)\s+(spokes(?:person|man|woman)|representative)", re.IGNORECASE).fullmatch(np)
    if typed and typed.group(1).lower() in ORG_HEADS:
        org = _recent_org(pos, reg, typed.group(1).lower())
        if org:
            # "A council spokesperson said" -> the council the article named
            described = f"{typed.group(2).lower()} for {org if org.lower().startswith('the ') else 'the ' + org}"
            state.anonymous[typed.group(2).lower()] = described
            return described
    named_for = _rx(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+((?:[A-Z][\w’'.&-]*\s+){1,4})(spokes(?:person|man|woman)|representative)").fullmatch(np)
    if named_for:
        org_words = named_for.group(1).strip()
        if org_words.isupper() and 2 <= len(org_words) <= 8:
            # "An OSBI spokesperson" speaks for the Oklahoma State Bureau of Investigation (OSBI)
            org = _full_org(org_words, reg)
            described = f"{named_for.group(2)} for {org if org.lower().startswith('the ') else 'the ' + org}"
            state.anonymous[named_for.group(2)] = described
            return described
        fuller = _full_org(org_words, reg)
        if fuller != org_words and fuller.lower().startswith(org_words.lower() + " ") and not _rx(r"[’']s\b").search(fuller) and len(fuller.split()) <= len(org_words.split()) + 2 and not any(
            w.lower() in ROLE_WORDS for w in fuller.split()[len(org_words.split()) :]
        ):
            # "A Vireo spokesperson" speaks for Vireo Labs, the company the article named
            described = f"{named_for.group(2)} for {fuller}"
            state.anonymous[named_for.group(2)] = described
            return described
    bare = _rx(r"(?:a|an|one|the)\s+(spokes(?:person|man|woman)|representative)", re.IGNORECASE).fullmatch(np)
    if bare and words[0] == "the" and reg.roles.get(bare.group(1).lower()):
        named = reg.roles[bare.group(1).lower()]
        near = reg.mentions[bisect_right(reg.positions, pos - 700) : bisect_left(reg.positions, pos)]
        if any(named.endswith(m.name.split()[-1]) for m in near if m.kind == "person"):
            return named  # "Commission spokesperson Eva Lindqvist told reporters ... the spokesperson said:"
    if bare and bare.group(1).lower() not in state.anonymous:
        earlier = None
        for earlier in _rx(rf"\b(?:[Aa]n?|[Tt]he)\s+{bare.group(1)}\s+(?:for|of|at)\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|[A-Z][\w’'.-]*))*)"
            # ("An MCD spokesperson said the drive followed the Delhi High Court's orders ... the spokesperson said")
            rf"|\b(?:[Aa]n?|[Tt]he)\s+([A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){{0,3}})\s+{bare.group(1)}\b").finditer(text[max(0, pos - 500) : pos]):
            pass
        org = _full_org(earlier.group(1) or earlier.group(2), reg) if earlier else _nearest_org(pos, reg)
        if org:
            # "The Scottish Government said ... A spokesperson said:": the organisation just named
            described = f"{bare.group(1).lower()} for {org if org.lower().startswith('the ') else 'the ' + org}"
            state.anonymous[bare.group(1).lower()] = described
            return described
    spokes = _SPOKES_FOR.match(np)
    if spokes and not [
        m for m in find_people(spokes.group(2))
        if m.kind == "person" and (len(m.name.split()) >= 2 or m.name.lower() in reg.full_names)
        and _full_org(m.name, reg) == m.name  # ("Cefn Gorlan Aggregates": the start of a company's name)
    ]:
        # "A spokesman for the charity" speaks for the organisation the article named
        org = _spoken_for(spokes.group(2), pos, reg)
        if org:
            described = f"{spokes.group(1).lower()} for {org}"
            state.anonymous[spokes.group(1).lower()] = described  # "the spokesperson said" later
            return described
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
        author = _publication_author(text, pos, reg, state, _rx(r"[^\w-]").sub("", words[-1]))
        body = next((w for w in words[1:-1] if w in ORG_HEADS), None)
        if author is None and body:
            author = _resolve_np(f"the {body}", pos, reg, state, text)  # "A 2019 council report": the council's
        if author is None:
            state.no_speaker = True
        return author
    possessive = _rx(r"(his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$").match(low)
    if possessive:
        # "Her instruction was brief:", "His answer:" -> the person the pronoun points to
        return _resolve_pronoun(PRONOUNS[possessive.group(1)], pos, reg, state)
    family = _rx(r"(?:the\s+)?((?:[A-Z][\w’'-]+\s+){1,2}family)$").match(np)
    if family:
        # "the Okonkwo-Price family said": the family speaks, not one of its members
        state.anonymous["family"] = family.group(1)
        return family.group(1)
    if low == "the family" and "family" in state.anonymous:
        return state.anonymous["family"]
    if words[0] == "the" and len(words) == 2 and words[1].startswith("spokes") and words[1] in state.anonymous:
        named = reg.roles.get(words[1])
        if named:
            # "Commission spokesperson Eva Lindqvist" named after "a spokesperson for the alliance": the later one
            anonymous_at = text.rfind(state.anonymous[words[1]].split(" for ")[-1].removeprefix("the "), 0, pos)
            k = bisect_left(reg.positions, pos) - 1
            while k >= 0 and reg.mentions[k].start > anonymous_at and not named.endswith(reg.mentions[k].name.split()[-1]):
                k -= 1
            if k >= 0 and reg.mentions[k].start > anonymous_at:
                return named
        return state.anonymous[words[1]]  # "the spokesperson said" after "a spokesperson for Corvant"
    if words[0] == "the" and len(words) == 3 and words[2] in ANON_HEADS and words[1].isalpha() and words[1] not in ROLE_WORDS:
        # "the committee member" after "A member of the area council's disaster committee, who asked not to be named"
        descriptions = list(dict.fromkeys(list(state.anonymous.values()) + list(reg.anonymous.values())))
        fitting = [d for d in descriptions if d.lower().split()[:1] == [words[2]]]
        for description in fitting:
            if _rx(rf"\b{re.escape(words[1])}\b").search(description.lower()):
                return description
        if len(fitting) == 1 and _rx(rf"\b{re.escape(words[2])}\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}{re.escape(words[1])}\b", re.IGNORECASE).search(text[max(0, pos - 3000) : pos]):
            return fitting[0]  # the description was kept short ("member"); the article said "member of ... committee"
    if words[0] == "the" and len(words) == 2 and words[1] not in state.anonymous and words[1] not in ORG_HEADS and not (
        words[1] in ORG_WORDS and np.split()[-1][:1].isupper()
    ):  # ("the Assembly said" is the Assembly, not "an Assembly member" who spoke anonymously)
        for description in state.anonymous.values():
            if description.lower().split()[0] == words[1] and len(description.split()) >= 2:
                return description  # "the resident" after "One resident doctor, who asked not to be named"
        described = _anonymous_by_first_word(reg).get(words[1])
        if described:
            return described
    if words[0] == "the" and len(words) == 2 and (words[1] in ROLE_WORDS or words[1] in ANON_HEADS):
        # "One Civic backbencher, who asked not to be named, said ... 'If she ...,' the MP said":
        # a source introduced just before, with nobody named since, is who "the MP" is
        if words[1] in state.anonymous:
            return state.anonymous[words[1]]  # "the engineer" after "one of them, an engineer on the payments team"
        plural = {"people", "sources", "officials", "residents", "workers", "staff", "members"}
        recent = [
            (at, d) for at, d, _ in reg.anonymous_at[bisect_left(_anonymous_positions(reg), pos - 350) : _anonymous_before(reg, pos)]
            if 0 < pos - at <= 350 and not (d.split()[-1].lower() in plural and words[1] not in plural)
        ]  # ("two people who received it" is not "the engineer")
        if recent:
            at, description = recent[-1]
            after = at + len(description) + 8  # past "One Civic backbencher" itself
            named = [
                m for m in reg.mentions[bisect_right(reg.positions, after) : bisect_right(reg.positions, pos)]
                if m.kind == "person" and not _rx(r"\btold\s+(?:the\s+)?$").search(text[max(0, m.start - 10) : m.start])
            ]  # ("told Rappler": the outlet is nobody who speaks)
            if not named:
                return description
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
            return None  # "A hand-lettered sign taped to the door of the Pinyon Estates clubhouse"
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
    core1 = _rx(r"\s+(?:of|for|at|with|from|in|on|to|familiar|close|who|whose|briefed|involved)\s").split(np, maxsplit=1)[0]
    if words[0] in ("a", "an", "one", "another") and core1.split()[-1] in reg.anonymous and core1.split()[-1].isupper():
        return reg.anonymous[core1.split()[-1]]  # "One GP on Carsay, who asked not to be named": an unnamed doctor
    if words[0] in ("a", "an", "one", "another") and 2 <= len(words) and (len(words) <= 6 or (len(core1.split()) <= 4 and core1.split()[-1].lower() in reg.anonymous)):
        # ("A former project coordinator at the firm, who spoke to CNA on condition of anonymity")
        head1 = _rx(r"[^\w-]").sub("", core1.split()[-1].lower())
        if (head1 in ANON_HEADS or head1 in ROLE_WORDS or head1 in reg.anonymous) and core1.split()[-1][:1].islower() and sum(w[:1].isupper() for w in core1.split()[1:]) <= 1:
            # "A senior Valdorian official": a nationality or place before the noun, not a name
            return _rx(r"^another\s+", re.IGNORECASE).sub("", np)
    if (
        len(words) >= 2 and low in reg.full_names and np[:1].isupper() and words[0] not in ("the", "a", "an")
        and not _org_starting_with(np + " ", reg)
    ):
        return reg.full_names[low]  # a name the registry knows from its context ("Sun-hee Park said")
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
    unnamed = _unnamed_at(np)
    if unnamed:
        return unnamed
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
    people = find_people(np)
    persons = [m for m in people if m.kind == "person"]
    orgs = [m for m in people if m.kind == "org"]
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
    owner = _rx(r"([a-z]+)[’']s|([a-z]+s)[’']").fullmatch(words[1]) if len(words) in (3, 4) and words[0] == "the" else None
    if words[-1] in (_DOCUMENTS | _PUBLICATIONS) and owner and (
        (owner.group(1) or owner.group(2)) in ORG_HEADS | _GENERIC_ORG_HEADS | ANON_HEADS
    ):
        # "the company's statement said", "the engineers' report stated": the company or the engineers
        return _resolve_np_words(f"the {owner.group(1) or owner.group(2)}", pos, reg, state, text)
    if words[-1] in _DOCUMENTS and words[0] in ("the", "a", "her", "his", "their", "its"):
        return _document_author(text, pos, words[-1], reg, state, indefinite=words[0] == "a")
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


_DOCUMENTS = frozenset("statement letter post note email e-mail message filing memo release tweet ruling affidavit submission notice caption reply".split())


_PUBLICATIONS = frozenset(
    "report study paper survey audit review analysis document guidance minutes transcript inquiry investigation "
    "assessment evaluation dossier white-paper bulletin newsletter circular advisory notices order".split()
)
_PUBLISHER = re.compile(
    # ("a report published this month by the Fenland Carbon Trust": a time may come between)
    r"\b(?:published|commissioned|written|produced|released|compiled|carried\s+out|conducted|led|prepared|drawn\s+up|submitted|presented|tabled|issued|served|posted|uploaded|shared)\s+"
    r"(?:(?:this|last|earlier|on|in)\s+(?:[\w-]+\s+){0,2}?)?by\s+"
    # ("prepared by Toowoomba firm Halden Agri Consulting": what kind of body it is, then its name)
    r"(?:[A-Z][\w’'-]*\s+(?:firm|company|consultancy|consultants|agency|group|charity|body|panel|lab|laboratory)\s+)?"
    r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|on|[A-Z][\w’'.-]*))*[\w’'.-])"
)


def _introduced_by(text: str, start: int, pos: int, verbs: str, nouns: str, reg: Registry, state: "_State") -> str | None:
    """Who issued the document a cue names: the subject of the last "X posted a notice" / "X said in an interim
    report" between ``start`` and ``pos``."""
    match = None
    for match in _rx(rf"\s(?:{verbs})\s+(?:in\s+|on\s+)?(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b").finditer(text[start:pos]):
        pass
    if match is None:
        return None
    at = start + match.start()
    sentence_start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1
    np = _subject_before(text[sentence_start:at])
    return _resolve_np(np, at, reg, state, text) if np else None


def _publication_author(text: str, pos: int, reg: Registry, state: "_State", noun: str = "report") -> str | None:
    """Who published "the report" the sentence is about: "published by X" just before, or X's report."""
    start = max(0, text.rfind("\n", 0, pos) + 1, pos - 300)
    window = text[start:pos]
    match = None
    for match in _PUBLISHER.finditer(window):
        pass
    if match is None:
        for match in _rx(r"([A-Z][\w’'.-]+(?:\s+(?:of|for|and|[A-Z][\w’'.-]+))*)[’']s\s+(?:\w+\s+){0,2}(?:report|study|paper|survey|audit|review|analysis)\b").finditer(window):
            pass
    if match is None:
        owned = None
        for owned in _rx(rf"\b[Tt]he\s+([a-z]+)[’']s\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b").finditer(text[max(0, pos - 700) : pos]):
            pass
        if owned and owned.group(1) in ORG_HEADS:
            # "He pointed to the department’s latest weekly bulletin, ..." then "the bulletin said": the department
            found = _resolve_np(f"the {owned.group(1)}", pos, reg, state, text)
            if found:
                return found
    if match is None:
        # a paragraph or two back: "The report, ... prepared by Toowoomba firm Halden Agri Consulting, found ...",
        # "The Yamagata Prefectural Groundwater Review Panel said in an interim report ..."
        # (the same kind of document: "the audit" is not the report published by someone else)
        wide = max(0, pos - 900)
        for found in _PUBLISHER.finditer(text, wide, pos):
            sentence_start = max(text.rfind("\n", 0, found.start()), text.rfind(". ", 0, found.start()))
            if _rx(rf"\b{re.escape(noun)}\b", re.IGNORECASE).search(text[sentence_start + 1 : found.start()]):
                match = found
        # (the later of the two: a second report may have been introduced since)
        issued_after = match.end() if match is not None else wide
        issuer = _introduced_by(text, issued_after, pos, r"said|found|warned|concluded|stated|noted|wrote|argued", re.escape(noun), reg, state)
        if issuer or match is None:
            return issuer
        return _resolve_np(match.group(1), match.start(1), reg, state, text)
    return _resolve_np(match.group(1), start + match.start(1), reg, state, text)


_SIGNED_BY = re.compile(
    r"\b(?:signed|written|issued|sent|posted|authored|penned|put\s+out)\s+by\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|[A-Z][\w’'.-]*))*)"
)


def _document_author(text: str, pos: int, noun: str, reg: Registry, state: "_State", indefinite: bool = False) -> str | None:
    """Who wrote "the statement" / "the letter": looked up in the sentences just before.

    "A post ... read:" (``indefinite``) is a new document, not the one the last speaker was quoted from.
    """
    base = max(0, pos - 700)
    window = text[base:pos]
    if indefinite:
        # "A post on a Facebook page ... read:": a new document, whose author only its own sentence can name
        cut = [m.end() for m in _rx(r"[.!?][\"”’]?\s+(?=[A-Z\"“‘])").finditer(window)]
        if cut:
            base, window = base + cut[-1], window[cut[-1] :]
        page = _ON_PAGE.search(window)
        if page:
            # "A post on the Ngāti Pareuru Trust Facebook page on Sunday asked ...": the page's owner
            found = _resolve_np(page.group(1), base + page.start(1), reg, state, text)
            if found:
                return found
    nouns = "statement|letter|post|note|notice|circular|email|e-mail|message|filing|memo|release|tweet|ruling|affidavit|submission|reply"
    match = None
    for match in _rx(rf"\b(?:{nouns})\b[^.]{{0,40}}?\b(?:on|for)\s+(his|her|their)\s+behalf", re.IGNORECASE).finditer(window):
        pass
    if match:
        gender = PRONOUNS[match.group(1).lower()]
        anchor = max(0, pos - 700) + match.start()
        return _resolve_pronoun(gender, anchor, reg, state, prefer_last_speaker=False)
    for match in _rx(rf"([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*)[’']s\s+(?:\w+\s+){{0,2}}(?:{nouns})\b|(?:{nouns})\s*,?\s+(?:(?:issued|published|sent|released|posted|put\s+out|signed|written)\s+)?(?:from|by)\s+(?:the\s+)?([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*)").finditer(window):
        pass
    found_at: list[tuple[int, str]] = []  # (where, subject): the latest introduction of a statement wins
    if match:
        found_at.append((match.start(), match.group(1) or match.group(2)))  # "Rutte's letter", "a letter signed by X"
    aside = None
    for aside in _rx(rf"((?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|[A-Z][\w’'.-]*))*),\s+in\s+an?\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b[^,.]{{0,40}},\s+"
        rf"(?:said|stated|added|announced|confirmed|blamed|criticised|criticized|accused|urged|warned|called|described|appealed)").finditer(window):
        pass
    if aside:
        # "The Oromia Regional State Disaster Risk Management Commission, in a statement issued on Tuesday, said ..."
        found_at.append((aside.start(1), aside.group(1)))
    said_in = None
    heads = "|".join(sorted(ORG_HEADS, key=len, reverse=True))
    for said_in in _rx(rf"(?:[Tt]he\s+)?([A-Z][\w’'.-]*(?:\s+(?:of|for|and|of\s+the|[A-Z][\w’'.-]*)|,\s+[A-Z][\w’'.-]*)*|(?<=[Tt]he\s)(?:[a-z-]+\s+){{0,2}}(?:{heads}))"
        # ("The Bureau of Fisheries (BFAR) in Bicol said in a statement": where its office is, after the name)
        rf"(?:\s+\([A-Z]{{2,8}}\))?(?:\s+(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)?"
        # ("The X Agency, which manages the factory on behalf of shareholders, said in a statement")
        rf"(?:,\s+(?:which|who|a|an|the)\s+[^,.]{{3,140}},)?\s+(?:said|confirmed|announced|added|stated)\s+in\s+an?\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b").finditer(window):
        pass
    if said_in:
        # "The Alder Falls Police Department confirmed in a statement that ..." then "the statement said"
        subject = said_in.group(1) if said_in.group(1)[:1].isupper() else "the " + said_in.group(1)  # "The agency said in a statement"
        found_at.append((said_in.start(1), subject))
    intro = None
    for intro in _rx(rf"\b[Ii]n\s+an?\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b[^.,]{{0,40}},\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s+(?:of\s+the|of|for|and|[A-Z][\w’'.-]*|\d+\b)|,\s+[A-Z][\w’'.-]*)*|(?<=the\s)(?:[a-z-]+\s+){{0,2}}(?:{heads}))(?:\s+\([A-Z][A-Za-z]{{1,7}}\))?"
        # ("In a statement on Wednesday, the council said": the body the article named; "(Nema)": its initials)
        # ("In a statement, the Ministry of Police, Prisons and Corrections confirmed": a ministry's list of portfolios)
        # ("In a statement on Thursday, the Himali Community Support Forum, a non-governmental organisation that ..., said")
        rf"(?:,\s+(?:a|an|the|which|who)\s+[^,.]{{3,140}},)?\s+"
        # ("In a statement issued in Accra on Sunday, the GWCL apologised to its customers": any act in the past tense)
        rf"(?:said|says|say|added|stated|confirmed|urged|warned|called|argued|welcomed|described|accused|noted|insisted|rejected|denied|announced|[a-z]{{3,}}ed\b)").finditer(window):
        pass
    if intro:
        # "In a statement on Wednesday, the Oyo State Water Corporation said ..." then "the statement added"
        found_at.append((intro.start(1), intro.group(1) if intro.group(1)[:1].isupper() else "the " + intro.group(1)))
    signed = _last_match(
        rf"\b[Ii]n\s+an?\s+(?:{nouns})\s+signed\s+by\s+[^.]{{0,160}}?,\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s+(?:of|for|and|[A-Z][\w’'.-]*))*),?\s+"
        r"(?:said|stated|announced|confirmed|added)\b",
        window,
    )
    if signed:
        # "In a statement signed by its Public Relations Manager, Mrs Name, one of the buyers in the area, Golden Pod
        # Produce Buying Company Limited, said": the body that "said" it, not the one who signed
        found_at.append((signed.start(1), signed.group(1)))
    confirmed_in = None
    for confirmed_in in _rx(rf"(?:^|(?<=[.!?\n]))\s*([A-Z][^.!?\n]{{3,160}}?),\s+(?:said|confirmed|announced|stated|disclosed|explained)\s+"
        rf"(?!in\b)[^.!?\n]{{3,60}}?\bin\s+an?\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b").finditer(window):
        pass
    if confirmed_in:
        # "The Police Public Relations Officer in the state, SP Yakubu Danladi Ocheni, confirmed the arrests in a
        # statement on Sunday": the one person the subject names wrote it
        named = [m for m in find_people(confirmed_in.group(1)) if m.kind == "person" and len(m.name.split()) >= 2]
        if len(named) == 1:
            found_at.append((confirmed_in.start(1), named[0].name))
    shared = _last_match(
        r"\b(?:video|photo|picture|image|clip|post|message)\s+(?:was\s+)?(?:posted|shared|uploaded|published|circulated)\s+"
        r"(?:(?:on|to)\s+(?:[A-Z][\w-]*|social\s+media|its\s+[\w\s]{1,20}?page)\s+|online\s+)?by\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|[A-Z][\w’'.-]*))*)",
        window,
    )
    if shared:
        # "A video posted on Facebook by the Abesewa Youth Association ... The caption reads:": whoever posted it
        found_at.append((shared.start(1), shared.group(1)))
    for at, subject in sorted(found_at, reverse=True):
        found = _resolve_np(subject, base + at, reg, state, text)
        if found:
            return found
    # "the Wapiskaw Lake Cree Nation band council posted a notice of its own on Facebook" ... "the post read"
    issuer = _introduced_by(text, max(0, pos - 700), pos, r"posted|published|issued|shared|released|sent|put\s+out|wrote", nouns + "|notice|video|update", reg, state)
    if issuer:
        return issuer
    if indefinite:
        # "A notice signed by Dr Moraa and pinned at buying centres reads:": the one the same sentence says wrote it
        signer = _SIGNED_BY.search(window)
        return _resolve_np(signer.group(1), pos, reg, state, text) if signer else None
    if state.last_speaker and pos - state.last_speaker_pos < 800 and _rx(rf"\b{noun}\b", re.IGNORECASE).search(window):
        return state.last_speaker  # "the statement added", after a quote from that statement
    return None


def _recent_known(gender: str, pos: int, reg: Registry, window: int = 700) -> bool:
    """Is a person of the given (known) gender named in the ``window`` characters before ``pos``?"""
    idx = bisect_right(reg.positions, pos) - 1
    while idx >= 0 and pos - reg.mentions[idx].start <= window:
        m = reg.mentions[idx]
        idx -= 1
        if m.kind != "person":
            continue
        name = reg.full(m.name, m.start, m.gender) if len(m.name.split()) == 1 else reg.full_names.get(m.name.lower(), m.name)
        if reg.genders.get(name) == gender:
            return True
    return False


_PREPOSITIONS = frozenset("to for with about at on from by of against toward towards over under beside behind into onto like than".split())


def _object_of_preposition(text: str, start: int) -> bool:
    """Is the name at ``start`` the object of a preposition ("paid tribute to Sutcliffe")?"""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in _PREPOSITIONS



def _it_speaker(pos: int, reg: Registry, state: "_State") -> str | None:
    """Who "it said" / "It added" means: an organisation that was just speaking or just named."""
    people = _full_name_set(reg)
    if state.text:
        # "The community council has urged residents to respond. In a post on its Facebook page, it said: ...": the
        # body the sentence before was about
        sentences = _rx(r"(?<=[.!?])[\"”’»]?\s+").split(state.text[max(0, pos - 400) : pos].strip())
        subject = _sentence_subject(sentences[-2]) if len(sentences) >= 2 and _rx(r"\s*In\s+an?\s+[^,]{1,60}\bits\b[^,]{0,40},(?:\s+it(?:\s+(?:said|says|wrote|writes|added|stated|posted))?\s*:?)?\s*$").match(sentences[-1]) else None
        if subject and _rx(r"(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}[\w-]+").fullmatch(subject) and subject.split()[-1].lower() in ORG_HEADS:
            found = _resolve_np(subject, pos, reg, state, state.text)
            if found and found not in people:
                return found
    if state.last_speaker and state.last_speaker not in people and 0 <= pos - state.last_speaker_pos < 600:
        if state.last_speaker[:1].isupper() and not state.last_speaker.lower().startswith(("a ", "an ", "one ")):
            return state.last_speaker
    idx = bisect_right(reg.positions, pos) - 1
    while idx >= 0 and pos - reg.mentions[idx].start < 300:
        m = reg.mentions[idx]
        idx -= 1
        if m.kind == "org":
            return _full_org(m.name, reg)
    return None


_ROLE_ABBREVIATIONS = {
    "mp": "member of parliament", "msp": "member of the scottish parliament", "mep": "member of the european parliament",
    "mla": "member of the legislative assembly", "ceo": "chief executive", "cfo": "chief financial officer",
}


# courtesy titles used on their own for the holder of a seat: Malaysia's "YB" (Yang Berhormat) is an elected member
_SEAT_TITLES = {"YB": ("assemblyman", "assemblywoman", "state assemblyman", "assembly member", "MP", "ADUN")}


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


_POLICE_POSTS = frozenset(
    "ocpd ocs oc sho dcp acp sp ssp asp dsp cp igp aig dig inspector superintendent commissioner commander constable sergeant "
    "chief".split()
)
_TEAM_LEADERS = frozenset("boss manager coach gaffer skipper captain".split())


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


def _spoken_for(complement: str, pos: int, reg: Registry) -> str | None:
    """The organisation in "for the charity" / "for the Department of Health", in its fullest form."""
    complement = _rx(r",|\s+(?:who|which|said|told)\b").split(complement)[0].strip()
    orgs = [m for m in find_people(complement) if m.kind == "org"]
    if orgs:
        name = _full_org(orgs[0].name, reg)
        return name if _rx(r"(?:the|a|an)\s", re.IGNORECASE).match(name) else f"the {name}"
    if " " in complement and all(w[:1].isupper() for w in complement.split()):
        fuller = _full_org(complement, reg)
        if fuller != complement:
            return fuller  # "A spokesperson for Cefn Gorlan Aggregates": the "Cefn Gorlan Aggregates Ltd" named before
    words = complement.lower().split()
    if len(words) == 1 and complement[:1].isupper() and words[0] not in reg.full_names:
        return _full_org(complement, reg)  # "a spokesperson for Corvant"
    if len(words) == 2 and words[0] in ("the", "its", "their"):
        org = _recent_org(pos, reg, _rx(r"[^\w-]").sub("", words[1]))
        if org:
            return org if org.lower().startswith("the ") else f"the {org}"
    return None


def _resolve_pronoun(gender: str, pos: int, reg: Registry, state: "_State", prefer_last_speaker: bool = True) -> str | None:
    if gender == "x":
        # singular or plural "they": the subject of the sentence before the quote, else the last
        # person or organisation named, else the last speaker
        if state.current_open is not None and state.text:
            before = state.text[max(0, state.current_open - 400) : state.current_open]
            sentences = _rx(r"(?<=[.!?])[\"”’»]?\s+").split(before.strip())
            if len(sentences) >= 1 and sentences[-1]:
                np = _sentence_subject(sentences[-1])
                if np and np.lower() not in PRONOUNS:
                    found = _resolve_np(np, state.current_open, reg, state, state.text)
                    if found:
                        return found
        idx = bisect_right(reg.positions, pos) - 1
        if idx >= 0 and pos - reg.mentions[idx].start < 300:
            m = reg.mentions[idx]
            if m.kind == "org":
                return _full_org(m.name, reg)
            return reg.full(m.name, m.start, m.gender) if len(m.name.split()) == 1 else reg.full_names.get(m.name.lower(), m.name)
        if state.last_speaker and state.last_speaker_pos >= pos - 1500:
            return state.last_speaker
        return None
    introduced = _paragraph_subject(gender, reg, state)
    if introduced:
        return introduced
    if prefer_last_speaker and state.last_speaker and pos - state.last_speaker_pos < 400:
        last_gender = reg.genders.get(state.last_speaker) or reg.genders.get(
            _rx(r"^(?:a|an|one|the)\s+", re.IGNORECASE).sub("", state.last_speaker)
        )
        between = [
            m for m in reg.mentions[bisect_right(reg.positions, state.last_speaker_pos) : bisect_right(reg.positions, pos)]
            if m.kind == "person"
        ]
        between = [m for m in between if not _object_of_preposition(state.text, m.start) and not _in_asked_clause(state.text, m.start, pos)]
        if last_gender is None and _recent_known(gender, pos, reg):
            last_gender = "?"  # someone nearby is known to fit: do not bet on a speaker of unknown gender
        # "The judge rejected that account. Forging a signature, she said, ...": a role named in between
        if state.text:
            upto = min(pos, state.current_open) if state.current_open is not None and state.current_open > state.last_speaker_pos else pos
            # (not "the commissioner" inside the quote being attributed: the speaker's words about someone else)
            for role in _rx(r"\b[Tt]he\s+([a-z][\w-]+)\b").finditer(state.text[state.last_speaker_pos : upto]):
                person = reg.roles.get(role.group(1))
                if person and person != state.last_speaker and reg.genders.get(person) in (gender, None):
                    return person
        anon_between = _recent_anonymous(gender, pos, reg, after=state.last_speaker_pos)
        if last_gender in (gender, None) and not anon_between and not any(
            reg.genders.get(reg.full(m.name) if len(m.name.split()) == 1 else m.name) in (gender, None) for m in between
        ):
            return state.last_speaker
    anon = _recent_anonymous(gender, pos, reg)
    idx = bisect_right(reg.positions, pos) - 1
    unknown: str | None = None
    unknown_near = False
    unknown_at = -1
    seen = 0
    while idx >= 0 and seen < 12:
        m = reg.mentions[idx]
        idx -= 1
        if pos - m.start > 2500:
            break  # (mentions are in text order: every earlier one is further away still)
        if m.kind != "person" or _in_asked_clause(state.text, m.start, pos):
            continue
        seen += 1
        name = reg.full(m.name, m.start, m.gender) if len(m.name.split()) == 1 else reg.full_names.get(m.name.lower(), m.name)
        known = reg.genders.get(name)
        if anon is not None and anon[0] > m.start and known in (gender, None):
            # "A forklift operator ..., who asked not to be named because she ..." is the latest fitting person
            return anon[1]
        if known == gender:
            same_paragraph = unknown_at >= 0 and "\n" not in state.text[unknown_at:pos] and "\n" in state.text[m.start : unknown_at]
            if unknown_near and (pos - m.start > 600 or same_paragraph):
                # a person of unknown gender was just introduced, the fitting one is far back:
                # "Her neighbour, Aldo Crivelli, was more sceptical. 'Cameras,' he said"
                return unknown
            return name
        if known is None and (unknown is None or (name in state.speakers and unknown not in state.speakers)):
            if unknown is None and pos - m.start <= 300 and not _object_of_preposition(state.text, m.start):
                unknown_near = True
                unknown_at = m.start
            unknown = name
    if state.last_speaker and reg.genders.get(state.last_speaker) == gender:
        return state.last_speaker
    if unknown is None and anon is not None:
        return anon[1]  # nobody named nearby at all: the anonymous source just introduced
    return unknown


_ASKED = re.compile(
    r"\b(?:Asked|Pressed|Questioned|(?:[Ww]hen|[Aa]s|[Aa]fter)\s+(?:he|she|they)\s+(?:was|were)\s+(?:asked|pressed))"
    r"\s+(?:[\w-]+\s+){0,4}?(?:whether|if|about|why|how|what|when|who|whom|to)\b[^,.;!?]*,"
)


def _in_asked_clause(text: str, at: int, pos: int) -> bool:
    """Is ``at`` inside an "Asked whether ..." clause of the sentence that ends at ``pos``?

    The people in the question are its topic, not the one answering it:

    >>> t = "Asked whether Brady went down easily under Tait’s challenge, the boss shrugged. ‘He felt it,’ he said."
    >>> _in_asked_clause(t, t.index("Tait"), t.index("he said")), _in_asked_clause(t, t.index("boss"), t.index("he said"))
    (True, False)
    """
    if not text:
        return False
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at), 0)
    for match in _ASKED.finditer(text, start, min(pos, at + 300)):
        if match.start() <= at < match.end():
            return "\n" not in text[match.end() : pos]
    return False


def _paragraph_subject(gender: str, reg: Registry, state: "_State") -> str | None:
    """'Mr Haddad does not deny it. "They argue ...," he says': the person the paragraph opens with.

    Only a named person who is the subject of the sentence just before the quote, in the same paragraph,
    with no quote before it in that paragraph, and of a fitting gender.
    """
    if state.current_open is None or not state.text:
        return None
    para_start = state.text.rfind("\n", 0, state.current_open) + 1
    before = state.text[para_start : state.current_open]
    from_previous = False
    if not before.strip() and para_start > 1:
        from_previous = True
        # a quote that opens its paragraph, after a paragraph about someone with no quote in it:
        # "Umm Omar, a mother of four, walks her daughter Rama to the gate.\n\n“...,” she said"
        prev_end = para_start - 1
        while prev_end > 0 and state.text[prev_end - 1] == "\n":
            prev_end -= 1
        prev_start = state.text.rfind("\n", 0, prev_end) + 1
        before = state.text[prev_start:prev_end].rstrip() + " "
    marks = _rx(r"(?<=\w)[’'](?=\w)|(?<=s)[’'](?=\s)").sub("", before)  # "72 hours’ notice", "Tait’s": apostrophes
    ends = [m.end() for m in _rx(r"[.!?](?=\s)").finditer(before)]
    if not from_previous and ends and not _rx(r"[.!?]\s*$").search(before) and _rx(r"\s*(?:[A-Z][^,.;]{0,60},\s*)?(?:he|she)\s+[a-z]").match(before[ends[-1] :]):
        # the quote sits inside a sentence whose subject is a pronoun ("In his opening statement, he called the
        # case “...”"): the sentences before it say who "he" is
        before = before[: ends[-1]]
        marks = _rx(r"(?<=\w)[’'](?=\w)|(?<=s)[’'](?=\s)").sub("", before)
    if from_previous and _rx(r"[\"“”‘’«»]").search(marks):
        # "Coyotes coach Dale Sorensen called the decision “the right call” and said ...": words quoted inside
        # a one-sentence paragraph don't change who it is about
        unquoted = _rx(r"[\"“«‘][^\"“”«»‘’\n]{1,200}[\"”»’]").sub("that", before)
        if not _rx(r"[.!?]\s+[A-Z]").search(unquoted.strip()):
            before = unquoted
            marks = _rx(r"(?<=\w)[’'](?=\w)|(?<=s)[’'](?=\s)").sub("", before)
    if not before.strip() or _rx(r"[\"“”‘’«»]").search(marks) or not _rx(r"[.!?]\s*$").search(before):
        return None
    sentences = _rx(r"(?<=[.!?])\s+").split(before.strip())
    topic = _rx(r"For\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+[a-z]").match(sentences[-1])
    if topic and len(sentences) == 1:
        # "For Sudirman, the promises are familiar. “...,” he said": the person the paragraph is about
        name = topic.group(1)
        full = reg.full(name, state.current_open) if len(name.split()) == 1 else reg.full_names.get(name.lower(), name)
        if full in _full_name_set(reg) and reg.genders.get(full) in (gender, None):
            return full
    np = _sentence_subject(sentences[-1])
    back = len(sentences) - 1
    while np and np.lower() in PRONOUNS and PRONOUNS[np.lower()] == gender and back > 0:
        # "Alvarez has argued that ... In his opening statement, he called the case “...”": the paragraph's subject
        back -= 1
        np = _sentence_subject(sentences[back])
    if not np or np.lower() in PRONOUNS or not (np[:1].isupper() or np.startswith("the ") or _rx(r"(?:[a-z-]+\s+){1,3}[A-Z]").match(np)):
        return None  # (but "..., district engineer Felimon Ocampo admitted": a role before a name)
    if np.startswith("the "):
        np = "T" + np[1:]  # "..., the Rays coach shrugged."
    head_np = np.split(",")[0]
    if _unnamed_at(np):
        return None  # "A farmer at Camp Nine, who ...": an unnamed source, whom the anonymous-source rules find
    known_names = _full_name_set(reg)
    if "," in np and [
        m for m in find_people(head_np)
        if m.kind == "person" and (reg.full(m.name, state.current_open, m.gender) if len(m.name.split()) == 1 else m.name) in known_names
        and not _after_preposition(m.name, head_np)
    ]:
        np = head_np  # "Delgado, standing a few feet from Brooks, said ...": Delgado
    if _rx(r"[Tt]he\s+[A-Z]{2,5}").fullmatch(np):
        # "The DCP said the gang ... “...,” she said": the officer the initials stand for
        holder = _acronym_role(np.split()[-1], state.current_open, reg, state.text)
        if holder and reg.genders.get(holder) in (gender, None):
            return holder
    persons = [m for m in find_people(np) if m.kind == "person"]
    described = _rx(r"(?:A|An|One)\s+((?:[\w’'-]+\s+){0,4}([a-z][\w-]*))\b").match(np)
    if described and described.group(2).lower() in reg.anonymous and described.group(1) in reg.anonymous.values():
        persons = []  # "A Form Three student, who spoke on condition of anonymity": the description, not "Form Three"
    if _rx(r"[Tt]he\s+[A-Z]").match(np) and not [p for p in persons if reg.full_names.get(p.name.lower(), p.name) in _full_name_set(reg) and len(reg.full_names.get(p.name.lower(), p.name).split()) >= 2]:
        persons = []
    kin = _rx(r"(His|Her)\s+(husband|wife|son|daughter|mother|father|brother|sister)").fullmatch(np)
    if kin and not persons:
        # "Her husband shook his head. “...,” he said": the relative the article named ("his wife, Vo Thi Kim Loan")
        owner_gender = "m" if kin.group(1) == "His" else "f"
        for (owner, word), relative in reg.kin.items():
            owner_full = reg.full(owner) if len(owner.split()) == 1 else reg.full_names.get(owner.lower(), owner)
            if word == kin.group(2) and reg.genders.get(owner_full, owner_gender) == owner_gender:
                found = reg.full(relative) if len(relative.split()) == 1 else reg.full_names.get(relative.lower(), relative)
                if reg.genders.get(found) in (gender, None):
                    return found
    if not persons:
        core = _rx(r"\s+(?:for|of|at|from|in|with)\s").split(np, maxsplit=1)[0]
        anonymous = _rx(r"(?:[Tt]he|An?|One)\s").match(core) is not None and core.split()[-1].lower() in ANON_HEADS
        if anonymous and not _rx(r"[Tt]he\s").match(core):
            # "A spokeswoman for the Department of Housing said ... “...,” she said": the spokeswoman
            holder = _resolve_np(np, state.current_open, reg, state, state.text)
            head_gender = GENDERED_HEADS.get(core.split()[-1].lower())
            known = reg.genders.get(holder) if holder else None
            return holder if holder and (known or head_gender) == gender else None
        if anonymous and _rx(r"[Tt]he\s+[A-Z]").match(core) and GENDERED_HEADS.get(core.split()[-1].lower()) == gender:
            holder = _resolve_np(np, state.current_open, reg, state, state.text)
            if holder and holder not in _full_name_set(reg):
                return holder  # "The Garda spokesman said ... “...,” he said"
        if not _rx(r"[Tt]he\s+[A-Z]").match(np) and not (
            _rx(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+").fullmatch(np)
            and (np.split()[-1].lower() in ROLE_WORDS | ANON_HEADS or np.split()[-1].lower() in reg.roles)
        ):
            return None  # ("The veteran front-rower said ...": a role the article gave someone)
        # "The Flemish MEP, for his part, said ... “...,” he said": the person that role names
        holder = _resolve_np(np, state.current_open, reg, state, state.text)
        known = reg.genders.get(holder) if holder else None
        return holder if holder in _full_name_set(reg) and known in (gender, None) else None
    name = persons[-1]
    full = reg.full(name.name, state.current_open, name.gender) if len(name.name.split()) == 1 else reg.full_names.get(name.name.lower(), name.name)
    known = reg.genders.get(full) or name.gender
    return full if known in (gender, None) and full in _full_name_set(reg) else None


def _recent_anonymous(gender: str, pos: int, reg: Registry, after: int = -1, window: int = 700) -> tuple[int, str] | None:
    """The latest anonymous source of the given gender introduced in the ``window`` characters before ``pos``."""
    for k in range(_anonymous_before(reg, pos) - 1, -1, -1):
        at, description, known = reg.anonymous_at[k]
        if pos - at > window or at <= after:
            return None
        if known == gender or (known is None and gender in ("m", "f") and pos - at <= 450 and _newest_person_after(reg, at, pos)):
            # "A galamsey operator at Nkwanta, who did not want to be named, told this reporter ..." then
            # "“...,” he said": a source of unknown gender, introduced just before and nobody named since
            return at, description
    return None


def _anonymous_by_first_word(reg: Registry) -> dict[str, str]:
    """The registry's anonymous sources of two words or more by their first word, the first one for each word."""
    cached = reg.cache.get("anonymous_first")
    if cached is None or cached[0] != len(reg.anonymous):
        firsts: dict[str, str] = {}
        for description in reg.anonymous.values():
            if len(description.split()) >= 2:
                firsts.setdefault(description.lower().split()[0], description)
        cached = reg.cache["anonymous_first"] = (len(reg.anonymous), firsts)
    return cached[1]


def _anonymous_positions(reg: Registry) -> list[int]:
    """Where the registry's anonymous sources are introduced, in text order (cached until the list grows)."""
    cached = reg.cache.get("anonymous_at")
    if cached is None or cached[0] != len(reg.anonymous_at):
        cached = reg.cache["anonymous_at"] = (len(reg.anonymous_at), [at for at, _, _ in reg.anonymous_at])
    return cached[1]


def _anonymous_before(reg: Registry, pos: int) -> int:
    """How many of the registry's anonymous sources are introduced before ``pos``."""
    return bisect_left(_anonymous_positions(reg), pos)


def _newest_person_after(reg: Registry, at: int, pos: int) -> bool:
    """Whether no person is named between ``at`` and ``pos`` (the source at ``at`` is the latest one)."""
    named = reg.mentions[bisect_right(reg.positions, at) : bisect_left(reg.positions, pos)]
    return not [m for m in named if m.kind == "person"]


# --------------------------------------------------------------------------- cues


@dataclass
class _State:
    last_speaker: str | None = None
    last_speaker_pos: int = -10_000
    last_paragraph: int = -10
    anonymous: dict[str, str] = field(default_factory=dict)  # head noun -> description ("official" -> "cantonal official")
    speakers: set[str] = field(default_factory=set)
    text: str = ""
    no_speaker: bool = False  # the cue's subject is a document with no author named: nobody speaks
    terms: list[tuple[int, int]] = field(default_factory=list)  # quoted titles and scare quotes, marks included
    current_open: int | None = None
    depth: int = 0  # how deeply noun-phrase resolution has recursed


def _post_attribution(text: str, quote: QuoteSpan, limit: int, reg: Registry, state: _State) -> tuple[str | None, str | None, bool]:
    """Look right after the closing mark. Returns (speaker, cue, found_cue)."""
    start = (quote.close_mark if quote.close_mark is not None else quote.end) + 1
    window = text[start:limit]
    # stop at the end of the sentence that follows
    window = window[: _sentence_stop(window)]
    lead = _rx(r"^[\s,;:—–-]*").match(window).end()
    if lead == 0 and window[:1].isalnum():
        return None, None, False
    if quote.kind == "fragment" and not _rx(r"[,;:—–-]").search(window[:lead]) and not _rx(r"[,.!?—–-]$").search(quote.text):
        return None, None, False
    body = window[lead:]
    if _rx(r"[.!?…]$").search(quote.text) and body[:1].isupper() and quote.close_mark is not None:
        # the sentence ended inside the marks: only a bare 'Okafor said.' can follow as attribution
        if len(body.split()) > 6 or body.split()[0].lower().rstrip(",") not in PRONOUNS and not _cue_regex().search(body):
            return None, None, False
        cue_match = _cue_regex().search(body)
        if cue_match and (len(body[cue_match.end() :].split()) > 3 or cue_match.group().lower().endswith(" that")):
            return None, None, False  # "Miller added that talks continue" is a new sentence, not an attribution
        if cue_match and _rx(r"\b(?:not|never|does|did|do|would|could|can|will|may|might|cannot)\b|n[’']t\b", re.IGNORECASE).search(body[: cue_match.start()]):
            return None, None, False  # "Haddadi does not deny the hours." comments on the quote; it does not attribute it
        if _rx(r",").search(body) or body.rstrip().endswith(":"):
            return None, None, False  # 'Park added: "We move on."' introduces the next quote
    cue_re = _cue_regex()
    best = None
    for match in cue_re.finditer(body):
        if match.start() > 140:
            break
        if match.group()[:1].isupper() and match.start() > 0:
            continue  # "Fairbury State coach Dwayne Whitfield said": a capitalised word inside a name is no cue
        before = body[: match.start()]
        relative = _rx(r",\s*(?:who|which|whose)\b").search(before)
        if relative and "," not in before[relative.end() :]:
            continue  # "one official, who asked not to be named, said": skip "asked"
        if not relative and _rx(r"\b(that|because|if|when|after|before|which)\b", re.IGNORECASE).search(before):
            break
        if _rx(r"\b(?:the|a|an|its|his|her|their|this)\s+$|\w(?:[’']s|s[’'])\s+$", re.IGNORECASE).search(before) and match.group().lower() not in (
            "said", "says", "told", "added", "wrote"
        ):
            continue  # "the report states", "the post read", "the engineers' report stated": after a determiner the word is a noun
        best = match
        break
    if best is None:
        match = _rx(r"according\s+to\s+(.{2,80})", re.IGNORECASE).match(body)
        if match:
            speaker = _resolve_np(match.group(1), start + lead, reg, state, text)
            return speaker, "according to", True
        return None, None, False
    cue_start = start + lead + best.start()
    cue_end = _cue_tail(text, start + lead + best.end(), start + lead + len(body))
    cue = " ".join(text[cue_start:cue_end].split())
    np_before = body[: best.start()].strip()
    if not np_before and best.group().lower().startswith("according"):
        # '"...," according to a note published Friday by Leena Varghese, an analyst'
        speaker = _resolve_np(body[best.end() :], cue_start, reg, state, text)
        return speaker, "according to", True
    if not np_before:
        # inverted: said Dana Okafor, the principal / said the company in a statement
        after = body[best.end() :]
        tail = _TAIL_CUES.match(after.lstrip())
        if tail:
            after = after.lstrip()[tail.end() :]
        if not _plausible_speaker(after):
            return None, None, False
        apposed = _rx(r"\s*(?:the|a|an)\s+[^,.]{3,140},\s+((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)\s*[.,]?\s*$").match(after)
        if apposed and any(m.kind == "person" for m in find_people(apposed.group(1))):
            # "said the head of the provincial disaster risk reduction and management office, Arnel Bagasbas."
            speaker = _resolve_np(apposed.group(1), cue_start, reg, state, text)
            if speaker:
                return speaker, cue, True
        speaker = _resolve_np(after, cue_start, reg, state, text)
        return speaker, cue, True
    if best.group().lower().startswith("according"):
        speaker = _resolve_np(body[best.end() :], cue_start, reg, state, text)
        return speaker, "according to", True
    speaker = _resolve_np(_strip_adverb(np_before), cue_start, reg, state, text)
    return speaker, cue, True


def _plausible_speaker(np: str) -> bool:
    """Could these words (after an inverted cue, "said ...") name a speaker?"""
    if _rx(r"\s*(?:the|a|an)\s+[^,.;]{1,40},\s+(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+\s*(?:\([^()]{1,30}\)\s*)?(?:[,.]|$)").match(np):
        return True  # "said the council’s convener, Mòrag NicLeòid": a description, then the name
    if _rx(r"\s*(?:one|two|some|several|many|most)\s+of\s+(?:them|those|these|the\s+[a-z]+),\s+(?:an?|the)\s+[a-z]").match(np):
        return True  # "said one of them, an engineer on the payments team"
    if _rx(r"\s*(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w-]+,?\s+who\s+(?:asked|declined|spoke|requested|refused|preferred|pleaded|"
        r"(?:did\s+not|didn[’']t)\s+want|was\s+not\s+authori[sz]ed)\b").match(np):
        return True  # "said a plot holder who declined to be named": anyone can be an anonymous source
    np = _rx(r"[,;:.(—–]|\s+(?:who|in|on|at|during|after|before|about|of|familiar|close)\s").split(np.strip(), maxsplit=1)[0]
    words = np.split()
    if not words or len(words) > (12 if words[0][:1].isupper() else 7):
        return False  # (a long name of a body, then a role and a name: "said Ngawa Matatu Owners Welfare Association chairman Joseph Mwangi Kariuki")
    if words[0].lstrip("'’‘ʻ")[:1].isupper():
        return True  # (and "said 'M'e 'Mathabo Mokoena": a Sesotho name with its apostrophe)
    if _rx(r"(?:\d+|[a-z]+(?:-[a-z]+)?)-years?-old").fullmatch(words[0]) and len(words) > 1:
        return _plausible_speaker(" ".join(words[1:]))  # "said 71-year-old Ivy Campbell"
    if len(words) >= 2 and words[-1][:1].isupper() and all(
        _rx(r"[^\w-]").sub("", w.lower()) in ANON_HEADS | ROLE_WORDS | ORG_HEADS for w in words[:-1] if not w[:1].isupper()
    ):
        return True  # "said farmer Tom Reyes", "said chief executive Ana Ruiz", "said department spokesperson Ann Lee"
    head = _rx(r"[^\w-]").sub("", words[-1].lower())
    if len(words) == 2 and words[0].lower() == "the" and _rx(r"[A-Z]{2,5}").fullmatch(words[1]):
        return True  # "said the DED": a post or a body by its initials
    if words[0].lower() in ("he", "she", "they"):
        return len(words) == 1
    if words[0].lower() in ("his", "her", "their") and len(words) >= 2 and _rx(r"[^\w-]").sub("", words[1].lower()) in (
        ANON_HEADS | ROLE_WORDS | {"wife", "husband", "widow", "widower", "partner", "fiancee", "fiancé", "fiancée"}
    ):
        return True  # "said his wife of 57 years, Marjorie Dunning", "said her lawyer"
    if words[0].lower() in PRONOUNS:
        return False  # "her members were ..." is not a speaker
    return head in ORG_HEADS or head in ANON_HEADS or head in ROLE_WORDS


def _strip_adverb(np: str) -> str:
    return _rx(r"\s+(?:\w+ly|later|also|then|again|once|simply|only|just|further|too)$").sub("", np.strip())


def _mask_terms(text: str, start: int, end: int, state: _State) -> str:
    """``text[start:end]`` with quoted titles and scare quotes (marks included) blanked out.

    'Boudreau said the plan, which her party calls “Care Close to Home,” would be paid for by “trimming”':
    the title in between does not hide the cue "said" from the second quote.
    """
    window = text[start:end]
    terms = state.terms  # in text order, never overlapping
    for t_start, t_end in terms[max(0, bisect_left(terms, (start,)) - 1) :]:
        if t_start >= end:
            break
        if t_end > start:
            a, b = max(t_start, start) - start, min(t_end, end) - start
            window = window[:a] + "x" * (b - a) + window[b:]
    return window


_WHAT_SOMEONE_CALLS = re.compile(
    r"\bwhat\s+((?:the|its|their|his|her|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,4}?)\s+"
    r"(describes|described|calls|called|terms|termed|dubs|dubbed|labels|labelled|labeled|brands|branded)\s+(?:as\s+)?(?:an?\s+|the\s+)?$"
)


def _pre_attribution(text: str, quote: QuoteSpan, sentence_start: int, reg: Registry, state: _State) -> tuple[str | None, str | None, bool]:
    """Look before the opening mark, inside the same sentence."""
    window_start = max(sentence_start, quote.open_mark - 320)
    window = _mask_terms(text, window_start, quote.open_mark, state)
    last_mark = max(window.rfind(ch) for ch in _MARKS if ch not in "'")
    if last_mark != -1:
        opener = window[last_mark]
        window_start += last_mark + 1
        window = _mask_terms(text, window_start, quote.open_mark, state)
        closer = {"“": "”", "‘": "’", "«": "»", "‹": "›"}.get(opener)
        if closer:
            # the last mark opened an earlier quote: start after its closing mark
            close = _rx(rf"{closer}(?![^\W\d_])").search(window)
            if close:
                window_start += close.end()
                window = _mask_terms(text, window_start, quote.open_mark, state)
    if not window.strip():
        return None, None, False
    lede = reg.cache.get("lede")
    saying = _rx(r"\b(?:with|after|as)\s+(?:one|a|an)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(saying|describing|telling)\b").search(window)
    indefinite = _rx(r"\s*(?:A|An)\s+((?:[a-z-]+\s+){0,2}([a-z-]+))\s+(?:has|have|had|on|this|last|yesterday|today)\b").match(window)
    described = _rx(r"\s*(?:A|An)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(?:whose|who)\b[^,;]*?\b(says|said|told|tells)\b").match(window)
    if lede and quote.open_mark < lede[0] and described and described.group(1) in ANON_HEADS | ROLE_WORDS and not described.group(1).startswith("spokes"):
        return lede[1], described.group(2), True  # "A mother whose son has spent 14 years there says ... “in pieces”", then her name
    if lede and quote.open_mark < lede[0] and indefinite and any(indefinite.group(2) in role for role in lede[2]):
        return lede[1], None, True  # "A lawmaker has accused officials of ... “...”", then the next paragraph names her
    if lede and quote.open_mark < lede[0] and saying and (saying.group(1) in ROLE_WORDS or saying.group(1) in ANON_HEADS):
        # a lede that holds back the name: "..., with one pensioner saying she feels like ‘...’", then the next
        # paragraph opens with "Maureen Cotter, 79, ..."
        return lede[1], saying.group(2), True
    rebuttal = _REBUTTAL.search(window)
    if rebuttal:
        # "..., a claim Danjuma dismissed as “baseless”": whoever dismissed it, not the sentence's subject
        found = _resolve_np(rebuttal.group(1), quote.open_mark, reg, state, text)
        if found:
            return found, rebuttal.group(2), True
    what_np = _WHAT_SOMEONE_CALLS.search(window)
    if what_np:
        # "drilling revealed what the company describes as “a significant ore body”": the company's words
        found = _resolve_np(what_np.group(1), quote.open_mark, reg, state, text)
        if found:
            return found, what_np.group(2), True
    trailing = window.rstrip()
    if trailing.endswith(":"):
        # "Asked when ..., Rahman smiled:" / "Ms Fonseca set out the reasoning at length:"
        found = _colon_intro(trailing, window_start, reg, state, text)
        if found[0]:
            return found
    cue_re = _cue_regex()
    matches = [
        m for m in cue_re.finditer(window) if not _weak_cue_far(m, window)
        # ("Secretary of State Ana Ruiz said": a capitalised word inside a name or title is no cue)
        and not (m.group()[:1].isupper() and _rx(r"[\w,]\s+$").search(window[: m.start()]))
        # ("A 2024 annual audit report of the Commission ...": "report" after a noun is itself a noun)
        and not (m.group().lower() in ("report", "reports") and _rx(r"\b(?!(?:he|she|they|it|we|i|who|which|also|later)\b)[a-z]+\s+$").search(window[: m.start()]))
        # ("The PAC report, dated October 14, reads in part": a body's initials before "report" make it a noun)
        and not (m.group() == "report" and _rx(r"\b[A-Z]{2,6}\s+$").search(window[: m.start()]))
        # ("The minister was accused of ‘...’": the accused is not the one speaking)
        and not (m.group().lower() == "accused" and _rx(r"\b(?:is|was|are|were|be|been|being|get|got|gets|getting|stands?|stood)\s+$").search(window[: m.start()]))
        # ("a coalition of five state energy offices": "state" before a noun is no verb)
        and not (m.group().lower() == "state" and (
            not _rx(r"\s*(?:that|the|a|an|in|on|to|its|his|her|their|this|[:,]|$)").match(window[m.end() :])
            or _rx(r"\b(?:the|a|an|its|their)\s+[\w-]+\s+$").search(window[: m.start()])  # "the Guinean state, which holds 15%"
        ))
    ]
    # "the meeting at which the increase was said to have been approved": a passive, nobody's cue
    matches = [
        m for m in matches
        if not (_rx(r"\b(?:is|was|are|were|been|being)\s+$").search(window[: m.start()]) and _rx(r"\s+to\b").match(window[m.end() :]))
        # "at which the rise was said to be agreed": a passive verb has no speaker as its subject
        and not (_rx(r"\b(?:be|been|being)\s+$").search(window[: m.start()]) and m.group().lower() not in ("told", "asked", "quoted"))
    ] or matches[:0]
    # "said the report 'didn't tell me ...'": after a determiner the word is a noun, not a cue
    matches = [
        m for m in matches
        if not _rx(r"\b(?:the|a|an|its|his|her|their|this|that|our|whose)\s+$", re.IGNORECASE).search(window[: m.start()])
        or m.group().lower() in ("said", "says", "told", "added", "wrote")
    ] or matches[:0]
    # "said in a LinkedIn post on Friday:", "in a separate blog post": a noun after a determiner, not the cue
    matches = [
        m for m in matches
        if not (m.group().lower() in ("post", "posts", "note", "notes", "tweet", "tweets", "comment", "comments", "message", "release", "report", "reports")
                and _rx(r"\b(?:the|a|an|its|his|her|their|this|that|separate)\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE).search(window[: m.start()]))
    ] or matches[:0]
    if len(matches) > 1:
        # "A former employee, who asked not to be named ..., described": not the verb of a relative clause
        matches = [
            m for m in matches
            # ("A council officer who works in ..., and who asked not to be named, told News Diggers that ...")
            if not _rx(r"(?:,\s*(?:and\s+|but\s+)?|(?<=[a-z])\s+)(?:who|whose|which)\b[^,]*$").search(window[: m.start()])
            or (m is matches[-1] and "," not in window[m.end() :] and len(window[m.end() :].split()) <= 3)  # "..., which has warned of “...”"
        ] or matches
    if matches:
        best = matches[-1]
        if len(matches) > 1 and matches[0].group().lower().startswith("according") and not window[: matches[0].start()].strip() and _rx(r",\s*$").search(window) and len(window[matches[0].end() :].split()) <= 25:
            best = matches[0]  # "According to a notice posted on X's Facebook page on Wednesday, “...”": the source
        if quote.kind == "fragment" and len(matches) > 1:
            # "He said the union would demand ... and that it was “looking at every option”": the first verb
            first_gap = window[matches[0].end() :]
            word_before = window[: matches[0].start()].split()[-1:] or [""]
            noun_use = word_before[0].lower() in ("a", "an", "the", "his", "her", "their", "its", "this", "that", "in", "on", "of")
            if not noun_use and _rx(r"\b(?:that|as)\b").search(first_gap) and not _rx(r"[.;!?]").search(first_gap) and len(first_gap.split()) <= 40:
                best = matches[0]
            elif not noun_use and reporting_verbs().get(matches[0].group().lower(), "") in _PLAIN_SAY and _rx(r"\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:had|has|have|would|will|was|were|is|are)\s+").fullmatch(window[matches[0].end() : matches[-1].start()]):
                best = matches[0]  # "Thibodeau said the Tories had promised “almost exactly the same thing”": his words
            elif not noun_use and reporting_verbs().get(matches[0].group().lower(), "") in _PLAIN_SAY and len(matches) == 2 and _rx(r"\s+(?:the|this|that)\s+(?:[\w’'-]+\s+){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:had\s+|has\s+|have\s+)?").fullmatch(window[matches[0].end() : matches[-1].start()]):
                best = matches[0]  # "Tran said the arrangement Delgado described “was never a guarantee”": Tran's words
        after = window[best.end() :]
        gap = after.strip()
        words_in_gap = len(gap.split())
        gap_ok = not gap or gap.endswith((":", ",", "—", "–")) or _rx(r"\bthat$").search(gap) is not None
        if gap and _TAIL_CUES.match(gap) and words_in_gap <= 6:
            gap_ok = True
        if _rx(r",\s*(?:he|she|they|we|I)(?:[’'](?:s|re|m|d)|\s+(?:is|was|were|are|am|had|has|would|will)(?:\s+been)?)?(?:\s+[a-z]+){0,3}").fullmatch(gap):
            gap_ok = True  # "Now, he says, he's “kind of a convert.”"
        if quote.kind == "fragment" and not gap_ok:
            # "called the findings “...”", "told the meeting that most pupils had ‘grudgingly’ ..."
            verb_then_to = _rx(r"to\s+(?!reporters|journalists|the\s+press)").match(gap) is not None
            gap_ok = not verb_then_to and (
                (words_in_gap <= 10 and not _rx(r"[.!?;,]").search(gap))
                or (_rx(r"\b(?:that|as)\b").search(gap) is not None and words_in_gap <= 40)
                # "said the plan ... would cost $84 million and would be paid for by “trimming”": reported speech
                or (
                    reporting_verbs().get(best.group().lower(), "") in ("say", "tell")
                    and words_in_gap <= 40 and not _rx(r"[.!?;]").search(gap)
                    and _rx(r"\b(?:would|will|was|were|is|are|had|has|could|wanted|supported|hoped|expected|[a-z]{3,}ed)\b").search(gap) is not None
                    and not _rx(r"\b(?:while|whereas|although)\b|\bbut\s+(?:the|a|an|he|she|they|it|we|I|[A-Z])").search(gap)
                )
            )
            if gap_ok and words_in_gap > 5:
                words_in_gap = 0
        if gap_ok and words_in_gap <= 14:
            cue_start = window_start + best.start()
            cue_end = _cue_tail(text, window_start + best.end(), quote.open_mark)
            cue = " ".join(text[cue_start:cue_end].split()).rstrip(",:")
            before = window[: best.start()]
            if best.group().lower().startswith("according"):
                speaker = _resolve_np(after, cue_start, reg, state, text)
                return speaker, "according to", True
            np = _subject_before(before)
            if _rx(r"[a-z]+ing").fullmatch(best.group().split()[0].lower()) and _rx(r",\s*$").search(before):
                # "the minister rejected calls for ..., saying the grants were “...”": the main clause's subject
                subject = _sentence_subject(before.rstrip().rstrip(","))
                if subject and len(subject.split()) <= 7:
                    np = subject
            relative = _rx(r"((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+),\s+who\s+(?:[a-z]+\s+){0,2}$").search(before)
            if relative:
                np = relative.group(1)  # "joined by Council Member Rosalind Fenn, who called the delay “...”"
            elif _rx(r",\s+which\s+(?:has\s+|have\s+|had\s+)?(?:(?:also|already|repeatedly|previously|long|recently)\s+)?$").search(before):
                org = _nearest_org(cue_start := window_start + best.start(), reg, 250)
                if org:
                    return org, " ".join(text[cue_start : _cue_tail(text, window_start + best.end(), quote.open_mark)].split()).rstrip(",:"), True
            if np is not None and np.lower() in ("he", "she", "they", "he had", "she had") and len(matches) > 1:
                # "A neighbor ... said she had reported ... “at least twice”": she is the first cue's subject
                outer = matches[-2]
                if _rx(r"\s*(?:that\s+)?(?:he|she|they)\s+(?:had\s+|has\s+|would\s+)?").fullmatch(window[outer.end() : best.start()]):
                    outer_np = _subject_before(window[: outer.start()])
                    if outer_np and outer_np.lower() not in PRONOUNS:
                        np = outer_np
            if np is not None and _rx(r"[”’»\"]\s*$|[“‘«]").search(np):
                np = None  # the words of an earlier quote are not a speaker: "as ‘part of the town’s DNA’ and warns"
            if not before.strip() and gap and _plausible_speaker(gap):
                # '“...,” said Mr Shaikh, “are standing ...”': the cue opens the window, the speaker follows it
                inverted = _resolve_np(gap.rstrip(",:—– "), cue_start, reg, state, text)
                if inverted:
                    return inverted, cue, True
            if np is None or np.lower() in ("and", "but", "then", "and then", "or"):
                # "she describes the lido as ‘...’ and warns that ...": the sentence's subject
                np = _sentence_subject(text[sentence_start:cue_start]) or np
                if np is not None and _rx(r"\s*[“‘«\"]").match(np):
                    np = None  # '"This House demands ...," reads the resolution': the words of the quote are no subject
            if best.group().lower().endswith("ing") and (
                before.rstrip().endswith(",") or not _rx(r"\b(?:is|was|were|are|been|be|am)\s*$").search(before)
            ):
                # "Mr. Oyelaran promoted the system ..., calling it “...”": the main clause's subject
                np = _sentence_subject(before) or np
            if np is None:
                # inverted: 'said Okafor: "..."'
                if not _plausible_speaker(after):
                    return None, None, False
                speaker = _resolve_np(after, cue_start, reg, state, text)
            else:
                speaker = _resolve_np(np, cue_start, reg, state, text)
            if speaker is None and np is not None and _rx(r"\s*[A-Z]").match(after) and _plausible_speaker(after):
                speaker = _resolve_np(after, cue_start, reg, state, text)
            return speaker, cue, True
    if trailing.endswith(":"):
        np = _sentence_subject(window)
        if np:
            return _resolve_np(np, window_start, reg, state, text), None, True
    return None, None, False


def _colon_intro(trailing: str, offset: int, reg: Registry, state: _State, text: str) -> tuple[str | None, str | None, bool]:
    """Speaker of a clause that introduces a quote with a colon: its subject."""
    # (the commas inside "the Department for Culture, Media and Sport" do not split the clause)
    protected = _PORTFOLIO_LIST.sub(lambda m: m.group().replace(", ", "\x01 "), trailing[:-1])
    clause = _rx(r"[,;]\s+").split(protected)[-1].replace("\x01", ",")
    np = _sentence_subject(clause + ":")
    if not np and _cue_regex().match(clause.strip()) and len(clause.split()) <= 4:
        # "The company's head of corporate affairs, Chileshe Banda, said:": the subject came before the commas
        np = _subject_before(trailing[: len(trailing) - 1 - len(clause)])
        if np:
            clause = trailing[:-1]
    if not np:
        # "Mayor Helen Ashby, who votes only to break ties, was blunt:"
        whole = trailing[:-1]
        previous = None
        while previous != whole:
            previous = whole
            whole = _RELATIVE.sub("", whole)
        clause = _rx(r"[;]\s+").split(whole)[-1]
        np = _sentence_subject(clause + ":")
    if not np:
        return None, None, False
    speaker = _resolve_np(np, offset + len(trailing), reg, state, text)
    if not speaker:
        return None, None, False
    cue = None
    # (the verb, not a noun the verb's subject ends with: "The PAC report, dated October 14, reads in part:")
    cue_match = next(
        (m for m in _cue_regex().finditer(clause) if not _rx(r"\b(?:[Tt]he|[Aa]n?|[A-Z]{2,6}|its|their)\s+$").search(clause[: m.start()])),
        None,
    )
    if cue_match:
        clause_start = offset + len(trailing) - 1 - len(clause)
        cue_end = _cue_tail(text, clause_start + cue_match.end(), offset + len(trailing) - 1)
        cue = " ".join(text[clause_start + cue_match.start() : cue_end].split())
    return speaker, cue, True


# whose claim a fragment belongs to: "the company's argument that", "her insistence that"
_CLAIM_OF = re.compile(
    r"(?:\b((?:[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)[’']s|\b(its|his|her|their))\s+(?:own\s+|earlier\s+|repeated\s+)?"
    r"(?:argument|arguments|claim|claims|assertion|assertions|insistence|contention|explanation|suggestion|position|"
    r"complaint|accusation|allegation|description|characteri[sz]ation|defen[cs]e|promise|pledge|warning|view|"
    r"admission|denial|boast|prediction)\s+that\b"
)
# someone else's verdict on what the sentence reported: "..., a claim Danjuma dismissed as “...”"
_REBUTTAL = re.compile(
    r"(?:,|\s[—–])\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+)?(?:claim|charge|allegation|suggestion|description|account|"
    r"characteri[sz]ation|label|accusation|idea|notion|view)\s+(?:that\s+)?|which\s+)"
    r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?"
    r"(dismissed|rejected|described|called|denied|branded|labelled|labeled|termed|disputed|derided|ridiculed|condemned)\s+as\s*$"
)
# a document's author, then what it found: "..., commissioned from Inverness engineers Calder Marine, which warned"
_COMMISSIONED_FROM = re.compile(
    r"\b(?:commissioned|prepared|written|produced|published|compiled|conducted|carried\s+out|drawn\s+up)\s+(?:from|by)\s+"
    r"(?:[A-Z][\w’'-]*\s+(?=[a-z]))?(?:[a-z]+\s+){0,2}?((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'.&-]*))*)"
    r"(?:\s*\([A-Z]{2,8}\))?,\s+which\s+(?:had\s+|has\s+)?(?:found|warned|said|concluded|stated|noted|described|called|"
    r"reported|recommended|predicted|estimated|judged|rated|flagged)\b"
)
# someone's own document, then what it says: "filed a report last week that described ..."
_FILED_DOCUMENT = re.compile(
    r"\b(?:filed|wrote|published|submitted|issued|released|produced|sent|compiled|authored|delivered)\s+"
    r"(?:a|an|the|her|his|their|its)\s+(?:[\w-]+\s+){0,2}(?:report|letter|statement|memo|review|assessment|study|"
    r"submission|note|email|affidavit|opinion)\b[^.;“”\"]*?\b(?:that|which)\s+(?:\w+\s+)?(?:described|found|said|called|"
    r"concluded|warned|noted|stated|labelled|labeled|termed)\b"
)
# a document and its author, then what it found: "a 2024 audit by X (ZEMA), which found that ..."
_DOCUMENT_BY = re.compile(
    r"\b(?:report|audit|study|survey|review|analysis|inquiry|investigation|assessment|paper|letter|statement|memo|"
    r"submission|filing|evaluation|briefing)\s+(?:[\w,-]+\s+){0,3}?(?:by|from|of)\s+"
    # ("a report by the city's Office of Sustainability, which found that ...", "A 2025 report of the Commission on
    # Audit (COA), which the committee entered into its records, flagged the projects as having “...”")
    r"(?:the\s+[a-z]+[’']s\s+)?((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|on|[A-Z][\w’'.-]*))*)(?:\s*\([A-Z]{2,8}\))?"
    r"(?:,\s+(?:which|that)\s+(?:the\s+)?[a-z][^,;“”\"]{0,100},\s*(?!(?:which|that)\b)|,?\s+(?:which|that)\s+(?:had\s+|has\s+)?)"
    r"(?:found|concluded|said|warned|stated|noted|described|called|reported|flagged|labelled|labeled|"
    r"recommended|predicted|estimated|judged|rated)\b"
)


def _fragment_subject(text: str, quote: QuoteSpan, sentence_start: int, reg: Registry, state: _State) -> str | None:
    """Speaker of a fragment with no cue: the sentence's subject or a possessor."""
    before = text[sentence_start : quote.open_mark]
    if _rx(r"\b(?:is|was|are|were|been|being)\s+(?:said|reported|thought|believed|understood|rumou?red)\s+to\b").search(before):
        return None  # "Biscuit is said to be ‘back to her old self’": nobody in particular says so
    lede_at = reg.cache.get("lede")
    if _rx(r"\b(?:is|was|are|were|been|being)\s+(?:\w+ly\s+)?(?:accused|criticised|criticized|condemned|blamed)\s+(?:\w+\s+){0,3}?(?:of|for)\b").search(before) and not _rx(r"\bby\s+[A-Z]").search(before) and not (
        lede_at and quote.open_mark < lede_at[0]  # (a lede that names the accuser in the next paragraph)
    ):
        return None  # "The minister was accused of ‘hiding the audit’": not the minister's words (and no one named as accuser)
    rebuttal = _REBUTTAL.search(before)
    if rebuttal:
        # "..., a claim Danjuma dismissed as “baseless”": whoever dismissed it, not the sentence's subject
        found = _resolve_np(rebuttal.group(1), quote.open_mark, reg, state, text)
        if found:
            return found
    claim = None
    for claim in _CLAIM_OF.finditer(before):
        pass
    if claim and not _rx(r"[;:]|\b(?:said|says|told|argued|insisted|added|wrote)\b").search(before[claim.end() :]):
        # "She rejected the company's argument that the spill was caused by “exceptional rainfall”"
        found = _resolve_np(claim.group(1) or claim.group(2), quote.open_mark, reg, state, text)
        if found:
            return found
    filed = _FILED_DOCUMENT.search(before)
    if filed:
        # "Rebecca Stoll, filed a report last week that described both parents as “loving and capable”"
        np = _subject_before(before[: filed.start()])
        found = _resolve_np(np, quote.open_mark, reg, state, text) if np else None
        if found:
            return found
    commissioned = None
    for commissioned in _COMMISSIONED_FROM.finditer(before):
        pass
    if commissioned and not _rx(r"[;:]|\b(?:said|says|told|argued|insisted|added|wrote)\b").search(before[commissioned.end() :]):
        # "the ‘North Pier Condition Survey’, commissioned from Inverness engineers Calder Marine, which warned
        # that ... ‘...’": whoever wrote the document
        found = _resolve_np(commissioned.group(1), quote.open_mark, reg, state, text)
        if found:
            return found
    document = None
    for document in _DOCUMENT_BY.finditer(before):
        pass
    if document and not _rx(r"[;:]|\b(?:said|says|told|argued|insisted|added|wrote)\b").search(before[document.end() :]):
        # "an audit by the Zambia Environmental Management Agency (ZEMA), which found that the dam “...”"
        found = _resolve_np(document.group(1), quote.open_mark, reg, state, text)
        if found:
            return found
    according = _rx(r"\s*According\s+to\s+([^,]{2,80}),").match(before)
    if according:
        # "According to Ingrid Vahl, a hydrologist ..., the dam's impact “depends ...”"
        found = _resolve_np(according.group(1), sentence_start, reg, state, text)
        if found:
            return found
    lede = reg.cache.get("lede")
    if lede and quote.open_mark < lede[0]:
        # a lede that withholds the name: "The Government has been accused of leaving a community ‘at the mercy’
        # ..." / "A lawmaker has accused officials of ... “...”", then the next paragraph names who said it
        accused = _rx(r"\b(?:has|have|was|were|had)\s+been\s+(?:accused|criticised|criticized|attacked)\b").search(before)
        indefinite = _rx(r"\s*(?:A|An)\s+((?:[a-z-]+\s+){0,2}([a-z-]+))\s+(?:has|have|had|on|this|last|yesterday|today)\b").match(before)
        # ("..., with one pensioner saying she now feels like ‘...’" / "Maureen Cotter, 79, who has lived ...")
        saying = _rx(r"\b(?:with|after|as)\s+(?:one|a|an)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(?:saying|describing|telling)\b").search(before)
        if accused or (indefinite and any(indefinite.group(2) in role for role in lede[2])) or (
            saying and (saying.group(1) in ROLE_WORDS or saying.group(1) in ANON_HEADS)
        ):
            return lede[1]
    # possessive: "Rutte’s careful phrasing,", "his emphasis on"
    poss = list(_rx(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)[’']s\b|\b(his|her|their)\b").finditer(before))
    subject = _sentence_subject(before)
    candidates = []
    if subject:
        candidates.append(subject)
    clause = _rx(r",\s+(?:where|when|as|after|while|before|and|but|until)\s+|;\s+").split(before)[-1]
    if clause != before:
        # "The ultimatum was issued at a meeting on Thursday, where Ward 7 councillor Tafadzwa Gumbo accused the
        # miner of “...”": the subject of the clause the fragment is in
        clause_subject = _sentence_subject(clause)
        if clause_subject and clause_subject != subject:
            candidates.append(clause_subject)
    if poss:
        last = poss[-1]
        candidates.append(last.group(1) or last.group(2))
    people = _known_speakers(reg) | ({state.last_speaker} if state.last_speaker else set())
    for n, np in enumerate(candidates):
        speaker = _resolve_np(np, quote.open_mark, reg, state, text)
        if speaker and speaker in people:
            return speaker
        if speaker and n == 0 and subject and _rx(r"(?:a|an|one|another)\s", re.IGNORECASE).match(subject):
            head = _rx(r"[^\w-]").sub("", _rx(r",|\s(?:who|of|for|at|in|from)\s").split(speaker)[0].split()[-1].lower())
            if head in ANON_HEADS | ROLE_WORDS:
                return speaker  # "A former employee, who asked not to be named, described ... “...”"
    # no subject: a fragment near the last speaker's words, with nobody else named, is theirs
    named = [
        m for m in reg.mentions[bisect_left(reg.positions, sentence_start) : bisect_left(reg.positions, quote.open_mark)]
        if m.kind == "person"
    ]
    if not named and state.last_speaker and quote.paragraph - state.last_paragraph <= 2:
        return state.last_speaker
    return None


# --------------------------------------------------------------------------- main


_CROWD_VOICE = re.compile(
    r"(?:\b(?:[Aa]|[Oo]ne)\s+(?:lone\s+|single\s+|loud\s+|angry\s+)?(?:voice|shout|cry|heckle|chant)\b[^.!?\"“”]{0,70}?\b(?:called\s+out|shouted|yelled|cried(?:\s+out)?|"
    r"chanted|heckled|rang\s+out|interjected)|\b(?:[Ss]omeone|[Ss]omebody)\s+(?:in|at|near|from)\s+(?:the\s+)?(?:crowd|back|audience|gallery|room|public)\b[^.!?\"“”]{0,40}?"
    r"\b(?:called\s+out|shouted|yelled|cried(?:\s+out)?|heckled)|\b(?:[Aa]|[Oo]ne)\s+(?:shout|cry|chant|chorus)\s+of|\b(?:[Ss]houts|[Cc]hants|[Cc]ries)\s+of)"
    r"[,:]?\s*$"
)


def attribute(
    text: str,
    quotes: Sequence[QuoteSpan],
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    body_start: int = 0,
) -> list[tuple[str | None, str | None]]:
    """Find ``(speaker, cue)`` for each quote.

    Parameters
    ----------
    text
        The article text.
    quotes
        The spans from :func:`kit.quotes.find_quote_spans`, in text order.
    paragraphs, sentences
        From :class:`kit.articles.Article`.
    body_start
        Where the body begins (after headline or front matter).

    Returns
    -------
    list of (speaker or None, cue or None), one per quote.
    """
    if not quotes:
        return []
    reg = build_registry(text, body_start, sentences, quotes)
    sentence_starts = [s.start for s in sentences]
    state = _State(text=text)
    results: list[tuple[str | None, str | None]] = []
    for index, quote in enumerate(quotes):
        para = paragraphs[quote.paragraph] if quote.paragraph < len(paragraphs) else Span(0, len(text))
        s_idx = bisect_right(sentence_starts, quote.open_mark) - 1
        sentence_start = max(sentences[s_idx].start if s_idx >= 0 else para.start, para.start)
        next_open = quotes[index + 1].open_mark if index + 1 < len(quotes) and quotes[index + 1].paragraph == quote.paragraph else para.end
        speaker: str | None = None
        cue: str | None = None
        state.current_open = quote.open_mark
        if quote.kind == "term":
            results.append((None, None))
            state.terms.append((quote.open_mark, (quote.close_mark if quote.close_mark is not None else quote.end) + 1))
            continue
        if quote.continues is not None:
            speaker, cue = results[quote.continues]
            # the closing part of a multi-paragraph quote may still carry the attribution
            if quote.close_mark is not None:
                post = _post_attribution(text, quote, next_open, reg, state)
                if post[2] and post[0]:
                    speaker, cue = post[0], post[1]
                    _backfill(results, quotes, index, speaker, cue)
            results.append((speaker, cue))
            _remember(state, speaker, quote)
            continue
        if quote.close_mark is None and (index + 1 >= len(quotes) or quotes[index + 1].continues != index):
            inner = _unclosed_attribution(text, quote, reg, state)
            if inner[0]:
                results.append(inner)
                _remember(state, inner[0], quote)
                continue
        if _CROWD_VOICE.search(text, max(sentence_start, quote.open_mark - 160), quote.open_mark):
            # 'a voice from among the vendors called out, "Talk is cheap, MP!"', 'a shout of "Follow the money!"':
            # someone in a crowd, whom the article does not name
            results.append((None, None))
            continue
        state.no_speaker = False
        post_speaker, post_cue, post_found = _post_attribution(text, quote, next_open, reg, state)
        no_speaker_after = state.no_speaker and post_found and not post_speaker
        state.no_speaker = False
        pre_speaker, pre_cue, pre_found = _pre_attribution(text, quote, sentence_start, reg, state)
        no_speaker_before = state.no_speaker and pre_found and not pre_speaker
        split_prev = _split_partner(text, quotes, index, results)
        if post_found and post_speaker:
            speaker, cue = post_speaker, post_cue
        elif pre_found and pre_speaker:
            speaker, cue = pre_speaker, pre_cue
        elif split_prev is not None:
            speaker, cue = split_prev
        elif no_speaker_after or no_speaker_before:
            speaker, cue = None, post_cue if no_speaker_after else pre_cue  # "the report warned": no person
        else:
            speaker, cue = _paragraph_intro(text, quote, paragraphs, sentences, reg, state)
            if post_found or pre_found:
                cue = post_cue or pre_cue
                if speaker is None:
                    speaker = _coordinated_subject(text, quote, sentence_start, reg, state)
            if speaker is None and quote.kind == "full" and quote.paragraph == state.last_paragraph:
                # "“You're not,” she said. Whitfield nodded. “Nobody is.”": a beat about someone else in between
                beat = _previous_sentence_subject(text, quote, sentence_start, para, sentences, reg, state, after=state.last_speaker_pos)
                if beat and beat != state.last_speaker and beat in _full_name_set(reg):
                    speaker = beat
            if speaker is None and quote.paragraph == state.last_paragraph:
                speaker = state.last_speaker
            if speaker is None:
                speaker = _named_next(text, quote, paragraphs, reg, state)
            if speaker is None and quote.kind == "full":
                speaker = _previous_sentence_subject(text, quote, sentence_start, para, sentences, reg, state)
            if speaker is None:
                speaker = _exchange_turn(text, quotes, index, paragraphs, results)
            if speaker is None:
                speaker = _follow_on(text, quotes, index, paragraphs, state)
            if speaker is None and quote.kind == "fragment":
                # (a document the sentence itself names comes before one named earlier)
                speaker = _document_by(text, sentence_start, quote.open_mark, reg) or _fragment_subject(text, quote, sentence_start, reg, state)
        if speaker is None and quote.kind in ("fragment", "full"):
            # "a 2019 assessment by Motheo Structural Engineers ... which found that the structures posed '...'":
            # words from a document, said for whoever the sentence says wrote it
            speaker = _document_by(text, sentence_start, quote.open_mark, reg)
        if speaker and speaker.isalpha() and speaker[1:].islower() and speaker in _bracketed_words(reg):
            speaker = _full_org(speaker, reg)  # "Comsa said": the Coastal Marine Services Agency (Comsa)
        results.append((speaker, cue))
        _remember(state, speaker, quote)
    return results


_DOCUMENT_HEADS = r"(?:report|assessment|audit|study|review|survey|inspection|evaluation|analysis|investigation|findings|memorandum|submission)"
_AUTHORED_BY = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,3}}?{_DOCUMENT_HEADS}\b[^.;\"“‘]{{0,80}}?\b(?<!seen\s)(?<!obtained\s)(?<!received\s)(?<!reviewed\s)(?<!quoted\s)(?<!cited\s)(?<!accessed\s)(?:by|from)\s+"
    # ("by the council's senior minerals officer, Nia Prydderch": the description, then the name)
    r"(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,4}?(?:[a-z][\w’'-]*,\s+)?"
    r"((?:[A-Z][\w’'&.-]*)(?:\s+(?:of|for|and|&|[A-Z][\w’'&.-]*))*)"
)
_AUTHOR_BEFORE = re.compile(
    # "A 2019 NLC report on ...", "the Ombudsman's report": who wrote it, before the noun
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:\d{{4}}\s+)?((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){{0,4}})(?:[’']s)?\s+(?:[a-z-]+\s+)?{_DOCUMENT_HEADS}\b"
)


def _document_by(text: str, sentence_start: int, pos: int, reg: Registry) -> str | None:
    """Who wrote the document a sentence quotes from, when the sentence names them before the quote.

    "The audit, carried out for the civic body by Kale & Joshi Structural Engineers, stated that '...'" is the
    engineers'; "A 2019 NLC report ... listed ranches where '...'" is the National Land Commission's.
    """
    before = text[sentence_start:pos]
    match = None
    for match in _AUTHORED_BY.finditer(before):
        pass
    name = match.group(1) if match else None
    if name is None:
        for match in _AUTHOR_BEFORE.finditer(before):
            pass
        name = match.group(1) if match else None
    if not name:
        return None
    name = _rx(r"\s+(?:of|for|and|&)$").sub("", name.strip())
    person = reg.full_names.get(name.lower())
    if person:
        return person
    found = [m for m in find_people(name) if m.kind in ("org", "person")]
    if not found:
        return None
    if found[0].kind == "person" and len(found[0].name.split()) >= 2:
        return reg.full_names.get(found[0].name.lower(), found[0].name)
    return _full_org(found[0].name, reg)


_ASKING = frozenset("asked asks questioned pressed demanded".split())
_ANSWERING = frozenset("replied replies answered answers responded responds shot countered retorted said says".split())


def _exchange_turn(text: str, quotes: Sequence[QuoteSpan], index: int, paragraphs: Sequence[Span], results: list) -> str | None:
    """An unattributed question or answer in a question-and-answer exchange is the other side's turn.

    '“You weren't wearing your glasses, correct?” Alvarez asked. / “I don't need them,” Rourke replied. /
    “But you do need them to drive?”' - the third line is Alvarez again.
    """
    if index < 2 or len(results) < 2:
        return None
    quote, prev, before = quotes[index], quotes[index - 1], quotes[index - 2]
    para = paragraphs[quote.paragraph]
    if (
        prev.text.rstrip().endswith("?") and results[index - 1][0] and results[index - 2][0]
        and results[index - 1][0] != results[index - 2][0]
        and before.paragraph + 1 == prev.paragraph and prev.paragraph + 1 == quote.paragraph
        and not text[para.start : quote.open_mark].strip()
    ):
        return results[index - 2][0]  # '“Who?”' asked between two answers: the answer is the other side's
    (ask_speaker, ask_cue), (answer_speaker, answer_cue) = results[index - 2], results[index - 1]
    if not (ask_speaker and answer_speaker and ask_speaker != answer_speaker and ask_cue and answer_cue):
        return None
    if ask_cue.split()[0].lower() not in _ASKING or answer_cue.split()[0].lower() not in _ANSWERING:
        return None
    if not (before.paragraph + 1 == prev.paragraph and prev.paragraph + 1 == quote.paragraph):
        return None
    para = paragraphs[quote.paragraph]
    if text[para.start : quote.open_mark].strip():
        return None  # only a paragraph that is just the quote
    return ask_speaker


def _remember(state: _State, speaker: str | None, quote: QuoteSpan) -> None:
    if speaker:
        state.speakers.add(speaker)
        state.last_speaker = speaker
        state.last_speaker_pos = quote.end
        state.last_paragraph = quote.paragraph


def _backfill(results: list, quotes: Sequence[QuoteSpan], index: int, speaker: str, cue: str | None) -> None:
    """Give the earlier paragraphs of a continued quote the speaker found at its end."""
    j = quotes[index].continues
    while j is not None:
        if results[j][0] is None:
            results[j] = (speaker, cue)
        j = quotes[j].continues


def _split_partner(text: str, quotes: Sequence[QuoteSpan], index: int, results: list) -> tuple[str | None, str | None] | None:
    """The speaker of the first half when this quote is the second half of a split quote."""
    if index == 0:
        return None
    prev = quotes[index - 1]
    quote = quotes[index]
    if prev.paragraph != quote.paragraph or prev.close_mark is None:
        return None
    between = text[prev.close_mark + 1 : quote.open_mark]
    if between.strip().endswith((".", "!", "?")):
        return None  # a new sentence starts: '"No," Reid replied. "Yes," Lee shot back.'
    if len(between.split()) <= 14 and not _rx(r"[.!?]\s+[A-Z][^.!?]*[.!?]\s").search(between):
        return results[index - 1]
    return None


def _unclosed_attribution(text: str, quote: QuoteSpan, reg: Registry, state: _State) -> tuple[str | None, str | None]:
    """An unclosed quote that swallowed its own attribution: '"We are done, Haddad said.'"""
    tail = quote.text[-90:]
    match = _rx(r"[,.!?]\s+([^,.!?]{2,60}?)\s*[.]?$").search(tail)
    if not match:
        return None, None
    clause = match.group(1)
    cue = _cue_regex().search(clause)
    if not cue:
        return None, None
    before, after = clause[: cue.start()].strip(), clause[cue.end() :].strip()
    np = before if before else after
    if not np or len(np.split()) > 6 or not _plausible_speaker(np):
        return None, None
    return _resolve_np(np, quote.end, reg, state, text), cue.group()


def _coordinated_subject(text: str, quote: QuoteSpan, sentence_start: int, reg: Registry, state: _State) -> str | None:
    """'He described them as “...,” and said ...': the subject of the sentence the quote sits in."""
    close = quote.close_mark if quote.close_mark is not None else quote.end
    if not _rx(r"[\s,]*(?:and|but|then)\s").match(text[close + 1 : close + 12]):
        return None
    np = _sentence_subject(text[sentence_start : quote.open_mark])
    return _resolve_np(np, quote.open_mark, reg, state, text) if np else None


def _paragraph_intro(text, quote, paragraphs, sentences, reg, state) -> tuple[str | None, str | None]:
    """A quote opening a paragraph after one that ends with a colon ("... set out her reasoning:")."""
    para = paragraphs[quote.paragraph]
    if quote.open_mark != para.start or quote.paragraph == 0:
        return None, None
    prev = paragraphs[quote.paragraph - 1]
    prev_text = text[prev.start : prev.end].rstrip()
    if not prev_text.endswith(":"):
        return None, None
    last = sentences[bisect_left(sentences, prev.start, key=lambda s: s.start) : bisect_left(sentences, prev.end, key=lambda s: s.start)]
    start = last[-1].start if last else prev.start
    speaker, cue, _ = _colon_intro(text[start : prev.end].rstrip(), start, reg, state, text)
    if speaker is None:
        np = _sentence_subject(text[start : prev.end])
        speaker = _resolve_np(np, prev.end, reg, state, text) if np else None
    return speaker, cue


_NAMED_NEXT = re.compile(
    r"^(?:(?:That|This|So|Such)(?:'s|’s|\s+(?:is|was|were|are))\s+(?:how|what|why)\b|(?:Those|These)\s+(?:were|are)\s+the\s+words\s+of\b|So\s+said\b)",
    re.IGNORECASE,
)


def _named_next(text, quote, paragraphs, reg, state) -> str | None:
    """A quote ending its paragraph, named in the next one: "That is how Maria Fonseca ... summed up ..."."""
    para = paragraphs[quote.paragraph]
    if quote.close_mark is None or text[quote.close_mark + 1 : para.end].strip(" .,") or quote.paragraph + 1 >= len(paragraphs):
        return None
    nxt = paragraphs[quote.paragraph + 1]
    first = text[nxt.start : nxt.end]
    if not _NAMED_NEXT.match(first):
        return None
    sentence_end = _sentence_stop(first)
    people = [m for m in find_people(first[:sentence_end]) if m.kind == "person"]
    if not people:
        return None
    name = people[0].name
    return reg.full(name) if len(name.split()) == 1 else reg.full_names.get(name.lower(), name)


def _previous_sentence_subject(text, quote, sentence_start, para, sentences, reg, state, after: int = -1) -> str | None:
    """A quote right after a sentence about a person: "Ms Fonseca laughed. ‘Ask me at Christmas.’".

    With ``after``, only a sentence that starts after that position (the last quote's end) counts.
    """
    if quote.open_mark != sentence_start and text[sentence_start : quote.open_mark].strip():
        return None
    low = bisect_left(sentences, para.start, key=lambda s: s.start)
    previous = list(sentences[low : bisect_right(sentences, sentence_start, key=lambda s: s.end)])
    if after >= 0:
        previous = [s for s in previous[-1:] if s.start >= after and not _rx(r"[\"“”«»]|(?<![\w])[‘']").search(text[s.start : s.end])]
        if not previous:
            return None
    if not previous and quote.open_mark == para.start and quote.paragraph > 0:
        # a paragraph that is only this quote, after a paragraph about someone
        k = bisect_right(sentences, para.start, key=lambda s: s.end) - 1
        prev_para = sentences[k] if k >= 0 else None
        previous = [prev_para] if prev_para is not None else []
        masked = _mask_terms(text, prev_para.start, prev_para.end, state) if prev_para is not None else ""
        if prev_para is not None and (_rx(r"[”’\"»]\s*$").search(masked) or _rx(r"[“”\"«»]").search(masked)):
            # the paragraph before ends inside a quote ("She knows ..." is speech, not the subject), or its last
            # sentence holds an attributed quote: the quote that follows continues that speaker
            return None
    if not previous:
        return None
    sentence = text[previous[-1].start : previous[-1].end]
    first_mark = min((sentence.find(m) for m in "\"“”«»„‘" if m in sentence), default=-1)
    if first_mark != -1:
        sentence = sentence[:first_mark]  # only the words before any quote can hold the subject
    np = _sentence_subject(sentence)
    if not np:
        return None
    speaker = _resolve_np(np, previous[-1].start, reg, state, text)
    if speaker and speaker not in _known_speakers(reg) and _rx(r"(?:an?|one)\s", re.IGNORECASE).match(speaker):
        # "A senior official in the provincial treasury, who asked not to be named, told Daily Maverick that ..."
        # then a quote with no cue: the unnamed source the sentence was about
        described = _rx(r"^(?:an?|one)\s+", re.IGNORECASE).sub("", speaker)
        if any(described.lower().startswith(d.lower()) for d in reg.anonymous.values()):
            return speaker
    if speaker and speaker[:1].islower() and _rx(r"(?:he|she)\b.*", re.IGNORECASE).fullmatch(np.strip()) and any(speaker == d for _, d, _ in reg.anonymous_at):
        return speaker  # "She added that ...": the unnamed spokeswoman the article introduced
    return speaker if speaker in _known_speakers(reg) else None


def _full_name_set(reg: Registry) -> set[str]:
    """Every full name the registry knows (cached: the registry is complete before attribution starts)."""
    version = len(reg.full_names)
    cached = reg.cache.get("names")
    if cached is None or cached[0] != version:
        cached = reg.cache["names"] = (version, set(reg.full_names.values()))
    return cached[1]


def _known_speakers(reg: Registry) -> set[str]:
    """Every full name and organisation the article names (cached until the registry grows)."""
    version = (len(reg.full_names), len(reg.orgs))
    cached = reg.cache.get("known")
    if cached is None or cached[0] != version:
        orgs = reg.cache.get("known_orgs")
        if orgs is None or orgs[0] != len(reg.orgs):
            orgs = reg.cache["known_orgs"] = (len(reg.orgs), {_full_org(name, reg) for name in {o.name for o in reg.orgs}})
        cached = reg.cache["known"] = (version, _full_name_set(reg) | orgs[1])
    return cached[1]


def _follow_on(text: str, quotes: Sequence[QuoteSpan], index: int, paragraphs: Sequence[Span], state: _State) -> str | None:
    """A quote with no cue continues the previous speaker when it follows right after."""
    quote = quotes[index]
    if state.last_speaker is None:
        return None
    if quote.paragraph == state.last_paragraph:
        return state.last_speaker
    if quote.paragraph == state.last_paragraph + 1:
        para = paragraphs[quote.paragraph]
        lead = text[para.start : quote.open_mark].strip()
        if not lead or len(lead.split()) <= 3:
            return state.last_speaker
    return None
