"""Corrections :func:`kit.people.find_people` makes after a run of words is classified.

The classifier sees one run of capitalised words; the words around it often say more. A
company's legal form in brackets or a list of portfolios runs a body's name on ("Gwenzi
Lithium (Private) Limited", "Ministry of Finance, Budget and Economic Planning"); "the
charity Learning Disability Voice" or "Hunter Storm coach Craig Fowler" make a body of what
looked like a person; "Megan Hughes, 84, of Llanfair Clydogau" or "Kajiado county" name a
place, not a second person. Each helper takes what the classifier found and returns it
corrected, in the order find_people has always applied the checks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .mentions import Mention, _is_cap
from .name_lexicons import ANON_HEADS, HONORIFICS, ORG_HEADS, ORG_WORDS, ROLE_WORDS, first_name_genders
from .scan import compiled as _rx
from .titles import _COMPASS, _PORTFOLIO_ENDS

__all__: list[str] = []

# a body's name that runs on past the run: a legal form in brackets, a list before the head noun, a ministry's
# portfolio, a name spelt out before its initials
_LEGAL_BRACKET = re.compile(r"\s+\((?:Private|Pvt|Pty|Proprietary)\)\s+(?:Limited|Ltd)\b\.?")
_PORTFOLIO_HEAD = re.compile(r"(?:Federal\s+|State\s+)?(?:Ministry|Department|Secretariat)\s+(?:of|for)\s+[A-Z]")
_PORTFOLIO_TAIL = re.compile(r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)+,?\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=[\s,.;:)])")
_ACRONYM_TAIL = re.compile(r" (?:in|on|at|and|for|of) ((?:the )?)((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*) \(([A-Z]{3,8})\)")
# a body described before its name ("The charity Learning Disability Voice")
_DESCRIBED_ORG = re.compile(
    r"\b(?:the|The|a|A)\s+(?:[a-z-]+\s+)?(?:charity|company|firm|group|union|agency|trust|organi[sz]ation|operator|airline|"
    r"retailer|developer|consultancy|club|charity|band|association|federation|coalition|alliance|network|campaign)\s+$"
)
# lower-case words that make the capitalised words before them part of an organisation
_UNIT_WORDS = frozenset("division branch unit wing chapter section bureau subdivision sub-division".split())
# holidays ("the Christmas season"): nobody who speaks
_HOLIDAYS = frozenset("christmas easter ramadan eid diwali hanukkah thanksgiving halloween passover lent advent".split())
# a team or body, then its role and a name ("Hunter Storm coach Craig Fowler")
_ROLE_THEN_NAME = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:coach|manager|boss|captain|chairman|chairwoman|chair|president|director|chief|ceo|spokesman|"
    r"spokeswoman|spokesperson|owner|founder|secretary|leader|head|striker|fullback|halfback|midfielder|defender|goalkeeper)\s+[A-Z]"
)
# places named by the noun before or after them ("the village of ...", "Kajiado county")
_PLACE_OF = re.compile(
    r"\b(?:neighbou?rhoods?|village|town|city|district|municipality|suburb|province|state|region|county|island|borough|"
    r"parish|colonia|barrio|township|hamlet|settlement|community|commune|prefecture|governorate|valley)\s+of\s+$"
)
_PLACE_AFTER = re.compile(
    r"\s+(?:district|province|village|county|town|city|region|commune|ward|valley|river|island|prefecture|municipality|"
    r"township|state|governorate|suburb|neighbou?rhood|parish|oblast|canton)\b(?!\s+(?:manager|officer|attorney|judge|"
    r"council|court|commissioner|director|chief|head|official|administrator|governor|chairman|chair|leader|police|hospital|school)\b)"
)
# a name used as a modifier ("the Koto Baru shelter")
_MODIFIED_NOUN = re.compile(r" ([a-z]{3,})\b(?![’'-])")
# words after "the Name" that do not make it a description of a thing ("the Dutchman said", "the Viking who ...")
_NOT_MODIFIED = frozenset(
    """said says told tells added adds explained wrote writes asked argued noted insisted called described warned replied
    who which that whose and but nor was were has had have will would could can did does may might must shall should are
    not also then later still now again from with into for over under after before about against among between
    yesterday today tonight tomorrow last this earlier recently when while because since until""".split()
)
# the last word of a place's name ("Bellevue Settlement", "Dhuseni Rural Municipality-4") and the first word of a
# village's ("Barangay Ambatong", "Sitio Malinao", "Kampung Tebing Tinggi", "Char Baliadanga": a river island)
_SETTLEMENT_NOUNS = frozenset("settlement municipality township village hamlet colony barangay tole".split())
# (Sesotho "Ha Lethunya": the village of the Lethunya family; but Korean "Ha Jung-woo" is a person)
_SETTLEMENT_TITLES = frozenset("barangay sitio purok kampung kampong char ha".split())
# a local part of a larger body ("the Baglung chapter of the Nepal Teachers' Association")
_UNIT_OF = re.compile(r"\s+(?:chapter|branch|wing|unit|section|affiliate|arm)\s+of\s+(?:the\s+)?")
# a social media page named for its owner ("the Vangara Youth Voice Facebook page")
_PLATFORMS = frozenset("Facebook Twitter Instagram TikTok YouTube WhatsApp LinkedIn Telegram Threads Bluesky".split())
_PAGE_NEXT = re.compile(r"\s+(?:page|account|group|channel|handle|profile|post|feed)\b")
# capitalised initials that name things, not bodies
_NOT_BODIES = frozenset(
    """GPS CCTV DNA ATM ATMs PIN GDP SMS PDF USB LED LEDs LPG CNG HIV AIDS COVID COVID-19 ICU ECG MRI PPE SUV SUVs TV VAT GST
    OTP QR URL SIM LNG EV EVs UV PhD MBA BMI IQ 4G 5G WiFi Wi-Fi AI""".split()
)
# a name that acts as a body ("Eskom said in a statement"): the registry makes a body of it
_ACTS_AS_BODY = re.compile(
    r"\s+(?:said|says|announced|confirmed|stated|responded|declined|denied|told)\b(?:(?:\s+\w+){0,3}?\s+(?:in\s+an?\s+)?"
    r"(?:statement|release|press\s+release|filing|spokes(?:person|man|woman))|(?:\s+\w+){0,2}?\s+that\s+it\s)"
)


@lru_cache(maxsize=1)
def _org_list_tail() -> re.Pattern[str]:
    """A list of words before a body's head noun (", Mechanical and Electronics Services Agency"), compiled once."""
    heads = "|".join(sorted((w.capitalize() for w in ORG_HEADS), key=len, reverse=True))
    return re.compile(rf"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)+,?\s+and\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?:{heads})\b")


