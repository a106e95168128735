"""Names in an article: people and organisations, and the word lists that tell them apart.

:func:`find_people` finds capitalised name runs and splits off roles and
honorifics ("NATO Secretary-General Mark Rutte" is the person "Mark Rutte");
runs with an organisation word are bodies. The word lists (honorifics, roles,
organisation words, given names with their usual gender, place names) live here
too. :mod:`kit.registry` builds on it what one article says about each name.

>>> [(m.name, m.kind) for m in find_people("Mayor Dana Okafor met Harbor Tech Inc. on Monday.")]
[('Dana Okafor', 'person'), ('Harbor Tech Inc.', 'org')]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

from .articles import _ABBREVIATIONS
from .scan import compiled as _rx

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

HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m",
    "dame": "f", "lord": "m", "lady": "f", "dr": None, "dr.": None, "prof": None, "prof.": None,
    "professor": None, "sen": None, "sen.": None, "rep": None, "rep.": None, "gov": None, "gov.": None,
    "gen": None, "gen.": None, "lt": None, "lt.": None, "col": None, "col.": None, "capt": None,
    "capt.": None, "sgt": None, "sgt.": None, "insp": None, "insp.": None, "det": None, "det.": None,
    "supt": None, "supt.": None, "rev": None, "rev.": None, "fr": None, "fr.": None, "cllr": None,
    "cllr.": None, "cr": None, "cr.": None, "maj": None, "maj.": None, "adm": None, "adm.": None, "cmdr": None, "cmdr.": None,
    "pres": None, "pres.": None, "amb": None, "amb.": None, "hon": None, "hon.": None,
    # police and military ranks written as initials (UK, Nigeria, India, Kenya...): "CSP Emmanuel Okon"
    "csp": None, "dsp": None, "asp": None, "acp": None, "dcp": None, "dci": None, "di": None, "ds": None,
    "pc": None, "psi": None, "ssp": None, "igp": None, "aig": None, "cpl": None, "pte": None, "wo": None,
    "alhaji": "m", "alhaja": "f", "alhagie": "m", "alkalo": "m", "chief": None,
    # Malaysian, Bruneian and Indonesian titles ("Datuk Seri Kamarul Ariffin Yusof", "Haji Osman"), South Asian
    # "Shri"/"Smt", religious titles used before a name ("Imam Yusuf Adebayo", "Pastor Grace Mensah")
    "datuk": None, "datin": "f", "dato": None, "dato'": None, "dato’": None, "seri": None, "tun": None,
    "haji": "m", "hajji": "m", "hajia": "f", "hajah": "f", "hajjah": "f", "shri": "m", "smt": "f", "smt.": "f", "pastor": None, "imam": "m",
    "rabbi": None, "sheikh": "m", "cardinal": "m", "reverend": None,
    # East African respect titles ("Mzee Juma Mwakisha", "Bi Amina"), Spanish and Portuguese "Don"/"Doña"/"Dona"
    "kaumātua": "m", "kaumatua": "m", "kuia": "f", "khun": None, "nai": "m", "nang": "f",
    "nana": None, "togbe": "m", "naa": None, "oba": "m", "emir": "m", "sultan": "m",  # West African royal titles
    "comrade": None, "madam": "f", "mdm": "f", "mdm.": "f", "encik": "m", "puan": "f",
    "mzee": "m", "bi": "f", "bibi": "f", "mama": "f", "doña": "f", "dona": "f", "shrimati": "f", "kumari": "f",
    # Zimbabwean "Cde" (comrade), Fijian chiefly titles ("Ratu Apenisa Vuetaki", "Adi Litia Tavuto"), an engineer's "Eng."
    "cde": None, "cde.": None, "ratu": "m", "adi": "f", "eng": None, "eng.": None,
    # Setswana "Rra"/"Mma" (Mr/Mrs) and "Kgosi" (chief); the English local-government "Coun" (councillor)
    "rra": "m", "mma": "f", "kgosi": "m", "coun": None, "coun.": None,
    # Sesotho "Ntate" (Mr) and "'M'e"/"Mme" (Mrs), written before a full name
    "ntate": "m", "'m'e": "f", "’m’e": "f", "m'e": "f", "m’e": "f", "mme": "f",
    # Chicago's alderpeople ("Ald. Teresa Wojcik"), US "Assemblymember"/"Del." (delegate), "Supv." (supervisor)
    "ald": None, "ald.": None, "del.": None, "supv.": None, "assemblymember": None,
    # Nigerian police ranks ("CP Adebayo Lawal", "SP Ejiro Okpara"); "Aunty"/"Uncle", Aboriginal elders' titles
    "cp": None, "sp": None, "aunty": "f", "auntie": "f", "uncle": "m",
    # "Honourable Name" written out; a nurse's or a nun's "Sister Name"
    "honourable": None, "honorable": None, "sister": "f", "elder": None,
    "ir": None, "ir.": None, "malam": "m", "mallam": "m", "kagawad": None, "headman": "m", "headwoman": "f",
    "temenggong": None, "penghulu": None, "pemanca": None, "tuai": None,  # Sarawak chiefs ("Tuai Rumah", a longhouse head)
    # Samoan honorifics before a matai's name ("Afioga Tuiloma Lameko Pule" for a high chief, "Tofa" for an orator,
    # "Susuga" for a pastor or an untitled person): like "Sir", not part of the name
    "afioga": None, "tofa": None, "susuga": None,
    "opanin": "m", "obaapanin": "f",  # Akan elders ("Opanin Kwaku Fosu")  # (Hausa "Malam": Mr, a teacher)  # Malaysian and Indonesian engineers ("Ir Norhayati Abdul Rahman")
    "yb": None,  # Malaysian "Yang Berhormat" before an assembly member's name ("YB Lee Chee Hong")
    "pa": "m", "mami": "f",  # Cameroonian respect for elders ("Pa Fru Emmanuel Tebit", "Mami Ngum")
    "barr": None, "barr.": None, "engr": None, "engr.": None,  # Nigerian barrister's and engineer's titles
    "fon": "m", "ambuya": "f",  # a Cameroonian traditional ruler ("Fon Teboh Ndangoh II"); Shona "grandmother"
    # an Indian village head ("Sarpanch Kuldeep Kaur Grewal"), a councillor written short ("Clr Moyo"), a Bangladeshi
    # agriculturist's title ("Krishibid Sharmin Akter")
    "sarpanch": None, "clr": None, "clr.": None, "krishibid": None,
    "hajiya": "f",  # Hausa spelling of "Hajia" ("Hajiya Rakiya Umar Dambam")
}
ROLE_WORDS = frozenset(
    """bucopho indvuna bupati camat lurah mmc cs ps tahsildar tehsildar sarpanch patwari corporator pradhan mukhiya ded reo custos oba emir kgosi sultan headman coordinator co-ordinator parent housewife homemaker mec mca collector controller cec rdc boss bosses vet agent convener convenor president vice prime minister secretary secretary-general general chancellor mayor deputy chief
    director commissioner councillor councilor councilwoman councilman council-member principal coach
    superintendent chair chairman chairwoman chairperson spokesperson spokesman spokeswoman ceo cfo coo cto
    governor senator officer inspector detective professor judge justice sheriff captain sergeant
    ambassador leader head manager founder executive representative lawmaker minister's premier king queen
    prince princess pope bishop archbishop lieutenant colonel commander admiral major constable
    attorney prosecutor lawyer envoy delegate chairs headteacher headmaster headmistress dean provost rector
    editor analyst economist researcher scientist doctor nurse surgeon physician striker midfielder
    defender goalkeeper forward captain manager skipper referee player pitcher quarterback midfielder
    owner partner adviser advisor aide consultant counsel clerk treasurer auditor registrar
    secretary-general's mp mep msp tánaiste taoiseach councilmember alderman alderwoman selectman
    selectwoman assemblyman assemblywoman assemblymember congressman congresswoman congressmember
    commissioner trustee governor-elect mayor-elect president-elect chairholder curator organiser organizer
    spokesperson campaigner activist member co-author author menteri besar teacher mla mlc mna mpp td
    retiree pensioner homeowner farmer grower fisherman shopkeeper stallholder trader vendor resident student
    volunteer veteran widow widower tenant landlord shopper commuter cyclist grandmother grandfather
    great-grandmother great-grandfather grandmother-of-two grandfather-of-two mother-of-two father-of-two
    mother-of-three father-of-three passenger regent magistrate speaker mpa omanhene ceann comhairle advocate
    advocate-general solicitor-general attorney-general mk
    sho oc ocs ocpd uno dce sdm bdo dsp dpo ppro dig igp aig ssp asp dc okyeame""".split()  # South Asian and African police and district posts
)
ORG_WORDS = frozenset(
    """scheme programme co-operative builders contractors developers enterprises associates ministry department council committee commission agency authority inc inc. corp corp. corporation
    company co co. ltd ltd. llc plc group union association federation institute university college
    school academy hospital clinic bank party police service services board office court foundation trust
    alliance league club network centre center organization organisation society press times news post
    labs systems technologies tech industries holdings partners fund bureau administration government
    parliament congress senate assembly cabinet army navy force forces guard brigade unit team fc
    museum library gallery church diocese council's nato un eu who imf energy motors airlines airways pharma
    pharmaceuticals foods media capital ventures solutions logistics electric power telecom mining oil gas
    steel chemicals insurance healthcare software robotics aerospace automotive brewery studios records
    financial finance payments bakery cafe café restaurant shop store stores market pharmacy hotel pub bar salon
    garage farm farms diner bistro grill kitchen bookshop bookstore gym supermarket mart outlet boutique
    digital analytics data cloud networks communications retail brands realty properties homes construction
    engineering consulting associates law legal publishing entertainment games pictures films music sports
    athletics fitness transit transport rail railway railways railroad railroads shipping freight utilities metals therapeutics biotech
    medical rovers wanderers rangers albion athletic fc afc cf sc hotspur relief aid rescue shelter coalition
    local workers
    project initiative campaign collective cooperative co-op mission ministries forum forums panel caucus
    movement society research securities economics insights advisors advisers strategies intelligence markets
    laboratory laboratories observatory prefecture directorate gendarmerie inspectorate municipality ombudsman
    tribunal secretariat embassy consulate commune bureau inns inn hotels pubs breweries taverns restaurants
    coaches buses ferries cinemas theatres theaters dairies bakeries gmbh oyj pty sdn bhd srl sarl watch ngo division
    schools academies colleges universities hospitals clinics unified centers centres house mobility
    sekolah jabatan majlis pejabat persatuan kementerian lembaga yayasan koperasi sangguniang incorporated limited
    trading enterprises delegation collectorate panchayat parishad""".split()
)  # (the last lines: Malay school, department, council, office, association, ministry, board, foundation,
#     cooperative; the Filipino "Sangguniang" council; "Delegation": a ministry's regional office in Cameroon;
#     "Collectorate": a district collector's or a customs office in South Asia; "Panchayat", "Parishad": councils)
PLACE_WORDS = frozenset(
    """street st road rd avenue ave lane boulevard square park bridge station hall stadium river lake
    mountain valley island beach harbour harbor port airport county province canton district city town
    village north south east west central heights gardens row way place quay pier coast bay end stand terrace
    ground field arena drive court crescent close mews hill hills wharf dock estate estates flats area
    kampung kampong jalan taman lorong""".split()
)  # (Malay village, street, housing estate, lane)
ORG_HEADS = frozenset(
    """company firm ministry department council committee commission agency authority union association
    federation institute university college school academy hospital clinic bank party police force
    service board office court foundation trust alliance league club network organization organisation
    society government administration group team campaign coalition regulator watchdog charity
    airline carrier operator manufacturer developer retailer startup utility district county city town
    state prosecutors prosecution defence defense embassy mission army navy military prefecture directorate
    inspectorate gendarmerie municipality tribunal secretariat consulate ombudsman consortium region
    distributor wholesaler grocer supplier processor exporter importer brewer conglomerate insurer lender shelter sanctuary""".split()
)
ANON_HEADS = frozenset(
    """reporter reporters journalist journalists interviewer presenter questioner official officials source sources person people insider insiders aide aides diplomat diplomats
    garda gardaí gardai officer officers employee employees worker workers resident residents member members executive
    executives analyst analysts expert experts witness witnesses staffer staffers staff spokesperson
    spokesman spokeswoman representative representatives parent parents student students teacher
    teachers neighbour neighbor neighbours neighbors fan fans voter voters lawmaker lawmakers doctor
    doctors nurse nurses investor investors colleague colleagues friend friends relative relatives
    organiser organizer organisers organizers protester protesters customer customers manager
    engineer engineers scientist scientists researcher researchers banker bankers trader traders
    passenger passengers driver drivers shopkeeper owner owners commuter commuters user users author authors
    writer writers team planner planners inspector inspectors economist economists lawyer lawyers librarian
    accountant farmer farmers volunteer volunteers firefighter firefighters paramedic paramedics pilot soldier
    soldiers guard guards coach supporter supporters critic critics opponent opponents activist activists
    campaigner campaigners historian professor lecturer clinician employee contractor landlord tenant tenants
    holder holders stallholder stallholders shopper patient patients victim victims survivor survivors bystander bystanders mother father grandmother
    grandfather son daughter wife husband brother sister man woman boy girl diplomat diplomats negotiator
    legislator legislators councillor councillors broker brokers consultant consultants adviser advisers
    advisor advisors director directors officer spokeswoman operator operators clerk clerks cashier cashiers
    technician technicians mechanic mechanics electrician plumber janitor cleaner cleaners nurse manager
    managers supervisor supervisors foreman labourer laborer labourers laborers miner miners fisherman
    fishermen shopkeepers vendor vendors rep reps contractor contractors guide guides porter porters assistant
    assistants builder builders cook cooks chef chefs waiter waiters waitress bartender baker butcher tailor barber
    hawker hawkers stallholder stallholders herder herders trucker truckers rancher smallholder smallholders villager villagers""".split()
)
PRONOUNS = {"he": "m", "she": "f", "they": "x", "him": "m", "her": "f", "them": "x", "his": "m", "hers": "f", "their": "x"}
_NOT_NAMES = frozenset(
    """the a an in on at as but and or if when while after before since for of to from by with this that
    these those it its he she they we i you his her their our my your there here then yet so also however
    meanwhile still now today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec why what who how where which according building such
    last next earlier later both each every many some more most other others another one two three several all
    no not even only just like over under about across between through during without within
    breaking update updated read see photo video watch
    linkedin facebook instagram twitter tiktok whatsapp telegram youtube threads bluesky reddit snapchat""".split()
)
_DESCRIBED_ORG = re.compile(
    r"\b(?:the|The|a|A)\s+(?:[a-z-]+\s+)?(?:charity|company|firm|group|union|agency|trust|organi[sz]ation|operator|airline|"
    r"retailer|developer|consultancy|club|charity|band|association|federation|coalition|alliance|network|campaign)\s+$"
)
_HOLIDAYS = frozenset("christmas easter ramadan eid diwali hanukkah thanksgiving halloween passover lent advent".split())
_QUANTITY_WORDS = frozenset("hundreds thousands dozens millions scores tens some many most all several both none each".split())
# lower-case words that make the capitalised words before them part of an organisation
_UNIT_WORDS = frozenset("division branch unit wing chapter section bureau subdivision sub-division".split())
# bodies named for what they work on: "the Commission on Audit", "the Council on Foreign Relations"
_ON_BODIES = frozenset("commission committee council panel institute centre center task force board".split())
_CONNECTORS = frozenset("de des van von der den bin binti anak al el da di du la le ibn dos das del dela delos ter ten op ap ab arap ni".split())
# (a Khoekhoe name written with its click letter: "Jeremia !Uirab", "Erastus !Naruseb")
_WORD = re.compile(r"(?<![\w!])[!ǂǀǁ](?=[A-Z])[^\W\d_]*[\w’'\-]*|[^\W\d_][\w’'\-]*\.?|\d[\w,.]*")

@dataclass(frozen=True)
class Mention:
    """A person or organisation named in the text."""

    start: int
    end: int
    name: str
    kind: str  # "person" or "org" (or "place", only from ``find_people(..., keep_places=True)``)
    gender: str | None = None
    role: str | None = None


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Countries and large regions, lower case (see the data file's header for what the list is for).

    >>> "switzerland" in place_names(), "jordan" in place_names()
    (True, False)
    """
    text = (resources.files("kit.data") / "place_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


class _GivenNames(dict):
    """A dict of given names that also finds accented spellings: "ciarán" is looked up as "ciaran"."""

    @staticmethod
    def _fold(key: object) -> object:
        if isinstance(key, str) and not key.isascii():
            return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
        return key

    def __missing__(self, key: object) -> str:
        folded = self._fold(key)
        if folded is key or folded == key:
            raise KeyError(key)
        return dict.__getitem__(self, folded)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or dict.__contains__(self, self._fold(key))

    def get(self, key: object, default: object = None) -> object:  # type: ignore[override]
        return self[key] if key in self else default


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Adjectives for the peoples of the places in ``place_names.txt``, made by the usual English endings
    ("Venezuelan", "Kenyan", "Canadian", "Nepali", "Sudanese"); used to spot a nationality before a name.

    >>> {"venezuelan", "kenyan", "canadian", "pakistani", "sudanese"} <= demonyms()
    True
    """
    forms: set[str] = set()
    for place in place_names():
        if " " in place:
            continue
        stem = place[:-1] if place.endswith(("a", "e", "o", "y")) else place
        forms.update({place + "n", place + "an", stem + "an", stem + "ian", place + "ian", place + "i", place + "ese", stem + "ese"})
    return frozenset(f for f in forms if f not in first_name_genders())


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Given names mapped to "f" or "m" (weak evidence for pronouns; see the data file's header).

    >>> first_name_genders()["maria"], first_name_genders()["tom"], first_name_genders().get("ciarán")
    ('f', 'm', 'm')
    """
    genders: dict[str, str] = _GivenNames()
    text = (resources.files("kit.data") / "first_names.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            genders[name] = gender.strip()
    return genders


# --------------------------------------------------------------------------- people


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|ar|an|ul|abd|bin|ibn|bint|l|il|ix|iż|iċ)-[A-Z]")  # (Maltese "l-Art")


def _is_cap(word: str) -> bool:
    """A capitalised word, an Arabic surname written with a lower-case particle ("al-Rousan"), or a word with a
    Fijian or Nguni prefix ("iTaukei", "eThekwini")."""
    return word[:1].isupper() or (word[:1] in "!ǂǀǁie" and word[1:2].isupper() and word[2:3].islower()) or ("-" in word[:6] and _PARTICLE_NAME.match(word) is not None)


# the wing of a post, written between the post and the name ("SSP Operations", "Deputy Director Operations")
_POST_WINGS = frozenset("operations investigation investigations traffic security headquarters admin administration legal finance establishment planning".split())
_NUMBERED_UNITS = frozenset("local lodge chapter unit branch district division precinct ward station squadron battalion brigade regiment company post".split())
_GROUP_OF = frozenset("members member supporters staff leaders officials residents workers employees friends fans shares stock customers users".split())


# titles of traditional rulers and monarchs, whom an article later calls "the monarch" or "the royal father"
_ROYAL_TITLES = frozenset("oba emir sultan obi olu ooni alaafin kabaka omukama king queen fon togbe asantehene baale".split())
# Shona titles ("Mai Chipo Rusike": Mrs; "Baba Tendai"), also given names elsewhere: titles only before a full name
_TITLES_BEFORE_FULL_NAMES = frozenset("mai amai baba sekuru gogo make mkhulu babe".split())
_BRACKETED_ACRONYM = re.compile(r"(?<=[A-Za-z] )\(([A-Z][a-z]{2,7})\)")
_LEGAL_BRACKET = re.compile(r"\s+\((?:Private|Pvt|Pty|Proprietary)\)\s+(?:Limited|Ltd)\b\.?")
_PLACE_ADJECTIVE = re.compile(r"[A-Z][\w’'.-]*-(?:based|born|headquartered|registered|owned|listed|made)")
_DATELINE = re.compile(r"(?:,\s*[A-Z][\w.’'-]*(?:\s+[A-Z0-9][\w.’'-]*){0,2})?\s*(?:\([A-Za-z]+\)\s*)?[—–-]{1,2}\s")


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
    mentions: list[Mention] = []
    places: set[str] = set()
    # short names an article defines in brackets after an organisation: "the Coastal Marine Services Agency (Comsa)"
    bracketed = set(_BRACKETED_ACRONYM.findall(text, start, end))
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
        run = [tokens[i]]
        j = i + 1
        while j < len(tokens):
            gap = text[run[-1][1] : tokens[j][0]]
            nxt = tokens[j][2]
            nickname = _NICKNAME_GAP.match(text, run[-1][1])
            if nickname and (
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
        if len(run) > 1 and run[0][2] == "Class" and _rx(r"\b(?:1st|2nd|3rd|[Ff]irst|[Ss]econd|[Tt]hird)\s+$").search(text[max(0, run[0][0] - 8) : run[0][0]]):
            run = run[1:]  # "Petty Officer 2nd Class Alana Ferris": the rest of a rank, not a name
        if len(run) > 1 and _PLACE_ADJECTIVE.fullmatch(run[0][2]):
            run = run[1:]  # "Singapore-based Tarragon Shipping Lines": where it is based is not its name
        if all(t[2].isupper() for t in run) and run[-1][2].lower() in ROLE_WORDS and all(t[2] in ("A", "AN", "THE") for t in run[:-1]):
            i = j
            continue  # "A PENSIONER has been fined": a tabloid's capitals, not a name
        if run[0][2].isupper() and len(run[0][2]) > 2 and all(t[2].isupper() for t in run) and _DATELINE.match(text, run[-1][1]) and (
            run[0][0] == 0 or text[run[0][0] - 1] == "\n"
        ):
            i = j
            continue  # "HARLAN — What would have been ...": a dateline, the place the story was filed from
        if len(run) == 1 and word in _POSTNOMINALS and _rx(r"[a-z],\s$").search(text[max(0, s - 3) : s]) and text[e : e + 1] == ",":
            i = j
            continue  # "Jonathan Ferrier, KC, told the court": letters after a name, between commas
        if len(run) >= 2 and j < len(tokens) and tokens[j][2] in _POSTNOMINALS and text[run[-1][1] : tokens[j][0]] == " " and not (
            j + 1 < len(tokens) and (_is_cap(tokens[j + 1][2]) or tokens[j + 1][2] in ("for", "of")) and text[tokens[j][1] : tokens[j + 1][0]] == " "
        ):
            j += 1  # "Jane Roe KC": the letters after the name are no organisation either
        # "Local oyster farmer ...", "Kenyan runner ...": an adjective on its own is nobody's name
        found = _classify_run(text, run) if not (
            (len(run) == 1 and (word in ("Local", "LOCAL") or word.lower() in demonyms()))
            # "A remote Western Australian shire", "South Sudanese traders": a region's people, not a name
            or (len(run) == 2 and run[0][2] in _COMPASS_WORDS and run[1][2].lower() in demonyms())
        ) else []
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
        mentions.extend(found)
        i = j
    return mentions


_COMPASS_WORDS = frozenset("Western Eastern Northern Southern North South East West Central".split())
_MODIFIED_NOUN = re.compile(r" ([a-z]{3,})\b(?![’'-])")
# words after "the Name" that do not make it a description of a thing ("the Dutchman said", "the Viking who ...")
_NOT_MODIFIED = frozenset(
    """said says told tells added adds explained wrote writes asked argued noted insisted called described warned replied
    who which that whose and but nor was were has had have will would could can did does may might must shall should are
    not also then later still now again from with into for over under after before about against among between
    yesterday today tonight tomorrow last this earlier recently when while because since until""".split()
)
_PLATFORMS = frozenset("Facebook Twitter Instagram TikTok YouTube WhatsApp LinkedIn Telegram Threads Bluesky".split())
_PAGE_NEXT = re.compile(r"\s+(?:page|account|group|channel|handle|profile|post|feed)\b")
# capitalised initials that name things, not bodies
_NOT_BODIES = frozenset(
    """GPS CCTV DNA ATM ATMs PIN GDP SMS PDF USB LED LEDs LPG CNG HIV AIDS COVID COVID-19 ICU ECG MRI PPE SUV SUVs TV VAT GST
    OTP QR URL SIM LNG EV EVs UV PhD MBA BMI IQ 4G 5G WiFi Wi-Fi AI""".split()
)
_UNIT_OF = re.compile(r"\s+(?:chapter|branch|wing|unit|section|affiliate|arm)\s+of\s+(?:the\s+)?")


_SPEAKS_NEXT = re.compile(
    r"(?:,\s*(?:a|an|the|who)\b[^,.]{1,60},|\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
    r"\s+(?:said|says|told|tells|added|adds|explained|wrote|writes|asked|argued|noted|insisted|called|described)\b"
)
# the last word of a place's name ("Bellevue Settlement", "Dhuseni Rural Municipality-4") and the first word of a
# village's ("Barangay Ambatong", "Sitio Malinao", "Kampung Tebing Tinggi", "Char Baliadanga": a river island)
_SETTLEMENT_NOUNS = frozenset("settlement municipality township village hamlet colony barangay tole".split())
# (Sesotho "Ha Lethunya": the village of the Lethunya family; but Korean "Ha Jung-woo" is a person)
_SETTLEMENT_TITLES = frozenset("barangay sitio purok kampung kampong char ha".split())
_PLACE_OF = re.compile(
    r"\b(?:neighbou?rhoods?|village|town|city|district|municipality|suburb|province|state|region|county|island|borough|"
    r"parish|colonia|barrio|township|hamlet|settlement|community|commune|prefecture|governorate|valley)\s+of\s+$"
)
_PLACE_AFTER = re.compile(
    r"\s+(?:district|province|village|county|town|city|region|commune|ward|valley|river|island|prefecture|municipality|"
    r"township|state|governorate|suburb|neighbou?rhood|parish|oblast|canton)\b(?!\s+(?:manager|officer|attorney|judge|"
    r"council|court|commissioner|director|chief|head|official|administrator|governor|chairman|chair|leader|police|hospital|school)\b)"
)
_ACTS_AS_BODY = re.compile(
    r"\s+(?:said|says|announced|confirmed|stated|responded|declined|denied|told)\b(?:(?:\s+\w+){0,3}?\s+(?:in\s+an?\s+)?"
    r"(?:statement|release|press\s+release|filing|spokes(?:person|man|woman))|(?:\s+\w+){0,2}?\s+that\s+it\s)"
)
_WHICH_ACTS = re.compile(
    r",\s+which\s+(?:is\s+based|was\s+founded|is\s+headquartered|was\s+set\s+up|is\s+owned|is\s+listed|"
    r"(?:has\s+|have\s+|had\s+)?(?:run|runs|operates|operated|owns|owned|employs|employed|makes|made|"
    r"sells|sold|manages|managed|represents|provides|provided|builds|built|publishes|published|organises|organizes|"
    r"organised|organized|funds|funded|commissioned|commissions|hires|hired|produces|produced|staged|stages|launched|"
    r"launches|lobbies|lobbied|campaigns|campaigned|filed|files|sued|sues|brought|brings|leads|led))\b"
)
_PRODUCT_SUFFIXES = frozenset("pro plus max mini ultra air lite xl".split())
_PRODUCT_NEXT = re.compile(
    r"\s+(?:camera|cameras|phone|phones|smartphone|app|apps|device|devices|model|models|headset|laptop|tablet|smartwatch|"
    r"console|drone|drones|speaker|speakers|software|chip|chips|handset|handsets|earbuds|charger|chargers|fryer|fryers|"
    r"router|scooter|scooters|e-bike|e-bikes|vaccine|tablets|pill|pills|subscription|platform|update|engine|jet|aircraft)\b"
)


_MONTH_NAMES = frozenset("april june august".split())
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
    if k + 2 < len(run) and lower[k] in _GROUP_OF and lower[k + 1] == "of" and not (
        lower[k] == "member" and lower[k + 2] in ("parliament", "assembly", "congress", "senate", "legislative", "house", "the", "provincial", "national")
    ):  # (but "Member of Parliament for Kingston Central Rohan Fairclough" is a title)
        k += 2  # "Members of United Warehouse Workers Local 218": the organisation
    run, words, lower = run[k:], words[k:], lower[k:]
    if len(run) >= 4 and lower[0] in ("tan", "puan", "toh") and lower[1] in ("sri", "puan") and not any(w in ORG_WORDS for w in lower):
        # "Tan Sri Lim Kok Seng", "Puan Sri Aminah": a Malaysian title ("Tan" alone is a family name)
        person = _person(text, run[2:], role=text[run[0][0] : run[1][1]])
        return [person] if person else []
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
    if _rx(r"\b(?:S\.\s?A|S\.p\.A|N\.V|B\.V|A\.G|S\.A\.S|S\.R\.L|S\.L|K\.K)\.?$").search(text[run[0][0] : run[-1][1]]) or (
        len(run) >= 2 and run[-1][2] in ("AG", "GmbH", "SE", "NV", "BV", "SpA", "ASA", "AB", "Oyj", "PLC", "Plc", "Ltd", "LLC", "Inc")
    ):
        return [_org(text, run)]  # "Minera Cordillera Azul S.A.": a company's legal form
    if len(run) >= 2 and run[0][2] == "PT" and run[1][2][:1].isupper():
        return [_org(text, run)]  # "PT Agro Sirah Lestari": an Indonesian limited company
    if _WHICH_ACTS.match(text, run[-1][1]):
        return [_org(text, run)]  # "Cambrian Valley Coaches, which has run the route": only an organisation runs things
    chiefly = _CHIEFLY_TITLE.match(" ".join(lower))
    if chiefly and len(chiefly.group().split()) < len(run):
        # "Traditional Authority Chinkhombe", "Group Village Headman Mtambo": Malawian chiefs' titles, not bodies
        cut = title_end = len(chiefly.group().split())
        while cut < len(run) - 2 and run[cut][2].lower() in HONORIFICS:
            cut += 1  # "Turaga ni Koro Ratu Josefa Tuimaleka": the honorific after the title is no part of the name
        person = _person(text, run[cut:], role=text[run[0][0] : run[title_end - 1][1]])
        return [person] if person else []
    if any(w in ORG_WORDS for w in lower) or (len(run) == 1 and len(words[0]) >= 2 and (
        words[0].isupper() or (_rx(r"(?:[A-Z][a-z]?){2,4}").fullmatch(words[0]) is not None and sum(c.isupper() for c in words[0]) >= 2)
    )):  # ("the MoD", "the DfE": initials with small letters)
        # an organisation, possibly followed by a role and a person ("NATO Secretary-General Mark Rutte")
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


@lru_cache(maxsize=1)
def _org_list_tail() -> re.Pattern[str]:
    heads = "|".join(sorted((w.capitalize() for w in ORG_HEADS), key=len, reverse=True))
    return re.compile(rf"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)+,?\s+and\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?:{heads})\b")


_PORTFOLIO_HEAD = re.compile(r"(?:Federal\s+|State\s+)?(?:Ministry|Department|Secretariat)\s+(?:of|for)\s+[A-Z]")
_PORTFOLIO_TAIL = re.compile(r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)+,?\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=[\s,.;:)])")
_ACRONYM_TAIL = re.compile(r" (?:in|on|at|and|for|of) ((?:the )?)((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*) \(([A-Z]{3,8})\)")
_CHIEFLY_TITLE = re.compile(
    r"(?:sub-)?traditional authority|(?:senior\s+|group\s+)?village headm[ae]n|paramount chief|senior chief|turaga ni koro|punong barangay"
)


