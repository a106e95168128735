"""Who a clause is about: the noun phrase before a reporting verb.

Attribution often comes down to finding the subject of the verb next to a quote:
"Maria Fonseca, the school's principal, said" is Maria Fonseca, "In the video, Rutte
wrote" is Rutte, "A spokesperson for the Department of Health told reporters" is the
spokesperson. These helpers take the words before a cue and return that phrase, as
text; :mod:`kit.attribution` then resolves it to a person or a body.

>>> _subject_words("Maria Fonseca, the school's principal,")
'Maria Fonseca'
"""

from __future__ import annotations

import re

from .cues import reporting_verbs
from .people import ANON_HEADS, ORG_HEADS, ORG_WORDS, ROLE_WORDS, _CONNECTORS, _NOT_NAMES, find_people, place_names
from .scan import compiled as _rx

__all__: list[str] = []


# a message and who wrote it: "A message from an engineering manager", "An entry made at 11:42 p.m. by a detention officer"
_WRITTEN_BY = re.compile(
    r"(?:a|an|the|one)\s+(?:[a-z-]+\s+)?(?:message|email|e-mail|letter|memo|note|post|statement|text|entry|record|notice)\s+"
    r"(?:from|by|(?:sent|made|written|posted|left|signed|filed|entered)\s+(?:[^,]{0,40}?\s+)?by)\s+(.+)$",
    re.IGNORECASE,
)


def _after_preposition(name: str, text: str) -> bool:
    """Whether ``name`` follows "of", "for", "at", "in", "from" or "near" somewhere in ``text`` ("a clerk from
    Bhimsen Nagar"). Fixed patterns only: a pattern built from each name would fill Python's regex cache.

    >>> _after_preposition("Bhimsen Nagar", "a retired clerk from Bhimsen Nagar"), _after_preposition("Ana", "Ana, a clerk")
    (True, False)
    """
    at = text.find(name)
    while at != -1:
        if _PREPOSITION_BEFORE.search(text, max(0, at - 8), at):
            return True
        at = text.find(name, at + 1)
    return False


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|at|in|from|near)\s+$")


_ASIDE = re.compile(
    r",\s*(?:(?:who|whose|which|where|speaking|writing|asked|according|addressing|standing|sitting|"
    r"the|a|an|its|his|her|their|\d+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*[’']s)\b"
    r"|(?!(?:he|she|they|we|i|it|you|and|but|then|so)\b)[a-z])[^,]*(?=,|$)"
)


_RELATIVE = re.compile(r",\s*(?:who|whose|which|where)\b[^,]*(?=,|$)")


_LEADING = re.compile(
    r"^\s*(?:(?:In|On|At|After|Before|During|With|As|While|When|Since|Despite|Asked|Speaking|Writing|Later|Then|But|And|"
    r"Still|Yet|Building|Looking|Earlier|Late|Early|Last|Next|Meanwhile|However|Instead|Today|Yesterday|Now|"
    r"Separately|Elsewhere|Overall|Also|Back|Outside|Inside|Across|Under|Over|For|From|By|Within|Without|Once|Unlike|"
    r"Like|Though|Although|If|Because|Even)\b|(?:[A-Z][a-z]+|\d+)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\s+(?:later|earlier|ago|on|after)\b|[A-Z][a-z]+(?:ed|en)\s+by\b|[A-Z][a-z]+ed(?=,)|"
    # (a lower-case lead-in, but not "retired teacher Androulla Georgiou, 71, was ...": a role, a name and an age)
    r"(?!(?:[a-z-]+\s+){1,3}(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+,\s+\d{1,3},)[a-z])[^,]{0,120},\s*"
)


# an adverb before the verb ("Okafor quickly said"), but not a noun ending in -ly ("the Price family said")
_ADVERB = r"(?![Ff]amily\b|[Rr]ally\b|[Aa]lly\b|[Aa]ssembly\b|[Ss]upply\b|[Mm]onopoly\b|[Aa]nomaly\b|July\b|Italy\b|[Bb]ully\b|[Rr]eply\b)[a-z]\w*ly"


