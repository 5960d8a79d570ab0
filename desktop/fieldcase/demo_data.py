"""Clearly fictional demo case records for Fieldcase (schema/incident.schema.json).

Everything here is invented: the country (Tarvessa, code ``XTV``, from the ISO 3166 user-assigned
range that is never given to a real country), its provinces, districts and P-codes, every person,
organisation, party and armed group. Coordinates sit in the open South Atlantic so a map can never
place the demo in a real country.

The story over the last ``months`` months up to ``end_month`` (ages count months before ``end_month``):

* Vardenne (XT02): a provincial election falls the month after ``end_month``. Hate speech against the
  Vrenic minority rises, journalists and election observers are attacked and detained, and people
  who met the UN team (W-031, J-007) suffer reprisals. Escalating.
* Orsavale (XT03): a land concession to an agribusiness pushes Ulmeni herders off grazing land;
  evictions, herder-farmer attacks and displacement escalate (the Tolmere attack one month before the
  end), and a land-rights defender (L-014) who contributed to the UPR is detained. Escalating.
* Hesk Marches (XT05): a low-level border insurgency, steady. Ysmir Lakes (XT07): stable.
* Teral Plateau (XT06): a cholera outbreak and drought at the start, improving.
* Caldrisk Coast (XT04): a port strike peaks mid-period and ends with an agreement. Improving.
* Solmara Capital District (XT01): fuel-price protests early on, then an NGO law and pressure on
  journalists covering the election.

Escalation shows in the CCA areas democratic space, political stability, social cohesion, internal
security and displacement: more records, higher severity and more verified cases in the last three
months. Output is deterministic for a given seed. Pure Python: no Qt, no database.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import re
import sys
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

Record = dict[str, Any]


class DemoCountry(NamedTuple):
    code: str  # ISO 3166-1 alpha-3 style; X.. is reserved for user assignment, never a real country
    pcode: str  # ADM0 P-code (alpha-2 style), prefix of every P-code below
    name: str


DEMO_COUNTRY = DemoCountry(code="XTV", pcode="XT", name="Tarvessa (fictional)")
COUNTRY_SHORT = "Tarvessa"

# -- gazetteer --------------------------------------------------------------------------------------

# admin-1: pcode -> name
_ADMIN1: dict[str, str] = {
    "XT01": "Solmara Capital District",
    "XT02": "Vardenne",
    "XT03": "Orsavale",
    "XT04": "Caldrisk Coast",
    "XT05": "Hesk Marches",
    "XT06": "Teral Plateau",
    "XT07": "Ysmir Lakes",
}

# admin-2: pcode -> (name, lat, lon, settlements). Facilities (courts, sites, markets) appear only in
# the `sites` of the templates that need them.
_ADMIN2: dict[str, tuple[str, float, float, tuple[str, ...]]] = {
    "XT0101": ("Solmara Central", -21.03, -17.38, ("Solmara Old Town", "Market Street quarter", "Riverside ward")),
    "XT0102": ("Ostrel", -20.98, -17.46, ("Ostrel", "University Quarter", "Ostrel Heights")),
    "XT0103": ("Lanmere", -21.10, -17.33, ("Lanmere settlement", "Canal Street ward", "Lanmere East")),
    "XT0104": ("Pellin", -21.12, -17.47, ("Pellin", "Pellin Heights")),
    "XT0201": ("Vardenne Town", -20.15, -19.55, ("Vardenne Town", "Old Bridge quarter", "Station ward")),
    "XT0202": ("Halvask", -19.90, -19.95, ("Halvask", "Nerev village", "Lesk village")),
    "XT0203": ("Trebin", -20.45, -19.85, ("Trebin", "Sovka village", "Trebin crossroads")),
    "XT0204": ("Ismere", -20.35, -19.25, ("Ismere village", "Kolva hamlet", "Ismere lakeside")),
    "XT0301": ("Orsa", -22.70, -18.10, ("Orsa town", "Orsa North ward")),
    "XT0302": ("Dorran", -22.95, -18.45, ("Dorran village", "Hollin Ford", "Dorran irrigation scheme")),
    "XT0303": ("Kesh Plains", -23.20, -18.00, ("Kesh", "Sarem wells", "Kesh water point")),
    "XT0304": ("Tolmere", -22.55, -18.55, ("Tolmere village", "Ansel's Well", "Tolmere ridge")),
    "XT0305": ("Amberlie", -23.05, -17.70, ("Amberlie", "Red Clay settlement", "Amberlie junction")),
    "XT0401": ("Port Caldrisk", -21.45, -15.10, ("Port Caldrisk", "Dockside ward", "Fisherman's Row")),
    "XT0402": ("Saltreach", -21.80, -15.35, ("Saltreach", "Saltreach lagoon villages")),
    "XT0403": ("Wenna", -21.15, -15.50, ("Wenna village", "Wenna Point")),
    "XT0501": ("Hesk", -19.85, -17.30, ("Hesk town", "Hesk valley villages")),
    "XT0502": ("Gorrin Pass", -19.60, -17.05, ("Upper Gorrin", "Miren village")),
    "XT0503": ("Ulvard", -19.70, -17.75, ("Ulvard village", "Ulvard quarry")),
    "XT0601": ("Teral", -22.95, -20.15, ("Teral town", "Teral east villages")),
    "XT0602": ("Sarrow", -23.30, -20.45, ("Sarrow village", "Sarrow flats")),
    "XT0603": ("Fennick", -22.70, -20.55, ("Fennick", "Fennick ridge villages")),
    "XT0701": ("Ysmir", -23.15, -16.05, ("Ysmir town", "Ysmir lakeshore")),
    "XT0702": ("Lowen", -23.45, -15.80, ("Lowen village", "Lowen east")),
    "XT0703": ("Brask", -22.90, -15.75, ("Brask", "Brask fishing camp")),
}


def demo_gazetteer() -> list[dict[str, Any]]:
    """The fictional country's units: ADM0, then admin-1 provinces and admin-2 districts."""
    rows: list[dict[str, Any]] = [
        {"pcode": DEMO_COUNTRY.pcode, "name": DEMO_COUNTRY.name, "admin_level": 0, "parent_pcode": None}]
    for pcode, name in _ADMIN1.items():
        rows.append({"pcode": pcode, "name": name, "admin_level": 1, "parent_pcode": DEMO_COUNTRY.pcode})
        rows += [{"pcode": p2, "name": row[0], "admin_level": 2, "parent_pcode": pcode}
                 for p2, row in _ADMIN2.items() if p2.startswith(pcode)]
    return rows


def gazetteer_document() -> dict[str, Any]:
    """What resources/demo/gazetteer.json holds: the gazetteer with a clear 'fictional' header."""
    return {
        "country": {"code": DEMO_COUNTRY.code, "pcode": DEMO_COUNTRY.pcode, "name": DEMO_COUNTRY.name},
        "fictional": True,
        "note": ("Fictional demo gazetteer for Fieldcase. Tarvessa and every place in it are invented; "
                 "the codes use the ISO 3166 user-assigned range (X..), never a real country."),
        "units": demo_gazetteer(),
    }


def _place_coords(adm2: str, place: str) -> tuple[float, float]:
    """Fixed coordinates for a place: its district centre plus an offset seeded by its name."""
    _name, lat, lon, _places = _ADMIN2[adm2]
    r = random.Random(f"{adm2}/{place}")
    return lat + r.uniform(-0.06, 0.06), lon + r.uniform(-0.06, 0.06)


# -- category ids (all from schema/frameworks/) -----------------------------------------------------

ACT = {k: f"huridocs.mt04.{v}" for k, v in {
    "political_killing": "010101040000", "extrajudicial": "010101020000", "kill_noncombatant": "010103020000",
    "kill_combatants": "010103010000", "crossfire": "010103030000", "indiscriminate": "010105020000",
    "custody_death": "010106010000", "attempted_killing": "010109000000", "assault": "020101000000",
    "sexual_violence": "020102000000", "threats": "020103010000", "death_threats": "020103020000",
    "surveillance": "020103030000", "harassment": "020103000000", "rape": "020111010000",
    "torture": "020111110000", "arrest": "030101000000", "detention": "030102000000",
    "denial_bail": "030102030000", "disappearance": "030103000000", "abduction": "030104000000",
    "mass_roundup": "030107000000", "privacy": "040000000000", "eviction": "050103000000",
    "displacement": "050104000000", "blockading": "050105000000", "travel_restriction": "050106000000",
    "information": "090000000000", "expression": "100000000000", "assembly": "120000000000",
    "looting": "130101000000", "vandalism": "130102000000", "destruction": "130103000000",
    "extortion": "130104000000", "confiscation": "130107000000", "land_expropriation": "130108000000",
    "reputation": "140000000000", "political_participation": "170000000000", "labour": "300000000000",
    "accused": "350000000000", "detainees": "360000000000", "minorities": "370000000000",
    "refoulement": "380101000000", "housing": "510000000000", "food": "520000000000",
    "health": "530000000000", "environment": "540000000000", "education": "550000000000",
    "natural_resources": "730000000000",
}.items()}

# Acts by a non-State actor: whether the State failed in due diligence is a finding the officer records;
# the demo has every kind (failed, did not fail, not yet assessed), chosen from the victim's pseudonym so
# the generator's random sequence (and so every other demo value) stays as it was.
_DUE_DILIGENCE = ((True, "Police were told of the threats beforehand and opened no investigation."),
                  (False, "Police opened an investigation the same day and made arrests."),
                  (None, ""))

PERP = {k: f"huridocs.mt24.{v}" for k, v in {
    "national": "010101000000", "local_gov": "010102000000", "army": "010103000000", "police": "010104000000",
    "prison": "010105000000", "intelligence": "010106000000", "judiciary": "010300000000",
    "vigilante": "020102000000", "guerrilla": "020201000000", "private_army": "020300000000",
    "security_guards": "020400000000", "mob": "020500000000", "other_armed": "029000000000",
    "spouse": "110101000000", "community": "110200000000", "employer": "110301000000",
    "corporation": "210101000000", "others": "900000000000", "unknown": "990000000000",
}.items()}

SRC_TYPE = {k: f"huridocs.mt16.{v}" for k, v in {
    "victim": "220903200901", "witness": "230920140501", "interview": "091420051801",
    "photo": "160815201501", "video": "220904051501", "physician": "160825190901", "court": "031521182001",
    "leaflets": "120501061201", "letter": "120520200501", "newspaper": "140523191601",
    "gov_release": "161805191901", "hro_release": "161805191902", "perp_release": "161805191903",
    "survey": "172105192001", "radio": "180104091501", "phone": "200512051601", "appeal": "011616050101",
}.items()}

CONNECTION = {k: f"huridocs.mt19.{v}" for k, v in {
    "victim": "010100000000", "witness": "010200000000", "perpetrator": "010300000000",
    "relative": "020101000000", "colleague": "020102000000", "same_org": "020103000000",
    "third_party": "030000000000", "reporter": "030100000000", "lawyer": "040100000000",
    "medical": "040200000000", "ngo": "040400000000", "hr_ngo": "040401000000", "unknown": "990000000000",
}.items()}

CCA = {k: f"cca.{k}" for k in (
    "political_stability", "democratic_space", "justice_rule_of_law",
    "social_cohesion_gender_equality_non_discrimination", "economic_stability", "internal_security",
    "regional_global_influences", "displacement_migration", "public_health", "food_security_agriculture_land",
    "infrastructure_social_services", "environment_climate")}
SOCIAL = CCA["social_cohesion_gender_equality_non_discrimination"]
LAND = CCA["food_security_agriculture_land"]
SERVICES = CCA["infrastructure_social_services"]

VICTIM_GROUP = {"journalist": "sdg16101.victim.journalist", "hrd": "sdg16101.victim.hrd",
                "trade_unionist": "sdg16101.victim.trade_unionist"}

# -- story building blocks --------------------------------------------------------------------------

Tag = tuple[str, str]  # (category id, one-line rationale; may use {slots})


class Perp(NamedTuple):
    category: str  # key of PERP
    status: str  # perpetrator_status
    text: str  # how field notes name them
    victims: str | None = None  # victim profile this actor typically targets


class DeathMix(NamedTuple):
    """Who was killed (SDG 16.1.2 disaggregation): weights for sex and age, and the possible statuses."""

    sex: tuple[int, int, int] = (60, 30, 10)  # man, woman, unknown
    age: tuple[int, int, int] = (75, 20, 5)  # adult, child, unknown
    status: tuple[str, ...] = ("civilian",)


_ANY_DEATHS = DeathMix()

# (count, sex, age, cause, status) without prefixes, for one-off events whose narrative gives the dead
FixedDeaths = tuple[tuple[int, str, str, str, str], ...]


class V(NamedTuple):
    """One variant of a template: a title and lead that belong together, with the acts they describe."""

    title: str
    lead: str
    acts: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    lethal: bool | None = None  # True: only when someone was killed; False: only when nobody was
    weight: float = 1.0
    severity: tuple[int, int] | None = None
    foa: tuple[Tag, ...] | None = None
    deaths: DeathMix | None = None


@dataclass(frozen=True)
class T:
    """A kind of record in one province and how often it happens month by month."""

    key: str
    region: str
    variants: tuple[V, ...]
    kind: str = "incident"
    info_type: str | None = None
    districts: tuple[str, ...] = ()  # admin-2 pcodes; empty means any in the region
    sites: tuple[tuple[str, str], ...] = ()  # (adm2, place) pairs used instead of the district places
    curve: str = "steady"
    rate: float = 0.0  # expected records a month where the curve is 1
    at_ages: tuple[int, ...] = ()  # one-off story events: months before end_month
    details: tuple[str, ...] = ()
    closings: tuple[str, ...] = ()
    perps: tuple[Perp, ...] = ()
    severity: tuple[int, int] = (1, 2)
    trend: int = 0  # +1 worse in the last three months, -1 better
    cca: tuple[Tag, ...] = ()  # the first always applies
    foa: tuple[Tag, ...] = ()
    victims: tuple[str, ...] = ()  # victim profiles
    n_victims: tuple[int, int] = (1, 1)
    cast: tuple[tuple[str, str], ...] = ()  # recurring people (key, role)
    witnesses: tuple[int, int] = (0, 1)
    informants: tuple[int, int] = (0, 0)  # meeting participants recorded as sources
    sources: tuple[str, ...] = ("un_obs",)
    killed: tuple[int, int] = (0, 0)
    p_killed: float = 0.0
    injured: tuple[int, int] = (0, 0)
    displaced: tuple[int, int] = (0, 0)
    death_causes: tuple[str, ...] = ()  # sdg1612.cause.* suffixes; empty: not a conflict death
    deaths: DeathMix = _ANY_DEATHS
    fixed_deaths: FixedDeaths = ()
    participants: tuple[int, int] | None = None
    early_warning: bool = False
    reprisal: float = 0.0  # chance the record is a suspected reprisal
    reprisal_late: float = 0.0  # extra chance in the last four months (after the UN meetings)
    un_channel: str = "field_presence"
    verification: str | None = None
    confidentiality: str | None = None
    month_precision: float = 0.12
    span: tuple[int, int] | None = None  # days an event lasts (date_end)
    coords: float = 0.55
    region_wide: float = 0.0
    orgs: tuple[str, ...] = ()


class Profile(NamedTuple):
    desc: tuple[str, ...]  # '{sexadj}' and '{org}' may appear
    community: str  # tarvessan | vrenic | ulmeni | vardenne | orsavale
    group_pl: str
    orgs: tuple[str, ...] = ()
    victim_group: str | None = None
    female: float = 0.45
    child: float = 0.0
    elderly: float = 0.05
    at_risk: float = 0.2


