"""Pure assembly of briefing sections from plain rows and records (no database, no reportlab).

`services/briefing.py` reads the rows; the risk figures (matrix, indicators, action points) come
from the analysis through the `FigureSource` protocol there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..domain.records import CaseRecord
from ..i18n.briefing_text import N_, fmt_number, tr
from .model import (
    AnnexRow,
    Figure,
    IncidentEntry,
    Period,
    RegionRow,
    RiskRow,
    Series,
    SourceMention,
    Trend,
    VoiceEntry,
    short_month_label,
)
from .redaction import Redactor, clean

KEY_INCIDENTS = 8
# The annex lists every record of the month up to this many; above it, the most serious (annex_listed). A regional
# month at HQ can hold 55,000 records (2,300 pages) that no desk officer reads: the figures still count every
# record, and the complete list is a CSV (`--annex-csv`, briefing/annex_csv.py).
ANNEX_LIMIT = 1000
# The early-warning and reprisal tables list at most this many records each (most_serious), for the same reason.
FLAGGED_LIMIT = 200
VOICES = 6
TREND_MONTHS = 6
VOICE_KINDS = ("community_report", "meeting", "cso_report", "early_warning")
_VERIFICATION_ORDER = ("vs.verified", "vs.corroborated", "vs.under_review", "vs.reported", "vs.not_verified",
                       "vs.discounted")


@dataclass(frozen=True)
class PeriodRow:
    """One record (its current revision) as the briefing counts it."""

    record_id: str
    kind: str
    info_type: str | None
    date_text: str
    adm1_pcode: str | None
    adm1_name: str | None
    adm2_name: str | None
    place: str | None
    severity: int | None
    verification: str
    killed: int
    displaced: int
    early_warning: bool
    reprisal: bool
    areas: tuple[str, ...] = ()
    country: str | None = None

    @property
    def month(self) -> str:
        return self.date_text[:7]

    @property
    def is_incident(self) -> bool:
        return self.kind == "incident"

    @property
    def counted(self) -> bool:
        """Discounted records (found false or unrelated) are listed but never counted."""
        return self.verification != "vs.discounted"


def in_month(rows: Iterable[PeriodRow], period: Period) -> list[PeriodRow]:
    return [r for r in rows if r.month == period.label]


def headline(rows: Sequence[PeriodRow]) -> tuple[Figure, ...]:
    incidents = [r for r in rows if r.is_incident and r.counted]
    community = [r for r in rows if not r.is_incident and r.counted]
    return (
        Figure(tr("Incidents"), len(incidents)),
        Figure(tr("Verified incidents"), sum(r.verification == "vs.verified" for r in incidents)),
        Figure(tr("Killed (reported)"), sum(r.killed for r in incidents)),
        Figure(tr("Displaced (reported)"), sum(r.displaced for r in incidents)),
        Figure(tr("Community information"), len(community)),
        Figure(tr("Early warnings"), sum(r.early_warning for r in rows if r.counted)),
    )


def records_note(rows: Sequence[PeriodRow]) -> str:
    counted = [r for r in rows if r.counted]
    incidents = sum(r.is_incident for r in counted)
    return tr("Records in the period: {counted} ({incidents} incidents, {community} community information); "
              "{discounted} discounted record(s) left out of all counts.", counted=len(counted), incidents=incidents,
              community=len(counted) - incidents, discounted=len(rows) - len(counted))


def verification_counts(rows: Sequence[PeriodRow], label: Callable[[str], str]) -> tuple[tuple[str, int], ...]:
    counts = Counter(r.verification for r in rows if r.is_incident)
    return tuple((label(v), counts[v]) for v in _VERIFICATION_ORDER if counts[v])


def _pct(now: int, before: int) -> str:
    if before == 0:
        return tr("new") if now else tr("no change")
    change = round(100 * (now - before) / before)
    return f"{change:+d}%"


def changes(this: Sequence[PeriodRow], previous: Sequence[PeriodRow], previous_label: str) -> tuple[str, ...]:
    """Plain-language differences with the previous month (careful wording: these are reports)."""
    def incidents(rows: Sequence[PeriodRow]) -> list[PeriodRow]:
        return [r for r in rows if r.is_incident and r.counted]

    now, before = incidents(this), incidents(previous)
    verified_now = sum(r.verification == "vs.verified" for r in now)
    out = [tr("Reported incidents: {now} against {before} in {month} ({change}); {verified} of them are verified, "
              "the others are reports not yet verified.", now=len(now), before=len(before), month=previous_label,
              change=_pct(len(now), len(before)), verified=verified_now)]
    by_region_now = Counter(r.adm1_name or "Unknown" for r in now)
    by_region_before = Counter(r.adm1_name or "Unknown" for r in before)
    deltas = sorted(((by_region_now[k] - by_region_before[k], k) for k in set(by_region_now) | set(by_region_before)),
                    reverse=True)
    if deltas and deltas[0][0] > 0:
        out.append(tr("Largest increase: {province} ({change:+d} incidents); ", province=deltas[0][1],
                      change=deltas[0][0])
                   + (tr("largest decrease: {province} ({change:+d}).", province=deltas[-1][1], change=deltas[-1][0])
                      if deltas[-1][0] < 0 else tr("no province recorded fewer incidents.")))
    killed_now, killed_before = sum(r.killed for r in now), sum(r.killed for r in before)
    out.append(tr("Reports indicate {killed} people killed (previous month {killed_before}) and {displaced} displaced "
                  "(previous month {displaced_before}).", killed=killed_now, killed_before=killed_before,
                  displaced=fmt_number(sum(r.displaced for r in now)),
                  displaced_before=fmt_number(sum(r.displaced for r in before))))
    warnings = sum(r.early_warning for r in this if r.counted)
    reprisals = sum(r.reprisal for r in this if r.counted)
    if warnings or reprisals:
        out.append(tr("{warnings} record(s) carry an early-warning flag; {reprisals} concern suspected reprisals "
                      "against people who cooperated with the UN.", warnings=warnings, reprisals=reprisals))
    return tuple(out)


LEVEL_RANK = {"very_high": 3, "high": 2, "medium": 1, "low": 0}


def top_risks(matrix: Sequence[RiskRow], level_label: Callable[[str], str], limit: int = 3) -> tuple[str, ...]:
    """The highest levels (medium or above), deteriorating first within a level. An area with no data (no
    records in the month) has no rank at all: it is neither a top risk nor ranked below low."""
    rated = [r for r in matrix if r.level in LEVEL_RANK]
    ranked = sorted(rated, key=lambda r: (LEVEL_RANK[r.level], r.trend == "deteriorating", r.signal), reverse=True)
    return tuple(tr("{area}: {level}, {trend} (", area=r.label, level=tr(level_label(r.level).lower()),
                    trend=tr(r.trend))
                 + (tr("the officer's assessment; no records in the month).") if not r.incidents else
                    tr("signal {signal}; {records} record(s), {verified} verified).", signal=f"{r.signal:g}",
                       records=r.incidents, verified=r.verified))
                 for r in ranked[:limit] if LEVEL_RANK[r.level] >= 1)


def trend(rows: Sequence[PeriodRow], window: Sequence[Period]) -> Trend:
    months = [p.label for p in window]
    def series(label: str, keep: Callable[[PeriodRow], bool]) -> Series:
        counts = Counter(r.month for r in rows if r.counted and keep(r))
        return Series(label, tuple(counts[m] for m in months))

    return Trend(tuple(short_month_label(p) for p in window), (
        series(tr("All incidents"), lambda r: r.is_incident),
        series(tr("Verified incidents"), lambda r: r.is_incident and r.verification == "vs.verified"),
        series(tr("Community information"), lambda r: not r.is_incident),
    ))


def regions(this: Sequence[PeriodRow], previous: Sequence[PeriodRow],
            names: dict[str, str] | None = None) -> tuple[RegionRow, ...]:
    known = dict(names or {})
    for r in (*this, *previous):
        if r.adm1_pcode:
            known.setdefault(r.adm1_pcode, r.adm1_name or r.adm1_pcode)
    out = []
    for pcode in sorted(known):
        mine = [r for r in this if r.adm1_pcode == pcode and r.counted]
        inc = [r for r in mine if r.is_incident]
        before = sum(1 for r in previous if r.adm1_pcode == pcode and r.is_incident and r.counted)
        out.append(RegionRow(pcode, known[pcode], len(inc), sum(r.verification == "vs.verified" for r in inc),
                             len(mine) - len(inc), sum(r.killed for r in inc), sum(r.displaced for r in inc),
                             sum(r.early_warning for r in mine), before))
    return tuple(out)


def pick_key_incidents(rows: Sequence[PeriodRow], limit: int = KEY_INCIDENTS) -> list[str]:
    """Most severe first; verified before unverified at equal severity; then the most deaths."""
    incidents = [r for r in rows if r.is_incident and r.counted]
    incidents.sort(key=lambda r: (-(r.severity or 0), r.verification != "vs.verified", -r.killed, r.date_text,
                                  r.record_id))
    return [r.record_id for r in incidents[:limit]]


def pick_voices(rows: Sequence[PeriodRow], limit: int = VOICES) -> list[str]:
    """Community information, one of each kind first, most severe first."""
    pool = [r for r in rows if not r.is_incident and r.counted and (r.info_type or "") in VOICE_KINDS]
    pool.sort(key=lambda r: (-(r.severity or 0), r.date_text, r.record_id))
    chosen: list[str] = []
    for kind in VOICE_KINDS:
        chosen += [r.record_id for r in pool if r.info_type == kind][:1]
    chosen += [r.record_id for r in pool if r.record_id not in chosen]
    return chosen[:limit]


def most_serious(rows: Sequence[PeriodRow], limit: int | None) -> list[PeriodRow]:
    """At most `limit` of `rows`: the highest severity first, then the most recent, then by id (all when they fit,
    in their own order)."""
    if limit is None or len(rows) <= limit:
        return list(rows)
    ordered = sorted(rows, key=lambda r: r.record_id)
    ordered.sort(key=lambda r: (r.severity or 0, r.date_text), reverse=True)  # stable: ties keep the id order
    return ordered[:limit]


def casualty_text(record: CaseRecord) -> str:
    c = record.casualties
    parts = [f"{n} {what}" for n, what in ((c.killed, "killed"), (c.injured, "injured"), (c.abducted, "abducted"),
                                           (c.displaced, "displaced")) if n]
    return ", ".join(parts)


def _summary(text: str, limit: int) -> str:
    """The first sentences of `text`, up to about `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    return text[:cut + 1] if cut > limit // 3 else text[:limit].rsplit(" ", 1)[0] + "\u2026"


def incident_entry(record: CaseRecord, redactor: Redactor, label: Callable[[str], str],
                   limit: int = 900) -> IncidentEntry:
    return IncidentEntry(
        record_id=record.id or "", date_text=redactor.date(record.date), where=redactor.where(record.location),
        title=redactor.text(record.title), narrative=_summary(redactor.text(record.narrative), limit),
        verification=record.verification, verification_label=label(record.verification),
        severity=record.severity, casualties=casualty_text(record),
        people=tuple(redactor.person(p) for p in record.people),
        sources=tuple(SourceMention(label(s.type) if s.type else tr("Source"), f"{s.reliability}{s.credibility}")
                      for s in record.sources),
        areas=tuple(label(t.category) for t in record.risk_tags if t.category.startswith("cca.")))


def voice_entry(record: CaseRecord, redactor: Redactor, label: Callable[[str], str], limit: int = 480) -> VoiceEntry:
    kinds = {"community_report": tr("Community report"), "meeting": tr("Meeting"),
             "cso_report": tr("Civil-society report"), "early_warning": tr("Early warning")}
    text = redactor.text(record.narrative)
    text = "\n".join(line for line in text.splitlines() if not line.startswith("Assessment:"))
    return VoiceEntry(record.id or "", redactor.date(record.date), redactor.where(record.location),
                      kinds.get(record.info_type or "", tr("Community information")), redactor.text(record.title),
                      _summary(text, limit), label(record.verification))


# The annex's kind column: the code kept in AnnexRow.kind (the export preview counts by it) -> the word printed,
# translated at layout (sections.annex)
ANNEX_KIND_WORDS = {"Incident": N_("Incident"), "Community": N_("Comm. report"), "Meeting": N_("Meeting"),
                    "CSO report": N_("CSO report"), "Early warn.": N_("Early warn."), "Info": N_("Info")}


def annex(rows: Sequence[PeriodRow], redactor: Redactor, used: dict[str, set[str]],
          label: Callable[[str], str]) -> tuple[AnnexRow, ...]:
    """Every record of the month, by date then id, with the sections it feeds."""
    out = []
    # a region's month can hold 55,000 records over a few dozen places and statuses: each written out once
    places: dict[tuple[str | None, str | None], str] = {}
    statuses: dict[str, str] = {}
    marks: dict[frozenset[str], tuple[str, ...]] = {}
    kinds = {"community_report": "Community", "meeting": "Meeting", "cso_report": "CSO report",
             "early_warning": "Early warn."}
    for r in sorted(rows, key=lambda r: (r.date_text, r.record_id)):
        date = r.date_text[:7] if redactor.strict else r.date_text
        where = places.get((r.adm1_name, r.adm2_name))
        if where is None:
            where = places[(r.adm1_name, r.adm2_name)] = " / ".join(
                clean(p) for p in (r.adm1_name, r.adm2_name) if p) or "\u2014"
        status = statuses.get(r.verification)
        if status is None:
            status = statuses[r.verification] = label(r.verification).split(" (")[0]
        kind = "Incident" if r.is_incident else kinds.get(r.info_type or "", "Info")
        sections = frozenset(used.get(r.record_id, ()))
        mark = marks.get(sections)
        if mark is None:
            mark = marks[sections] = tuple(sorted(sections, key="ETRKVI".index))
        out.append(AnnexRow(r.record_id, date, kind, where, status, r.severity, mark))
    return tuple(out)


def annex_listed(rows: Sequence[AnnexRow], limit: int | None) -> Sequence[AnnexRow]:
    """The annex rows the PDF prints: all of them (by date then id) up to `limit`; above it the `limit` most
    serious, in this order: the records quoted in the briefing (K key incidents, V community voices) first,
    then records counted in the figures before discounted ones, then the highest severity, then the most
    recent date, then by id. The PDF states this rule (sections.annex)."""
    if limit is None or len(rows) <= limit:
        return rows
    ordered = sorted(rows, key=lambda r: r.record_id)
    ordered.sort(key=lambda r: r.date_text, reverse=True)  # stable: ties keep the id order
    ordered.sort(key=lambda r: ("K" in r.sections or "V" in r.sections, bool(r.sections), r.severity or 0),
                 reverse=True)
    return ordered[:limit]
