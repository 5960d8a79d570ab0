"""Case records as frozen dataclasses, and their JSON form (schema/incident.schema.json).

These are what the layers pass around: the store turns them into rows, the CLI and UI show them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from ..canonical import frozen_bytes

KINDS = ("incident", "community_info")
VERIFICATION_STATUSES = ("vs.reported", "vs.under_review", "vs.corroborated", "vs.verified",
                         "vs.not_verified", "vs.discounted")
PERPETRATOR_STATUSES = ("state", "state_acquiescence", "non_state", "unknown")
# An analyst's override of the derived SDG 16.10.1 type: one of the types, or "does not qualify".
NOT_QUALIFYING = "sdg16101.none"


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or the year: precision is data, not a guess."""

    text: str  # YYYY, YYYY-MM or YYYY-MM-DD

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}[len(self.text)]

    @property
    def first_day(self) -> dt.date:
        parts = [int(p) for p in self.text.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])

    @property
    def last_day(self) -> dt.date:
        parts = [int(p) for p in self.text.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return dt.date(*parts)

    @staticmethod
    def parse(text: str) -> PartialDate:
        value = PartialDate(text)
        if len(text) not in (4, 7, 10):
            raise ValueError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        try:
            value.last_day  # noqa: B018 - raises ValueError for impossible dates such as 2026-02-30
        except ValueError:
            raise ValueError(f"{text!r} is not a real date") from None
        return value


@dataclass(frozen=True)
class Location:
    country: str
    adm1_pcode: str | None = None
    adm1_name: str | None = None
    adm2_pcode: str | None = None
    adm2_name: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    coord_precision_m: int | None = None


@dataclass(frozen=True)
class Consent:
    naming: bool = False
    referral: bool = False
    recorded_on: dt.date | None = None


@dataclass(frozen=True)
class PersonLink:
    """A person in a case, with their role in it. `person_id` is set once stored."""

    role: str
    pseudonym: str
    person_id: str | None = None
    name: str | None = None
    sex: str = "unknown"
    age_group: str = "unknown"
    victim_groups: tuple[str, ...] = ()
    cooperated_with_un: str | None = None
    reprisal_suspected: bool = False
    at_risk: bool = False
    consent: Consent = field(default_factory=Consent)


@dataclass(frozen=True)
class Perpetrator:
    """Who committed an act (HURIDOCS ESF 'Involvement'): their relation to the State and their category."""

    status: str = "unknown"  # PERPETRATOR_STATUSES
    category: str | None = None  # huridocs.mt24.* (types of perpetrator)


@dataclass(frozen=True)
class Act:
    """One act against one victim (HURIDOCS ESF 'Act'): the unit SDG 16.10.1 counts.

    `victim` is the pseudonym of one of the record's people. The SDG 16.10.1 type is never stored:
    it is derived from the act type, the perpetrators and the due-diligence finding
    (analysis/sdg16101.py); `sdg_override` is an analyst's documented exception to that derivation.
    """

    victim: str
    act_type: str  # huridocs.mt04.* (types of acts)
    perpetrators: tuple[Perpetrator, ...] = ()
    linked_to_work: bool = False  # the act was linked to the victim's work as journalist, unionist or defender
    # Whether the State failed in its due diligence (to prevent, protect, investigate); None: not assessed.
    state_due_diligence_failure: bool | None = None
    due_diligence_rationale: str = ""
    fate_concealed: bool = False  # a deprivation of liberty followed by concealment of the fate or whereabouts
    sdg_override: str | None = None  # sdg16101.A-F or NOT_QUALIFYING
    override_rationale: str = ""


@dataclass(frozen=True)
class SourceLink:
    name: str
    reliability: str
    credibility: int
    source_id: str | None = None
    type: str | None = None
    connection: str | None = None


@dataclass(frozen=True)
class Tag:
    category: str
    rationale: str = ""
    framework_id: str = ""
    framework_version: str = ""


@dataclass(frozen=True)
class Deaths:
    count: int
    sex: str = "sdg1612.sex.unknown"
    age_group: str = "sdg1612.age.unknown"
    cause: str = "sdg1612.cause.unknown"
    status: str = "sdg1612.status.unknown"


@dataclass(frozen=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None
    abducted: int | None = None
    displaced: int | None = None


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    sha256: str
    size: int
    media_type: str
    original_name: str
    added_at: str
    added_by: str


@dataclass(frozen=True)
class CaseRecord:
    kind: str
    title: str
    date: PartialDate
    location: Location
    id: str | None = None
    info_type: str | None = None
    narrative: str = ""
    date_end: PartialDate | None = None
    reported_on: dt.date | None = None
    violation_types: tuple[str, ...] = ()
    perpetrator_category: str | None = None
    perpetrator_status: str = "unknown"
    severity: int | None = None
    verification: str = "vs.reported"
    status: str = "open"
    confidentiality: str = "confidential"
    reprisal: bool = False
    early_warning: bool = False
    # RMR inputs (migration 0006): the other country of a cross-border incident or signal (ISO 3166-1
    # alpha-3), and the early action the officer proposes for an early-warning signal.
    cross_border: str | None = None
    early_action: str = ""
    casualties: Casualties = field(default_factory=Casualties)
    deaths: tuple[Deaths, ...] = ()
    # Related to an armed conflict (IHL sense): required before the record's deaths count for SDG 16.1.2.
    conflict_related: bool | None = None
    participants: int | None = None
    people: tuple[PersonLink, ...] = ()
    acts: tuple[Act, ...] = ()
    sources: tuple[SourceLink, ...] = ()
    risk_tags: tuple[Tag, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()
    # Set by the store: which revision this is and who made it when.
    rev: int | None = None
    author: str | None = None
    created_at: str | None = None


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list: enough to show and filter, nothing more."""

    id: str
    rev: int
    kind: str
    title: str
    date_text: str
    adm1_name: str | None
    adm2_name: str | None
    place: str | None
    severity: int | None
    verification: str
    status: str
    risk_areas: tuple[str, ...]


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows. Every field narrows; None means 'any'."""

    search: str | None = None
    search_names: bool = False  # also people's real names (only where names are shown)
    kind: str | None = None
    date_from: dt.date | None = None  # records overlapping [date_from, date_to]
    date_to: dt.date | None = None
    adm1_pcode: str | None = None
    risk_area: str | None = None
    violation_type: str | None = None
    verification: str | None = None


@dataclass(frozen=True)
class RevisionInfo:
    rev: int
    author: str
    created_at: str
    content_hash: str


# -- JSON form ------------------------------------------------------------------------------------

def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def record_from_json(data: dict[str, Any]) -> CaseRecord:
    """Build a record from a schema-valid dict (validate first: see services/validation.py)."""
    loc = data["location"]
    cas = data.get("casualties", {})
    return CaseRecord(
        id=data.get("id"),
        rev=data.get("base_rev"),  # on the way in: the revision this version was edited from (store sets rev)
        kind=data["kind"],
        info_type=data.get("info_type"),
        title=data["title"],
        narrative=data.get("narrative", ""),
        date=PartialDate.parse(data["date"]),
        date_end=PartialDate.parse(data["date_end"]) if data.get("date_end") else None,
        reported_on=_date(data.get("reported_on")),
        location=Location(**{k: loc.get(k) for k in Location.__dataclass_fields__}),
        violation_types=tuple(data.get("violation_types", ())),
        perpetrator_category=data.get("perpetrator_category"),
        perpetrator_status=data.get("perpetrator_status", "unknown"),
        severity=data.get("severity"),
        verification=data.get("verification", "vs.reported"),
        status=data.get("status", "open"),
        confidentiality=data.get("confidentiality", "confidential"),
        reprisal=bool(data.get("reprisal", False)),
        early_warning=bool(data.get("early_warning", False)),
        cross_border=data.get("cross_border"),
        early_action=data.get("early_action", ""),
        casualties=Casualties(**{k: cas.get(k) for k in Casualties.__dataclass_fields__}),
        deaths=tuple(Deaths(**d) for d in data.get("deaths", ())),
        conflict_related=data.get("conflict_related"),
        participants=data.get("participants"),
        people=tuple(_person_from_json(p) for p in data.get("people", ())),
        acts=tuple(act_from_json(a) for a in data.get("acts", ())),
        sources=tuple(SourceLink(name=s["name"], reliability=s["reliability"], credibility=s["credibility"],
                                 source_id=s.get("source_id"), type=s.get("type"),
                                 connection=s.get("connection"))
                      for s in data.get("sources", ())),
        risk_tags=tuple(Tag(category=t["category"], rationale=t.get("rationale", ""))
                        for t in data.get("risk_tags", ())),
    )


def _person_from_json(p: dict[str, Any]) -> PersonLink:
    consent = p.get("consent", {})
    return PersonLink(
        role=p["role"], pseudonym=p["pseudonym"], person_id=p.get("person_id"), name=p.get("name"),
        sex=p.get("sex", "unknown"), age_group=p.get("age_group", "unknown"),
        victim_groups=tuple(p.get("victim_groups", ())),
        cooperated_with_un=p.get("cooperated_with_un"), reprisal_suspected=bool(p.get("reprisal_suspected")),
        at_risk=bool(p.get("at_risk")),
        consent=Consent(naming=bool(consent.get("naming")), referral=bool(consent.get("referral")),
                        recorded_on=_date(consent.get("recorded_on"))),
    )


def act_from_json(a: dict[str, Any]) -> Act:
    return Act(
        victim=a["victim"], act_type=a["act_type"],
        perpetrators=tuple(Perpetrator(status=p.get("status", "unknown"), category=p.get("category"))
                           for p in a.get("perpetrators", ())),
        linked_to_work=bool(a.get("linked_to_work")),
        state_due_diligence_failure=a.get("state_due_diligence_failure"),
        due_diligence_rationale=a.get("due_diligence_rationale", ""), fate_concealed=bool(a.get("fate_concealed")),
        sdg_override=a.get("sdg_override"), override_rationale=a.get("override_rationale", ""),
    )


def act_to_json(a: Act) -> dict[str, Any]:
    return _kept({
        "victim": a.victim, "act_type": a.act_type, "perpetrators": [_flat(p) for p in a.perpetrators],
        "linked_to_work": a.linked_to_work or None, "state_due_diligence_failure": a.state_due_diligence_failure,
        "due_diligence_rationale": a.due_diligence_rationale, "fate_concealed": a.fate_concealed or None,
        "sdg_override": a.sdg_override, "override_rationale": a.override_rationale,
    })


def _prune(value: Any) -> Any:
    """Drop empty values so the JSON form stays as small as what was entered; dataclasses become dicts."""
    if hasattr(value, "__dataclass_fields__"):
        value = value.__dict__
    if isinstance(value, dict):
        return _kept({k: _prune(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return [_prune(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _kept(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != "" and v != [] and v != {}}


def _flat(value: Any) -> dict[str, Any]:
    """`_prune` for the flat value classes (only str/number/bool fields): this runs for every record
    a sync push packs, and the generic walk was most of that time."""
    return _kept(value.__dict__)


def record_to_json(record: CaseRecord, *, with_meta: bool = False) -> dict[str, Any]:
    """The schema form of a record (what `import` accepts back), plus store metadata if asked."""
    out: dict[str, Any] = {
        "id": record.id, "kind": record.kind, "info_type": record.info_type, "title": record.title,
        "narrative": record.narrative, "date": record.date.text,
        "date_end": record.date_end.text if record.date_end else None,
        "reported_on": record.reported_on.isoformat() if record.reported_on else None,
        "location": _flat(record.location), "violation_types": list(record.violation_types),
        "perpetrator_category": record.perpetrator_category, "perpetrator_status": record.perpetrator_status,
        "severity": record.severity, "verification": record.verification, "status": record.status,
        "confidentiality": record.confidentiality, "reprisal": record.reprisal or None,
        "early_warning": record.early_warning or None, "cross_border": record.cross_border,
        "early_action": record.early_action, "casualties": _flat(record.casualties),
        "deaths": [_flat(d) for d in record.deaths], "conflict_related": record.conflict_related,
        "participants": record.participants,
        "people": [_prune(_person_json(p)) for p in record.people],
        "acts": [act_to_json(a) for a in record.acts],
        "sources": [_flat(s) for s in record.sources],
        "risk_tags": [_kept({"category": t.category, "rationale": t.rationale}) for t in record.risk_tags],
    }
    if with_meta:
        out["revision"] = _kept({"rev": record.rev, "author": record.author, "created_at": record.created_at})
        out["attachments"] = [_flat(a) for a in record.attachments]
        out["risk_tags"] = [_flat(t) for t in record.risk_tags]
    return _kept(out)


def _person_json(p: PersonLink) -> dict[str, Any]:
    data = dict(p.__dict__)
    data["reprisal_suspected"] = p.reprisal_suspected or None
    data["at_risk"] = p.at_risk or None
    data["consent"] = {k: v for k, v in p.consent.__dict__.items() if v}
    if p.sex == "unknown":
        data["sex"] = None
    if p.age_group == "unknown":
        data["age_group"] = None
    return data


_NOT_HASHED = frozenset({"rev", "author", "created_at"})
# Fields added after release 0.1, left out of the hash while empty so that every revision written
# before them keeps the content hash its audit entry committed to.
_HASHED_WHEN_SET = {"acts": (), "conflict_related": None, "cross_border": None, "early_action": ""}


_SCALARS = frozenset({str, int, bool, float, type(None)})
_PLAIN_FIELDS: dict[type, Callable[[Any], list[Any]]] = {}  # per dataclass: its fields as [name, value] pairs


def _plain(value: Any) -> Any:
    """Dataclasses to nested lists of field values, in declaration order (faster than asdict)."""
    if type(value) in _SCALARS:  # most values: returned as they are, without the checks below
        return value
    fields = _PLAIN_FIELDS.get(type(value))
    if fields is not None:
        return fields(value)
    if hasattr(value, "__dataclass_fields__"):
        fields = _PLAIN_FIELDS[type(value)] = _fields_plainer(type(value))
        return fields(value)
    if isinstance(value, tuple | list):
        return [v if v.__class__ in _SCALARS else _plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _fields_plainer(cls: type) -> Callable[[Any], list[Any]]:
    """`[[name, _plain(value.name)], ...]` for `cls`'s fields, as one generated function: no getattr by name
    and no call for a scalar field (content_hash runs once per imported record; this halved its walk)."""
    pairs = ", ".join(f"[{name!r}, x if (x := v.{name}).__class__ in S else P(x)]"
                      for name in cls.__dataclass_fields__)  # type: ignore[attr-defined]
    namespace: dict[str, Any] = {"S": _SCALARS, "P": _plain}
    exec(f"def plain_fields(v):\n    return [{pairs}]\n", namespace)  # field names are identifiers
    return cast(Callable[[Any], list[Any]], namespace["plain_fields"])


def content_hash(record: CaseRecord) -> str:
    """SHA-256 over every field of the record except who stored it when: what the audit chain commits to."""
    body = [[name, _plain(getattr(record, name))] for name in record.__dataclass_fields__
            if name not in _NOT_HASHED
            and not (name in _HASHED_WHEN_SET and getattr(record, name) == _HASHED_WHEN_SET[name])]
    # the frozen 0.1 form, not RFC 8785: coordinates are floats (`-18.0` vs `-18`); sort_keys changes nothing,
    # the body is nested lists (test_canonical.py)
    return hashlib.sha256(frozen_bytes(body)).hexdigest()