PROFILES: dict[str, Profile] = {
    "journalist_v": Profile(("a {sexadj} journalist with {org}", "a reporter for {org}",
                             "a {sexadj} camera operator working for {org}"), "vardenne", "journalists",
                            ("Halvask Community Radio", "the Vardenne Courier", "Glas Vardenne (Vrenic weekly)",
                             "Tarvessa Now (online)"), "journalist", at_risk=0.85),
    "journalist_c": Profile(("a {sexadj} journalist with {org}", "an editor at {org}", "a blogger writing for {org}"),
                            "tarvessan", "journalists",
                            ("Solmara Daily Signal", "Tarvessa Now (online)", "TTV national television",
                             "the Plains Herald"), "journalist", at_risk=0.6),
    "hrd_v": Profile(("a {sexadj} election observer with {org}", "a {sexadj} human rights defender with {org}",
                      "a coordinator of {org}"), "vardenne", "observers",
                     ("Vardenne Civic Watch", "Vrenic Rights Initiative", "Clear Ballot Tarvessa"), "hrd",
                     female=0.55, at_risk=0.9),
    "opposition": Profile(("a {sexadj} campaign volunteer of the Vardenne Democratic Alliance",
                           "a local organiser of the Vardenne Democratic Alliance"), "vardenne", "campaigners"),
    "vrenic": Profile(("a Vrenic {sexnoun} living in {place}", "a Vrenic shopkeeper in {place}",
                       "a Vrenic {sexnoun} and parent of three"), "vrenic", "Vrenic residents", elderly=0.15),
    "interlocutor": Profile(("a {sexadj} community leader from {district}", "a {sexadj} teacher from {district}",
                             "a {sexadj} member of {org}"), "vardenne", "community representatives",
                            ("Vrenic Rights Initiative", "the Ismere women's association", "Vardenne Civic Watch"),
                            female=0.5, at_risk=0.9),
    "herder": Profile(("an Ulmeni {sexnoun} herding cattle near {place}", "an Ulmeni herder family head",
                       "a young Ulmeni herder"), "ulmeni", "herders", female=0.2, child=0.1, elderly=0.1),
    "farmer": Profile(("a {sexadj} Dorran farmer from {place}", "a {sexadj} smallholder in {district}"),
                      "tarvessan", "farmers", female=0.4, child=0.05, elderly=0.1),
    "idp_woman": Profile(("a displaced {sexnoun} staying at {place}", "a displaced {sexnoun} from {district}"),
                         "orsavale",
                         "displaced women", female=1.0, child=0.15, at_risk=0.7),
    "land_defender": Profile(("a {sexadj} land rights defender with {org}", "a community paralegal with {org}"),
                             "orsavale", "land rights defenders",
                             ("Orsavale Land Rights Forum", "Women Defenders Network of Orsavale"), "hrd",
                             female=0.4, at_risk=0.9),
    "unionist": Profile(("a {sexadj} shop steward of {org}", "a {sexadj} member of the executive of {org}"),
                        "tarvessan", "union members",
                        ("the Port Workers' Federation of Caldrisk", "the Cannery Workers' Union of Wenna"),
                        "trade_unionist", female=0.3, at_risk=0.6),
    "protester": Profile(("a {sexadj} student protester", "a {sexadj} bus driver taking part in the protest",
                          "a {sexadj} market trader"), "tarvessan", "protesters", female=0.35, child=0.05),
    "young_man": Profile(("a young man from {place}", "a {sexadj} herder from {district}"), "tarvessan",
                         "young men", female=0.0, child=0.1, elderly=0.0),
    "child": Profile(("a {sexadj} child herding goats", "a child from {place}"), "tarvessan", "children",
                     child=1.0, elderly=0.0),
    "civilian": Profile(("a {sexadj} resident of {place}", "a {sexadj} trader from {district}"), "tarvessan",
                        "residents", elderly=0.1, child=0.05),
    "girl": Profile(("a {sexnoun} from {place}", "a {sexnoun} in her last year of primary school"), "tarvessan",
                    "girls", female=1.0, child=1.0, elderly=0.0, at_risk=0.9),
    "woman_y": Profile(("a {sexnoun} from {place}", "a young {sexnoun} living in {district}"), "tarvessan",
                       "women", female=1.0, child=0.2, at_risk=0.8),
    "detainee": Profile(("a {sexadj} pre-trial detainee", "a {sexadj} detainee held since the fuel protests"),
                        "tarvessan", "detainees", female=0.15),
}


class Recurring(NamedTuple):
    pseudonym: str
    name: str
    sex: str
    desc: str
    org: str
    victim_group: str | None
    cooperated: str | None
    naming: bool


RECURRING: dict[str, Recurring] = {
    "w031": Recurring("W-031", "Вера Морвек", "female",
                      "a Vrenic woman human rights defender with the Vrenic Rights Initiative",
                      "Vrenic Rights Initiative", "hrd", "field_presence", False),
    "j007": Recurring("J-007", "Mara Quellin", "female", "a journalist and presenter at Halvask Community Radio",
                      "Halvask Community Radio", "journalist", "special_procedure", True),
    "l014": Recurring("L-014", "سليم الكيشي", "male",
                      "the Ulmeni coordinator of the Orsavale Land Rights Forum",
                      "Orsavale Land Rights Forum", "hrd", "upr", True),
}

# Names (clearly invented). Vrenic names are written in Cyrillic, Ulmeni names in Arabic script.
_LATIN_F = ("Maren", "Ilsa", "Corra", "Tamsin", "Liora", "Fenna", "Odile", "Brenna", "Selka", "Ysolde")
_LATIN_M = ("Tobin", "Corin", "Ivo", "Lenart", "Oren", "Davor", "Emric", "Halden", "Piet", "Rusko")
_LATIN_SUR = ("Quellin", "Arrowdel", "Tarvell", "Ostrand", "Merrow", "Kalder", "Pennick", "Saldane",
              "Vorrel", "Brindlemoor", "Lanmir", "Hollis-Venn")
_VRENIC_F = (("Вера", "Vera"), ("Ирена", "Irena"), ("Дана", "Dana"), ("Мила", "Mila"), ("Ярина", "Yarina"))
_VRENIC_M = (("Данило", "Danilo"), ("Богдан", "Bogdan"), ("Ратко", "Ratko"), ("Стефан", "Stefan"),
             ("Яков", "Yakov"))
_VRENIC_SUR = (("Морвек", "Morvek"), ("Требинец", "Trebinets"), ("Вардев", "Vardev"), ("Сольник", "Solnik"),
               ("Исмерич", "Ismerich"))
_ULMENI_F = (("زهرة", "Zahra"), ("ليلى", "Layla"), ("أمينة", "Amina"), ("سلمى", "Salma"), ("نوال", "Nawal"))
_ULMENI_M = (("سليم", "Salim"), ("يوسف", "Yusuf"), ("حامد", "Hamid"), ("كريم", "Karim"), ("عمر", "Omar"))
_ULMENI_SUR = (("الكيشي", "al-Keshi"), ("الطولميري", "al-Tolmeri"), ("الأورساوي", "al-Orsawi"),
               ("بن أنسل", "bin Ansel"), ("السارمي", "al-Saremi"))

# Where a source's name has {slots}, they come from the record's context.
# key -> (name, type, reliabilities to pick from, connection)
SOURCES: dict[str, tuple[str, str, str, str | None]] = {
    "victim": ("{vp} (victim, interviewed in person)", "victim", "BC", "victim"),
    "victim_phone": ("{vp} (victim, by secure call)", "phone", "BCF", "victim"),
    "witness": ("{wp} (eyewitness)", "witness", "BCF", "witness"),
    "relative": ("Relative of {vp}", "interview", "CF", "relative"),
    "colleague": ("Colleague of {vp}", "interview", "BC", "colleague"),
    "hospital": ("{district} health centre records", "physician", "AB", "medical"),
    "lawyer": ("Lawyer acting for {vp}", "court", "AB", "lawyer"),
    "focal": ("Community focal point {fp}", "phone", "BC", "third_party"),
    "civic_watch": ("Vardenne Civic Watch", "hro_release", "B", "hr_ngo"),
    "vri": ("Vrenic Rights Initiative", "interview", "BC", "hr_ngo"),
    "observers": ("Clear Ballot Tarvessa", "hro_release", "B", "hr_ngo"),
    "journalists_union": ("Tarvessa Journalists' Union", "hro_release", "B", "same_org"),
    "land_forum": ("Orsavale Land Rights Forum", "hro_release", "BC", "hr_ngo"),
    "elders": ("Ulmeni Elders' Council", "interview", "C", "third_party"),
    "farmers": ("Dorran Farmers' Association", "interview", "CD", "third_party"),
    "site_committee": ("{place} site committee", "survey", "BC", "third_party"),
    "cluster": ("Protection cluster partner", "survey", "B", "ngo"),
    "police": ("Provincial police statement", "gov_release", "CD", "third_party"),
    "army": ("Army press office", "gov_release", "D", "third_party"),
    "hlf": ("HLF statement on a messaging channel", "perp_release", "EF", "perpetrator"),
    "company": ("Orsa Agro Holdings statement", "perp_release", "D", "perpetrator"),
    "social_media": ("Archived public social media posts", "photo", "F", "unknown"),
    "leaflet": ("Copy of the leaflet", "leaflets", "F", "unknown"),
    "radio": ("{outlet} broadcast", "radio", "C", "reporter"),
    "press": ("{newspaper} article", "newspaper", "C", "reporter"),
    "un_obs": ("UN field team (direct observation)", "photo", "A", None),
    "participants": ("Meeting participants (notes of the UN officer present)", "interview", "A", None),
    "health_office": ("{district} district health office", "letter", "AB", "third_party"),
    "union": ("{org}", "letter", "BC", "same_org"),
    "court": ("Court records, {district}", "court", "A", "third_party"),
    "election_comm": ("Provincial election commission", "gov_release", "B", "third_party"),
    "ngo": ("Humanitarian partner in {district}", "survey", "B", "ngo"),
}

_OUTLET = {"XT01": "TTV national television", "XT02": "Halvask Community Radio", "XT03": "Orsa FM",
           "XT04": "Coast FM", "XT05": "Radio Hesk", "XT06": "Teral Rural Radio", "XT07": "Lakes FM"}
_NEWSPAPER = {"XT01": "Solmara Daily Signal", "XT02": "Vardenne Courier", "XT03": "Plains Herald",
              "XT04": "Caldrisk Tide", "XT05": "Solmara Daily Signal", "XT06": "Plains Herald",
              "XT07": "Solmara Daily Signal"}
_REGION_ORGS = {
    "XT01": ("Tarvessa Human Rights League", "Legal Aid Collective Solmara", "the National Human Rights Commission"),
    "XT02": ("Vardenne Civic Watch", "Vrenic Rights Initiative", "Clear Ballot Tarvessa"),
    "XT03": ("Orsavale Land Rights Forum", "Women Defenders Network of Orsavale", "Ulmeni Elders' Council"),
    "XT04": ("the Port Workers' Federation of Caldrisk", "the Cannery Workers' Union of Wenna",
             "Saltreach Fisherfolk Cooperative"),
    "XT05": ("Hesk Peace Committee", "Hesk Women's Forum"),
    "XT06": ("Teral Farmers' Cooperative", "Teral Community Health Volunteers"),
    "XT07": ("Ysmir Lakes Fisherfolk Association", "Lowen Parents' Committee"),
}

# Expected records a month (times the template rate), by age = months before end_month.
_CURVES: dict[str, tuple[float, ...]] = {
    "steady": (1.0,) * 8,
    "rising": (2.1, 1.75, 1.4, 1.0, 0.8, 0.6, 0.5, 0.45),
    "late": (2.2, 1.6, 1.0, 0.4, 0.0, 0.0, 0.0, 0.0),
    "falling": (0.45, 0.5, 0.6, 0.8, 1.0, 1.2, 1.4, 1.5),
    "early": (0.1, 0.15, 0.25, 0.45, 0.8, 1.3, 1.9, 2.4),
    "peak_mid": (0.15, 0.3, 1.0, 1.9, 1.8, 0.5, 0.2, 0.1),
}

# Field teams differ in size: a province's records a month are scaled by this.
_REGION_VOLUME = {"XT01": 2.0, "XT02": 1.5, "XT03": 1.9, "XT04": 2.6, "XT05": 1.9, "XT06": 1.9, "XT07": 2.9}

# Verification by age: older records have been checked more often.
# Weights for reported, under_review, corroborated, verified, not_verified, discounted.
_VERIFY_WEIGHTS = {0: (30, 30, 18, 20, 1, 1), 1: (15, 25, 25, 33, 1, 1), 2: (8, 15, 27, 44, 4, 2),
                   3: (4, 8, 28, 50, 7, 3)}
_STATUSES = ("vs.reported", "vs.under_review", "vs.corroborated", "vs.verified", "vs.not_verified", "vs.discounted")

# -- shared field-note phrases ------------------------------------------------------------------------

_GENERIC_CLOSINGS = (
    "Follow-up: cross-check with a second source and request the police file.",
    "Team to revisit {place} within two weeks, security permitting.",
    "Shared with the protection cluster focal point (no names).",
    "Raised informally with the {region} provincial authorities; no response yet.",
    "Added to the monthly pattern analysis for {region}.",
)
_DISCOUNT_REASON = (
    "concerned an unrelated private dispute", "rested on a rumour that could not be traced to any witness",
    "duplicated an incident already recorded")
_ASSESSMENT = {
    "vs.verified": "Assessment: verified (reasonable grounds to believe): {basis}.",
    "vs.corroborated": "Assessment: corroborated by a second independent source; further checks pending.",
    "vs.under_review": "Assessment: under review; the team is seeking a second source.",
    "vs.reported": "Assessment: reported, not yet assessed (single source).",
    "vs.not_verified": "Assessment: could not be verified; the team had no access to {district} or the sources.",
    "vs.discounted": "Assessment: discounted; follow-up showed the account {reason}.",
}
_REPRISAL_DETAILS = (
    "{Pronoun} took part in a meeting with the UN field team earlier in the year and believes this is a "
    "reprisal for that contact.",
    "The people who questioned {obj} asked what {pronoun} had told 'the foreigners' at the UN meeting.",
)

# -- templates: Vardenne (election) ---------------------------------------------------------------

_V_ALL = ("XT0201", "XT0202", "XT0203", "XT0204")
_VPY = Perp("vigilante", "state_acquiescence", "members of the Vardenne Patriotic Youth")
_VPY_ALONE = Perp("vigilante", "non_state", "young men from the Vardenne Patriotic Youth")
_RRU = Perp("police", "state", "officers of the police Rapid Response Unit")
_POLICE = Perp("police", "state", "provincial police officers")
_SSD = Perp("intelligence", "state", "officers of the State Security Directorate")
_UNKNOWN = Perp("unknown", "unknown", "unidentified men")
_MOB = Perp("mob", "non_state", "a crowd of ruling-party supporters")
_LOCAL = Perp("local_gov", "state", "district officials")

_ELECTION_CCA: Tag = (CCA["political_stability"],
                      "Tension around the {election} provincial vote raises the risk of contested results.")

