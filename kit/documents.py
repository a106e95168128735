"""Documents and statements: who wrote the report, the letter or the post a quote comes from.

"The report, published by the Health Foundation, warned", "the statement added", "A post on the Trust's
Facebook page read", "The audit, carried out by Kale & Joshi Structural Engineers, stated that": the words are
the author's. These rules look for the author in the sentences before the quote: "published by X", "X's
report", "X said in a statement", "In a statement, X said", "signed by X", "X posted a notice".

The rules that resolve the author's noun phrase take the resolver, :func:`kit.nounphrases._resolve_np`, as an
argument: this module does not import it.
"""

from __future__ import annotations

import re

from .lookback import _Resolver, _State, _last_match
from .organisations import _full_org
from .people import ORG_HEADS, PRONOUNS, find_people
from .pronouns import _resolve_pronoun
from .registry import Registry
from .scan import compiled as _rx
from .subjects import _subject_before

__all__: list[str] = []


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


_ON_PAGE = re.compile(
    r"\b(?:notice|post|statement|message|update|announcement)\s+(?:posted\s+|published\s+|put\s+up\s+)?on\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'.-]*\s+){0,5}?[A-Z][\w’'.-]*?)(?:[’']s?)?\s+(?:own\s+|official\s+|verified\s+)*(?:(?:Facebook|Twitter|Instagram|TikTok|YouTube|WhatsApp|LinkedIn|X)\s+)?(?:page|account|website|site|feed)\b"
)


_SIGNED_BY = re.compile(
    r"\b(?:signed|written|issued|sent|posted|authored|penned|put\s+out)\s+by\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|[A-Z][\w’'.-]*))*)"
)


def _introduced_by(
    text: str, start: int, pos: int, verbs: str, nouns: str, reg: Registry, state: _State, resolve_np: _Resolver
) -> str | None:
    """Who issued the document a cue names: the subject of the last "X posted a notice" / "X said in an interim
    report" between ``start`` and ``pos``.

    Parameters
    ----------
    text, start, pos
        The article text and the span to search.
    verbs, nouns
        Regular-expression alternatives: the verbs and the document nouns.
    reg, state
        The registry and the walk's state.
    resolve_np
        :func:`kit.nounphrases._resolve_np`, for the noun phrases this rule finds (passed in: this module
        cannot import it).
    """
    match = None
    for match in _rx(rf"\s(?:{verbs})\s+(?:in\s+|on\s+)?(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b").finditer(text[start:pos]):
        pass
    if match is None:
        return None
    at = start + match.start()
    sentence_start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1
    np = _subject_before(text[sentence_start:at])
    return resolve_np(np, at, reg, state, text) if np else None


def _publication_author(text: str, pos: int, reg: Registry, state: _State, resolve_np: _Resolver, noun: str = "report") -> str | None:
    """Who published "the report" the sentence is about: "published by X" just before, or X's report.

    Parameters
    ----------
    text, pos
        The article text and where the phrase naming the document stands.
    reg, state
        The registry and the walk's state.
    resolve_np
        :func:`kit.nounphrases._resolve_np`, for the noun phrases this rule finds (passed in: this module
        cannot import it).
    noun
        The document's noun ("report", "audit", "bulletin").
    """
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
            found = resolve_np(f"the {owned.group(1)}", pos, reg, state, text)
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
        issuer = _introduced_by(text, issued_after, pos, r"said|found|warned|concluded|stated|noted|wrote|argued", re.escape(noun), reg, state, resolve_np)
        if issuer or match is None:
            return issuer
        return resolve_np(match.group(1), match.start(1), reg, state, text)
    return resolve_np(match.group(1), start + match.start(1), reg, state, text)


def _document_author(
    text: str, pos: int, noun: str, reg: Registry, state: _State, resolve_np: _Resolver, indefinite: bool = False
) -> str | None:
    """Who wrote "the statement" / "the letter": looked up in the sentences just before.

    "A post ... read:" (``indefinite``) is a new document, not the one the last speaker was quoted from.

    Parameters
    ----------
    text, pos
        The article text and where the phrase naming the document stands.
    noun
        The document's noun ("statement", "letter", "post").
    reg, state
        The registry and the walk's state.
    resolve_np
        :func:`kit.nounphrases._resolve_np`, for the noun phrases this rule finds (passed in: this module
        cannot import it).
    indefinite
        "A post", not "the post".
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
            found = resolve_np(page.group(1), base + page.start(1), reg, state, text)
            if found:
                return found
    nouns = "statement|letter|post|note|notice|circular|email|e-mail|message|filing|memo|release|tweet|ruling|affidavit|submission|reply"
    match = None
    for match in _rx(rf"\b(?:{nouns})\b[^.]{{0,40}}?\b(?:on|for)\s+(his|her|their)\s+behalf", re.IGNORECASE).finditer(window):
        pass
    if match:
        gender = PRONOUNS[match.group(1).lower()]
        anchor = max(0, pos - 700) + match.start()
        return _resolve_pronoun(gender, anchor, reg, state, resolve_np, prefer_last_speaker=False)
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
        found = resolve_np(subject, base + at, reg, state, text)
        if found:
            return found
    # "the Wapiskaw Lake Cree Nation band council posted a notice of its own on Facebook" ... "the post read"
    issuer = _introduced_by(text, max(0, pos - 700), pos, r"posted|published|issued|shared|released|sent|put\s+out|wrote", nouns + "|notice|video|update", reg, state, resolve_np)
    if issuer:
        return issuer
    if indefinite:
        # "A notice signed by Dr Moraa and pinned at buying centres reads:": the one the same sentence says wrote it
        signer = _SIGNED_BY.search(window)
        return resolve_np(signer.group(1), pos, reg, state, text) if signer else None
    if state.last_speaker and pos - state.last_speaker_pos < 800 and _rx(rf"\b{noun}\b", re.IGNORECASE).search(window):
        return state.last_speaker  # "the statement added", after a quote from that statement
    return None


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