def _uncapitalise(name: str) -> str:
    """Write an all-capitals name the usual way.

    >>> _uncapitalise("NEIL McCALLUM"), _uncapitalise("ANNE-MARIE O'NEILL")
    ('Neil McCallum', "Anne-Marie O'Neill")
    """
    def word(w: str) -> str:
        prefix = _rx(r"Mc|Mac(?=[A-Z])|O[’']").match(w)
        cut = prefix.end() if prefix else 0
        rest = "-".join(part.capitalize() for part in w[cut:].split("-"))
        return w[:cut] + rest

    return " ".join(word(w) for w in name.split())


_SAINT_PLACES = frozenset("san santa santo são sao sainte santiago".split())
_ROLE_THEN_NAME = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:coach|manager|boss|captain|chairman|chairwoman|chair|president|director|chief|ceo|spokesman|"
    r"spokeswoman|spokesperson|owner|founder|secretary|leader|head|striker|fullback|halfback|midfielder|defender|goalkeeper)\s+[A-Z]"
)
# titles written short before a name, and the role noun an article uses later ("Sen. Daniel Reyes" ... "the senator")
_TITLE_ROLES = {
    "sen": "senator", "rep": "representative", "gov": "governor", "col": "colonel", "lt": "lieutenant", "capt": "captain",
    "sgt": "sergeant", "insp": "inspector", "det": "detective", "supt": "superintendent", "cllr": "councillor",
    "cr": "councillor", "prof": "professor", "amb": "ambassador", "pres": "president", "adm": "admiral", "maj": "major",
    "gen": "general", "cmdr": "commander", "justice": "judge",  # "Justice Saima Qadeer" ... "the judge observed"
    "kgosi": "chief",  # "Kgosi Mothusi Ramokate" ... "the chief said"
}
_MADE_ROLE = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)\b[^.;]{0,100}?\b(?:was|is|has\s+been|had\s+been)\s+(?:\w+\s+){0,3}?"
    r"(?:declared|named|appointed|elected|sworn\s+in\s+as|confirmed\s+as|chosen\s+as)\s+(?:the\s+|as\s+|a\s+)?(?:new\s+)?"
    r"([a-z-]+(?:\s+[a-z-]+)?)"
)
_KNOWN_AS = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),[^.;]{0,80}?\b(?:known|called|nicknamed)\s+(?:\w+\s+){0,4}?as\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b"
)
_SENTENCE_ADVERBS = frozenset(
    """however meanwhile instead still yet now today yesterday separately elsewhere overall also later earlier
    nevertheless nonetheless moreover furthermore indeed besides otherwise similarly likewise finally first
    second third then again already though although""".split()
)
_NICKNAME_GAP = re.compile(r"\s[“\"‘'][A-Z][\w’'. -]{0,20}[”\"’']\s")
_LEADING_PLACE = frozenset("port fort mount mt lake cape isle kot sungai bukit kampung kuala jalan pulau tanjung taman rumah".split())  # (Malay: river, hill, village, estuary, road, island, cape, estate; Iban "Rumah Nyalau", a longhouse)