VARDENNE: tuple[T, ...] = (
    T("vd_hate_online", "XT02", kind="community_info", info_type="early_warning", curve="rising", rate=2.0,
      early_warning=True, severity=(2, 3), trend=1, region_wide=0.6, coords=0.2, sources=("social_media", "vri",
                                                                                            "focal", "civic_watch"),
      variants=(
          V("Online posts calling Vrenic voters 'traitors' ({district})",
            "Monitoring of {n_posts} public posts in {month} found a sharp rise in content describing Vrenic "
            "residents of {district} as 'traitors' and 'guests who outstayed their welcome'."),
          V("Doctored video of Vrenic candidate shared widely in {region}",
            "A doctored video claiming to show a Vrenic opposition candidate burning the national flag circulated "
            "in {region} groups {when}; it was shared several thousand times within a day."),
          V("Lists of Vrenic-owned shops circulating in {district}",
            "Community focal points report that messaging groups in {district} are circulating lists of "
            "Vrenic-owned shops with the caption 'know where not to buy'."),
          V("Call to 'clean the voter rolls' posted by VPY-linked account",
            "{When}, an account linked to the Vardenne Patriotic Youth posted a call to 'clean the voter rolls of "
            "foreigners', meaning Vrenic residents born in {district}."),
      ),
      details=(
          "Several posts include the names and street addresses of Vrenic community leaders.",
          "The language echoes a speech by a National Renewal Party candidate at a rally the week before.",
          "About {pct}% of the sampled posts use dehumanising terms ('rats', 'weeds') not seen in earlier months.",
          "The platform removed some posts after a report by Vardenne Civic Watch; copies keep circulating.",
          "Vrenic interlocutors say some families now keep children home from school in {district}.",
          "No public condemnation from the provincial authorities so far.",
      ),
      closings=("Flagged for the weekly early-warning review; daily monitoring until the {election} vote.",
                "Screenshots archived with their hashes; no personal data of the posters kept."),
      cca=((SOCIAL, "Dehumanising speech against the Vrenic minority deepens divisions before the {election} vote."),
           _ELECTION_CCA),
      foa=(("foa.rf08.i07", "Hate propaganda targeting a specific group."),
           ("foa.rf08.i08", "Elections as a triggering factor."),
           ("foa.rf09.i05", "Political tension is taking on ethnic lines."))),
    T("vd_leaflets", "XT02", curve="rising", rate=1.3, districts=("XT0201", "XT0202", "XT0203"), severity=(2, 3),
      trend=1, victims=("vrenic",), n_victims=(1, 2), perps=(_VPY, _VPY_ALONE, _UNKNOWN),
      sources=("victim", "witness", "vri", "focal", "leaflet"),
      variants=(
          V("Threatening leaflets left at Vrenic homes in {place}",
            "{When}, residents of {place} found leaflets pushed under the doors of {n} Vrenic households warning "
            "them 'not to vote if you want to keep your house'.", ("threats", "minorities")),
          V("Graffiti 'Vrenic out before the vote' on houses in {place}",
            "Slogans reading 'Vrenic out before the vote' were painted overnight on houses and a school wall in "
            "{place} {when}.", ("vandalism", "threats", "minorities")),
          V("Vrenic shop windows smashed in {place}",
            "{When}, a group of young men in Vardenne Patriotic Youth T-shirts smashed the windows of {n} "
            "Vrenic-owned shops in {place}.", ("vandalism", "minorities"), severity=(3, 3),
            foa=(("foa.rf10.i08", "Attacks on businesses of a protected group."),)),
      ),
      details=(
          "Neighbours say a police patrol passed during the incident and did not stop.",
          "The leaflets bear the Vardenne Patriotic Youth emblem; its local coordinator denied involvement on radio.",
          "{Victim} said the family no longer lets the children go to the market alone.",
          "Similar incidents were reported in {other_place} the same week, which suggests coordination.",
          "None of those affected has filed a police complaint, citing fear of retaliation.",
      ),
      cca=((SOCIAL, "Intimidation of Vrenic households along ethnic lines ahead of the vote."), _ELECTION_CCA),
      foa=(("foa.rf08.i07", "Incitement targeting the Vrenic community."),
           ("foa.rf09.i04", "Serious tension between groups over political participation."))),
    T("vd_journalist", "XT02", curve="rising", rate=1.4, severity=(3, 3), trend=1, victims=("journalist_v",),
      perps=(_VPY, _RRU, _MOB, _UNKNOWN), witnesses=(0, 2), reprisal_late=0.15, un_channel="special_procedure",
      sources=("victim", "witness", "journalists_union", "hospital", "colleague"),
      variants=(
          V("Journalist assaulted while covering rally in {place}",
            "{Victim} was punched and kicked by {actor} while filming an opposition rally at {place} {when}.",
            ("assault", "expression"),
            details=("A medical certificate from the {district} health centre records bruising to the face and a "
                     "fractured finger.", "Two colleagues who were present gave separate, consistent accounts.")),
          V("Reporter's camera seized and footage deleted at {place}",
            "{When}, {actor} surrounded {victim} near {place}, seized the camera and forced {obj} to delete "
            "footage of the campaign event.", ("confiscation", "threats", "expression"),
            details=("Two colleagues who were present gave separate, consistent accounts to the team.",)),
          V("Radio presenter threatened after election call-in show",
            "{Victim} received a series of threatening calls after hosting a call-in programme on vote-buying in "
            "{district}; one caller said 'we know which road you take home'.", ("death_threats", "expression"),
            severity=(2, 3)),
          V("Journalist's car vandalised outside newsroom in {place}",
            "The car of {victim} was found {when} with slashed tyres and 'liar' scratched on the door outside "
            "the newsroom in {place}.", ("vandalism", "threats"), severity=(2, 3)),
      ),
      details=(
          "A complaint was registered with the police; no suspect has been questioned.",
          "{Pronoun} links the incident to a report published the week before on campaign use of public vehicles.",
          "{Org} no longer sends reporters to rallies alone.",
          "The Tarvessa Journalists' Union issued a statement condemning the incident.",
          "{Pronoun} has moved temporarily to relatives in {other_place}.",
      ),
      closings=("Referred, with consent, to the journalists' union protection desk.",
                "Team to raise the pattern of attacks on media with the provincial police commander."),
      cca=((CCA["democratic_space"], "Attacks on journalists covering the campaign shrink space for independent "
                                     "reporting before the vote."), _ELECTION_CCA),
      foa=(("foa.rf06.i02", "Pressure on independent media weakens a mitigating factor."),
           ("foa.rf08.i08", "Election-related targeting of the press."))),
    T("vd_hrd_threat", "XT02", curve="rising", rate=1.3, severity=(2, 3), trend=1, victims=("hrd_v",),
      perps=(_UNKNOWN, _UNKNOWN, _VPY_ALONE, _SSD), reprisal_late=0.35,
      sources=("victim", "civic_watch", "observers", "colleague", "witness"),
      variants=(
          V("Death threats against election observer in {district}",
            "{Victim} received {n} threatening text messages {when}, one reading 'count your days, not our "
            "votes'.", ("death_threats",),
            details=("The same number was used earlier to threaten another observer in {other_place}.",)),
          V("Election observer followed and photographed in {place}",
            "{Victim} reported being followed by two men in an unmarked car from the office to {poss} home in "
            "{place} on three evenings in a row.", ("surveillance", "harassment")),
          V("Office of {org} broken into; laptops taken",
            "The office of {org} in {place} was broken into {when}; two laptops with observer reports and the "
            "visitors' log were taken and cash was left behind.", ("surveillance", "privacy", "threats"),
            details=("The visitors' log included the dates of meetings with the UN field team.",)),
          V("Posters call {org} staff 'foreign agents'",
            "Posters with the photographs of {n} staff of {org}, including {victim}, appeared in {place} calling "
            "them 'paid foreign agents'.", ("reputation", "threats")),
      ),
      details=(
          "{Pronoun} believes the threats relate to the organisation's report on voter-roll irregularities in "
          "{district}.",
          "The police registered the complaint but told {obj} 'this is what happens in campaign season'.",
          "{Pronoun} has changed phone number and is sleeping away from home.",
          "Colleagues have suspended monitoring in {district} for a week.",
      ),
      closings=("Protection options discussed; consent given for referral only.",
                "Team to request a meeting with the provincial prosecutor on the pattern of threats against "
                "observers."),
      cca=((CCA["democratic_space"], "Intimidation of election observers and defenders narrows civic space."),
           (CCA["political_stability"], "Pressure on observers undermines confidence in the vote.")),
      foa=(("foa.rf06.i02", "Civil society monitoring the election is under pressure."),
           ("foa.rf08.i08", "Election-related targeting of observers."))),
    T("vd_detention", "XT02", curve="late", rate=1.4, severity=(3, 4), trend=1, victims=("hrd_v", "opposition"),
      perps=(_POLICE, _RRU, _SSD), reprisal_late=0.1, confidentiality="strictly_confidential",
      sources=("relative", "lawyer", "civic_watch", "observers", "victim"),
      variants=(
          V("Election monitor detained without charge in {district}",
            "{Victim} was arrested by {actor} at {place} {when} while photographing campaign posters on a public "
            "building, and held for {days} days without being brought before a judge.", ("arrest", "detention"),
            details=("{Pronoun} was released without charge after a lawyer intervened.",)),
          V("Opposition volunteers arrested at {place} checkpoint",
            "{When}, {actor} stopped a minibus at {place} and arrested {victim} and {n} other campaign volunteers "
            "for 'distributing unauthorised material'.", ("arrest", "detention", "political_participation")),
          V("Observer taken from home at night in {district}",
            "{Victim} was taken from home at night by plain-clothes officers; the family was not told where "
            "{pronoun} was held for {days} days.", ("arrest", "detention"), severity=(4, 4),
            details=("A judge later extended pre-trial detention by 30 days on a charge of 'spreading false "
                     "information'.",)),
      ),
      details=(
          "Relatives say {pronoun} was denied access to a lawyer for the first 48 hours.",
          "{Pronoun} reports being slapped and made to stand for hours during questioning.",
          "Questions focused on the organisation's funding and the names of its observers in {district}.",
          "The arrest came a day after a public statement on irregularities in the voter register.",
      ),
      closings=("Team to seek access to the detainee and raise the case with the prosecutor.",
                "Included in the list of cases for the next meeting with the Ministry of Interior."),
      cca=((CCA["political_stability"], "Arrests of observers and campaigners before the vote point to a closing "
                                        "political contest."),
           (CCA["democratic_space"], "Detention of observers deters election monitoring."),
           (CCA["justice_rule_of_law"], "Detention without prompt judicial review shows weak safeguards.")),
      foa=(("foa.rf08.i08", "Arrests linked to the election process."),
           ("foa.rf03.i04", "Security services act without effective civilian oversight."))),
    T("vd_rally", "XT02", curve="rising", rate=0.9, severity=(2, 3), trend=1, victims=("opposition", "civilian"),
      n_victims=(1, 3), injured=(2, 14), perps=(_MOB, _VPY, _RRU), witnesses=(1, 2), span=None,
      sources=("witness", "hospital", "police", "civic_watch", "press"),
      variants=(
          V("Clashes between rival supporters at {place}; {injured} injured",
            "Supporters of the National Renewal Party and the Vardenne Democratic Alliance clashed at {place} "
            "{when}; {injured} people were treated for injuries, some for head wounds from stones.",
            ("assault", "assembly")),
          V("Stones thrown at opposition convoy near {place}",
            "{When}, an opposition convoy was attacked with stones and sticks near {place}; vehicles were damaged "
            "and {injured} people injured.", ("assault", "political_participation", "vandalism")),
          V("Police disperse opposition rally in {district} with tear gas",
            "{Actor} used tear gas and batons to disperse an opposition rally at {place} {when}, although the "
            "organisers had notified the authorities as required.", ("assault", "assembly")),
      ),
      details=(
          "Witnesses say the attackers arrived in two buses and left when the police came.",
          "Among the injured is a 15-year-old boy hit by a tear-gas canister.",
          "The police spokesperson said officers 'restored order after provocation by both sides'.",
          "Vrenic participants were singled out for beating, according to {wp}.",
          "The {district} health centre ran out of dressings by the evening.",
      ),
      cca=(_ELECTION_CCA, (CCA["internal_security"], "Violence at campaign events strains public order."),
           (SOCIAL, "Violence at rallies increasingly follows ethnic lines.")),
      foa=(("foa.rf08.i08", "Violence around election events."),
           ("foa.rf08.i05", "Attacks on members of the opposing group."))),
    T("vd_media_closure", "XT02", curve="late", rate=0.35, severity=(3, 3), trend=1, victims=("journalist_v",),
      perps=(Perp("national", "state", "the National Broadcasting Regulator"),),
      sources=("journalists_union", "victim", "press"),
      variants=(
          V("Regulator suspends {org} for 30 days over election coverage",
            "The National Broadcasting Regulator suspended the broadcasts and online streams of {org} for 30 days "
            "{when}, citing 'unbalanced election coverage' after it aired interviews with Vrenic candidates.",
            ("expression", "information")),
          V("Printing house refuses to print opposition-leaning weekly",
            "{When}, the only printing house in {region} told {org} it would no longer print the paper 'for "
            "commercial reasons', days after a front-page story on campaign finance.", ("expression",)),
      ),
      details=("{Victim}, who speaks for the outlet, says about {n} staff are now without income.",
               "The decision was taken without a hearing; an appeal has been filed.",
               "Listeners in Vrenic villages say it was their only news in their language."),
      cca=((CCA["democratic_space"], "Closure of independent media before the vote restricts access to "
                                     "information."), _ELECTION_CCA),
      foa=(("foa.rf07.i06", "Control of communication channels before the election."),
           ("foa.rf06.i02", "Loss of independent media."))),
    T("vd_internet", "XT02", kind="community_info", info_type="early_warning", curve="late", rate=0.3,
      severity=(3, 3), early_warning=True, sources=("focal", "civic_watch"), region_wide=0.3,
      variants=(V("Mobile internet cut in {district} on eve of opposition rally",
                  "Mobile data in {district} was unavailable for about {hours} hours {when}, starting shortly "
                  "before an opposition rally; voice calls worked."),),
      details=("The operator's helpline blamed 'technical maintenance'.",
               "Observers could not send reports from polling-station rehearsals during the cut."),
      cca=((CCA["democratic_space"], "Network disruptions around political events restrict information."),),
      foa=(("foa.rf07.i06", "Restriction of communication channels."),)),
    T("vd_reprisal", "XT02", curve="late", rate=0.8, severity=(3, 4), trend=1, victims=("interlocutor",),
      perps=(_SSD, _POLICE, _LOCAL), reprisal=1.0, confidentiality="strictly_confidential",
      sources=("victim_phone", "focal", "vri", "civic_watch"),
      variants=(
          V("Community leader questioned about meeting with UN team",
            "{Victim}, who took part in a consultation with the UN field team in {district}, was summoned to the "
            "police station {when} and questioned for {hours} hours about 'what was said to the foreigners'.",
            ("harassment", "threats"),
            details=("The officers showed {obj} a photograph taken outside the meeting venue.",)),
          V("Relatives of UN interlocutor visited by security officers",
            "Two men who said they were State Security officers visited the family of {victim} {when} and asked "
            "for the names of everyone at the recent meeting with the UN.", ("threats", "surveillance")),
          V("Teacher dismissed after speaking at UN dialogue in {district}",
            "{Victim} was dismissed by the district education office {when}, a week after speaking at a "
            "UN-facilitated community dialogue in {place}; no written reason was given.", ("labour", "threats"),
            severity=(3, 3)),
      ),
      details=(
          "{Pronoun} was told that 'people who complain to outsiders have problems with their papers'.",
          "{Pronoun} asked the UN not to call; contact continues through a trusted intermediary.",
          "Two other participants in the same meeting report similar visits but have not agreed to be interviewed.",
          "{Pronoun} agreed that the case be shared with the UN reprisals focal point.",
      ),
      closings=("Case flagged to the reprisals focal point; no names in any report without consent.",),
      cca=((CCA["democratic_space"], "Reprisals against people who engage with the UN deter cooperation and "
                                     "reporting."),),
      foa=(("foa.rf06.i07", "Reprisals limit cooperation with human rights mechanisms."),)),
    T("vd_mobilisation", "XT02", kind="community_info", info_type="early_warning", curve="late", rate=0.7,
      severity=(3, 4), trend=1, early_warning=True, perps=(_VPY,), sources=("focal", "vri", "civic_watch", "police"),
      variants=(
          V("Reports of VPY 'training camp' near {place}",
            "Community focal points in {district} report that about {n_men} young men, many not from the area, "
            "gather at a farm near {place} for what they call 'self-defence training'."),
          V("Buses of young men arriving in {district} ahead of the vote",
            "{When}, {n} buses carrying young men in Vardenne Patriotic Youth T-shirts arrived in {district}; "
            "local officials called them 'volunteer polling-station guards'."),
          V("Machetes and clubs found in truck at {place} checkpoint",
            "A police checkpoint near {place} stopped a truck carrying machetes, clubs and jerrycans {when}; the "
            "driver was released the same day and the cargo returned.", severity=(4, 4)),
      ),
      details=(
          "Vrenic residents of {other_place} say they have been told to 'leave before the fifteenth'.",
          "The group reportedly gets food and transport from a local National Renewal Party office.",
          "Elders recall similar gatherings before the communal violence of the last election cycle.",
          "The provincial security committee has not answered requests for information.",
          "Families in Vrenic neighbourhoods are moving valuables to relatives in the capital.",
      ),
      cca=((CCA["internal_security"], "Organised mobilisation of youth groups raises the risk of election "
                                      "violence."), (SOCIAL, "Mobilisation is directed at the Vrenic community."),
           _ELECTION_CCA),
      foa=(("foa.rf07.i05", "Creation of, or support to, militia-type groups."),
           ("foa.rf05.i03", "Capacity to mobilise large numbers of supporters."),
           ("foa.rf07.i04", "Stockpiling of objects that can be used to inflict harm."))),
    T("vd_voter_roll", "XT02", kind="community_info", info_type="community_report", curve="steady", rate=0.8,
      severity=(2, 3), perps=(_LOCAL,), sources=("focal", "civic_watch", "election_comm", "observers"),
      districts=("XT0202", "XT0203", "XT0204"),
      variants=(
          V("Vrenic residents missing from provisional voter list in {place}",
            "Residents of {place} told the team that at least {n_names} Vrenic names are missing from the "
            "provisional voter list posted at the school, including people who voted last time."),
          V("Identity cards held by village officials in {district}",
            "Village officials in {place} have held identity cards of Vrenic residents 'for verification' since "
            "{month}, according to {n} people interviewed."),
          V("Registration centre for Vrenic villages open two days a week",
            "The registration centre serving Vrenic villages in {district} opened only two days a week, while the "
            "district centre opened daily."),
      ),
      details=(
          "The election commission's provincial office said the list would be corrected before final publication.",
          "Appeals must be filed in person in {other_place}, two hours away by road.",
          "Vardenne Civic Watch has collected {n_names} written complaints.",
          "Older residents say they were told to prove their grandparents were born in the province.",
      ),
      cca=((CCA["political_stability"], "Exclusion from voter registration fuels grievances before the vote."),
           (SOCIAL, "Registration barriers fall on one community.")),
      foa=(("foa.rf09.i01", "Discriminatory practices affecting a protected group's political participation."),)),
    T("vd_meeting", "XT02", kind="community_info", info_type="meeting", curve="steady", rate=1.1, severity=(1, 2),
      trend=1, participants=(6, 40), informants=(1, 3), sources=("participants",), coords=0.4,
      orgs=_REGION_ORGS["XT02"], victims=(), witnesses=(0, 0), verification="vs.verified",
      variants=(
          V("Meeting with {org} on the pre-election environment",
            "The team met {participants} representatives of {org} and partner groups in {place} to discuss the "
            "pre-election environment."),
          V("Community dialogue with Vrenic and Tarvessan elders in {place}",
            "A community dialogue in {place} brought together {participants} elders, youth and women's "
            "representatives from Vrenic and Tarvessan neighbourhoods."),
          V("Briefing by the provincial election commission",
            "The provincial election commission briefed the team on preparations for the {election} vote; "
            "{participants} people attended, including party agents."),
          V("Consultation with women candidates in {district}",
            "The team held a closed consultation with {participants} women candidates and campaigners from "
            "{district}."),
      ),
      details=(
          "Participants described growing fear among Vrenic families and asked for a visible UN presence on "
          "election day.",
          "Several participants asked that their names not be recorded; attendance was noted by pseudonym only.",
          "Women candidates reported online abuse and pressure from relatives to withdraw.",
          "Elders agreed to set up a joint rumour-control committee and to meet again in a month.",
          "Participants raised the presence of Vardenne Patriotic Youth members near polling centres.",
          "Participants were told how to reach the team safely and about the UN policy on reprisals.",
      ),
      closings=("Agreed follow-up: share election-day protection contacts with participants.",
                "Next meeting planned in {other_place}."),
      cca=((CCA["democratic_space"], "Consultation records concerns about civic space before the election."),
           _ELECTION_CCA, (SOCIAL, "Participants describe growing distrust between communities."))),
    T("vd_cso_report", "XT02", kind="community_info", info_type="cso_report", curve="steady", rate=0.9,
      severity=(2, 2), trend=1, month_precision=1.0, coords=0.0, region_wide=1.0, sources=("civic_watch",),
      variants=(V("Vardenne Civic Watch bulletin for {month}: {n_incidents} incidents",
                  "The Vardenne Civic Watch bulletin for {month} lists {n_incidents} incidents of intimidation, hate "
                  "speech and obstruction of campaigning in {region}."),),
      details=("Most incidents are attributed to supporters of the ruling party; about a fifth to unknown actors.",
               "The bulletin notes that fewer victims are willing to file police complaints than last month.",
               "Incidents are concentrated in Halvask and Trebin, the districts with the largest Vrenic population."),
      cca=((CCA["democratic_space"], "Civil society records a rising number of campaign-related incidents."),
           _ELECTION_CCA)),
)