def _lengthen_name(
    text: str, tokens: list[tuple[int, int, str]], run: list[tuple[int, int, str]], found: list[Mention], j: int, word: str, bracketed: set[str]
) -> tuple[list[Mention], int]:
    """Run a body's name on past the run where the words after it belong to it, and where the run ends.

    A legal form in brackets ("Gwenzi Lithium (Private) Limited"), a list of words before the body's head
    noun ("Tanzania Electrical, Mechanical and Electronics Services Agency"), a ministry's portfolio
    ("Ministry of Finance, Budget and Economic Planning") or a name spelt out before its initials in brackets
    ("the Pakistan Council of Research in Water Resources (PCRWR)"); and a one-word name the article defines
    in brackets after a body ("Comsa") is that body. Returns the mentions and the index of the next token.
    """
    legal = _LEGAL_BRACKET.match(text, run[-1][1])
    if found and found[-1].start == run[0][0] and legal:
        # "Gwenzi Lithium (Private) Limited": a company, with its legal form in brackets
        found = [Mention(run[0][0], legal.end(), text[run[0][0] : legal.end()].rstrip("."), "org")]
        while j < len(tokens) and tokens[j][0] < legal.end():
            j += 1
    elif found and len(found) == 1 and found[0].end == run[-1][1] and (
        listed := _org_list_tail().match(text, run[-1][1])
    ) and not any(
        w.lower().rstrip(".") in HONORIFICS or w.lower() in first_name_genders() for w in _rx(r"[\w’'.-]+").findall(text[found[0].start : listed.end()])
    ):
        # "Tanzania Electrical, Mechanical and Electronics Services Agency": a body's name with a list in it
        found = [Mention(found[0].start, listed.end(), text[found[0].start : listed.end()], "org")]
        while j < len(tokens) and tokens[j][0] < listed.end():
            j += 1
    elif found and found[-1].kind == "org" and found[-1].end == run[-1][1] and _PORTFOLIO_HEAD.match(found[-1].name) and (
        listed := _PORTFOLIO_TAIL.match(text, run[-1][1])
    ) and not any(w.lower().rstrip(".") in HONORIFICS or w.lower() in first_name_genders() for w in _rx(r"[\w’'.-]+").findall(listed.group())):
        # "Ministry of Finance, Budget and Economic Planning": a ministry's portfolio runs on past commas
        found = found[:-1] + [Mention(found[-1].start, listed.end(), text[found[-1].start : listed.end()], "org")]
        while j < len(tokens) and tokens[j][0] < listed.end():
            j += 1
    elif found and found[-1].kind == "org" and found[-1].end == run[-1][1] and (tail := _ACRONYM_TAIL.match(text, run[-1][1])) and (
        "".join(w[0] for w in _rx(r"[A-Z][\w’'-]*").findall(text[found[-1].start : tail.end(2)])) == tail.group(3).upper()
    ):
        # "the Pakistan Council of Research in Water Resources (PCRWR)": the letters in brackets show where the
        # name ends
        found = found[:-1] + [Mention(found[-1].start, tail.end(2), text[found[-1].start : tail.end(2)], "org")]
        while j < len(tokens) and tokens[j][0] < tail.end(2):
            j += 1
    elif found and len(run) == 1 and found[0].kind == "person" and word in bracketed:
        found = [Mention(found[0].start, found[0].end, found[0].name, "org")]  # "Comsa said": the agency
    return found, j