def _titled_run_ahead(text: str, tokens: Sequence[tuple[int, int, str]], j: int, nicknames: dict[int, int] | None = None) -> int:
    """How many tokens after ``tokens[j]`` ("of") make a ministry followed by a person's name (0: none)."""
    ahead: list[str] = []
    for k in range(j + 1, min(j + 12, len(tokens))):
        gap = text[tokens[k - 1][1] : tokens[k][0]]
        if gap != " " and not (nicknames and nicknames.get(tokens[k - 1][1]) == tokens[k][0]) and not (
            gap == "" and _rx(r"[A-Z]\.").fullmatch(tokens[k - 1][2])  # ("H.M. Lalith Senarath Ekanayake")
        ):
            break
        word = tokens[k][2]
        if not (_is_cap(word) or word.lower() in ("of", "and", "&", "for", "the", "in")):
            break  # ("Leader of the Opposition in the Sindh Assembly Mian Abdul Qadir Shaikh")
        ahead.append(word)
    lower = ["role"] + [w.lower().rstrip(".") for w in ahead]
    if _titled_name_start(lower, ["Role"] + ahead) is not None:
        return len(ahead)
    seat = tokens[j - 1][2].lower().rstrip(".") if j > 0 else ""
    if _titled_name_start([seat, tokens[j][2]] + lower[1:], [tokens[j - 1][2], tokens[j][2]] + ahead) is not None:
        return len(ahead)  # "Independent TD for Wexford Nóirín Kehoe"
    return 0