VARDENNE_STORY: tuple[T, ...] = (
    T("vd_un_meeting", "XT02", kind="community_info", info_type="meeting", at_ages=(6,), severity=(1, 1),
      sites=(("XT0201", "UN field office, Vardenne Town"),), participants=(23, 23), verification="vs.verified",
      cast=(("w031", "source"),), informants=(2, 2), sources=("participants",), witnesses=(0, 0),
      confidentiality="confidential",
      variants=(V("UN field team consultation with civil society in Vardenne Town",
                  "The team held a consultation with {participants} representatives of civil society from all four "
                  "districts of {region} on the human rights situation ahead of the provincial election. W-031 of "
                  "the Vrenic Rights Initiative presented documentation of anti-Vrenic speech online."),),
      details=("Participants asked the UN to monitor the campaign closely.",
               "All participants were told about the UN policy on reprisals and how to reach the team safely."),
      cca=((CCA["democratic_space"], "Baseline consultation on civic space before the election campaign."),)),
    T("vd_sr_meeting", "XT01", kind="community_info", info_type="meeting", at_ages=(5,), severity=(1, 1),
      sites=(("XT0101", "UN House, Solmara"),), participants=(17, 17), verification="vs.verified",
      cast=(("j007", "source"),), informants=(1, 1), sources=("participants",), witnesses=(0, 0),
      variants=(V("Special Procedures visit: meeting with journalists from the provinces",
                  "During the official country visit of a Special Procedures mandate holder on freedom of expression, "
                  "the team organised a meeting with {participants} journalists, including J-007 of Halvask "
                  "Community Radio."),),
      details=("Journalists from Vardenne described self-censorship on election coverage.",
               "The mandate holder's end-of-visit statement mentioned pressure on local radio."),
      cca=((CCA["democratic_space"], "Journalists report self-censorship ahead of the election."),)),
    T("vd_campaign_speech", "XT02", kind="community_info", info_type="early_warning", at_ages=(3,), severity=(3, 3),
      early_warning=True, sites=(("XT0201", "Vardenne Stadium"),), verification="vs.verified",
      sources=("un_obs", "radio"),
      variants=(V("Campaign launch: candidate calls Vrenic 'guests who must know their place'",
                  "At the National Renewal Party campaign launch in {place} {when}, the party's candidate for "
                  "governor told about {n_men} supporters that Vrenic residents are 'guests who must know their "
                  "place'. The crowd chanted 'Vardenne for the Vardennese'."),),
      details=("The speech was broadcast live on provincial radio and shared widely online.",
               "Vrenic leaders called it 'a licence for what comes next'."),
      cca=((SOCIAL, "Exclusionary rhetoric from a leading candidate legitimises hostility to the Vrenic community."),
           _ELECTION_CCA),
      foa=(("foa.rf08.i07", "Hate rhetoric by a political leader."),
           ("foa.rf04.i07", "Ideology of supremacy of one identity."))),
    T("vd_w031_threats", "XT02", at_ages=(2,), severity=(3, 3), cast=(("w031", "victim"),), reprisal=1.0,
      sites=(("XT0202", "Halvask market"),), perps=(_SSD,), verification="vs.corroborated",
      confidentiality="strictly_confidential", sources=("victim_phone", "vri"),
      variants=(V("Threats against W-031 after UN consultation",
                  "W-031 reports that two men who said they were State Security officers stopped {obj} at {place} "
                  "{when}, named the date of the UN consultation in Vardenne Town and told {obj} to 'stop talking "
                  "to foreigners if you want to keep your job'.", ("threats", "surveillance")),),
      details=("{Pronoun} has since seen the same car parked outside {poss} home twice.",
               "{Pronoun} consents to referral to the UN reprisals focal point, not to being named."),
      cca=((CCA["democratic_space"], "Reprisal against a defender for engaging with the UN."),),
      foa=(("foa.rf06.i07", "Reprisals for cooperation with the UN."),)),
    T("vd_radio_suspended", "XT02", at_ages=(2,), severity=(3, 3), cast=(("j007", "victim"),),
      sites=(("XT0202", "Halvask Community Radio studio"),),
      perps=(Perp("national", "state", "the National Broadcasting Regulator"),),
      verification="vs.verified", sources=("journalists_union", "press", "victim"),
      variants=(V("Halvask Community Radio suspended for 30 days",
                  "The National Broadcasting Regulator suspended Halvask Community Radio for 30 days {when}, citing "
                  "'inflammatory content' in a call-in programme presented by J-007 on voter registration.",
                  ("expression", "information")),),
      details=("The station is the only one broadcasting in the Vrenic language in the province.",),
      cca=((CCA["democratic_space"], "Closure of the only minority-language station before the vote."),),
      foa=(("foa.rf07.i06", "Control of communication channels."),)),
    T("vd_w031_arrest", "XT02", at_ages=(1,), severity=(4, 4), cast=(("w031", "victim"),), reprisal=1.0,
      sites=(("XT0202", "Nerev village"),), perps=(_SSD,), verification="vs.verified",
      confidentiality="strictly_confidential", sources=("relative", "lawyer", "vri"),
      variants=(V("W-031 arrested; questioned on contacts with the UN",
                  "W-031 was arrested at {poss} home in {place} {when} by State Security officers and held for {days} "
                  "days. The lawyer reports that questioning focused on {poss} contacts with the UN field team and "
                  "the Special Procedures visit.", ("arrest", "detention")),),
      details=("{Pronoun} was charged with 'spreading false information harmful to public order'.",
               "Relatives were not told where {pronoun} was held for the first two days."),
      closings=("Case raised with the reprisals focal point and included in the headquarters briefing without "
                "names.",),
      cca=((CCA["democratic_space"], "Detention of a defender linked to cooperation with the UN."),
           (CCA["justice_rule_of_law"], "Criminal charges used against a defender.")),
      foa=(("foa.rf06.i07", "Reprisals for cooperation with the UN."),
           ("foa.rf08.i08", "Arrests linked to the election period."))),
    T("vd_j007_assault", "XT02", at_ages=(1,), severity=(4, 4), cast=(("j007", "victim"),),
      sites=(("XT0202", "Halvask market"),), perps=(_VPY,), verification="vs.verified", injured=(1, 1),
      sources=("victim", "hospital", "witness"), witnesses=(1, 1),
      variants=(V("Journalist J-007 beaten at Halvask market",
                  "J-007 was beaten by four men in Vardenne Patriotic Youth T-shirts at {place} {when} while "
                  "recording interviews with traders; they shouted 'this is for the foreign radio'. Police officers "
                  "nearby did not intervene.", ("assault", "expression")),),
      details=("The medical certificate records a broken wrist and bruising to the head.",
               "{Pronoun} had described the attacks on Vrenic shops to the Special Procedures mandate holder."),
      cca=((CCA["democratic_space"], "Violent attack on a journalist who engaged with the UN."),),
      foa=(("foa.rf06.i02", "Attacks on independent media."),)),
    T("vd_w031_bail", "XT02", at_ages=(0,), severity=(3, 3), cast=(("w031", "victim"),), reprisal=1.0,
      sites=(("XT0201", "Provincial court, Vardenne Town"),),
      perps=(Perp("judiciary", "state", "the provincial court"),),
      verification="vs.verified", confidentiality="strictly_confidential", sources=("lawyer", "court"),
      variants=(V("W-031 released on bail; travel ban imposed",
                  "The provincial court released W-031 on bail {when} but imposed a ban on leaving {region} and "
                  "weekly reporting to the police until trial, set for after the election.",
                  ("travel_restriction", "accused")),),
      details=("The travel ban prevents {obj} from attending a planned meeting with the UN in Solmara.",),
      cca=((CCA["democratic_space"], "Restrictions on a defender who engaged with the UN continue."),),
      foa=(("foa.rf06.i07", "Reprisals for cooperation with the UN."),)),
    T("vd_stadium_rally", "XT02", kind="community_info", info_type="early_warning", at_ages=(0,), severity=(4, 4),
      early_warning=True, sites=(("XT0201", "Vardenne Stadium"),), verification="vs.verified",
      sources=("un_obs", "radio", "social_media"),
      variants=(V("Final ruling-party rally: crowd chants against Vrenic residents",
                  "At the ruling party's closing rally at {place} {when}, about {n_men} supporters chanted slogans "
                  "calling Vrenic residents 'rats' and speakers urged 'volunteers' to 'protect the polling stations "
                  "from foreigners'."),),
      details=("Team members observed dozens of young men with clubs leaving the stadium towards the Old Bridge "
               "quarter.",),
      cca=((SOCIAL, "Dehumanising chants at a mass rally just before the vote."),
           (CCA["internal_security"], "Calls to 'protect' polling stations signal risk of election-day violence.")),
      foa=(("foa.rf08.i07", "Public incitement against a group."),
           ("foa.rf13.i05", "Dehumanising language about a group."))),
)

# -- templates: Orsavale (land and displacement) ---------------------------------------------------

_GUARDS = Perp("security_guards", "state_acquiescence", "Sentinel Guard Services guards of Orsa Agro Holdings",
               "herder")
_POLICE_O = Perp("police", "state", "provincial police", "herder")
_KDB = Perp("other_armed", "non_state", "gunmen of the Kesh Defence Brigade", "farmer")
_VIGIL = Perp("vigilante", "state_acquiescence", "members of a Dorran vigilance committee", "herder")
_UNKNOWN_O = Perp("unknown", "unknown", "unidentified armed men")

OR_TAG_DISPLACEMENT: Tag = (CCA["displacement_migration"], "Evictions and attacks are driving new displacement in "
                                                           "{region}.")