# "the Environment, Urbanization and Climate Change Ministry": a comma inside a name's list of portfolios
_NAME_LIST = re.compile(
    r"\b[A-Z][\w’'-]*,(?:\s+[A-Z][\w’'-]*){1,3}\s+and\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:"
    + "|".join(sorted((w.capitalize() for w in ORG_HEADS), key=len, reverse=True))
    + r")\b"
)


_PORTFOLIO_LIST = re.compile(
    # ("the CEC member for Agriculture, Livestock and Blue Economy, Dr Ruth Obura,": a portfolio is part of a post)
    r"\b(?:Ministry|Department|Secretariat|Office|[Mm]ember|Minister|Secretary|Commissioner|Committee|MEC|CEC)\s+(?:of|for)\s+"
    r"[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
)


def _subject_before(before: str) -> str | None:
    """:func:`_subject_words` with commas inside an organisation's name kept.

    >>> _subject_before("The Environment, Urbanization and Climate Change Ministry, in a statement,")
    'The Environment, Urbanization and Climate Change Ministry'
    """
    before = _rx(r",\s*(?:KC|QC|SC|MP|TD|MSP|MLA|MEP|OBE|MBE|CBE|PhD)(?=,)").sub("", before)  # "Jonathan Ferrier, KC, told"
    # "The Custos of St Mary, the Hon. Winston Hylton, who ..., [called]": "the Hon." is a title before the name
    before = _rx(r",\s+the\s+((?:Rt\.?\s+)?Hon(?:\.|ourable|orable)\s+[A-Z])").sub(r", \1", before)
    # "ruling from the bench in Wilmington, Delaware,": a town and its state or country are one place
    before = _rx(r"(?<=[a-z]),\s+([A-Z][\w-]+)(?=,)").sub(lambda m: " " + m.group(1) if m.group(1).lower() in place_names() else m.group(0), before)
    before = _rx(r",\s*[DRI]-[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2},").sub(",", before)  # "Sen. Denise Albright, D-Philadelphia, ...": a party tag
    # ("Reacting, Ebrovwe Petroleum and Refining Company Limited, ..., said": the opening participle is no name in a list)
    before = _rx(r"^\s*(?:Reacting|Responding|Commenting|Replying)(?:\s+to\s+[^,]{1,60})?,\s+(?=[A-Z])").sub("", before)
    protected = _NAME_LIST.sub(lambda m: m.group().replace(",", "\x01").replace(" and ", "\x02"), before)
    protected = _PORTFOLIO_LIST.sub(lambda m: m.group().replace(",", "\x01").replace(" and ", "\x02"), protected)
    found = _subject_words(protected)
    if found:
        # "a ruling its grower [called]": a noun with a relative clause whose "that" is left out; the subject
        # of the verb is the second noun phrase
        inner = _rx(r"(?:a|an|the)\s+[a-z][\w-]*\s+((?:its|his|her|their|the)\s+[a-z][\w-]*)").fullmatch(found)
        if inner:
            found = inner.group(1)
    return found.replace("\x01", ",").replace("\x02", " and ") if found else found


