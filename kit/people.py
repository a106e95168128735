"""Names in an article: people and organisations, found as runs of capitalised words.

:func:`find_people` finds capitalised name runs and splits off roles and
honorifics ("NATO Secretary-General Mark Rutte" is the person "Mark Rutte");
runs with an organisation word are bodies. It walks the article's words once:
:func:`_grow_run` gathers a run ("Minister of Health Ana Silva", "Craig “Chook”
Fowler"), :func:`kit.run_classifier._classify_run` says what the run is, and the
helpers in :mod:`kit.mention_fixes` correct that from the words around it. The
word lists live in :mod:`kit.name_lexicons`, the :class:`Mention` record in
:mod:`kit.mentions`; both, and the other names older code imports from here,
are re-exported. :mod:`kit.registry` builds on it what one article says about
each name.

>>> [(m.name, m.kind) for m in find_people("Mayor Dana Okafor met Harbor Tech Inc. on Monday.")]
[('Dana Okafor', 'person'), ('Harbor Tech Inc.', 'org')]
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .articles import _ABBREVIATIONS
from .mention_fixes import _drop_places, _drop_things, _lengthen_name, _retype_mentions
from .mentions import _NICKNAME_GAP, _PARTICLE_NAME, Mention, _is_cap, _tokens
from .name_lexicons import (
    ANON_HEADS,
    HONORIFICS,
    ORG_HEADS,
    ORG_WORDS,
    PLACE_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    _CONNECTORS,
    _NOT_NAMES,
    _PLACE_BODIES,
    _SAINT_PLACES,
    demonyms,
    first_name_genders,
    place_names,
)
from .run_classifier import _classify_run
from .scan import compiled as _rx
from .titles import _titled_run_ahead

# Re-exported: other modules import these from kit.people, where they used to live ("X as X" marks a re-export).
from .mention_fixes import _ACTS_AS_BODY as _ACTS_AS_BODY, _LEGAL_BRACKET as _LEGAL_BRACKET
from .name_lexicons import _NAME_PREFIXES as _NAME_PREFIXES, _SENTENCE_ADVERBS as _SENTENCE_ADVERBS
from .registry_scans import _KNOWN_AS as _KNOWN_AS, _MADE_ROLE as _MADE_ROLE
from .titles import (
    _CHIEFLY_TITLE as _CHIEFLY_TITLE,
    _ROYAL_TITLES as _ROYAL_TITLES,
    _TITLE_ROLES as _TITLE_ROLES,
    _TITLES_BEFORE_FULL_NAMES as _TITLES_BEFORE_FULL_NAMES,
)

__all__ = [
    "Mention",
    "find_people",
    "first_name_genders",
    "place_names",
    "HONORIFICS",
    "ROLE_WORDS",
    "ORG_WORDS",
    "ORG_HEADS",
    "ANON_HEADS",
    "PLACE_WORDS",
    "PRONOUNS",
]

# quantity words before "of" and a name ("Hundreds of Ridgeview City Schools families")
_QUANTITY_WORDS = frozenset("hundreds thousands dozens millions scores tens some many most all several both none each".split())
# bodies named for what they work on: "the Commission on Audit", "the Council on Foreign Relations"
_ON_BODIES = frozenset("commission committee council panel institute centre center task force board".split())
# words a number follows inside a body's name ("Teamsters Local 727", "Engine Company 54")
_NUMBERED_UNITS = frozenset("local lodge chapter unit branch district division precinct ward station squadron battalion brigade regiment company post".split())
# letters after a name ("Cathal Ó Loingsigh TD", "Jane Roe KC"), no part of it
_POSTNOMINALS = frozenset("TD MP MSP MS MLA MEP MPP MNA MHA QC KC SC OBE MBE CBE KBE DBE PhD".split())
_COMPASS_WORDS = frozenset("Western Eastern Northern Southern North South East West Central".split())
_BRACKETED_ACRONYM = re.compile(r"(?<=[A-Za-z] )\(([A-Z][a-z]{2,7})\)")
_PLACE_ADJECTIVE = re.compile(r"[A-Z][\w’'.-]*-(?:based|born|headquartered|registered|owned|listed|made)")
_DATELINE = re.compile(r"(?:,\s*[A-Z][\w.’'-]*(?:\s+[A-Z0-9][\w.’'-]*){0,2})?\s*(?:\([A-Za-z]+\)\s*)?[—–-]{1,2}\s")


_POST_ACRONYM = re.compile(r"\b([A-Za-z-]+)\s+\(([A-Z]{2,5})\)")

def find_people(text: str, start: int = 0, end: int | None = None, *, keep_places: bool = False) -> list[Mention]:
    """Find names of people and organisations (capitalised word runs) in ``text``.

    Roles and honorifics are split off ("NATO Secretary-General Mark Rutte" is
    the person "Mark Rutte"); runs with an organisation word ("Ministry of
    Health") are organisations. With ``keep_places``, names that only describe
    a thing ("the Koto Baru shelter") are kept too, with kind "place".

    >>> [(m.name, m.kind) for m in find_people("NATO Secretary-General Mark Rutte met the Ministry of Health.")]
    [('NATO', 'org'), ('Mark Rutte', 'person'), ('Ministry of Health', 'org')]
    """
    end = len(text) if end is None else end
    tokens, nickname_gaps = _tokens_without_nicknames(text, start, end)
    mentions: list[Mention] = []
    places: set[str] = set()
    # short names an article defines in brackets after an organisation: "the Coastal Marine Services Agency (Comsa)"
    bracketed = set(_BRACKETED_ACRONYM.findall(text, start, end))
    # a post's short form the article defines in brackets: "Area Administrator (AA), Jonah Tabi" makes "AA Tabi" the
    # administrator, not a person called "AA Tabi"
    post_acronyms = {
        short for word, short in _POST_ACRONYM.findall(text, start, end) if word.lower() in ROLE_WORDS
    } if text.find("(", start, end) != -1 else set()
    # only capitalised words can start a name: find them in one pass, then walk from one to the next
    caps = [k for k, (_, _, w) in enumerate(tokens) if w[0].isupper() or (w[0] in "!ǂǀǁ" and w[1:2].isupper()) or ("-" in w[:6] and _PARTICLE_NAME.match(w))]
    next_cap = 0
    i = 0
    while True:
        while next_cap < len(caps) and caps[next_cap] < i:
            next_cap += 1
        if next_cap == len(caps):
            break
        i = caps[next_cap]
        s, e, word = tokens[i]
        if i + 1 < len(tokens) and word.lower().rstrip(".") in _NOT_NAMES and word.lower() != "may" and not _is_cap(tokens[i + 1][2]) and (
            tokens[i + 1][2].lower() not in _CONNECTORS and tokens[i + 1][2].lower() not in ("of", "for", "and", "&")
        ) and not (
            _NICKNAME_GAP.match(text, e)
        ):
            i += 1  # "The", "But", "In": a sentence's first word on its own
            continue
        if word.lower() in _QUANTITY_WORDS and i + 1 < len(tokens) and tokens[i + 1][2] == "of":
            i += 1  # "Hundreds of Ridgeview City Schools families": a quantity, then the name
            continue
        run, j = _grow_run(text, tokens, i, nickname_gaps)
        settled, j = _settle_run(text, tokens, i, run, j)
        if settled is None:
            i = j
            continue
        run = settled
        # "Local oyster farmer ...", "Kenyan runner ...": an adjective on its own is nobody's name
        found = _classify_run(text, run) if not (
            (len(run) == 1 and (word in ("Local", "LOCAL") or word.lower() in demonyms()))
            # "A remote Western Australian shire", "South Sudanese traders": a region's people, not a name
            or (len(run) == 2 and run[0][2] in _COMPASS_WORDS and run[1][2].lower() in demonyms())
        ) else []
        # the corrections from the words around the run (each leaves an empty list as it is)
        if found:
            found, j = _lengthen_name(text, tokens, run, found, j, word, bracketed)
        if found:
            found = _retype_mentions(text, tokens, run, found, j, word)
        if found:
            found = _drop_places(text, tokens, run, found, i, word, mentions, places, keep_places)
        if found:
            found = _drop_things(text, found, mentions)
        if post_acronyms and found and found[0].kind == "person" and " " in found[0].name and found[0].name.split()[0] in post_acronyms:
            first = found[0]
            short = first.name.split()[0]
            found = [Mention(first.start + len(short) + 1, first.end, first.name[len(short) + 1 :], "person", first.gender, short)] + found[1:]
        mentions.extend(found)
        i = j
    return mentions


def _tokens_without_nicknames(text: str, start: int, end: int) -> tuple[list[tuple[int, int, str]], dict[int, int]]:
    """The word tokens of ``text[start:end]``, without the words of nicknames inside names, and those nicknames.

    The second value maps where each nickname's gap starts to where it ends, so that :func:`_grow_run` can join
    the name's words across it.

    >>> tokens, gaps = _tokens_without_nicknames('Rohan “Bigga” Fairclough said.', 0, 30)
    >>> [w for _, _, w in tokens], gaps
    (['Rohan', 'Fairclough', 'said.'], {5: 14})
    """
    tokens = _tokens(text, start, end)
    # 'Rohan “Bigga” Fairclough', 'Rodolfo "Jun-Jun" Baltazar': a nickname between two capitalised words sits inside
    # the name; its words are not looked at on their own
    nicknames = [
        (m.start(), m.end()) for m in _NICKNAME_GAP.finditer(text, start, end)
        if m.start() > 0 and text[m.start() - 1].isalpha() and (
            text[m.end() : m.end() + 1].isupper() or text[m.end() : m.end() + 40].split(" ", 1)[0] in _CONNECTORS  # ('"Boyet" dela Cruz')
        )
        and _is_cap(text[max(0, text.rfind(" ", 0, m.start()) + 1) : m.start()])
    ] if ("“" in text or '"' in text or "‘" in text or "'" in text) else []
    if nicknames:
        starts = [t[0] for t in tokens]
        dropped = set()
        for s, e in nicknames:
            dropped.update(range(bisect_left(starts, s + 1), bisect_left(starts, e - 1)))
        tokens = [t for k, t in enumerate(tokens) if k not in dropped]
        nickname_gaps = {s: e for s, e in nicknames}
    else:
        nickname_gaps = {}
    return tokens, nickname_gaps


def _grow_run(text: str, tokens: list[tuple[int, int, str]], i: int, nickname_gaps: dict[int, int]) -> tuple[list[tuple[int, int, str]], int]:
    """The run of name words that starts at ``tokens[i]``, and the index of the first token after it.

    A run goes on over capitalised words, connectors inside names ("van der", "de la"), "of", "for" and
    "and" inside a body's name or a long title ("Ministry of Health", "Minister of Local Government and
    Community Development Marcia Grant-Henry") and a nickname inside a name; a possessive, a full stop or
    letters after a name end it.
    """
    run = [tokens[i]]
    j = i + 1
    while j < len(tokens):
        gap = text[run[-1][1] : tokens[j][0]]
        nxt = tokens[j][2]
        nickname = _NICKNAME_GAP.match(text, run[-1][1])
        if nickname:
            k = _word_after_nickname(text, tokens, run, j, nickname)
            if k is not None:
                run.append(tokens[k])
                j = k + 1
                continue
        if nickname_gaps.get(run[-1][1]) == tokens[j][0]:
            gap = " "  # (the nickname, taken out above)
        if gap not in (" ", "\u00a0", " & ") and not (gap == "" and run[-1][2].endswith(".")):
            break
        if gap == " & " and not (_is_cap(nxt) and _is_cap(run[-1][2])):
            break
        prev_word = run[-1][2]
        if prev_word.endswith(("’s", "'s", "s’", "s'")):
            ahead = [t[2].lower().rstrip(".") for t in tokens[j : j + 3]]
            if not any(w in ORG_WORDS for w in ahead) and not (len(ahead) > 1 and ahead[0] in ROLE_WORDS and ahead[1] in ("of", "for")):
                break  # "the Radical Liberals’ Chloe Marsh": a possessive ends the name (not "Jordan's Minister of ...")
        if prev_word.endswith(".") and len(prev_word) > 2 and prev_word.lower() not in HONORIFICS and prev_word.lower().rstrip(".") not in _ABBREVIATIONS and prev_word != "Ma.":  # ("Ma. Lourdes Ybañez": Maria)
            break  # "Main Stand. Beddowes": a full stop ends the name
        if nxt in _POSTNOMINALS and len(run) >= 2 and not (
            j + 1 < len(tokens) and (_is_cap(tokens[j + 1][2]) or tokens[j + 1][2] in ("for", "of")) and text[tokens[j][1] : tokens[j + 1][0]] == " "
        ):
            break  # "Cathal Ó Loingsigh TD", "Jane Roe KC": letters after a name are not part of it
        if _is_cap(nxt):
            run.append(tokens[j])
        elif nxt[:1].isdigit() and prev_word.lower() in _NUMBERED_UNITS and len(run) >= 2:
            run.append(tokens[j])  # "Teamsters Local 727", "Engine Company 54"
            j += 1
            break
        elif nxt.lower() in _CONNECTORS and j + 1 < len(tokens) and _is_cap(tokens[j + 1][2]) and text[tokens[j][1] : tokens[j + 1][0]] == " ":
            run.append(tokens[j])
        elif (
            nxt.lower() in _CONNECTORS and j + 2 < len(tokens) and tokens[j + 1][2].lower() in _CONNECTORS and _is_cap(tokens[j + 2][2])
            and text[tokens[j][1] : tokens[j + 2][0]] == " " + tokens[j + 1][2] + " "
        ):
            run.extend(tokens[j : j + 2])  # "Pieter-Jan van der Westhuizen", "María de la Cruz"
            j += 1
        elif nxt == "on" and j + 1 < len(tokens) and _is_cap(tokens[j + 1][2]) and run[-1][2].lower() in _ON_BODIES and not _rx(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)").match(tokens[j + 1][2]):
            run.append(tokens[j])  # "the Commission on Audit", "the Council on Foreign Relations"
        elif nxt.lower() in ("of", "for", "and", "&") and j + 1 < len(tokens) and _is_cap(tokens[j + 1][2]) and (
            any(t[2].lower().rstrip(".") in ORG_WORDS for t in run)
            or (nxt.lower() == "of" and (len(run) == 1 or len(run) == 2 and run[0][2] in ("The", "THE")) and run[-1][2].lower() in _PLACE_BODIES and run[-1][2][:1].isupper())
            or (
                any(_rx(r"[’']s$").sub("", t[2].lower()).rstrip(".") in ORG_WORDS for t in tokens[j + 1 : j + 5] if _is_cap(t[2]))
                and (run[0][2].lower() in _SAINT_PLACES or not any(
                    t[2].lower().rstrip(".") in first_name_genders() or t[2].lower() in HONORIFICS
                    or t[2].lower() in ROLE_WORDS
                    for t in run
                ))
            )
        ):
            run.append(tokens[j])
        elif (
            nxt == "of" and j + 2 < len(tokens) and tokens[j + 1][2] == "the" and _is_cap(tokens[j + 2][2])
            and text[tokens[j][1] : tokens[j + 2][0]] == " the "
            and any(t[2].lower().rstrip(".") in ORG_WORDS for t in run)
        ):
            run.extend(tokens[j : j + 2])  # "the Office of the Mayor", "the Ministry of the Interior"
            j += 1
        elif nxt.lower() in ("of", "for") and run[-1][2].lower().rstrip(".") in ROLE_WORDS and not any(
            t[2].lower().rstrip(".") in ORG_WORDS for t in run
        ) and (titled := _titled_run_ahead(text, tokens, j, nickname_gaps)):
            # "Minister of Local Government and Community Development Marcia Grant-Henry" (and qualifiers before
            # the role: "Egypt’s Minister of ...", "Opposition MP for ..."): the whole title and the name
            run.extend(tokens[j : j + 1 + titled])
            j += titled
        else:
            break
        j += 1
    return run, j


def _word_after_nickname(text: str, tokens: list[tuple[int, int, str]], run: list[tuple[int, int, str]], j: int, nickname: re.Match[str]) -> int | None:
    """The index of the name word after ``nickname`` when the nickname sits inside the name the run has begun
    (Craig “Chook” Fowler), else None."""
    if (
        all(t[2].lower() in HONORIFICS or t[2].lower().rstrip(".") in ROLE_WORDS for t in run[:-1])
        or (len(run) >= 2 and run[-2][2].lower().rstrip(".") in ROLE_WORDS)  # "San Isidro Mayor Rogelio "Boyet" ..."
        # "Member of Parliament for St Thomas South Central Rohan “Bigga” Fairclough": a given name we know
        or (len(run) >= 3 and run[-1][2].lower() in first_name_genders() and any(t[2].lower() in ROLE_WORDS for t in run[:-1]))
    ) and (
        run[-1][2].lower() in first_name_genders()
        or (run[-1][2].lower().rstrip(".") not in _NOT_NAMES and len(text[nickname.start() : nickname.end()].split()) <= 2)
    ):
        # Craig “Chook” Fowler: the nickname sits inside the name; skip its words
        k = j
        while k < len(tokens) and tokens[k][0] < nickname.end():
            k += 1
        if k < len(tokens) and tokens[k][0] == nickname.end() and _is_cap(tokens[k][2]):
            return k
    return None


def _settle_run(text: str, tokens: list[tuple[int, int, str]], i: int, run: list[tuple[int, int, str]], j: int) -> tuple[list[tuple[int, int, str]] | None, int]:
    """Trim the words before the name off a grown run, and step over letters after the name.

    Returns the run, or None when it is no name at all (a tabloid's capitals, a dateline, post-nominal
    letters between commas), and the index of the token after it.
    """
    s, e, word = tokens[i]
    if len(run) > 1 and run[0][2] == "Class" and _rx(r"\b(?:1st|2nd|3rd|[Ff]irst|[Ss]econd|[Tt]hird)\s+$").search(text[max(0, run[0][0] - 8) : run[0][0]]):
        run = run[1:]  # "Petty Officer 2nd Class Alana Ferris": the rest of a rank, not a name
    if len(run) > 1 and _PLACE_ADJECTIVE.fullmatch(run[0][2]):
        run = run[1:]  # "Singapore-based Tarragon Shipping Lines": where it is based is not its name
    if all(t[2].isupper() for t in run) and run[-1][2].lower() in ROLE_WORDS and all(t[2] in ("A", "AN", "THE") for t in run[:-1]):
        return None, j  # "A PENSIONER has been fined": a tabloid's capitals, not a name
    if run[0][2].isupper() and len(run[0][2]) > 2 and all(t[2].isupper() for t in run) and _DATELINE.match(text, run[-1][1]) and (
        run[0][0] == 0 or text[run[0][0] - 1] == "\n"
    ):
        return None, j  # "HARLAN — What would have been ...": a dateline, the place the story was filed from
    if len(run) == 1 and word in _POSTNOMINALS and _rx(r"[a-z],\s$").search(text[max(0, s - 3) : s]) and text[e : e + 1] == ",":
        return None, j  # "Jonathan Ferrier, KC, told the court": letters after a name, between commas
    if len(run) >= 2 and j < len(tokens) and tokens[j][2] in _POSTNOMINALS and text[run[-1][1] : tokens[j][0]] == " " and not (
        j + 1 < len(tokens) and (_is_cap(tokens[j + 1][2]) or tokens[j + 1][2] in ("for", "of")) and text[tokens[j][1] : tokens[j + 1][0]] == " "
    ):
        j += 1  # "Jane Roe KC": the letters after the name are no organisation either
    return run, j
