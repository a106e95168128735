"""Unnamed speakers: anonymous sources, spokespeople and families.

"One official, who asked not to be named", "a council spokesperson", "the Okonkwo-Price family": the article
does not name who spoke, and the kit keeps the description rather than guess a name. These rules find the
description a noun phrase refers back to (``state.anonymous`` and the registry's anonymous sources), the body a
spokesperson speaks for, and the latest anonymous source of a gender (for "she said").

The rules that take a noun phrase are steps of :func:`kit.nounphrases._resolve_np_words`: each returns a
speaker, or ``_UNDECIDED`` when the next rule decides.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .lookback import _UNDECIDED, _State, _Undecided
from .organisations import _full_org, _nearest_org, _recent_org
from .people import ANON_HEADS, ORG_HEADS, ORG_WORDS, ROLE_WORDS, find_people
from .registry import Registry
from .scan import compiled as _rx
from .subjects import _SPOKES_FOR

__all__: list[str] = []


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


def _capitalised_source(np: str) -> str | _Undecided:
    """"A Crown official familiar with the negotiations": an unnamed source whose description has a capitalised
    word, kept whole (not "An OSBI spokesperson", who speaks for a body the article names)."""
    capitalised_anon = _rx(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z-]+\s+){0,2}([a-z-]+)"
        r"(\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|involved\s+in|briefed\s+on|aware\s+of)\s+[^,]{1,60})?)").fullmatch(np)
    if capitalised_anon and not (capitalised_anon.group(1)[:1].isupper() or capitalised_anon.group(3)):
        capitalised_anon = None  # ("a contractor familiar with the Sungai Tepus project": the project is not the speaker)
    if capitalised_anon and capitalised_anon.group(2) in ANON_HEADS and not capitalised_anon.group(2).startswith("spokes") and not (
        capitalised_anon.group(1).split()[0].isupper()  # "An OSBI spokesperson": speaks for a body the article names
    ):
        return capitalised_anon.group(1)  # "A Crown official familiar with the negotiations": unnamed, whatever "Crown" is
    return _UNDECIDED


def _spokesperson_by_body_name(np: str, pos: int, reg: Registry, state: _State) -> str | _Undecided:
    """"A council spokesperson", "An OSBI spokesperson", "A Vireo spokesperson": the body the article named, from
    its kind, its initials or the start of its name. Remembered for "the spokesperson" later."""
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
    return _UNDECIDED


def _spokesperson_for(np: str, words: list[str], pos: int, reg: Registry, state: _State, text: str) -> str | _Undecided:
    """"the spokesperson" once the article named one; "A spokesperson said" after a body was just named; "A
    spokesman for the charity": the organisation spoken for. Remembered for "the spokesperson" later."""
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
    return _UNDECIDED


def _family(np: str, low: str, state: _State) -> str | _Undecided:
    """"the Okonkwo-Price family said": the family speaks, not one of its members; "the family" later is the same."""
    family = _rx(r"(?:the\s+)?((?:[A-Z][\w’'-]+\s+){1,2}family)$").match(np)
    if family:
        # "the Okonkwo-Price family said": the family speaks, not one of its members
        state.anonymous["family"] = family.group(1)
        return family.group(1)
    if low == "the family" and "family" in state.anonymous:
        return state.anonymous["family"]
    return _UNDECIDED


def _spokesperson_named_later(words: list[str], pos: int, reg: Registry, state: _State, text: str) -> str | _Undecided:
    """"the spokesperson" after "a spokesperson for Corvant": that description, unless the article has named a
    spokesperson since."""
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
    return _UNDECIDED


def _source_by_description(np: str, words: list[str], pos: int, reg: Registry, state: _State, text: str) -> str | _Undecided:
    """"the committee member", "the resident": the anonymous source whose description has those words."""
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
    return _UNDECIDED


def _source_just_introduced(words: list[str], pos: int, reg: Registry, state: _State, text: str) -> str | _Undecided:
    """"the MP", "the engineer": the anonymous source with that head noun, or the one introduced just before with
    nobody named since."""
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
    return _UNDECIDED


def _indefinite_source(np: str, words: list[str], reg: Registry) -> str | _Undecided:
    """"One GP on Carsay, who asked not to be named", "A senior Valdorian official": an unnamed source, described."""
    core1 = _rx(r"\s+(?:of|for|at|with|from|in|on|to|familiar|close|who|whose|briefed|involved)\s").split(np, maxsplit=1)[0]
    if words[0] in ("a", "an", "one", "another") and core1.split()[-1] in reg.anonymous and core1.split()[-1].isupper():
        return reg.anonymous[core1.split()[-1]]  # "One GP on Carsay, who asked not to be named": an unnamed doctor
    if words[0] in ("a", "an", "one", "another") and 2 <= len(words) and (len(words) <= 6 or (len(core1.split()) <= 4 and core1.split()[-1].lower() in reg.anonymous)):
        # ("A former project coordinator at the firm, who spoke to CNA on condition of anonymity")
        head1 = _rx(r"[^\w-]").sub("", core1.split()[-1].lower())
        if (head1 in ANON_HEADS or head1 in ROLE_WORDS or head1 in reg.anonymous) and core1.split()[-1][:1].islower() and sum(w[:1].isupper() for w in core1.split()[1:]) <= 1:
            # "A senior Valdorian official": a nationality or place before the noun, not a name
            return _rx(r"^another\s+", re.IGNORECASE).sub("", np)
    return _UNDECIDED