ORSAVALE: tuple[T, ...] = (
    T("or_eviction", "XT03", curve="rising", rate=1.3, districts=("XT0305", "XT0302", "XT0304"), severity=(3, 3),
      trend=1, victims=("herder",), n_victims=(1, 2), displaced=(40, 300), perps=(_GUARDS, _GUARDS, _POLICE_O),
      sources=("victim", "elders", "land_forum", "un_obs", "company", "ngo"), span=(1, 3),
      variants=(
          V("Forced eviction of Ulmeni herding families at {place}",
            "{When}, {actor} evicted about {households} Ulmeni households from grazing land at {place}, inside "
            "the Orsa Agro Holdings concession; about {displaced} people left with their livestock towards "
            "{other_place}.", ("eviction", "land_expropriation", "displacement")),
          V("Homes demolished in concession area near {place}",
            "Bulldozers escorted by {actor} demolished {n_homes} homes and animal enclosures at {place} {when}; "
            "residents say they had less than 24 hours' notice.", ("destruction", "eviction", "housing")),
          V("Water point fenced off; {households} households told to leave {place}",
            "Residents of {place} report that {actor} fenced off the only water point used by herders and told "
            "{households} households to leave by the end of the week.", ("land_expropriation", "displacement")),
      ),
      details=(
          "No court order or written notice was shown; residents hold customary rights recognised by the district "
          "land board.",
          "An elderly man who refused to leave his house was beaten, according to {wp}.",
          "The company's liaison officer told the team that 'all occupants were compensated'; none of the "
          "households interviewed had been paid.",
          "Families lost stored grain and seed for the coming season.",
          "Displaced families are camping along the road to {other_place} without shelter or water.",
          "Two days later the team saw fresh bulldozer tracks and burnt enclosures.",
      ),
      closings=("Figures shared with the protection and shelter clusters.",
                "Team to request the concession agreement and resettlement plan from the Governor's office."),
      cca=((LAND, "Loss of grazing land and water undermines pastoralist livelihoods."), OR_TAG_DISPLACEMENT,
           (SOCIAL, "Evictions fall on one community and feed herder-farmer tension.")),
      foa=(("foa.rf04.i02", "Economic interests in land as a motive."),
           ("foa.rf08.i10", "Exploitation of land resources affecting a group's livelihoods."),
           ("foa.rf07.i10", "Forced displacement of a protected group."))),
    T("or_attack", "XT03", curve="rising", rate=1.2, districts=("XT0304", "XT0302", "XT0303", "XT0305"),
      severity=(3, 4), trend=1, victims=("farmer",), n_victims=(1, 3), perps=(_KDB, _VIGIL, _UNKNOWN_O),
      p_killed=0.55, killed=(1, 5), injured=(0, 10), displaced=(0, 400), death_causes=("salw",) * 6 + (
          "incendiary", "objects_other"), deaths=DeathMix(status=("civilian",) * 8 + ("dph", "unknown")),
      witnesses=(1, 2),
      sources=("witness", "hospital", "elders", "farmers", "army", "un_obs"),
      variants=(
          V("Armed attack on {place}: {killed} killed, homes burnt",
            "{When}, armed men attacked {place} at about 3 a.m., shooting at people fleeing their houses; {killed} "
            "people were killed, {injured} injured and about {n_homes} homes burnt.",
            ("kill_noncombatant", "destruction", "displacement"), lethal=True, severity=(4, 5),
            details=("The dead were buried the same day, in line with local custom, before any official "
                     "examination.",)),
          V("{killed} {group_pl} killed in attack near {place}",
            "{Actor} attacked {group_pl} near {place} {when}, killing {killed} and driving off several hundred "
            "head of cattle.", ("kill_noncombatant", "looting"), lethal=True, severity=(4, 5),
            deaths=DeathMix(sex=(85, 5, 10), age=(80, 15, 5), status=("civilian",) * 4 + ("dph",))),
          V("Homes burnt in night raid on {place}",
            "{When}, armed men set fire to {n_homes} homes in {place} after residents fled into the bush; {injured} "
            "people were injured.", ("destruction", "displacement"), lethal=False),
          V("{Group_pl} shot at on the road to {other_place}",
            "{Group_pl} travelling to {other_place} were shot at by {actor} near {place} {when}; {injured} were "
            "wounded.", ("attempted_killing", "assault"), lethal=False),
      ),
      details=(
          "Survivors recognised the attackers by their dress and language.",
          "The nearest army post is 12 km away; residents say soldiers arrived six hours later.",
          "Residents of {other_place} fear a revenge attack and have posted night watches.",
          "The attack follows a week of cattle thefts between the two communities around {district}.",
          "Local leaders link the attack to the eviction of herders from the concession area.",
          "The team visited three days later and saw burnt houses and spent cartridges.",
      ),
      closings=("Request for army patrols raised with the provincial security committee.",),
      cca=((CCA["internal_security"], "Armed attacks on villages show a deteriorating security situation in "
                                      "{region}."), OR_TAG_DISPLACEMENT,
           (SOCIAL, "Violence increasingly follows community lines between herders and farmers.")),
      foa=(("foa.rf09.i04", "Serious tension between groups over land and resources."),
           ("foa.rf11.i01", "Pattern of violence against civilians along community lines."),
           ("foa.rf10.i08", "Destruction of homes and livelihoods of a group."))),
    T("or_displacement", "XT03", kind="community_info", info_type="community_report", curve="rising", rate=1.0,
      sites=(("XT0301", "Orsa stadium collective centre"), ("XT0304", "Tolmere IDP site"),
             ("XT0305", "Amberlie junction informal site")),
      severity=(2, 3), trend=1, displaced=(60, 700), sources=("site_committee", "cluster", "ngo", "un_obs"),
      variants=(
          V("{displaced} new arrivals at {place}",
            "The site committee at {place} registered {displaced} new arrivals {when}, mostly women and children "
            "from villages around {other_place}."),
          V("Displaced families at {place} short of water",
            "About {households} displaced households are sheltering at {place}; the site has {n} latrines and one "
            "water point."),
          V("{place} over capacity after new arrivals",
            "{When}, a further {displaced} people arrived at {place} after attacks and evictions around "
            "{other_place}; the site now holds more than twice its planned capacity."),
      ),
      details=(
          "New arrivals say they fled the evictions in the concession area and fear of attacks.",
          "Women say they feel unsafe collecting firewood outside the site at night.",
          "Food distributions have been cut to half rations.",
          "Children are out of school; the local school is used as a shelter.",
          "Local authorities asked partners not to build permanent structures, saying families will 'return "
          "soon'.",
          "Host families in {other_place} are sharing food stocks and are running short themselves.",
      ),
      cca=((CCA["displacement_migration"], "Displacement in {region} is rising faster than shelter and services."),
           (SERVICES, "Sites lack water, sanitation and schooling."), (LAND, "Displaced herders lost their herds.")),
      foa=(("foa.rf07.i10", "Life-threatening living conditions for displaced people."),)),
    T("or_land_defender", "XT03", curve="rising", rate=0.7, districts=("XT0301", "XT0305", "XT0302"), severity=(3, 3),
      trend=1, victims=("land_defender",), perps=(_POLICE_O, _GUARDS, _UNKNOWN_O), p_killed=0.1, killed=(1, 1),
      sources=("victim", "land_forum", "lawyer", "colleague"), confidentiality="strictly_confidential",
      variants=(
          V("Land rights defender arrested after petition to Governor",
            "{Victim} was arrested by {actor} in {place} {when}, two days after delivering a petition against the "
            "concession signed by {n_names} residents; {pronoun} is held on a charge of 'inciting disobedience'.",
            ("arrest", "detention"), lethal=False),
          V("Threatening note left at home of land defender",
            "{Victim} found a handwritten note at home {when} warning {obj} to 'stop talking about the land or lose "
            "more than land'.", ("death_threats",), lethal=False),
          V("Land defender beaten by concession guards at {place}",
            "{Victim} was beaten by {actor} at the concession fence near {place} {when} while photographing the "
            "demolition of homes.", ("assault", "confiscation"), lethal=False),
          V("Land rights activist missing since {month}",
            "{Victim}, who documented evictions, has not been seen since leaving {place} {when}; the police deny "
            "holding {obj}.", ("disappearance",), lethal=False, weight=0.3, severity=(5, 5)),
          V("Land defender shot dead near {place}",
            "{Victim} was shot dead by unidentified gunmen on a motorbike near {place} {when}; {pronoun} had been "
            "threatened over {poss} work against the evictions.", ("political_killing",), lethal=True,
            severity=(5, 5)),
      ),
      details=(
          "{Org} says this is the fourth incident against its members since the concession decree.",
          "Colleagues have stopped visiting the concession area.",
          "{Pronoun} had recently given testimony to a parliamentary committee on land.",
      ),
      cca=((CCA["democratic_space"], "Defenders documenting land evictions are being targeted."),
           (LAND, "Silencing of land defenders removes a check on the concession.")),
      foa=(("foa.rf04.i02", "Economic interests in land as a motive."),
           ("foa.rf06.i02", "Civil society defending land rights under pressure."))),
    T("or_cattle", "XT03", curve="steady", rate=0.9, districts=("XT0303", "XT0302", "XT0304"), severity=(2, 3),
      victims=("farmer", "herder"), perps=(_UNKNOWN_O, _KDB, _VIGIL), injured=(0, 4),
      sources=("victim", "elders", "farmers", "focal"),
      variants=(
          V("Cattle raid at {place}; {n_cattle} head taken",
            "{When}, armed men drove off about {n_cattle} head of cattle from an enclosure at {place}; the owners "
            "followed the tracks towards {other_place} but turned back after warning shots.", ("looting",)),
          V("Herders beaten and animals seized at {place}",
            "{Group_pl} were beaten and their animals seized at {place} {when} by {actor}, who accused them of "
            "grazing on farmland.", ("assault", "looting", "confiscation")),
          V("Farmer assaulted after confronting herders at {place}",
            "{Victim} was assaulted {when} after confronting herders whose animals had entered {poss} maize field; "
            "the family says {n} bags of harvest were lost.", ("assault",)),
      ),
      details=("Both communities accuse the police of taking sides.",
               "The peace committee met the next day but the owners refused to attend.",
               "Theft and crop damage of this kind were rare before the concession fences went up."),
      cca=((CCA["internal_security"], "Livestock raids and retaliation keep insecurity high."),
           (LAND, "Raids and crop damage erode livelihoods."), (SOCIAL, "Tit-for-tat incidents between communities.")),
      foa=(("foa.rf09.i04", "Tension between groups over land and resources."),)),
    T("or_meeting", "XT03", kind="community_info", info_type="meeting", curve="steady", rate=1.0, severity=(1, 2),
      trend=1, participants=(5, 35), informants=(1, 2), sources=("participants",), witnesses=(0, 0),
      verification="vs.verified", coords=0.4,
      variants=(
          V("Meeting with the joint herder-farmer peace committee of {place}",
            "The team met the joint peace committee of {place} ({participants} members, {women} women) to review "
            "incidents since the last meeting."),
          V("Consultation with Ulmeni elders on grazing corridors",
            "{participants} Ulmeni elders met the team in {place} about access to the traditional grazing corridor "
            "that now lies inside the concession."),
          V("Dorran farmers' association on crop losses",
            "Representatives of the Dorran Farmers' Association ({participants} people) described crop losses from "
            "livestock and demanded compensation from the district."),
          V("Meeting with Orsa Agro Holdings community liaison",
            "The team met the community liaison officer of Orsa Agro Holdings and {participants} staff in {place} "
            "to ask about the resettlement plan for the concession area."),
      ),
      details=(
          "Committee members said mediation has stopped working since the fences went up.",
          "Both sides accused the district authorities of taking sides.",
          "Elders asked the UN to attend the next inter-community meeting as an observer.",
          "Women members said they are rarely consulted on land decisions.",
          "The group agreed a list of grazing routes to propose to the district land board.",
          "Participants reported rumours of weapons being bought in the markets of {other_place}.",
      ),
      cca=((SOCIAL, "Local mechanisms for managing herder-farmer disputes are under strain."),
           (LAND, "Access to land and grazing routes is the core grievance."))),
    T("or_access", "XT03", curve="late", rate=0.5, severity=(3, 4), trend=1, districts=("XT0304", "XT0303", "XT0302"),
      perps=(Perp("army", "state", "soldiers"), _KDB, _VIGIL), sources=("ngo", "cluster", "un_obs"),
      variants=(
          V("Aid convoy turned back at checkpoint near {place}",
            "{When}, a convoy with food and hygiene kits for {other_place} was turned back at a checkpoint near "
            "{place} manned by {actor}.", ("blockading", "food")),
          V("Mobile clinic staff threatened at {place}",
            "Staff of a mobile clinic were threatened by {actor} at {place} {when} and told not to treat 'the other "
            "side'.", ("threats", "health"), foa=(("foa.rf14.x01", "Threats against humanitarian personnel."),)),
          V("Food warehouse for displaced families looted in {district}",
            "A warehouse holding food for displaced families in {place} was looted {when}; the guard said armed "
            "men took about {n} tonnes of cereals.", ("looting", "food")),
      ),
      details=("Partners suspended movements in {district} for three days.",
               "The provincial authorities promised an investigation."),
      cca=((SERVICES, "Obstruction of aid cuts displaced people off from essential supplies."),
           (CCA["internal_security"], "Armed actors control movement on key roads.")),
      foa=(("foa.rf14.x02", "Obstruction of humanitarian access."),
           ("foa.rf13.i08", "Interference with supplies indispensable to survival."))),
    T("or_warning", "XT03", kind="community_info", info_type="early_warning", curve="late", rate=0.9, severity=(3, 4),
      trend=1, early_warning=True, sources=("focal", "elders", "land_forum", "radio"),
      districts=("XT0304", "XT0302", "XT0303", "XT0301"),
      variants=(
          V("Ultimatum to Ulmeni families in {place}: 'leave before the rains'",
            "Ulmeni families in {place} report that men from a Dorran vigilance committee went from house to house "
            "{when} telling them to leave 'before the rains' or 'face what happened in {other_place}'.",
            foa=(("foa.rf13.i07", "Threats of violence against a group."),
                 ("foa.rf07.i10", "Forced displacement of a group threatened."))),
          V("Armed men gathering near {place}",
            "Community focal points report that about {n_men} armed men have gathered in the bush near {place} for "
            "several days; herders say they are Kesh Defence Brigade fighters preparing a reprisal.",
            foa=(("foa.rf07.i05", "Mobilisation of an armed group."),
                 ("foa.rf05.i01", "Availability of personnel and arms."))),
          V("Weapons sold openly at night in {district}",
            "Traders in {place} say firearms and ammunition are sold openly at night; the price of an assault rifle "
            "has halved since {month}.", foa=(("foa.rf05.i01", "Availability of arms and ammunition."),)),
          V("Radio call-in show labels Ulmeni 'land thieves'",
            "A call-in programme on Orsa FM {when} let callers describe Ulmeni herders as 'land thieves' and "
            "'locusts'; the presenter did not intervene.",
            foa=(("foa.rf08.i07", "Hate propaganda on local radio."),
                 ("foa.rf13.i05", "Dehumanising language about a group."))),
      ),
      details=("Elders fear a repeat of the last attack within weeks.",
               "The district commissioner said the reports were 'exaggerated'."),
      cca=((CCA["internal_security"], "Signals of imminent armed violence in {region}."),
           (SOCIAL, "Hostility is framed along community lines."), OR_TAG_DISPLACEMENT)),
    T("or_gbv", "XT03", curve="rising", rate=0.4, severity=(4, 4), trend=1,
      sites=(("XT0304", "Tolmere IDP site"), ("XT0301", "Orsa stadium collective centre")), victims=("idp_woman",),
      perps=(_UNKNOWN_O, _VIGIL), confidentiality="strictly_confidential", coords=0.0, month_precision=0.4,
      witnesses=(0, 0),
      sources=("ngo", "cluster", "victim"),
      variants=(V("Sexual violence against displaced woman collecting firewood near {place}",
                  "A service provider reports that {victim} was sexually assaulted by armed men while collecting "
                  "firewood outside {place} {when}.", ("sexual_violence",)),),
      details=("The survivor received medical care and psychosocial support through the referral pathway.",
               "Women at the site say such attacks are increasing and go unreported.",
               "No details beyond those needed for the pattern are recorded, at the survivor's request."),
      cca=((SOCIAL, "Sexual violence against displaced women is rising."),
           (CCA["displacement_migration"], "Protection risks at displacement sites.")),
      foa=(("foa.rf07.i09", "Increased sexual violence against women."),)),
    T("or_cso_report", "XT03", kind="community_info", info_type="cso_report", curve="steady", rate=0.8,
      severity=(2, 2), trend=1, month_precision=1.0, coords=0.0, region_wide=1.0, sources=("land_forum",),
      variants=(V("Orsavale Land Rights Forum update for {month}",
                  "The Orsavale Land Rights Forum's update for {month} counts {n_incidents} incidents linked to the "
                  "concession, including evictions, arrests and attacks."),),
      details=("The Forum estimates that {displaced} people have left the concession area since it was granted.",
               "The update calls for a moratorium on evictions until a resettlement plan is agreed."),
      displaced=(500, 4000),
      cca=((LAND, "Civil society documents the growing impact of the concession."), OR_TAG_DISPLACEMENT)),
)

ORSAVALE_STORY: tuple[T, ...] = (
    T("or_decree", "XT03", kind="community_info", info_type="cso_report", at_ages=(4,), severity=(3, 3),
      sites=(("XT0301", "Governor's office, Orsa"),), verification="vs.verified", sources=("land_forum", "press"),
      variants=(V("Governor's decree grants 18,000 ha at Amberlie to Orsa Agro Holdings",
                  "A decree of the Governor of {region}, published {when}, grants Orsa Agro Holdings a 49-year "
                  "concession over 18,000 hectares in Amberlie and parts of Tolmere, including the main dry-season "
                  "grazing corridor of Ulmeni herders."),),
      details=("The decree does not mention consultation or resettlement.",
               "The Orsavale Land Rights Forum says about 900 households use the land."),
      cca=((LAND, "Large land concession over customary grazing land."),
           (SOCIAL, "The concession affects one community's livelihood above all.")),
      foa=(("foa.rf08.i10", "Exploitation of natural resources affecting livelihoods of a group."),)),
    T("or_upr_meeting", "XT03", kind="community_info", info_type="meeting", at_ages=(3,), severity=(1, 1),
      sites=(("XT0301", "Orsa town"),), participants=(9, 9), cast=(("l014", "source"),), informants=(1, 1),
      verification="vs.verified", sources=("participants",), witnesses=(0, 0),
      variants=(V("Land Rights Forum briefs team on its UPR submission",
                  "L-014 and {participants} members of the Orsavale Land Rights Forum briefed the team on the "
                  "Forum's stakeholder submission to the Universal Periodic Review, which documents the evictions "
                  "in the concession area."),),
      details=("Members asked for advice on protection in case of reprisals.",),
      cca=((LAND, "Civil society engages UN mechanisms on the land conflict."),)),
    T("or_l014_arrest", "XT03", at_ages=(1,), severity=(4, 4), cast=(("l014", "victim"),), reprisal=1.0,
      sites=(("XT0301", "Orsa town"),), perps=(_POLICE_O,), verification="vs.verified",
      confidentiality="strictly_confidential", sources=("lawyer", "land_forum", "relative"),
      variants=(V("L-014 detained after UPR submission",
                  "L-014 was arrested in {place} {when} by provincial police and is held at Orsa central police "
                  "station on charges of 'inciting disobedience'. The arrest came weeks after the Forum's UPR "
                  "submission was made public.", ("arrest", "detention", "denial_bail")),),
      details=("Bail was refused on the grounds that {pronoun} 'might influence witnesses'.",
               "Police seized the Forum's files on the evictions."),
      cca=((CCA["democratic_space"], "Detention of a land defender who engaged with the UPR."),
           (LAND, "Criminalisation of opposition to the concession.")),
      foa=(("foa.rf06.i07", "Reprisal for cooperation with a UN mechanism."),)),
    T("or_tolmere", "XT03", at_ages=(1,), severity=(5, 5), sites=(("XT0304", "Tolmere village"),),
      victims=("farmer",), n_victims=(3, 3), perps=(_KDB,), p_killed=1.0, killed=(7, 7), injured=(12, 12),
      displaced=(2300, 2300), death_causes=("salw", "incendiary"),
      fixed_deaths=((3, "man", "adult", "salw", "civilian"), (2, "woman", "adult", "salw", "civilian"),
                    (1, "man", "child", "incendiary", "civilian"), (1, "woman", "child", "salw", "civilian")),
      verification="vs.verified", witnesses=(2, 2), span=(1, 2),
      sources=("witness", "hospital", "un_obs", "farmers"),
      variants=(V("Tolmere attack: {killed} villagers killed, about {displaced} displaced",
                  "In the early hours {when}, gunmen of the Kesh Defence Brigade attacked {place} from three sides. "
                  "{killed} villagers were killed, including two children, {injured} were injured and about 140 "
                  "homes burnt. About {displaced} people fled to the Tolmere IDP site and Orsa town.",
                  ("kill_noncombatant", "destruction", "displacement"), lethal=True),),
      details=("The team visited two days later and counted burnt homes and a burnt grain store.",
               "Survivors say the attackers shouted that it was revenge for the evictions.",
               "An army unit 12 km away arrived about six hours after the attack began."),
      cca=((CCA["internal_security"], "The deadliest attack so far in the land conflict."), OR_TAG_DISPLACEMENT,
           (SOCIAL, "Revenge violence between communities.")),
      foa=(("foa.rf11.i02", "Increase in civilians targeted and areas attacked."),
           ("foa.rf10.i08", "Destruction of homes of a group."))),
    T("or_retaliation", "XT03", at_ages=(0,), severity=(5, 5), sites=(("XT0303", "Kesh water point"),),
      victims=("herder",), n_victims=(2, 2), perps=(_VIGIL,), p_killed=1.0, killed=(4, 4), injured=(6, 6),
      displaced=(600, 600), death_causes=("salw",),
      fixed_deaths=((3, "man", "adult", "salw", "civilian"), (1, "man", "adult", "salw", "dph")),
      verification="vs.corroborated", witnesses=(1, 1), sources=("witness", "elders", "hospital"),
      variants=(V("Retaliatory attack on herder camp at {place}: {killed} killed",
                  "{When}, members of a Dorran vigilance committee attacked an Ulmeni herder camp at {place}, killing "
                  "{killed} people and injuring {injured}. About {displaced} herders left the area with their "
                  "animals.", ("kill_noncombatant", "looting", "displacement"), lethal=True),),
      details=("Elders say the attackers were accompanied by a district official's vehicle.",
               "One of the dead was carrying a rifle when he was shot; the other three were unarmed."),
      cca=((CCA["internal_security"], "Cycle of revenge attacks after Tolmere."), OR_TAG_DISPLACEMENT),
      foa=(("foa.rf11.i01", "Pattern of violence against civilians along community lines."),)),
)

# -- templates: other provinces --------------------------------------------------------------------

_EMPLOYER = Perp("employer", "non_state", "managers of the Port Caldrisk Terminal Company")
_ARMY = Perp("army", "state", "soldiers of the 4th Brigade")
_HLF = Perp("guerrilla", "non_state", "fighters of the Hesk Liberation Front")

