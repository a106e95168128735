"""Word lists that tell names apart, and the loaders of the name data files.

The honorifics ("Mr", "Datuk", "Cde") with the gender they say, role words ("minister", "coach"),
organisation words ("Ministry", "Inc"), place words ("Street", "County"), the nouns that head a
description of a body or of an unnamed source, pronouns, and the words that are never names.
:func:`first_name_genders` and :func:`place_names` load ``kit/data/first_names.tsv`` and
``kit/data/place_names.txt`` once; :func:`demonyms` derives "Kenyan" and "Sudanese" from the
place names. :mod:`kit.people` and :mod:`kit.registry` read these lists; they change nothing.

>>> HONORIFICS["mrs"], "minister" in ROLE_WORDS, "ministry" in ORG_WORDS
('f', True, True)
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

__all__ = [
    "HONORIFICS",
    "ROLE_WORDS",
    "ORG_WORDS",
    "ORG_HEADS",
    "ANON_HEADS",
    "PLACE_WORDS",
    "PRONOUNS",
    "demonyms",
    "first_name_genders",
    "place_names",
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
    "ir": None, "ir.": None, "p.c.": None, "malam": "m", "mallam": "m", "kagawad": None, "headman": "m", "headwoman": "f",
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
    """bucopho indvuna administrator toshao niladhari engineer bupati camat lurah mmc cs ps tahsildar tehsildar sarpanch patwari corporator pradhan mukhiya ded reo custos oba emir kgosi sultan headman coordinator co-ordinator parent housewife homemaker mec mca collector controller cec rdc boss bosses vet agent convener convenor president vice prime minister secretary secretary-general general chancellor mayor deputy chief
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
    kagawad holder holders stallholder stallholders shopper patient patients victim victims survivor survivors bystander bystanders mother father grandmother
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


# small words inside names ("Pieter-Jan van der Westhuizen", "Nurul binti Ahmad", "María de la Cruz")
_CONNECTORS = frozenset("de des van von der den bin binti anak al el da di du la le ibn dos das del dela delos ter ten op ap ab arap ni".split())
# words that South Asian names often begin with, before the given name ("Syed Ghulam Murtaza Hashmi",
# "Mian Abdul Qadir Shaikh"); the press treats them as part of the name
_NAME_PREFIXES = frozenset("syed syeda mian sardar makhdoom pir khawaja md mst mohd chaudhry chaudhary rana malik rao mir".split())
# a local government named for its place ("the Hamlet of Tasiqsivik", "the Town of Markham")
_PLACE_BODIES = frozenset("hamlet town city village county district township municipality borough shire parish".split())
# the first word of a place named for a saint ("San Isidro", "Santa Rosa de Lima", "São Paulo")
_SAINT_PLACES = frozenset("san santa santo são sao sainte santiago".split())
# sentence adverbs that can stand before a comma where a name would ("However, a farmer who ...")
_SENTENCE_ADVERBS = frozenset(
    """however meanwhile instead still yet now today yesterday separately elsewhere overall also later earlier
    nevertheless nonetheless moreover furthermore indeed besides otherwise similarly likewise finally first
    second third then again already though although""".split()
)


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