def _retype_mentions(text: str, tokens: list[tuple[int, int, str]], run: list[tuple[int, int, str]], found: list[Mention], j: int, word: str) -> list[Mention]:
    """Make a body of a "person" the words around show is one, and drop words that are nobody.

    A paper or team after "from the", a described body ("The charity Learning Disability Voice"), a unit of a
    body ("the Kisumu branch"), a name with a leader ("Agrarian Renewal's leader") or a team before its coach
    are bodies; a sentence's opening verb or participle, a holiday and a party-and-district tag
    ("D-Philadelphia") are nobody.
    """
    if found and len(found) == 1 and found[0].kind == "person" and " " not in found[0].name and not found[0].role and not found[0].gender:
        only = found[0]
        if _rx(r"\b(?:from|to|in|by|told|with)\s+the\s$").search(text[max(0, only.start - 12) : only.start]):
            found = [Mention(only.start, only.end, only.name, "org")]  # "queries from the Champion": a paper, a team
        elif only.name.endswith("ing") and (only.start == 0 or text[only.start - 1] == "\n") and _rx(r"\s+[a-z]").match(text[only.end : only.end + 3]):
            found = []  # "Responding to queries ...": a sentence's first verb, not a name
        elif _rx(r"[A-Z][a-z]+ed").fullmatch(only.name) and text[only.end : only.end + 1] == "," and only.name.lower() not in first_name_genders() and (
            only.start == 0 or _rx(r"(?:\n|[.!?][\"”’]?\s)$").search(text[max(0, only.start - 3) : only.start])
        ):
            found = []  # "Contacted, Md Abul Hossain said ...": a sentence's opening participle, not a name
    if found and len(found) == 1 and found[0].kind == "person" and not found[0].role and _DESCRIBED_ORG.search(text, max(0, run[0][0] - 40), run[0][0]):
        only = found[0]  # "The charity Learning Disability Voice said": what it is, then its name
        found = [Mention(only.start, only.end, only.name, "org")]
    if found and found[-1].kind == "person" and j < len(tokens) and (
        tokens[j][2] in _UNIT_WORDS or (
            tokens[j][2] == "office" and not run[-1][2].endswith(("’s", "'s", "s’", "s'"))
            and found[-1].name.split()[0].lower() not in first_name_genders()
        )
    ) and text[run[-1][1] : tokens[j][0]] == " ":  # ("the BWDB's Sirajganj office", but "Senator Roe's office")
        last = found[-1]  # "BWDB's Pakhimara division", "the Kisumu branch": a part of an organisation
        found[-1] = Mention(last.start, last.end, last.name, "org")
    if len(run) == 1 and word.lower() in _HOLIDAYS:
        found = []  # "the Christmas season": a holiday, nobody who speaks
    if _rx(r"[DRI]-[A-Z][\w.-]*").fullmatch(run[0][2]) or (_rx(r"[A-Z]{2,4}-[A-Z][\w.-]*").fullmatch(run[0][2]) and text[run[0][0] - 1 : run[0][0]] == "("):
        found = []  # "Rep. Denise Albright, D-Philadelphia," / "R-Broken Arrow": a party and a district, not a name
    if found and found[-1].kind == "person" and run[-1][2].endswith(("’s", "'s", "s’", "s'")):
        following = _rx(r"\s+([a-z-]+)(?:\s+([a-z-]+))?").match(text[run[-1][1] : run[-1][1] + 40])
        if following and (following.group(1) in ROLE_WORDS or (following.group(2) or "") in ROLE_WORDS):
            # "Agrarian Renewal's leader, Hedda Lunvik": whoever has a leader is an organisation
            last = found[-1]
            found[-1] = Mention(last.start, last.end, last.name, "org")
    if found and len(found) == 1 and found[0].kind == "person" and not found[0].role and not found[0].gender and _ROLE_THEN_NAME.match(text, run[-1][1]):
        only = found[0]  # "Hunter Storm coach Craig Fowler", "Aberdeen manager Stevie Ferguson": a team or body, then its role
        found = [Mention(only.start, only.end, only.name, "org")]
    return found