OTHERS: tuple[T, ...] = (
    # Caldrisk Coast: port strike peaks mid-period and ends in an agreement.
    T("cc_union", "XT04", curve="peak_mid", rate=1.0, severity=(2, 3), victims=("unionist",),
      perps=(_EMPLOYER, _POLICE, Perp("security_guards", "non_state", "terminal security guards")),
      sites=(("XT0401", "Container terminal gate 3"), ("XT0401", "Port Caldrisk docks"), ("XT0403", "Wenna cannery")),
      sources=("victim", "union", "lawyer", "colleague"),
      variants=(
          V("Shop steward dismissed at container terminal",
            "{Victim} was dismissed {when} for 'gross misconduct' a day after announcing a strike ballot at {place}.",
            ("labour",)),
          V("Striking dockers detained at {place}",
            "{Actor} detained {victim} and {n} other striking dockers at {place} {when}; they were released after "
            "{days} days without charge.", ("arrest", "detention", "assembly"), severity=(3, 3)),
          V("Union leader threatened by terminal managers",
            "{Victim} reported that a terminal manager told {obj} {when} that 'union people have accidents at night "
            "on the docks'.", ("threats", "labour")),
          V("Union office searched, membership lists taken",
            "{Actor} searched the union office in {place} {when} without a warrant and took membership lists.",
            ("privacy", "confiscation", "labour")),
      ),
      details=("The union has filed a complaint with the labour inspectorate.",
               "Workers say the company is hiring day labourers to replace strikers.",
               "{Pronoun} has been a union member for eleven years."),
      cca=((CCA["economic_stability"], "The port dispute disrupts the province's main source of income."),
           (CCA["democratic_space"], "Pressure on union leaders restricts freedom of association."))),
    T("cc_strike", "XT04", kind="community_info", info_type="community_report", curve="peak_mid", rate=0.8,
      severity=(1, 3), districts=("XT0401",), sources=("union", "press", "un_obs"),
      variants=(
          V("Port strike: {n} ships waiting at anchor",
            "The port strike entered its {days}th day {when}; {n} ships are waiting at anchor and fuel deliveries "
            "to the interior are delayed."),
          V("Peaceful march of dockers' families in Port Caldrisk",
            "About {n_men} dockers and family members marched peacefully from {place} to the port authority {when}."),
          V("Fuel shortages inland blamed on port strike",
            "Traders in {place} report fuel shortages and rising prices, blamed on the strike at the port."),
      ),
      details=("Police kept their distance and the march ended without incident.",
               "The port authority says losses exceed two weeks of customs revenue."),
      cca=((CCA["economic_stability"], "Prolonged port stoppage affects supply chains and prices."),)),
    T("cc_meeting", "XT04", kind="community_info", info_type="meeting", curve="steady", rate=0.6, severity=(1, 1),
      participants=(4, 25), informants=(0, 1), sources=("participants",), witnesses=(0, 0), verification="vs.verified",
      orgs=_REGION_ORGS["XT04"],
      variants=(
          V("Meeting with {org}", "The team met {participants} representatives of {org} in {place}."),
          V("Tripartite meeting on the port dispute",
            "The team observed a meeting between the port company, the union and the labour ministry in {place}; "
            "{participants} people attended."),
      ),
      details=("Participants said the agreement is largely being respected.",
               "Fisherfolk raised declining catches and competition from industrial trawlers.",
               "The union asked the UN to follow the cases of dismissed workers."),
      cca=((CCA["economic_stability"], "Dialogue on labour relations and livelihoods on the coast."),)),
    T("cc_fisheries", "XT04", kind="community_info", info_type="community_report", curve="steady", rate=0.6,
      severity=(1, 2), districts=("XT0402", "XT0403"), sources=("focal", "un_obs"),
      variants=(
          V("Coastal erosion threatens homes in {place}",
            "Residents of {place} say the sea has taken about {n} metres of shore since last year; {n_homes} homes "
            "are now at risk."),
          V("Industrial trawlers fishing inside the artisanal zone off {place}",
            "Fisherfolk at {place} report trawlers fishing inside the artisanal zone at night, and declining "
            "catches."),
      ),
      details=("The fisheries office says it has one patrol boat for the whole coast.",),
      cca=((CCA["environment_climate"], "Coastal erosion and overfishing threaten livelihoods."),
           (CCA["economic_stability"], "Falling catches reduce household incomes."))),
    # Hesk Marches: low-level border insurgency, steady.
    T("hk_clash", "XT05", curve="steady", rate=0.8, severity=(3, 4), perps=(_HLF, _ARMY), p_killed=0.5,
      killed=(1, 4), injured=(0, 6), death_causes=("salw", "salw", "heavy_explosive"),
      deaths=DeathMix(sex=(80, 5, 15), age=(85, 5, 10), status=("dph", "dph", "unknown", "civilian")),
      sources=("army", "hlf", "focal", "hospital"),
      variants=(
          V("Army patrol ambushed near {place}; {killed} dead",
            "An army patrol was ambushed near {place} {when}; the army reported {killed} dead.",
            ("kill_combatants",), lethal=True, deaths=DeathMix(sex=(100, 0, 0), age=(100, 0, 0),
                                                              status=("armed_forces",))),
          V("Exchange of fire between army and HLF at {place}",
            "{When}, soldiers and Hesk Liberation Front fighters exchanged fire for several hours near {place}; "
            "{killed} people were killed, and it is not clear how many were civilians.",
            ("kill_combatants", "crossfire"), lethal=True),
          V("Mortar rounds land in fields near {place}",
            "Several mortar rounds landed in fields near {place} {when}; {injured} people were injured and a grain "
            "store was destroyed.", ("destruction",), lethal=False),
      ),
      details=("The HLF claimed the attack on a messaging channel.",
               "Residents say clashes of this kind happen most months.",
               "The road to {other_place} was closed for two days."),
      cca=((CCA["internal_security"], "Armed clashes in the border area continue at a steady level."),
           (CCA["regional_global_influences"], "The armed group moves across the border with Kaldoria.")),
      foa=(("foa.rf01.i01", "Non-international armed conflict in the border area."),
           ("foa.rf08.i02", "Spill-over from instability in neighbouring Kaldoria."))),
    T("hk_uxo", "XT05", curve="steady", rate=0.3, severity=(3, 4), victims=("child",), n_victims=(1, 2),
      p_killed=0.5, killed=(1, 3), injured=(0, 2), death_causes=("planted_uxo",),
      deaths=DeathMix(sex=(50, 50, 0), age=(0, 100, 0)),
      perps=(Perp("unknown", "unknown", "unknown parties to the conflict"),), sources=("hospital", "focal"),
      variants=(
          V("Unexploded ordnance kills {killed_children} near {place}",
            "{Killed_children} herding goats near {place} {were} killed {when} when an unexploded mortar round "
            "they had picked up went off.", ("indiscriminate",), lethal=True),
          V("Child injured by landmine on track near {place}",
            "{Victim} was seriously injured {when} when a donkey cart hit a landmine on the track near {place}.",
            ("indiscriminate",), lethal=False),
      ),
      details=("The area has not been surveyed for mines.", "Families say children were never taught to avoid "
                                                           "explosive items."),
      cca=((CCA["internal_security"], "Explosive remnants of the conflict keep killing civilians."),)),
    T("hk_border", "XT05", kind="community_info", info_type="community_report", curve="steady", rate=0.8,
      severity=(1, 3), sites=(("XT0502", "Gorrin Pass border post"), ("XT0503", "Ulvard crossing"),
                              ("XT0501", "Hesk transit centre")), sources=("focal", "ngo", "un_obs"),
      variants=(
          V("Refugees from Kaldoria arriving at {place}",
            "{n_ref} people from neighbouring Kaldoria crossed at {place} {when}, reporting fighting on their side "
            "of the border."),
          V("Border post closed; traders stranded at {place}",
            "The border post at {place} was closed {when} without notice; about {n_men} traders were stranded."),
          V("Fuel and arms smuggling reported through {place}",
            "Community focal points report nightly smuggling of fuel and, reportedly, weapons through {place}."),
      ),
      details=("The transit centre in Hesk is at about half capacity.",
               "Local officials say the situation is 'under control'."),
      cca=((CCA["regional_global_influences"], "Instability in neighbouring Kaldoria affects the border area."),
           (CCA["displacement_migration"], "Cross-border movements continue at a steady pace."))),
    T("hk_roundup", "XT05", curve="steady", rate=0.5, severity=(3, 4), victims=("young_man",), n_victims=(1, 2),
      perps=(_ARMY, _SSD), sources=("relative", "focal", "lawyer"),
      variants=(
          V("Young men rounded up after ambush near {place}",
            "After an ambush near {place} {when}, soldiers rounded up {n_men} young men; most were released after "
            "questioning, {n} are still held.", ("mass_roundup", "detention")),
          V("Detainee reports ill-treatment at Hesk barracks",
            "{Victim}, released {when} after {days} days at Hesk barracks, reports beatings during interrogation "
            "about the HLF.", ("detention", "torture"), severity=(4, 4)),
      ),
      details=("Relatives were not told where the men were held.", "No detainee has been brought before a judge."),
      cca=((CCA["justice_rule_of_law"], "Detention without judicial oversight in the border area."),
           (CCA["internal_security"], "Counter-insurgency operations affect civilians.")),
      foa=(("foa.rf03.i04", "Weak civilian control of security forces."),
           ("foa.rf02.i03", "Impunity for violations by security forces."))),
    T("hk_meeting", "XT05", kind="community_info", info_type="meeting", curve="steady", rate=0.5, severity=(1, 1),
      participants=(5, 30), informants=(0, 1), sources=("participants",), witnesses=(0, 0), verification="vs.verified",
      orgs=_REGION_ORGS["XT05"],
      variants=(V("Meeting with {org} in {place}",
                  "The team met {participants} members of {org} in {place} on security and access to services."),),
      details=("Participants said the situation is tense but no worse than in past months.",
               "Women asked for a mine-risk education session in schools."),
      cca=((CCA["internal_security"], "Community perception of security in the border area."),)),
    # Teral Plateau: cholera and drought at the start, then recovery.
    T("tp_cholera", "XT06", kind="community_info", info_type="community_report", curve="early", rate=1.6,
      severity=(2, 3), trend=-1, sources=("health_office", "ngo", "focal"),
      variants=(
          V("{n_cases} suspected cholera cases in {place}",
            "The district health office reported {n_cases} suspected cholera cases in {place} {when}, most from "
            "villages using the same river water."),
          V("Health post in {district} without oral rehydration salts",
            "The health post in {place} has run out of oral rehydration salts; patients are referred to the "
            "district hospital two hours away."),
      ),
      details=("Chlorination of water points started with support from partners.",
               "Case numbers are lower than the previous week, according to the district health office."),
      cca=((CCA["public_health"], "Cholera outbreak in {region}."),
           (SERVICES, "Unsafe water points and overstretched health posts.")),
      foa=(("foa.rf01.i03", "Humanitarian emergency including an epidemic."),)),
    T("tp_food", "XT06", kind="community_info", info_type="community_report", curve="early", rate=1.0,
      severity=(2, 3), trend=-1, sources=("focal", "ngo"),
      variants=(
          V("Maize price doubled at {place} market",
            "Maize prices at the {place} market have doubled since the failed rains; families report eating one "
            "meal a day."),
          V("Families selling livestock to buy food in {district}",
            "Families in {place} are selling breeding animals to buy food, according to {n} households visited."),
      ),
      details=("School attendance has dropped as children help at home.",),
      cca=((LAND, "Drought-driven food insecurity in {region}."),
           (CCA["economic_stability"], "Loss of productive assets."))),
    T("tp_recovery", "XT06", kind="community_info", info_type="meeting", curve="rising", rate=0.5, severity=(1, 1),
      participants=(8, 40), informants=(0, 1), sources=("participants",), witnesses=(0, 0), verification="vs.verified",
      variants=(
          V("Community meeting on recovery after the cholera outbreak",
            "{participants} residents and health volunteers met the team in {place}; no new cholera cases have "
            "been reported for several weeks."),
          V("First harvest after the rains in {district}",
            "Farmers in {place} told the team that the first harvest since the drought is under way."),
      ),
      details=("Residents asked for help to maintain the new water points.",
               "Food prices in {other_place} have fallen back towards last year's level."),
      cca=((CCA["public_health"], "Health situation improving in {region}."),
           (LAND, "Food security improving with the harvest."))),
    T("tp_aid_diversion", "XT06", curve="falling", rate=0.4, severity=(2, 3), perps=(_LOCAL,), victims=("civilian",),
      sources=("victim", "focal", "ngo"),
      variants=(V("Food aid diverted by village officials in {place}",
                  "Residents of {place} report that village officials kept part of the food distribution {when} "
                  "and sold it at the market.", ("food", "extortion")),),
      details=("The partner has suspended distributions through the village committee.",),
      cca=((CCA["justice_rule_of_law"], "Corruption in aid distribution goes unpunished."),
           (LAND, "Diversion deprives the most food-insecure households.")),
      foa=(("foa.rf03.i05", "Corruption and poor governance."),)),
    # Solmara Capital District: national politics.
    T("sc_fuel_protest", "XT01", curve="early", rate=1.0, severity=(2, 3), victims=("protester",), n_victims=(1, 3),
      perps=(_RRU, _POLICE), injured=(0, 20), witnesses=(1, 2), sources=("witness", "hospital", "police", "press"),
      districts=("XT0101", "XT0102", "XT0103"),
      variants=(
          V("Police use tear gas on fuel-price protest at {place}",
            "{Actor} fired tear gas and used batons to disperse about {n_men} people protesting fuel-price rises at "
            "{place} {when}; {injured} people were injured.", ("assault", "assembly")),
          V("Protesters arrested after fuel-price march in {district}",
            "{When}, {actor} arrested {victim} and {n} other protesters after a march against the end of fuel "
            "subsidies.", ("arrest", "assembly"), severity=(3, 3)),
      ),
      details=("Most protesters were students and minibus drivers.",
               "Shops around {place} stayed closed the next day."),
      cca=((CCA["economic_stability"], "Fuel subsidy cuts drive protests over living costs."),
           (CCA["political_stability"], "Protests against government economic policy."))),
    T("sc_ngo_law", "XT01", kind="community_info", info_type="cso_report", curve="rising", rate=0.5,
      severity=(2, 3), trend=1, districts=("XT0101",), sources=("press", "un_obs"),
      orgs=_REGION_ORGS["XT01"],
      variants=(
          V("Draft law on foreign-funded organisations: civil society analysis",
            "{Org} shared an analysis of the draft law on foreign-funded organisations, which would require "
            "re-registration and allow suspension without a court order."),
          V("Parliament committee hearing on NGO law excludes civil society",
            "The parliamentary committee hearing on the draft NGO law {when} heard only government witnesses; {org} "
            "was refused entry."),
      ),
      details=("Several donors have raised concerns privately.",
               "Organisations in Vardenne fear the law will be used against election observers."),
      cca=((CCA["democratic_space"], "Legal restrictions on civil society are advancing."),),
      foa=(("foa.rf07.i07", "Restrictions on NGOs."),)),
    T("sc_journalist", "XT01", curve="rising", rate=0.6, severity=(2, 3), trend=1, victims=("journalist_c",),
      perps=(Perp("police", "state", "the police cybercrime unit"), _SSD), sources=("victim", "journalists_union"),
      districts=("XT0101", "XT0102"),
      variants=(
          V("Journalist summoned by cybercrime unit over election article",
            "{Victim} was summoned by {actor} {when} and questioned for {hours} hours about an article on the "
            "Vardenne campaign.", ("harassment", "expression")),
          V("Blogger detained overnight over post on Vardenne violence",
            "{Victim} was detained overnight {when} over a social-media post on violence in Vardenne and released "
            "on condition of deleting it.", ("arrest", "expression"), severity=(3, 3)),
      ),
      details=("{Pronoun} was asked to reveal {poss} sources in Vardenne.",
               "The journalists' union says at least five such summonses have taken place recently."),
      cca=((CCA["democratic_space"], "Use of cybercrime provisions against reporting on the election."),),
      foa=(("foa.rf06.i02", "Pressure on independent media."),)),
    T("sc_trial", "XT01", curve="steady", rate=0.6, severity=(2, 3), victims=("protester",),
      perps=(Perp("judiciary", "state", "the Court of First Instance"),),
      sites=(("XT0101", "Court of First Instance"),),
      sources=("court", "lawyer", "un_obs"), month_precision=0.0,
      variants=(V("Trial monitoring: fuel protesters sentenced in group hearing",
                  "The team monitored a group hearing {when} at which {n} fuel-price protesters, including {victim}, "
                  "were sentenced to between three and twelve months; the hearing lasted under an hour.",
                  ("accused",)),),
      details=("Defence lawyers were given the case file on the morning of the hearing.",
               "Several defendants said they were beaten at arrest; the judge did not act on this."),
      cca=((CCA["justice_rule_of_law"], "Fair-trial concerns in protest-related cases."),),
      foa=(("foa.rf03.i03", "Concerns about judicial independence."),)),
    T("sc_custody", "XT01", curve="steady", rate=0.25, severity=(3, 4), victims=("detainee",),
      perps=(Perp("prison", "state", "prison staff"),), sites=(("XT0104", "Pellin Detention Centre"),),
      p_killed=0.3, killed=(1, 1), sources=("relative", "lawyer"),
      variants=(
          V("Death in custody at Pellin Detention Centre",
            "{Victim} died at {place} {when}; the family was told of a heart attack but saw injuries on the body.",
            ("custody_death",), lethal=True, severity=(4, 4)),
          V("Overcrowding and lack of medical care at {place}",
            "Former detainees describe cells at {place} holding three times their capacity and no doctor for weeks.",
            ("detainees", "health"), lethal=False),
      ),
      details=("The family has asked for an independent autopsy.",),
      cca=((CCA["justice_rule_of_law"], "Conditions and deaths in detention point to weak oversight."),),
      foa=(("foa.rf03.i06", "Inadequate oversight and accountability mechanisms."),)),
    T("sc_meeting", "XT01", kind="community_info", info_type="meeting", curve="steady", rate=1.0, severity=(1, 1),
      participants=(3, 25), informants=(0, 1), sources=("participants",), witnesses=(0, 0), verification="vs.verified",
      districts=("XT0101", "XT0102"), orgs=_REGION_ORGS["XT01"],
      variants=(
          V("Meeting with {org}", "The team met {participants} staff of {org} in {place} to exchange on the "
                                  "human rights situation."),
          V("Briefing for diplomatic missions on Vardenne and Orsavale",
            "The team briefed {participants} diplomats on developments in Vardenne and Orsavale."),
          V("Meeting with the Ministry of Interior on election security",
            "The team met Ministry of Interior officials on the security plan for the {election} vote; "
            "{participants} people attended."),
      ),
      details=("The Ministry said all reported incidents 'are being investigated'.",
               "Participants asked for regular updates on the cases of detained observers.",
               "The National Human Rights Commission plans to deploy monitors to Vardenne."),
      cca=((CCA["political_stability"], "National-level dialogue on the situation in the provinces."),
           (CCA["justice_rule_of_law"], "Follow-up on investigations and accountability."))),
    # Ysmir Lakes: stable.
    T("yl_flood", "XT07", kind="community_info", info_type="community_report", curve="steady", rate=0.5,
      severity=(1, 3), displaced=(10, 200), sources=("focal", "ngo"),
      variants=(V("Flooding in {place}; families move to higher ground",
                  "Heavy rain flooded parts of {place} {when}; about {displaced} people moved to relatives or the "
                  "school on higher ground."),),
      details=("Most families returned within a week.", "The causeway to {other_place} was cut for two days."),
      cca=((CCA["environment_climate"], "Recurrent flooding around the lakes."),
           (SERVICES, "Flood damage to roads and schools."))),
    T("yl_gbv", "XT07", curve="steady", rate=0.3, severity=(3, 4), victims=("woman_y",),
      perps=(Perp("spouse", "non_state", "her husband"), Perp("community", "non_state", "a relative")),
      confidentiality="strictly_confidential", coords=0.0, sources=("ngo",), witnesses=(0, 0),
      variants=(V("Domestic violence case referred in {district}",
                  "A service provider referred the case of {victim}, who was repeatedly beaten at home; the police "
                  "declined to register a complaint.", ("assault",)),),
      details=("The survivor is receiving support through the referral pathway.",),
      cca=((SOCIAL, "Gender-based violence and weak police response."),)),
    T("yl_early_marriage", "XT07", curve="steady", rate=0.12, severity=(3, 3), victims=("girl",), witnesses=(0, 0),
      perps=(Perp("community", "non_state", "relatives"),), confidentiality="strictly_confidential", coords=0.0,
      sources=("ngo", "focal"),
      variants=(V("Girl withdrawn from school for early marriage in {district}",
                  "{Victim}, aged 15, was withdrawn from school {when} to be married; the school alerted the "
                  "community child protection committee.", ("education",)),),
      details=("The committee has met the family; the marriage has been postponed for now.",),
      cca=((SOCIAL, "Child marriage persists despite the legal minimum age."),)),
    T("yl_meeting", "XT07", kind="community_info", info_type="meeting", curve="steady", rate=0.6, severity=(1, 1),
      participants=(5, 30), informants=(0, 1), sources=("participants",), witnesses=(0, 0), verification="vs.verified",
      orgs=_REGION_ORGS["XT07"],
      variants=(V("Meeting with {org} in {place}",
                  "The team met {participants} members of {org} in {place} on access to schools and health care."),),
      details=("The situation is calm; participants' concerns are mainly about services.",
               "Participants asked about plans for the causeway repairs."),
      cca=((SERVICES, "Access to basic services around the lakes."),)),
)