# the words a ministry's or a seat's name usually ends with ("... and Maritime Affairs", "Caroni South")
_PORTFOLIO_ENDS = frozenset(
    """affairs development transport health education works finance defence defense justice interior agriculture
    energy environment trade industry industries tourism housing labour labor security planning infrastructure culture
    sport sports communications water lands mines fisheries youth women welfare commerce investment technology
    information relations resources economy treasury immigration aviation roads ports heritage arts science
    innovation family children gender veterans forestry wildlife climate petroleum telecommunications
    broadcasting cooperatives irrigation livestock food nutrition territories north south east west central
    safety liaison policing services highways""".split()
)
_COMPASS = frozenset("north south east west central".split())
_POSTNOMINALS = frozenset("TD MP MSP MS MLA MEP MPP MNA MHA QC KC SC OBE MBE CBE KBE DBE PhD".split())
# roles that hold a seat named for a place: "TD for Wexford", "MP for Caroni South"
_SEAT_ROLES = frozenset("mp td mla msp mpp mna mha mhk senator representative councillor councilor assemblyman assemblywoman member".split())
# a local government named for its place ("the Hamlet of Tasiqsivik", "the Town of Markham")
_PLACE_BODIES = frozenset("hamlet town city village county district township municipality borough shire parish".split())
# words that South Asian names often begin with, before the given name ("Syed Ghulam Murtaza Hashmi",
# "Mian Abdul Qadir Shaikh"); the press treats them as part of the name
_NAME_PREFIXES = frozenset("syed syeda mian sardar makhdoom pir khawaja md mst mohd chaudhry chaudhary rana malik rao mir".split())