def _subject_words(before: str) -> str | None:
    """The noun phrase just before a cue verb: "In the video, Rutte" -> "Rutte".

    Asides between commas are skipped: "Maria Fonseca, the school's principal,"
    and "Lindqvist, speaking to reporters after the vote," both give the name.
    """
    before = _rx(r"^\s*[•·▪●◦‣*–-]\s+").sub("", before.rstrip())  # "• The Great Plains Charging Compact ...": a bullet
    if not before:
        return None
    # "The resolution, a copy of which was obtained by Manila Bulletin, [stated]": who holds a copy is not the subject
    before = _rx(r",\s+(?:a\s+copy|copies)\s+of\s+which\b[^,]*,$").sub(",", before)
    # ("The notices, issued by the GHMC and a copy of which is with Deccan Chronicle, [stated]")
    before = _rx(r"\s+and\s+(?:a\s+copy|copies)\s+of\s+which\b[^,]*,$").sub(",", before)
    # ("In the letter, seen by the Press and Journal, the group [states]": who saw it is not the subject)
    before = _rx(r",\s+(?:seen|obtained|reviewed|read)\s+by\s+[^,]{2,60},(?=\s+(?:the|a|an|its|[A-Z]))").sub(",", before)
    before = _rx(r",\s+(?:a\s+copy|copies)\s+of\s+which\b[^,]*,(?=\s*$)").sub("", before)
    # ("Reacting, Ebrovwe Petroleum ..., said": a participle that opens the sentence is no part of its subject)
    before = _rx(r"^\s*(?:Reacting|Responding|Commenting|Replying)(?:\s+to\s+[^,]{1,60})?,\s+(?=[A-Z])").sub("", before)
    # ("The Kwara State chapter of the NUT, in a statement on Friday by its secretary, Gbenga Olowookere, [urged]":
    # the body speaks; who signed for it is an aside)
    before = _rx(r",\s+in\s+an?\s+(?:[\w-]+\s+){0,3}(?:statement|letter|release|communiqu[eé]|notice|circular|memo)\b[^,]{0,60}?\b(?:by|from)\s+"
        r"(?:its|their|the\s+(?:union|association|council|party|group|body)[’']s)\s+[^,]{2,50},\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*,\s*$").sub(",", before)
    connective = _rx(r"\s*(?:(?:However|Meanwhile|Separately|Still|Yet|But|And|Also|Instead|Elsewhere|Earlier|Later|Then),?|"
        # ("Outside the meeting, a crewman from ..., who did not want to be named, [said]": a scene, then the source)
        r"(?:In|On|At|Outside|Inside|After|Before|During|Near|Back|Across|Along|Around|Behind|Speaking|Writing|Talking)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+,)"
        r"\s+(?=(?:a|an|one|another)\s)").match(before)
    if connective:
        rest = before[connective.end() :]
        before = rest[:1].upper() + rest[1:]  # "However, a senior employee, who ..., [told]": the employee
    lead_in = _rx(r"\s*(?:In|On|At|Via|Through)\s+(?:a|an|the|its|his|her|their)\s+[a-z][\w -]{0,40},\s+(?=the\s+[A-Z])").match(before)
    if lead_in:
        # "In a statement, the Tea Growers Management Agency (TGMA), which manages ..., [said]": the agency
        before = "T" + before[lead_in.end() + 1 :]
    one_of = _rx(r"(?:^|[.!?]\s+)(?:One|Another|The\s+other),\s+(an?\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*)(?:\s+(?:at|in|for|from|with)\s+[^,]{1,50})?,$").search(before)
    if one_of:
        return one_of.group(1)  # "Two other former employees ... One, a patient care technician, [said]"
    lead = _rx(r"\s*((?:A|An|One|Another)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*)\s+who\b").match(before)
    if lead and before.endswith(",") and not _rx(r"[.;]").search(before[lead.end() :]):
        return lead.group(1)  # "A neighbor who has lived on Ninth Street ..., and who asked ..., [said]"
    # "A driver plying the San Roque–Poblacion route, who asked not to be named, [admitted]": a person described by
    # what they do or where they are, then a clause; the names in the description are not the speaker
    described = _rx(r"\s*((?:A|An|One|Another)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w-]*)(\s+(?:[a-z]+ing|at|in|on|from|with|for|of)\s+[^,.;]{1,60}),\s+who\b[^.;]*,$").match(before)
    if described:
        # (what they are doing is left out: "A driver plying the route"; where they are from is kept)
        return described.group(1) if _rx(r"\s+[a-z]+ing\b").match(described.group(2)) else described.group(1) + described.group(2)
    named_lead = _rx(r"\s*((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+),\s+(?:who|whose)\b").match(before) or _rx(r"\s*((?:[A-Z][\w’'.&-]+\s+){0,3}[A-Z][\w’'-]+),\s+which\b").match(before) or _rx(r"\s*(?:The\s+)?((?:[A-Z][\w’'.&-]+\s+(?:(?:of|for|and|of\s+the)\s+)?){0,5}[A-Z][\w’'-]+)\s+\([A-Z]{2,8}\),\s+which\b").match(before)
    if named_lead and before.endswith(",") and not _rx(r"[.;!?]").search(before[named_lead.end() :]):
        return named_lead.group(1)  # "Susan Marsh, whose father, Alan, spent 26 hours on a trolley, [said]"
    conjunction = _rx(r"\s(?:and|but)(?:\s+(?:had|has|have|was|were|is|would|will|could|did|also|then|later))*$").search(before)
    if conjunction and (
        "," not in before
        # "Anjali Brar, the province’s minister ..., flew into Kelso on Sunday night and [called]": an aside before the verb
        # ("The Ogbese State Government, in a statement on Sunday, said it had ... and [described]")
        or _rx(r"\s*(?:The\s+)?(?:[A-Z][\w’'.-]+\s+){0,5}[A-Z][\w’'-]+,\s+(?:the|a|an|in|on|at|speaking|writing)\s+[^,]{2,80},\s+[a-z]+\b[^,]*$").match(before)
    ):
        # "A spokesperson for Corvant confirmed the figures and [said]": the subject of the first verb
        subject = _sentence_subject(before[: conjunction.start()])
        if subject:
            return subject
    closed = before.endswith(",")
    before = _rx(rf"\s+(?:{_ADVERB}|also|later|then|again|once|has|have|had|was|were|is|would|will|could|did)$").sub("", before)
    before = _rx(rf"\s+(?:{_ADVERB}|also|has|have|had|was|were|is)$").sub("", before).rstrip().rstrip(",")
    before = _rx(r"\s*\([^()]*\)").sub("", before)
    if "," in before and not closed:
        # "Asked about the memo, a Corvane spokeswoman [said]": the last segment is the subject
        last = before.rsplit(",", 1)[1].strip()
        if last and not last.lower().startswith(("who ", "which ", "whose ")):
            words = last.split()
            if words[-1].lower() in ("he", "she", "they") and len(words) > 1:
                return words[-1]
            return " ".join(words[-7:])
    previous = None
    removed: list[str] = []
    while previous != before:
        previous = before
        match = None
        for match in _ASIDE.finditer(before):
            pass
        if match is None:
            break
        removed.append(match.group())
        before = (before[: match.start()] + before[match.end() :]).rstrip().rstrip(",")
    if removed and not _rx(r"\b(?:[A-Z][a-z]+|[A-Z]\.)\s+(?:[A-Z]\.\s+)*[A-Z][a-z]+").search(before.split(",")[-1]) and not _rx(r"\s*(?:the\s+)?[A-Z]{2,6}").fullmatch(before.split(",")[-1]):
        # "Its chair, 16-year-old Priya Natarajan," -> the name in the aside (but not "V. N. Ingole, a clerk
        # from Bhimsen Nagar,": a name with initials, and a place)
        for aside in removed:
            people = [
                m for m in find_people(aside) if m.kind == "person" and len(m.name.split()) >= 2
                and not _after_preposition(m.name, aside)
            ]
            if people and not _rx(r",\s*(?:who|whose|which|where)\b").match(aside):
                return people[-1].name
            orgs = [m for m in find_people(aside) if m.kind == "org" and len(m.name.split()) >= 2]
            if orgs and _rx(r",\s*the\s+[A-Z]").match(aside) and _rx(r"\s*(?:One|A|An|The)\s+[a-z]").match(before):
                return orgs[-1].name  # "One supporters’ group, the Harrowgate Independent Fans’ Trust, said"
    # "the Department of Wildlife and Parks": an "and" inside a name does not start a new clause
    before = _rx(r"(\bof\s+(?:[A-Z][\w’'-]+\s+){1,3})and(\s+[A-Z])").sub("\\1\x00\\2", before)
    # ("Sonali Builders and Engineers", "Ebrovwe Petroleum and Refining Company Limited": a firm's name)
    before = _rx(r"([A-Z][\w’'-]+\s+)and(\s+(?:[A-Z][\w’'-]+\s+){0,3}([A-Z][\w’'-]+))(?![\w’'-])").sub(lambda m: m.group(1) + "\x00" + m.group(2) if m.group(3).lower().rstrip(".") in ORG_WORDS or m.group(3) in ("Engineers", "Sons", "Partners") else m.group(0), before)
    parts = [part.replace("\x00", "and") for part in _rx(r"[,;()—–]|(?<!\d):|:(?!\d)|\s(?:and|but|where|when|as|while|because|that|after|before|so)\s").split(before)]
    tail = parts[-1].strip()
    words = tail.split()
    if not words:
        return None
    if len(words) > 1 and words[-1].lower() in ("he", "she", "they"):
        return words[-1]  # "... said she [had reported]"
    relative = _rx(r"\s(?:who|whose|which)\s").search(tail)
    if relative:
        words = tail[: relative.start()].split() or words  # "A senior diplomat ... who has attended ..."
    if len(words) > 7 and words[0].lower() in ("a", "an", "the", "one"):
        spokes = _SPOKES_FOR.match(" ".join(words))
        if spokes and len(words) <= 12:
            return " ".join(words)  # "A spokesperson for the Department of Regional Development"
        if _rx(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:report|audit|study|review|circular|letter|notice|memo|directive|order)\s+(?:of|from|by)\s+(?:the\s+)?[A-Z]", re.IGNORECASE).match(" ".join(words)) and len(words) <= 16:
            return " ".join(words)  # "A circular from the Lorunyi County Public Service Board dated November 20 [warned]"
        if _WRITTEN_BY.match(" ".join(words)) and len(words) <= 14:
            return " ".join(words)  # "An entry made at 11:42 p.m. by a detention officer"
        if _rx(r"(?:a|an|one)\s+(?:[\w-]+\s+){1,3}(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|aware\s+of)\s", re.IGNORECASE).match(" ".join(words)) and len(words) <= 12:
            return " ".join(words)  # "A contractor familiar with the Sungai Tepus project": the whole description
        # a long subject: "A hand-lettered sign taped to the door of ... [read]" -> its head phrase
        head = _rx(r"\s(?:of|to|at|in|on|for|with|from|by|near|taped|posted|left|found|outside|inside|prepared|published|written|"
            r"commissioned|released|compiled|issued|produced|drawn)\s").split(" ".join(words), maxsplit=1)[0]  # ("an inquiry report prepared by the Sindh Relief Department in October [states]": the report)
        return head
    return " ".join(words[-7:])