def _drop_places(
    text: str,
    tokens: list[tuple[int, int, str]],
    run: list[tuple[int, int, str]],
    found: list[Mention],
    i: int,
    word: str,
    mentions: list[Mention],
    places: set[str],
    keep_places: bool,
) -> list[Mention]:
    """Drop the "people" that are places, adding them to ``places``, and a portfolio after "Minister of".

    Where someone lives or a body sits ("Megan Hughes, 84, of Llanfair Clydogau", "the Bureau of Fisheries
    (BFAR) in Bicol"), a place named by a noun before or after it ("the neighborhood of Lomas de San Juan",
    "Kajiado county"), a name that describes a thing ("the Koto Baru shelter", kept as kind "place" with
    ``keep_places``), settlements and names already known as places.
    """
    if found and found[0].kind == "person" and not found[0].role and not found[0].gender and mentions and mentions[-1].kind == "person" and (
        run[0][2].lower() not in first_name_genders()
        and _rx(r"(?:,\s*\d{1,3})?,?\s+(?:of|from)\s+").fullmatch(text[mentions[-1].end : run[0][0]])
    ):
        places.add(found[0].name)
        found = found[1:]  # "Megan Hughes, 84, of Llanfair Clydogau": where she lives, not a second person
    if found and found[0].kind == "person" and not found[0].role and not found[0].gender and mentions and mentions[-1].kind == "org" and (
        run[0][2].lower() not in first_name_genders()
        and _rx(r"\)?(?:\s*\([A-Z][\w&.-]{1,9}\))?\s+(?:in|at)\s+").fullmatch(text[mentions[-1].end : run[0][0]])
    ):
        places.add(found[0].name)
        found = found[1:]  # "the Bureau of Fisheries (BFAR) in Bicol": where the body's office is
    if found and found[0].kind == "person" and not found[0].role and not found[0].gender and _PLACE_OF.search(text, max(0, run[0][0] - 40), run[0][0]):
        places.add(found[0].name)
        found = found[1:]  # "the hillside neighborhood of Lomas de San Juan": a place
    if found and found[-1].kind == "person" and not found[-1].role and not found[-1].gender and _PLACE_AFTER.match(text, run[-1][1]):
        places.add(found[-1].name)
        found = found[:-1]  # "in Giong Trom district", "Kajiado county": a place named by the noun after it
    if found and len(found) == 1 and found[0].kind == "person" and not found[0].role and not found[0].gender and found[0].start == run[0][0] and (
        text[max(0, run[0][0] - 4) : run[0][0]] == "the " and (after := _MODIFIED_NOUN.match(text, run[-1][1]))
        and after.group(1) not in _NOT_MODIFIED and after.group(1) not in ROLE_WORDS and run[-1][2] not in _PLATFORMS
        and not after.group(1).endswith(("ed", "s"))  # ("the Hapukanda Pradeshiya Sabha raised the fee": a verb)
    ):
        # "at the Koto Baru shelter", "the Ramaphosa administration": a name that describes a thing
        found = [Mention(found[0].start, found[0].end, found[0].name, "place")] if keep_places else []
    if found and len(found) == 1 and len(run) == 1 and found[0].kind == "person" and not found[0].role and not found[0].gender and (
        word.lower() not in first_name_genders() and (after := _MODIFIED_NOUN.match(text, run[-1][1]))
        and (after.group(1) in ORG_HEADS or after.group(1) in ANON_HEADS)
        and (run[0][0] == 0 or text[run[0][0] - 1] == "\n" or text[max(0, run[0][0] - 2) : run[0][0]] in (". ", "! ", "? "))
    ):
        # "Environmental group Lestari Sumatra Foundation said": a sentence's first word describes the group
        found = [Mention(found[0].start, found[0].end, found[0].name, "place")] if keep_places else []
    if found and found[-1].kind == "person" and not found[-1].role and not found[-1].gender and len(run) >= 2 and (
        _rx(r"-\d+$").sub("", run[-1][2].lower()) in _SETTLEMENT_NOUNS or (run[0][2].lower() in _SETTLEMENT_TITLES and not (run[0][2] == "Ha" and "-" in run[1][2]))
    ):
        places.add(found[-1].name)
        found = found[:-1]  # "Bellevue Settlement", "Dhuseni Rural Municipality-4", "Barangay Ambatong": places
    if found and found[0].kind == "person" and found[0].name in places:
        found = found[1:]  # "... reached Lomas de San Juan": a place the article already named as one
    if found and (len(run) == 1 or len(run) <= 3 and run[-1][2].lower() in _PORTFOLIO_ENDS - _COMPASS) and found[-1].kind == "person" and i >= 2 and tokens[i - 1][2] in ("of", "for") and (
        tokens[i - 2][2].lower() in ROLE_WORDS and _is_cap(tokens[i - 2][2])
    ):  # (and "the Minister of Foreign Affairs")
        found = found[:-1]  # "the Minister of Health": a portfolio, not a person called Health
    return found