def _titled_name_start(lower: Sequence[str], words: Sequence[str]) -> int | None:
    """Where a person's name starts after a title that names a ministry or office, or None.

    The run must open with a role word, and end in a known given name and one or two more
    capitalised words, none of them an organisation word.

    >>> _titled_name_start(["minister", "of", "health", "ana", "silva"], ["Minister", "of", "Health", "Ana", "Silva"])
    3
    >>> _titled_name_start(["ministry", "of", "health"], ["Ministry", "of", "Health"]) is None
    True
    """
    if not lower or (lower[0] != "role" and lower[0].split("-")[0] not in ROLE_WORDS):
        return None
    seat = lower[2:]
    if lower[0] in _SEAT_ROLES and len(lower) > 2 and lower[1] == "for" and 5 <= len(seat) <= 8 and ("and" in seat or "the" in seat) and all(
        w[:1].isupper() for w in words[-2:]
    ) and words[-3][:1].isupper() and not any(w in ORG_WORDS or w in ROLE_WORDS or w in HONORIFICS for w in seat[-2:]):
        # "MSP for the Highlands and Islands Ruaridh Fergusson": a seat with "the" or "and" in it, then a two-word name
        # (three words when the first is a known given name: "... Islands Catriona Mhairi Bain")
        return len(lower) - 3 if lower[-3] in first_name_genders() else len(lower) - 2
    if lower[0] in _SEAT_ROLES and len(lower) > 2 and lower[1] == "for" and len(seat) in (3, 4) and all(w[:1].isupper() for w in words[2:]) and not any(
        w in ORG_WORDS or w in ROLE_WORDS or w in HONORIFICS or w in ("of", "for", "and", "the", "in") for w in seat
    ) and (len(seat) == 3 or seat[1] in _COMPASS or seat[1] in PLACE_WORDS):
        # "Independent TD for Wexford Nóirín Kehoe": a one-word seat and a two-word name (or a two-word seat,
        # "Leeds East", and a two-word name), whether or not the given name is one the list knows
        return 2 + len(seat) - 2
    # the two or three capitalised words after the portfolio's last word are the name
    # ("Minister of Transport and Maritime Affairs Hazem Fouad El-Banna", "MP for Caroni South Vidya Ramsaran-Charles")
    ends = [k for k in range(1, len(lower)) if lower[k] in _PORTFOLIO_ENDS or lower[k] in ORG_WORDS]
    if ends:
        k = ends[-1] + 1
        if len(lower) - k >= 3 and (lower[k] in HONORIFICS or lower[k] + "." in HONORIFICS):
            k += 1  # "MP for St Mary North Central Dr Owen McLeary": a courtesy title before the name
        tail = lower[k:]
        longest = 4 if tail and tail[0] in _NAME_PREFIXES else 3  # "Mian Abdul Qadir Shaikh"
        longest += sum(1 for w in tail if len(w) == 1)  # ("H.M. Lalith Senarath Ekanayake": initials before the name)
        if 2 <= len(tail) <= longest and all(w[:1].isupper() for w in words[k:]) and not any(
            w in ORG_WORDS or w in ROLE_WORDS or w in _PORTFOLIO_ENDS or w in _CONNECTORS or w in ("of", "for", "and", "&") or w in HONORIFICS
            for w in tail
        ):
            return k
    # else the name starts at a known given name
    for k in range(len(lower) - 2, max(len(lower) - 4, 0), -1):
        tail = lower[k:]
        if (
            lower[k] in first_name_genders()
            and lower[k - 1] not in _CONNECTORS and lower[k - 1] not in ("of", "for", "and", "&")
            and not any(w in ORG_WORDS or w in ROLE_WORDS for w in tail)
            and all(w[:1].isupper() for w in words[k:])
        ):
            while k > 1 and lower[k - 1] in _NAME_PREFIXES:
                k -= 1  # "Syed Ghulam Murtaza Hashmi": "Syed" belongs to the name
            return k
    return None