# One-off events outside the two escalating provinces.
OTHER_STORY: tuple[T, ...] = (
    T("tp_outbreak", "XT06", kind="community_info", info_type="early_warning", at_ages=(7,), severity=(4, 4),
      early_warning=True, sites=(("XT0601", "Teral district hospital"),), verification="vs.verified",
      sources=("health_office",),
      variants=(V("Cholera outbreak declared in Teral district",
                  "The Ministry of Health declared a cholera outbreak in Teral district {when} after laboratory "
                  "confirmation; {n_cases} suspected cases were reported in the first week."),),
      cca=((CCA["public_health"], "Declared cholera outbreak."),)),
    T("sc_fuel_decision", "XT01", kind="community_info", info_type="early_warning", at_ages=(7,), severity=(3, 3),
      early_warning=True, sites=(("XT0101", "Parliament Square"),), verification="vs.verified", sources=("press",),
      variants=(V("Government ends fuel subsidies overnight",
                  "The government announced the end of fuel subsidies {when}, with immediate effect; minibus fares "
                  "doubled the next day."),),
      cca=((CCA["economic_stability"], "Sudden price shock for households."),),
      foa=(("foa.rf08.i09", "Sudden change affecting the economy."),)),
    T("cc_strike_start", "XT04", kind="community_info", info_type="community_report", at_ages=(4,), severity=(2, 2),
      sites=(("XT0401", "Container terminal gate 3"),), verification="vs.verified", sources=("union", "un_obs"),
      variants=(V("Port strike begins: about {n_men} dockers walk out",
                  "About {n_men} dockers walked out at {place} {when} over unpaid overtime and the dismissal of "
                  "union representatives."),),
      cca=((CCA["economic_stability"], "Stoppage at the country's main port."),)),
    T("cc_agreement", "XT04", kind="community_info", info_type="meeting", at_ages=(2,), severity=(1, 1),
      sites=(("XT0401", "Dockers' hall"),), participants=(30, 30), verification="vs.verified",
      sources=("participants", "union"),
      variants=(V("Collective agreement signed, ending port strike",
                  "The company, the union and the labour ministry signed a collective agreement at {place} {when}, "
                  "ending the strike. Dismissed union representatives are to be reinstated."),),
      cca=((CCA["economic_stability"], "Resolution of the port dispute."),)),
    T("sc_ngo_law_adopted", "XT01", kind="community_info", info_type="early_warning", at_ages=(0,), severity=(4, 4),
      early_warning=True, sites=(("XT0101", "Parliament Square"),), verification="vs.verified",
      sources=("press", "un_obs"),
      variants=(V("Parliament adopts law on foreign-funded organisations",
                  "Parliament adopted the law on foreign-funded organisations {when}, weeks before the Vardenne "
                  "election. Organisations must re-register within 60 days and can be suspended without a court "
                  "order."),),
      details=("Domestic observer groups fear they cannot register before the vote.",),
      cca=((CCA["democratic_space"], "New legal restrictions on civil society."),
           (CCA["political_stability"], "Observer groups may be unable to work during the election.")),
      foa=(("foa.rf07.i07", "Restrictions on NGOs."),)),
)

TEMPLATES: tuple[T, ...] = VARDENNE + ORSAVALE + OTHERS
STORY_EVENTS: tuple[T, ...] = VARDENNE_STORY + ORSAVALE_STORY + OTHER_STORY

# -- generator ------------------------------------------------------------------------------------


