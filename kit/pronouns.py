"""Pronouns: who "she said", "they added" and "it said" point to.

"He" and "she" go to the person the paragraph opens with when that fits, else to the last speaker when nobody
of that gender was named since, else to the last fitting person named (not one in an "Asked whether ..."
clause or after a preposition) or the anonymous source just introduced. "They" goes to the subject of the
sentence before; "it" to the organisation just speaking or just named.

These rules resolve noun phrases in turn ("the company", "The DCP") and take the noun-phrase resolver,
:func:`kit.nounphrases._resolve_np`, as an argument: this module does not import it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .anonymous import _recent_anonymous, _unnamed_at
from .lookback import _Resolver, _State, _full_name_set
from .organisations import _full_org
from .people import ANON_HEADS, ORG_HEADS, PRONOUNS, ROLE_WORDS, find_people
from .registry import GENDERED_HEADS, Registry
from .roles import _acronym_role
from .scan import compiled as _rx
from .subjects import _after_preposition, _sentence_subject

__all__: list[str] = []


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


def _it_speaker(pos: int, reg: Registry, state: _State, resolve_np: _Resolver) -> str | None:
    """Who "it said" / "It added" means: an organisation that was just speaking or just named.

    Parameters
    ----------
    pos, reg, state
        Where "it" stands, the registry, the walk's state.
    resolve_np
        :func:`kit.nounphrases._resolve_np`, for the noun phrases this rule finds (passed in: this module
        cannot import it).
    """
    people = _full_name_set(reg)
    if state.text:
        # "The community council has urged residents to respond. In a post on its Facebook page, it said: ...": the
        # body the sentence before was about
        sentences = _rx(r"(?<=[.!?])[\"”’»]?\s+").split(state.text[max(0, pos - 400) : pos].strip())
        subject = _sentence_subject(sentences[-2]) if len(sentences) >= 2 and _rx(r"\s*In\s+an?\s+[^,]{1,60}\bits\b[^,]{0,40},(?:\s+it(?:\s+(?:said|says|wrote|writes|added|stated|posted))?\s*:?)?\s*$").match(sentences[-1]) else None
        if subject and _rx(r"(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}[\w-]+").fullmatch(subject) and subject.split()[-1].lower() in ORG_HEADS:
            found = resolve_np(subject, pos, reg, state, state.text)
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


def _resolve_pronoun(
    gender: str, pos: int, reg: Registry, state: _State, resolve_np: _Resolver, prefer_last_speaker: bool = True
) -> str | None:
    """Who a pronoun of ``gender`` ("m", "f", or "x" for "they") at ``pos`` points to, or None.

    Parameters
    ----------
    gender
        "m", "f" or "x".
    pos, reg, state
        Where the pronoun stands, the registry, the walk's state.
    resolve_np
        :func:`kit.nounphrases._resolve_np`, for the noun phrases this rule finds (passed in: this module
        cannot import it).
    prefer_last_speaker
        Whether the last speaker wins when nobody else of that gender was named since (not for "on her behalf").
    """
    if gender == "x":
        # singular or plural "they": the subject of the sentence before the quote, else the last
        # person or organisation named, else the last speaker
        if state.current_open is not None and state.text:
            before = state.text[max(0, state.current_open - 400) : state.current_open]
            sentences = _rx(r"(?<=[.!?])[\"”’»]?\s+").split(before.strip())
            if len(sentences) >= 1 and sentences[-1]:
                np = _sentence_subject(sentences[-1])
                if np and np.lower() not in PRONOUNS:
                    found = resolve_np(np, state.current_open, reg, state, state.text)
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
    introduced = _paragraph_subject(gender, reg, state, resolve_np)
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


def _paragraph_subject(gender: str, reg: Registry, state: _State, resolve_np: _Resolver) -> str | None:
    """'Mr Haddad does not deny it. "They argue ...," he says': the person the paragraph opens with.

    Only a named person who is the subject of the sentence just before the quote, in the same paragraph,
    with no quote before it in that paragraph, and of a fitting gender.

    Parameters
    ----------
    gender, reg, state
        The pronoun's gender, the registry, the walk's state (the quote is ``state.current_open``).
    resolve_np
        :func:`kit.nounphrases._resolve_np`, for the noun phrases this rule finds (passed in: this module
        cannot import it).
    """
    if state.current_open is None or not state.text:
        return None
    # (a paragraph that runs on for pages, pasted text with no line breaks, is read only near the quote)
    para_start = max(state.text.rfind("\n", 0, state.current_open) + 1, state.current_open - 1500)
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
            holder = resolve_np(np, state.current_open, reg, state, state.text)
            head_gender = GENDERED_HEADS.get(core.split()[-1].lower())
            known = reg.genders.get(holder) if holder else None
            return holder if holder and (known or head_gender) == gender else None
        if anonymous and _rx(r"[Tt]he\s+[A-Z]").match(core) and GENDERED_HEADS.get(core.split()[-1].lower()) == gender:
            holder = resolve_np(np, state.current_open, reg, state, state.text)
            if holder and holder not in _full_name_set(reg):
                return holder  # "The Garda spokesman said ... “...,” he said"
        if not _rx(r"[Tt]he\s+[A-Z]").match(np) and not (
            _rx(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+").fullmatch(np)
            and (np.split()[-1].lower() in ROLE_WORDS | ANON_HEADS or np.split()[-1].lower() in reg.roles)
        ):
            return None  # ("The veteran front-rower said ...": a role the article gave someone)
        # "The Flemish MEP, for his part, said ... “...,” he said": the person that role names
        holder = resolve_np(np, state.current_open, reg, state, state.text)
        known = reg.genders.get(holder) if holder else None
        return holder if holder in _full_name_set(reg) and known in (gender, None) else None
    name = persons[-1]
    full = reg.full(name.name, state.current_open, name.gender) if len(name.name.split()) == 1 else reg.full_names.get(name.name.lower(), name.name)
    known = reg.genders.get(full) or name.gender
    return full if known in (gender, None) and full in _full_name_set(reg) else None