def _org(text: str, run: list[tuple[int, int, str]]) -> Mention:
    country = _rx(r"([A-Z][\w-]*)[’']s\s+(?=([A-Z]\w*))").match(text[run[0][0] : run[-1][1]])
    if country and len(run) > 1 and (
        country.group(1).lower() in place_names()
        or country.group(2).lower() in ("ministry", "government", "parliament", "cabinet", "embassy", "army", "navy", "senate")
    ):
        run = [t for t in run if t[0] >= run[0][0] + country.end()]  # "Brazil’s Ministry of Agriculture": the ministry
    if len(run) > 1 and run[0][2] in ("NGO", "CSO", "NPO", "charity"):
        run = run[1:]  # "heritage NGO Fondazzjoni Wirt Ħalna": what kind of body it is, not its name
    name = text[run[0][0] : run[-1][1]]
    name = _rx(r"(?<=s)[’']$").sub("", _rx(r"[’']s$").sub("", name))  # ("the Department of Feeder Roads' programme")
    if name.endswith(".") and name.split()[-1].lower() not in ("inc.", "co.", "corp.", "ltd.", "bros.", "s.a.", "n.v.", "b.v.", "a.g.", "s.p.a."):
        name = name[:-1]
    return Mention(run[0][0], run[0][0] + len(name), name, "org")