_A_BEFORE_VOWEL = re.compile(r"\ba (?=[aeiAEI])")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Generator:
    def __init__(self, seed: int, months: int, end_month: str) -> None:
        try:
            end = dt.date.fromisoformat(f"{end_month}-01")
        except ValueError:
            raise ValueError(f"end_month must be YYYY-MM, not {end_month!r}") from None
        if not 1 <= months <= 60:
            raise ValueError("months must be between 1 and 60")
        self.rng = random.Random(seed)
        self.months = months
        self.month_starts = [self._add_months(end, i - months + 1) for i in range(months)]
        self.as_of = self._add_months(end, 1) - dt.timedelta(days=1)
        election = self._add_months(end, 1).replace(day=15)
        self.election = f"{election.day} {calendar.month_name[election.month]}"
        self.counters = {"V": 100, "W": 100, "S": 100, "CFP": 10}

    @staticmethod
    def _add_months(day: dt.date, n: int) -> dt.date:
        index = day.year * 12 + day.month - 1 + n
        return dt.date(index // 12, index % 12 + 1, 1)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pseudonym(self, prefix: str) -> str:
        self.counters[prefix] += 1
        return f"{prefix}-{self.counters[prefix]:03d}"

    def run(self) -> list[Record]:
        records: list[Record] = []
        for index, start in enumerate(self.month_starts):
            age = self.months - 1 - index
            for tpl in TEMPLATES:
                curve = _CURVES[tpl.curve]
                expected = (tpl.rate * _REGION_VOLUME[tpl.region] * curve[min(age, len(curve) - 1)]
                            * self.rng.uniform(0.85, 1.15))
                count = int(expected) + (self.rng.random() < expected - int(expected))
                records += [self.make(tpl, start, age) for _ in range(count)]
            records += [self.make(tpl, start, age) for tpl in STORY_EVENTS if age in tpl.at_ages]
        records.append(self.hostile(min(3, self.months - 1)))
        records.sort(key=lambda r: (r["date"][:7], r["date"], r["title"]))
        return records

    # -- one record ----------------------------------------------------------------------------

    def make(self, tpl: T, month_start: dt.date, age: int) -> Record:
        rng = self.rng
        late = age <= 2
        ctx: dict[str, Any] = {}
        # when
        days_in_month = calendar.monthrange(month_start.year, month_start.month)[1]
        day = month_start.replace(day=rng.randint(1, days_in_month))
        month_only = not tpl.at_ages and rng.random() < tpl.month_precision  # story events have exact dates
        month_name = calendar.month_name[month_start.month]
        if month_only:
            date_text = month_start.isoformat()[:7]
            when = rng.choice((f"in {month_name}", f"during {month_name}", f"in {month_name} (exact date unknown)"))
        else:
            date_text = day.isoformat()
            when = f"on {day.day} {month_name}"
        # where
        adm2, place = self._where(tpl)
        region = tpl.region
        ctx.update(place=place, district=_ADMIN2[adm2][0], region=_ADMIN1[region], month=month_name, when=when,
                   When=_cap(when), election=self.election, country=COUNTRY_SHORT, outlet=_OUTLET[region],
                   newspaper=_NEWSPAPER[region])
        others = [p for code, row in _ADMIN2.items() if code.startswith(region) and code != adm2 for p in row[3]]
        ctx["other_place"] = rng.choice(others or [p for p in _ADMIN2[adm2][3] if p != place])
        scale = 1.6 if (tpl.trend > 0 and late) else 1.0
        ctx.update(n=rng.randint(2, 9), n_posts=int(rng.randint(40, 300) * scale), n_men=rng.randrange(30, 400, 10),
                   n_names=rng.randrange(20, 400, 5), n_homes=rng.randint(5, 60), n_cattle=rng.randrange(20, 300, 10),
                   n_cases=rng.randint(12, 160), n_ref=rng.randrange(20, 600, 10), pct=rng.randint(10, 45),
                   days=rng.randint(2, 12), hours=rng.randint(3, 14),
                   n_incidents=int(rng.randint(6, 14) * (1 + (self.months - 1 - age) * 0.35)))
        # who did it
        perp = rng.choice(tpl.perps) if tpl.perps else None
        ctx.update(actor=perp.text if perp else "unidentified people", Actor=_cap(perp.text) if perp else "Unknown")
        # numbers
        killed = 0
        if tpl.p_killed and rng.random() < tpl.p_killed * (1.3 if scale > 1 else 1.0):
            killed = rng.randint(*tpl.killed)
            if scale > 1 and tpl.killed[0] != tpl.killed[1]:
                killed += rng.randint(0, 2)
        injured = int(rng.randint(*tpl.injured) * scale)
        displaced = int(rng.randint(*tpl.displaced) * scale) if tpl.displaced[1] else 0
        if displaced > 60:
            displaced = round(displaced, -1)
        households = displaced // 6 if displaced >= 12 else rng.randint(8, 60)
        ctx["killed_children"] = "a child" if killed == 1 else f"{killed} children"
        ctx.update(Killed_children=_cap(ctx["killed_children"]), were="was" if killed == 1 else "were")
        ctx.update(killed=killed, injured=injured, displaced=displaced, households=households)
        participants = rng.randint(*tpl.participants) if tpl.participants else None
        ctx.update(participants=participants or 0, women=rng.randint(0, (participants or 2) // 2))
        variant = self._variant(tpl, killed)
        # people
        reported = min(self._reported(day, month_only), self.as_of)
        people, victim = self._people(tpl, perp, region, ctx, reported)
        reprisal = rng.random() < tpl.reprisal or (age <= 3 and rng.random() < tpl.reprisal_late)
        if reprisal and victim is not None:
            victim["cooperated_with_un"] = victim.get("cooperated_with_un", tpl.un_channel)
            victim["reprisal_suspected"] = True
            victim["at_risk"] = True
            victim.setdefault("consent", {})["referral"] = True
        # severity and verification
        lo, hi = variant.severity or tpl.severity
        severity = rng.randint(lo, hi)
        if tpl.trend > 0 and late and rng.random() < 0.7:
            severity += 1
        elif (tpl.trend > 0 and age >= 5 and rng.random() < 0.3) or (tpl.trend < 0 and late and rng.random() < 0.6):
            severity -= 1
        # only killings, disappearances and one-off events set at 5 reach 5
        cap = 5 if killed or hi == 5 else 4
        severity = max(1, min(cap, severity + (1 if killed >= 3 else 0)))
        verification = tpl.verification or self._verification(age, severity)
        source_keys = self._source_keys(tpl, verification, people)
        sources = [self._source(key, ctx, verification) for key in source_keys]
        # narrative
        basis = self._basis(source_keys)
        narrative = self._narrative(tpl, variant, ctx, verification, sources, reprisal and victim is not None, basis)
        title = variant.title.format_map(ctx)
        rec: Record = {"id": self.uuid(), "kind": tpl.kind}
        if tpl.info_type:
            rec["info_type"] = tpl.info_type
        rec.update(title=title, narrative=narrative, date=date_text)
        if tpl.span and not month_only:
            end = min(day + dt.timedelta(days=rng.randint(*tpl.span)), self.as_of)
            if end > day:
                rec["date_end"] = end.isoformat()
        if "date_end" in rec:
            reported = max(reported, dt.date.fromisoformat(rec["date_end"]))
        rec["reported_on"] = reported.isoformat()
        rec["location"] = self._location(tpl, adm2, place)
        acts = [ACT[a] for a in variant.acts]
        if acts:
            rec["violation_types"] = acts
        if perp is not None:
            rec["perpetrator_category"] = PERP[perp.category]
            rec["perpetrator_status"] = perp.status
        rec.update(severity=severity, verification=verification, status=self._status(age, verification),
                   confidentiality=self._confidentiality(tpl, reprisal, people))
        if reprisal:
            rec["reprisal"] = True
        if tpl.early_warning or (tpl.kind == "incident" and severity >= 5 and late):
            rec["early_warning"] = True
        casualties = {k: v for k, v in (("killed", killed), ("injured", injured), ("displaced", displaced)) if v}
        if casualties:
            rec["casualties"] = casualties
        if killed and tpl.death_causes:
            rec["deaths"] = self._deaths(killed, tpl, variant.deaths or tpl.deaths)
        if killed:
            # the templates that give causes of death are the armed-conflict ones (16.1.2's causes)
            rec["conflict_related"] = bool(tpl.death_causes)
        if participants is not None:
            rec["participants"] = participants
        if people:
            rec["acts"] = self._acts(acts, perp, people)
            if not rec["acts"]:
                del rec["acts"]
            for person in people:
                person.pop("_linked", None)
            rec["people"] = people
        rec["sources"] = sources
        rec["risk_tags"] = self._tags(tpl, variant, ctx, severity)
        return rec

    def _where(self, tpl: T) -> tuple[str, str]:
        if tpl.sites:
            return self.rng.choice(tpl.sites)
        districts = tpl.districts or tuple(code for code in _ADMIN2 if code.startswith(tpl.region))
        adm2 = self.rng.choice(districts)
        return adm2, self.rng.choice(_ADMIN2[adm2][3])

    def _variant(self, tpl: T, killed: int) -> V:
        fits = [v for v in tpl.variants if v.lethal is None or v.lethal == (killed > 0)] or list(tpl.variants)
        return self.rng.choices(fits, weights=[v.weight for v in fits])[0]

    def _reported(self, day: dt.date, month_only: bool) -> dt.date:
        lag = int(self.rng.expovariate(1 / 4))
        if month_only:
            return self._add_months(day.replace(day=1), 1) + dt.timedelta(days=min(lag, 20))
        return day + dt.timedelta(days=min(lag, 30))

    def _location(self, tpl: T, adm2: str, place: str) -> dict[str, Any]:
        loc: dict[str, Any] = {"country": DEMO_COUNTRY.code, "adm1_pcode": tpl.region, "adm1_name": _ADMIN1[tpl.region]}
        if self.rng.random() < tpl.region_wide:
            return loc
        loc.update(adm2_pcode=adm2, adm2_name=_ADMIN2[adm2][0], place=place)
        if self.rng.random() < tpl.coords:
            lat, lon = _place_coords(adm2, place)
            precision = self.rng.choice((10, 25, 50, 100, 250, 500, 1000, 2000))
            jitter = min(precision, 500) / 111_000
            loc.update(lat=round(lat + self.rng.uniform(-jitter, jitter), 5),
                       lon=round(lon + self.rng.uniform(-jitter, jitter), 5), coord_precision_m=precision)
        elif self.rng.random() < 0.15:
            _name, lat, lon, _places = _ADMIN2[adm2]
            loc.update(lat=lat, lon=lon, coord_precision_m=self.rng.choice((5000, 10000, 15000)))
        return loc

    # -- people --------------------------------------------------------------------------------

    def _name(self, community: str, sex: str) -> str:
        rng = self.rng
        female = sex == "female"
        if community == "vrenic":
            first, last = rng.choice(_VRENIC_F if female else _VRENIC_M), rng.choice(_VRENIC_SUR)
            idx = 0 if rng.random() < 0.6 else 1
            return f"{first[idx]} {last[idx]}"
        if community == "ulmeni":
            first, last = rng.choice(_ULMENI_F if female else _ULMENI_M), rng.choice(_ULMENI_SUR)
            idx = 0 if rng.random() < 0.6 else 1
            return f"{first[idx]} {last[idx]}"
        return f"{rng.choice(_LATIN_F if female else _LATIN_M)} {rng.choice(_LATIN_SUR)}"

    def _community(self, community: str) -> str:
        if community == "vardenne":
            return "vrenic" if self.rng.random() < 0.6 else "tarvessan"
        if community == "orsavale":
            return "ulmeni" if self.rng.random() < 0.6 else "tarvessan"
        return community

    def _consent(self, named: bool, reported: dt.date, *, referral: float = 0.5) -> dict[str, Any]:
        return {"naming": named and self.rng.random() < 0.35, "referral": self.rng.random() < referral,
                "recorded_on": reported.isoformat()}

    def _victim(self, profile_key: str, ctx: dict[str, Any], reported: dt.date) -> tuple[Record, str, str, str]:
        """A victim of the given profile: (person, description for the narrative, organisation, group)."""
        rng = self.rng
        prof = PROFILES[profile_key]
        sex = "female" if rng.random() < prof.female else "male"
        if rng.random() < 0.04:
            sex = "unknown"
        roll = rng.random()
        age_group = "child" if roll < prof.child else ("elderly" if roll < prof.child + prof.elderly else "adult")
        person: Record = {"role": "victim", "pseudonym": self.pseudonym("V"), "sex": sex, "age_group": age_group}
        if rng.random() < 0.4:
            person["name"] = self._name(self._community(prof.community), sex)
        if prof.victim_group:
            person["victim_groups"] = [VICTIM_GROUP[prof.victim_group]]
            person["_linked"] = rng.random() < 0.92
        if rng.random() < prof.at_risk:
            person["at_risk"] = True
        person["consent"] = self._consent("name" in person and age_group != "child", reported)
        org = rng.choice(prof.orgs) if prof.orgs else ""
        sexadj = {"female": "female", "male": "male"}.get(sex, "")
        nouns = {"female": ("woman", "girl"), "male": ("man", "boy")}.get(sex, ("person", "child"))
        sexnoun = nouns[1] if age_group == "child" else nouns[0]
        desc = rng.choice(prof.desc).format(sexadj=sexadj, sexnoun=sexnoun, org=org, place=ctx["place"],
                                            district=ctx["district"])
        desc = _A_BEFORE_VOWEL.sub("an ", " ".join(desc.split()))
        return person, f"{desc} ({person['pseudonym']})", org, prof.group_pl

    def _people(self, tpl: T, perp: Perp | None, region: str, ctx: dict[str, Any],
                reported: dt.date) -> tuple[list[Record], Record | None]:
        rng = self.rng
        people: list[Record] = []
        victim: Record | None = None
        ctx["org"] = rng.choice(tpl.orgs or _REGION_ORGS[region])
        ctx["group_pl"] = "residents"
        desc = ""
        for key, role in tpl.cast:
            rec = RECURRING[key]
            person: Record = {"role": role, "pseudonym": rec.pseudonym, "name": rec.name, "sex": rec.sex,
                              "age_group": "adult"}
            if rec.victim_group and role == "victim":
                person["victim_groups"] = [VICTIM_GROUP[rec.victim_group]]
                person["_linked"] = True
            if rec.cooperated:
                person["cooperated_with_un"] = rec.cooperated
            person["at_risk"] = True
            person["consent"] = {"naming": rec.naming, "referral": True, "recorded_on": reported.isoformat()}
            people.append(person)
            if role == "victim" and victim is None:
                victim, desc = person, f"{rec.desc} ({rec.pseudonym})"
                ctx["org"] = rec.org
        profiles = tpl.victims
        # an armed group's usual targets decide who the victims are (herders or farmers)
        if perp is not None and perp.victims and (len(profiles) > 1 or profiles[:1] in (("farmer",), ("herder",))):
            profiles = (perp.victims,)
        if profiles and victim is None:
            profile_key = rng.choice(profiles)
            for i in range(rng.randint(*tpl.n_victims)):
                person, person_desc, org, group_pl = self._victim(profile_key, ctx, reported)
                people.append(person)
                if i == 0:
                    victim, desc, ctx["group_pl"] = person, person_desc, group_pl
                    if org:
                        ctx["org"] = org
        for _ in range(rng.randint(*tpl.witnesses)):
            sex = rng.choice(("female", "male"))
            witness: Record = {"role": "witness", "pseudonym": self.pseudonym("W"), "sex": sex, "age_group": "adult"}
            if rng.random() < 0.3:
                witness["name"] = self._name(self._community({"XT02": "vardenne", "XT03": "orsavale"}.get(
                    region, "tarvessan")), sex)
            if rng.random() < 0.25:
                witness["at_risk"] = True
            witness["consent"] = self._consent("name" in witness, reported, referral=0.3)
            people.append(witness)
        for _ in range(rng.randint(*tpl.informants)):
            sex = rng.choice(("female", "male"))
            informant: Record = {"role": "source", "pseudonym": self.pseudonym("S"), "sex": sex, "age_group": "adult",
                                 "cooperated_with_un": "field_presence",
                                 "consent": self._consent(False, reported, referral=0.4)}
            if rng.random() < 0.3:
                informant["name"] = self._name(self._community({"XT02": "vardenne", "XT03": "orsavale"}.get(
                    region, "tarvessan")), sex)
                informant["consent"]["naming"] = rng.random() < 0.3
            people.append(informant)
        witnesses = [p["pseudonym"] for p in people if p["role"] == "witness"]
        ctx["wp"] = witnesses[0] if witnesses else "a neighbour"
        ctx["vp"] = victim["pseudonym"] if victim else ""
        ctx["fp"] = f"CFP-{rng.randint(11, 60)}"
        sex = victim.get("sex") if victim else None
        pron = {"female": ("she", "her", "her"), "male": ("he", "him", "his")}.get(sex or "", ("they", "them", "their"))
        ctx.update(pronoun=pron[0], Pronoun=_cap(pron[0]), obj=pron[1], poss=pron[2], Org=_cap(ctx["org"]))
        ctx["victim"] = desc or "residents"
        ctx["Victim"] = _cap(ctx["victim"])
        ctx["Group_pl"] = _cap(ctx["group_pl"])
        return people, victim

    # -- quality -------------------------------------------------------------------------------

    def _verification(self, age: int, severity: int) -> str:
        weights = list(_VERIFY_WEIGHTS[min(age, 3)])
        if severity >= 4:  # serious cases are verified first
            weights[3] *= 1.5
            weights[0] *= 0.6
        return self.rng.choices(_STATUSES, weights=weights)[0]

    def _status(self, age: int, verification: str) -> str:
        if verification == "vs.discounted":
            return "closed"
        weights = ((75, 25, 0), (55, 40, 5), (35, 40, 25), (20, 35, 45))[min(age, 3)]
        return self.rng.choices(("open", "follow_up", "closed"), weights=weights)[0]

    def _confidentiality(self, tpl: T, reprisal: bool, people: list[Record]) -> str:
        if reprisal:
            return "strictly_confidential"
        if tpl.confidentiality:
            return tpl.confidentiality
        if tpl.info_type in ("meeting", "cso_report") and self.rng.random() < 0.6:
            return "restricted"
        if any(p.get("at_risk") for p in people) and self.rng.random() < 0.4:
            return "strictly_confidential"
        return "confidential"

    def _source_keys(self, tpl: T, verification: str, people: list[Record]) -> list[str]:
        """Which of the template's sources inform this record: more of them the better it is verified."""
        rng = self.rng
        roles = {p["role"] for p in people}
        needs_victim = ("victim", "victim_phone", "relative", "lawyer", "colleague")
        usable = [k for k in tpl.sources
                  if not ((k in needs_victim and "victim" not in roles) or (k == "witness" and "witness" not in roles))]
        usable = usable or ["un_obs"]
        want = {"vs.reported": 1, "vs.discounted": 1, "vs.under_review": rng.randint(1, 2)}.get(
            verification, rng.randint(2, 3))
        chosen = [usable[0], *rng.sample(usable[1:], min(want - 1, len(usable) - 1))]
        if len(chosen) < want and tpl.info_type != "meeting":  # a second source is what corroboration means
            chosen.append("focal" if "focal" not in chosen else "un_obs")
        return chosen

    def _source(self, key: str, ctx: dict[str, Any], verification: str) -> Record:
        name, kind, reliabilities, connection = SOURCES[key]
        credibility = {"vs.verified": (1, 2), "vs.corroborated": (2, 3), "vs.under_review": (3, 3),
                       "vs.reported": (3, 6), "vs.not_verified": (4, 6), "vs.discounted": (4, 5)}[verification]
        source: Record = {"name": _cap(name.format_map(ctx)), "type": SRC_TYPE[kind],
                          "reliability": self.rng.choice(reliabilities), "credibility": self.rng.choice(credibility)}
        if connection:
            source["connection"] = CONNECTION[connection]
        return source

    @staticmethod
    def _basis(keys: Sequence[str]) -> str:
        """Why a verified record meets the standard, in the words of the sources actually listed."""
        if "un_obs" in keys:
            return "direct observation by the team, consistent with the other accounts"
        if "hospital" in keys and ("victim" in keys or "witness" in keys):
            return "first-hand testimony consistent with medical records"
        if "lawyer" in keys or "court" in keys:
            return "accounts consistent with the court and case documents"
        return f"{len(keys)} independent sources consistent on the key facts"

    @staticmethod
    def _acts(acts: Sequence[str], perp: Perp | None, people: list[Record]) -> list[Record]:
        """One act per victim and act type (HURIDOCS ESF), with the perpetrator; the 16.10.1 type is derived."""
        out: list[Record] = []
        for person in people:
            if person["role"] != "victim":
                continue
            for act_type in acts:
                act: Record = {"victim": person["pseudonym"], "act_type": act_type}
                if perp is not None:
                    act["perpetrators"] = [{"status": perp.status, "category": PERP[perp.category]}]
                    if perp.status == "non_state":
                        finding, why = _DUE_DILIGENCE[sum(map(ord, person["pseudonym"])) % 3]
                        if finding is not None:
                            act["state_due_diligence_failure"] = finding
                            act["due_diligence_rationale"] = why
                if person.get("_linked"):
                    act["linked_to_work"] = True
                if act_type == ACT["disappearance"]:
                    act["fate_concealed"] = True
                out.append(act)
        return out

    def _deaths(self, killed: int, tpl: T, mix: DeathMix) -> list[Record]:
        """SDG 16.1.2 breakdown of the dead, grouped by sex, age, cause and status."""
        rng = self.rng
        groups: dict[tuple[str, str, str, str], int] = {}
        if tpl.fixed_deaths:
            groups = {(s, a, c, st): n for n, s, a, c, st in tpl.fixed_deaths}
        else:
            for _ in range(killed):
                sex = rng.choices(("man", "woman", "unknown"), weights=mix.sex)[0]
                age = rng.choices(("adult", "child", "unknown"), weights=mix.age)[0]
                key = (sex, age, rng.choice(tpl.death_causes), rng.choice(mix.status))
                groups[key] = groups.get(key, 0) + 1
        return [{"count": n, "sex": f"sdg1612.sex.{s}", "age_group": f"sdg1612.age.{a}",
                 "cause": f"sdg1612.cause.{c}", "status": f"sdg1612.status.{st}"}
                for (s, a, c, st), n in sorted(groups.items())]

    def _tags(self, tpl: T, variant: V, ctx: dict[str, Any], severity: int) -> list[Record]:
        rng = self.rng
        cca = [tpl.cca[0]] + [t for t in tpl.cca[1:] if rng.random() < 0.6]
        foa_pool = variant.foa if variant.foa is not None else tpl.foa
        foa = [t for t in foa_pool if rng.random() < 0.45]
        if not foa and foa_pool and severity >= 4:
            foa = [foa_pool[0]]
        return [{"category": cat, "rationale": why.format_map(ctx)} for cat, why in cca + foa]

    def _narrative(self, tpl: T, variant: V, ctx: dict[str, Any], verification: str, sources: list[Record],
                   reprisal: bool, basis: str) -> str:
        rng = self.rng
        pool = list(variant.details) + list(tpl.details)
        count = min(len(pool), rng.randint(1, 3))
        parts = [variant.lead, *variant.details[:1], *rng.sample(pool[len(variant.details[:1]):], max(0, count - 1))]
        if reprisal and tpl.reprisal < 1:
            parts.append(rng.choice(_REPRISAL_DETAILS))
        closings = tpl.closings + (_GENERIC_CLOSINGS if tpl.kind == "incident" and not tpl.at_ages else ())
        if closings and rng.random() < 0.7:
            parts.append(rng.choice(closings))
        text = " ".join(p.format_map(ctx) for p in parts)
        lines = [text, "Sources: " + "; ".join(s["name"] for s in sources) + "."]
        if tpl.info_type != "meeting":
            lines.append(_ASSESSMENT[verification].format(basis=basis, reason=rng.choice(_DISCOUNT_REASON), **ctx))
        return "\n".join(lines)

    # -- the display-safety fixture ------------------------------------------------------------

    def hostile(self, age: int) -> Record:
        """One valid record whose text is hostile to careless display code (HTML, RTL override, long word)."""
        start = self.month_starts[self.months - 1 - age]
        day = start.replace(day=min(12, calendar.monthrange(start.year, start.month)[1]))
        title = ('Leaflet "<b>Vrenic out</b><script>alert(\'x\')</script>" at Halvask market '
                 "\u202egnp.stelfael\u202c & <img src=x onerror=alert(1)>")
        narrative = (
            "DISPLAY-SAFETY TEST RECORD (fictional demo data). The title quotes a leaflet verbatim and "
            "deliberately holds HTML-like markup, a right-to-left override character (U+202E) and an "
            "ampersand; all must show as plain text. A community focal point photographed the leaflet at "
            "Halvask market, where it was pinned to stalls of Vrenic traders. Very long unbroken word: "
            + "Vrenicoutbeforethevote" * 12 + ".\nSources: Copy of the leaflet; Community focal point CFP-23.\n"
            "Assessment: corroborated by a second independent source; further checks pending.")
        return {
            "id": self.uuid(), "kind": "community_info", "info_type": "early_warning", "title": title,
            "narrative": narrative, "date": day.isoformat(), "reported_on": min(day + dt.timedelta(days=2),
                                                                                self.as_of).isoformat(),
            "location": {"country": DEMO_COUNTRY.code, "adm1_pcode": "XT02", "adm1_name": _ADMIN1["XT02"],
                         "adm2_pcode": "XT0202", "adm2_name": _ADMIN2["XT0202"][0], "place": "Halvask market"},
            "perpetrator_category": PERP["vigilante"], "perpetrator_status": "non_state", "severity": 3,
            "verification": "vs.corroborated", "status": "open", "confidentiality": "confidential",
            "early_warning": True,
            "sources": [{"name": "Copy of the leaflet", "type": SRC_TYPE["leaflets"], "reliability": "F",
                         "credibility": 3, "connection": CONNECTION["unknown"]},
                        {"name": "Community focal point CFP-23", "type": SRC_TYPE["phone"], "reliability": "B",
                         "credibility": 2, "connection": CONNECTION["third_party"]}],
            "risk_tags": [{"category": SOCIAL, "rationale": "Leaflets incite exclusion of Vrenic traders."},
                          {"category": "foa.rf08.i07", "rationale": "Hate propaganda targeting a group."}],
        }


def generate_demo_records(seed: int = 2026, months: int = 8, end_month: str = "2026-10") -> list[Record]:
    """Fictional case records (incidents and community information) for the `months` months ending with
    `end_month` (YYYY-MM), sorted by date. Every record validates against schema/incident.schema.json.
    The same arguments always give the same records, ids included."""
    return _Generator(seed, months, end_month).run()


def main(argv: Sequence[str] | None = None) -> int:
    """Write the demo records (and optionally the gazetteer) as JSON: `python -m fieldcase.demo_data`."""
    parser = argparse.ArgumentParser(prog="python -m fieldcase.demo_data", description=main.__doc__)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--months", type=int, default=8)
    parser.add_argument("--end-month", default="2026-10")
    parser.add_argument("--out", type=Path, help="records file (default: standard output)")
    parser.add_argument("--gazetteer", type=Path, help="also write the gazetteer to this file")
    args = parser.parse_args(argv)
    text = json.dumps(generate_demo_records(args.seed, args.months, args.end_month), ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    if args.gazetteer:
        args.gazetteer.write_text(json.dumps(gazetteer_document(), ensure_ascii=False, indent=1) + "\n",
                                  encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