# "a spokesperson for the ministry", "a spokeswoman for Brightlatch": someone speaking for an organisation
_SPOKES_FOR = re.compile(
    r"(?:a|an|one|the)\s+(?:[a-z][\w-]*\s+){0,2}(spokes(?:person|man|woman)|representative|press\s+officer)\s+(?:for|of|at)\s+(.+)$",
    re.IGNORECASE,
)


_SUBJECT_VERBS = frozenset(
    """sought brought thought bought fought taught caught left met sent spent won lost held led paid ran rose fell
    chose drew grew knew saw found heard felt read
    was is were are had has have put made gave kept sounded took went did offered struck got became seemed
    remained spoke summed wrote could would will should might may must can began ended did does do didn't
    doesn't don't wasn't weren't isn't aren't won't wouldn't couldn't can't cannot""".split()
)


_DATELINE_LEAD = re.compile(r"^\s*[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+)*(?:,\s*[A-Z][\w.’'-]*(?:\s+[A-Z0-9][\w.’'-]*)?)?\s*(?:\([A-Za-z]+\)\s*)?[—–-]{1,2}\s+")


def _sentence_subject(clause: str) -> str | None:
    """The subject of a clause: the words before its first verb ("The mayor was blunt" -> "The mayor")."""
    parts = _rx(r"(?<!\d):|:(?!\d)").split(clause)  # (not the colon of "11:42 p.m.")
    if len(parts) > 1 and _rx(r"\s*[A-Z][A-Z .’'-]{1,30}").fullmatch(parts[0]):
        parts = parts[1:]  # "LAHORE: Pakistan’s chief selector ...": a dateline, then the sentence
    clause = parts[0]
    clause = _DATELINE_LEAD.sub("", clause)  # "TARNOW — A pensioner has been fined": the place it was filed from
    for _ in range(3):
        stripped = _LEADING.sub("", clause, count=1)
        if stripped == clause:
            break
        clause = stripped
    clause = _RELATIVE.sub("", clause)
    kin = _rx(r"\s*((?:His|Her|Their)\s+(?:husband|wife|son|daughter|mother|father|brother|sister|partner))\s+[a-z]").match(clause)
    if kin:
        return kin.group(1)  # "Her husband shook his head slightly and smiled."
    together = _rx(r"\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:,\s+|\s+and\s+)(?:her|his|their)\s+[a-z]").match(clause)
    if together and together.group(1).split()[0].lower() not in _NOT_NAMES:
        return together.group(1)  # "Royster, her husband and their two kids rode out the storm": Royster
    words = clause.split()
    verbs = reporting_verbs()
    titled = _rx(r"\s*((?:[A-Z][\w’'-]*\s+)?(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(?:[A-Z][\w’'.-]+\s+){1,3})[a-z]").match(clause)
    if titled and titled.group(2) in ROLE_WORDS and clause.split()[0].lower() not in _NOT_NAMES:
        return titled.group(1).strip()  # "Parliamentary affairs minister Rajendra Purohit hit back"
    found = _verb_subject(words, verbs)
    if found:
        return found
    far = _verb_subject_words(words, verbs, reach=16)
    named = _rx(r",\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+),$").search(far) if far else None
    if named:
        # "The district secretary of the Upcountry Estate Workers' Union, V. Ramachandran, accused": a long
        # title, then the name set off by commas, then the verb
        return named.group(1)
    role_np = _rx(r"\s*([Tt]he\s+(?:[\w-]+\s+){0,3}?([a-z-]+))\s+(?:[a-z]+ed|shook|smiled|nodded|laughed|shrugged|sighed|paused|grinned|frowned)\b").match(clause)
    if role_np and role_np.group(2) in ROLE_WORDS | ANON_HEADS:
        return role_np.group(1)  # "the fourth-year coach shook his head"
    if _rx(r"(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+").fullmatch(clause.strip()) and clause.split()[0].lower() not in _NOT_NAMES and not clause.strip().isupper():
        return clause.strip()  # "Kev, who ... since he was ‘...’": only the name is left once the relative clause goes
    apposed = _rx(r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),\s+(?:an?|the|\d{1,3},)\s").match(clause.strip())
    if apposed and apposed.group(1).split()[0].lower() not in _NOT_NAMES:
        return apposed.group(1)  # "Umm Omar, a 38-year-old mother of four ..., walks her daughter to school"
    # a leading name followed by a lower-case word: "Ms Fonseca set out ..."
    cap = 0
    while cap < len(words) and cap < 6 and not words[cap].endswith((",", ";", ":")) and (
        words[cap][:1].isupper()
        or (words[cap].lower() in ROLE_WORDS and cap + 1 < len(words) and words[cap + 1][:1].isupper())
    ):
        cap += 1  # "Opposition leader Ilse Carnovan"
    if 0 < cap < len(words) and words[0].lower() not in _NOT_NAMES and words[cap][:1].islower() and words[cap].lower() not in _CONNECTORS | {"of", "for", "and", "&"}:
        return " ".join(words[:cap])
    return None


def _verb_subject(words: list[str], verbs: dict[str, str]) -> str | None:
    found = _verb_subject_words(words, verbs)
    if found and len(found.split()) > 1 and found.split()[-1].lower() in ("he", "she", "they"):
        return found.split()[-1]  # "Later that evening he wrote" -> "he"
    return found


def _verb_subject_words(words: list[str], verbs: dict[str, str], reach: int = 10) -> str | None:
    for n, word in enumerate(words[:reach]):
        bare = word.strip(",;:.!?").lower().replace("’", "'")
        if bare in ("report", "reports") and n and words[n - 1][:1].islower() and words[n - 1].lower() not in ("he", "she", "they", "it", "we", "i", "who", "also"):
            continue  # "A 2024 annual audit report of the Commission ... flagged": a noun here
        if n and word[:1].islower() and (
            bare in _SUBJECT_VERBS or bare in verbs or (bare.endswith("ed") and len(bare) > 4)
            or (bare.endswith("s") and not bare.endswith("ss") and "'" not in bare and words[n - 1][:1].isupper() and n <= 4)
        ):
            return " ".join(words[:n])
    return None