# titles that are also middle names after a given name ("Laxmi Kumari Shrestha", "Sunita Devi Yadav")
_MIDDLE_NAME_TITLES = frozenset(
    # (and South Asian given names that are as often middle names: "Govind Ram Jakhar", "Gyan Prakash Sharma")
    "kumari bibi devi begum ram prakash krishna narayan gopal kumar chandra lal nath prasad bahadur".split()
)
# the first halves of compound given names ("Jean Claude Nshimiyimana", "Marie Claire", "José Luis")
_COMPOUND_GIVEN = frozenset("jean marie josé jose maría maria ma juan luis ana anne mary john mohamed muhammad rey".split())


def _person(text: str, run: list[tuple[int, int, str]], role: str | None = None, gender: str | None = None) -> Mention | None:
    if not run:
        return None
    names = first_name_genders()
    if len(run) >= 2 and _rx(r"[A-Z]{3,5}|DO|OC|PS").fullmatch(run[0][2]) and run[1][2][1:2].islower() and not all(t[2].isupper() for t in run) and (
        run[0][2].lower() not in names and not any(t[2].lower() in place_names() or t[2].lower() in ORG_WORDS for t in run[1:])
    ):
        # "DPP Teo", "RFO Sunita Jagtap": a title's initials before the name, not part of it
        role = " ".join(filter(None, [role, run[0][2]]))
        run = run[1:]
    for k in range(1, len(run) - 1):
        if run[k][2].lower().rstrip(".") in names and run[k][2].lower() not in _MIDDLE_NAME_TITLES and run[0][2].lower() not in names and run[0][2].lower() not in _NAME_PREFIXES and not (k == 1 and run[0][2].lower().rstrip(".") in _COMPOUND_GIVEN) and not (
            # "Rosnah Abdul Karim": "Abdul" begins the father's name after a Malay given name, not the name itself
            # ("Nor Azlina Abdul Rahman": two Malay given names before it)
            run[k][2] in ("Abdul", "Abd", "Abu") and not role and all(
                t[2].lower() not in place_names() and t[2].lower() not in ORG_WORDS and t[2].lower().rstrip(".") not in ROLE_WORDS
                and t[2].lower() not in HONORIFICS and t[2][:1].isupper() and t[2].lower() not in ("sri", "puan", "toh") for t in run[:k]
            )  # (but "Tan Sri Abdul Hamid Sulong": a Malaysian title before the name)
        ) and not (
            # (but "SSP Operations Faisal Saleem Bhatti": the rank's wing comes before the name)
            role and role.split()[-1].lower() in HONORIFICS and run[0][2].lower() not in _POST_WINGS
        ) and not all(_rx(r"[A-Z]\.?").fullmatch(t[2]) for t in run[:k]) and not _rx(r"[A-Z]\.").fullmatch(run[0][2]) and not (
            # "Kranji Heights MP Foo Mei Ling": after a role, one word then a given name is a family name first
            role and k == 1 and len(run) == 3 and run[0][2].lower() not in ROLE_WORDS and run[0][2].lower() not in HONORIFICS
            and run[0][2].lower() not in _POST_WINGS  # ("Deputy Director Operations Sadia Noreen": the post's wing)
        ) and not (
            # "The District Chief Executive (DCE) for Akyode-Agou, Emmanuel Kwesi Dzokoto,": after a comma, three
            # plain words are a name, its first word a given name the list does not know
            not role and k == 1 and len(run) == 3 and (
                _rx(r"[a-z)],\s$").search(text[max(0, run[0][0] - 3) : run[0][0]]) is not None
                # ("Bih Martha Ngum, a potato farmer, said": a sentence opening with a short word no dictionary would
                # hold in lower case, then a given name, a family name and a comma)
                or (
                    _rx(r"(?:^|\n|[.!?][\"”’]?\s)$").search(text[max(0, run[0][0] - 3) : run[0][0]]) is not None
                    and text[run[-1][1] : run[-1][1] + 1] == "," and run[0][2].isalpha() and len(run[0][2]) <= 6
                    and (run[0][2].lower() not in text or _rx(rf"\b{run[0][2].lower()}\b").search(text) is None)
                    and run[0][2].lower() not in ANON_HEADS
                    and run[0][2].lower() not in HONORIFICS
                )
            )
            and run[0][2].lower().rstrip(".") not in ROLE_WORDS and run[0][2].lower() not in HONORIFICS
            and run[0][2].lower() not in ORG_WORDS and run[0][2].lower() not in place_names() and run[0][2][1:].islower()
        ):
            # ("R Meenakshi Sundaram", "K. S. Ramesh": initials are part of the name)
            # (after "Dr" or "Datuk" the name has begun: "Dr Norliza Abdul Ghani" is not "Abdul Ghani")
            # "Council Member Gregory Baptiste", "Co-author Owen Lachance": the name starts at the given name
            if run[k - 1][2].lower() in _COMPOUND_GIVEN:
                k -= 1  # "Parent Jean Pierre Ndagijimana": the name starts at "Jean"
            role = " ".join(filter(None, [role, text[run[0][0] : run[k - 1][1]]]))
            run = run[k:]
            break
    if role and role.split()[-1].lower() in _NAME_PREFIXES and text[: run[0][0]].rstrip().endswith(role.split()[-1]):
        # "Minister for ... Syed Ghulam Murtaza Hashmi": "Syed" begins the name, it is not part of the title
        prefix_at = text.rfind(role.split()[-1], 0, run[0][0])
        run = [(prefix_at, prefix_at + len(role.split()[-1]), role.split()[-1])] + list(run)
        role = " ".join(role.split()[:-1]) or None
    name = text[run[0][0] : run[-1][1]]
    name = _rx(r"[’']s?$").sub("", name).rstrip(".")
    name = _NICKNAME_GAP.sub(" ", name)  # Craig “Chook” Fowler is Craig Fowler
    if not name or len(name) < 2 or name.lower() in _NOT_NAMES:
        return None
    if len(name.split()) >= 2 and all(_rx(r"(?:Mc|Mac|O[’'])?[A-Z][A-Z’'-]+").fullmatch(w) for w in name.split()):
        name = _uncapitalise(name)  # a tabloid lede's "NEIL McCALLUM insisted" is Neil McCallum
    return Mention(run[0][0], run[-1][1], name, "person", gender, role)


# --------------------------------------------------------------------------- registry


