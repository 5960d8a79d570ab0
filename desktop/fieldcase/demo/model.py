"""The shapes of the demo tables (resources/demo/*.json): templates, their variants, actors, victim profiles.

A template's fields and their defaults are documented here; its JSON object holds only the fields that
differ from these defaults (resources/demo/templates/*.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

Record = dict[str, Any]


class DemoCountry(NamedTuple):
    code: str  # ISO 3166-1 alpha-3 style; X.. is reserved for user assignment, never a real country
    pcode: str  # ADM0 P-code (alpha-2 style), prefix of every P-code below
    name: str


class District(NamedTuple):
    """An admin-2 unit: its name, centre and settlements."""

    name: str
    lat: float
    lon: float
    settlements: tuple[str, ...]


Tag = tuple[str, str]  # (category id, one-line rationale; may use {slots})


class Perp(NamedTuple):
    category: str  # key of categories.json "perpetrator"
    status: str  # perpetrator_status
    text: str  # how field notes name them
    victims: str | None = None  # victim profile this actor typically targets


class DeathMix(NamedTuple):
    """Who was killed (SDG 16.1.2 disaggregation): weights for sex and age, and the possible statuses."""

    sex: tuple[int, int, int] = (60, 30, 10)  # man, woman, unknown
    age: tuple[int, int, int] = (75, 20, 5)  # adult, child, unknown
    status: tuple[str, ...] = ("civilian",)


ANY_DEATHS = DeathMix()

# (count, sex, age, cause, status) without prefixes, for one-off events whose narrative gives the dead
FixedDeaths = tuple[tuple[int, str, str, str, str], ...]


class V(NamedTuple):
    """One variant of a template: a title and lead that belong together, with the acts they describe."""

    title: str
    lead: str
    acts: tuple[str, ...] = ()  # keys of categories.json "act"
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
    deaths: DeathMix = ANY_DEATHS
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


class Recurring(NamedTuple):
    pseudonym: str
    name: str
    sex: str
    desc: str
    org: str
    victim_group: str | None
    cooperated: str | None
    naming: bool


class Source(NamedTuple):
    name: str  # may use {slots} from the record
    type: str  # key of categories.json "source_type"
    reliabilities: str  # the letters to pick from
    connection: str | None  # key of categories.json "connection"