def _drop_things(text: str, found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """Join a body's local part to the body before it, and drop what names a thing, not a body.

    "the Baglung chapter of the Nepal Teachers' Association" is one body (``mentions[-1]`` is lengthened);
    "the Vangara Youth Voice Facebook page" is its owner's; "GPS", "CCTV" and a paper's capitalised opening
    words ("A GROUP of landowners") are nobody.
    """
    if found and found[0].kind == "org" and mentions and mentions[-1].kind == "org" and (
        unit := _UNIT_OF.fullmatch(text, mentions[-1].end, found[0].start)
    ):
        # "the Baglung chapter of the Nepal Teachers' Association": one body, the local part of a larger one
        mentions[-1] = Mention(mentions[-1].start, found[0].end, text[mentions[-1].start : found[0].end], "org")
        found = found[1:]
    if found and found[-1].name.rsplit(" ", 1)[-1] in _PLATFORMS and " " in found[-1].name and _PAGE_NEXT.match(text, found[-1].end):
        # "on the Vangara Youth Voice Facebook page": the page's owner, a body unless it is a person's name
        owner = found[-1].name.rsplit(" ", 1)[0]
        kind = "person" if found[-1].kind == "person" and owner.split()[0].lower() in first_name_genders() else "org"
        found[-1] = Mention(found[-1].start, found[-1].start + len(owner), owner, kind, found[-1].gender if kind == "person" else None, found[-1].role if kind == "person" else None)
    if len(found) == 1 and " " not in found[0].name and found[0].name in _NOT_BODIES:
        found = []  # "GPS readings", "CCTV footage": things, not bodies
    if len(found) == 1 and " " not in found[0].name and found[0].name.isupper() and len(found[0].name) >= 4 and (
        found[0].name.lower() in ORG_WORDS or found[0].name.lower() in ANON_HEADS or found[0].name.lower() in ROLE_WORDS
    ) and _rx(r"\s*(?:(?:A|AN|THE|An|The)\s+)?").fullmatch(text[text.rfind("\n", 0, found[0].start) + 1 : found[0].start]) is not None:
        found = []  # "A GROUP of landowners ...", "MEMBERS of the board": a paper's capitalised opening words
    return found
