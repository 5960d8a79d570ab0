"""The briefing's Regional Monthly Review sections, assembled from the analysis, the recommendations, the
action points' history and the officer's written assessment.

Nothing is computed here that the analysis does not already compute: levels are `assess` (this month and
the month before), the atrocity-factor counts are `assess`'s, flagged records are read as they are. Every
free text goes through the briefing's redaction (`scrub`), every person through `Redactor.person`.

Follow-up (the action points since the previous briefing period). An action point's state on a day is its
newest revision that took effect by then (`effective_on`, else the day it was written); an action point
written down after the monthly review that recommended it counts as opened at the start of that month.
Against the last day of the previous month and the last day of this month, each point is:
    New            not opened by the end of last month
    Done / Dropped closed this month (with the outcome or the reason written with the change)
    OVERDUE        open at the end of the month with its due date before that day
    In progress    its status changed this month, still open
    Unchanged, open  open at both ends, no status change
Points closed before this month are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..analysis.actions import ActionPoint, MechanismReference
from ..analysis.assessments import AssessmentReport
from ..analysis.periods import Period
from ..analysis.recommendations import MECHANISM_LABELS, RESPONSE_LABELS
from ..briefing import labels as L
from ..briefing.assemble import FLAGGED_LIMIT, PeriodRow, most_serious
from ..briefing.model import (
    NO_DATA,
    CountrySection,
    EarlyWarningRow,
    FactorRow,
    FollowUpRow,
    NarrativeText,
    ProvinceLevelRow,
    RecommendationRow,
    ReprisalRow,
    RiskRow,
    level_change,
)
from ..briefing.redaction import Redactor
from ..i18n.briefing_text import N_, fmt_number, tr
from ..store import assessments as store
from ..store import briefing_rows
from ..workspace import Workspace

# The briefing's words (N_: in its catalogue), translated where a sentence is made: tr(LEVEL_WORDS[level])
LEVEL_WORDS = {"low": N_("low"), "medium": N_("medium"), "high": N_("high"), "very_high": N_("very high"),
               NO_DATA: N_("no data")}
LEVEL_NAMES = {"low": N_("Low"), "medium": N_("Medium"), "high": N_("High"), "very_high": N_("Very high"),
               NO_DATA: N_("No data")}
STATUS_WORDS = {"open": N_("open"), "in_progress": N_("in progress"), "done": N_("done"), "dropped": N_("dropped")}
CHANNELS = {"upr": N_("Universal Periodic Review"), "special_procedure": N_("Special Procedures"),
            "treaty_body": N_("Treaty body"), "hrc": N_("Human Rights Council"),
            "field_presence": N_("UN field presence"), "peace_operation": N_("Peace operation"),
            "other": N_("Other UN cooperation")}
MAX_RECOMMENDATION = 700


class MemoAnalysis:
    """An AnalysisService whose `assess` is computed once per (month, region) for the whole briefing."""

    def __init__(self, service: Any) -> None:
        self._service = service
        service.signal_lookback = 1  # the month before is asked for too: one query for both (AnalysisService)
        self._assessed: dict[tuple[str, str | None], AssessmentReport] = {}

    def assess(self, period: str, region: str | None = None) -> AssessmentReport:
        key = (period, region)
        if key not in self._assessed:
            self._assessed[key] = self._service.assess(period, region)
        return self._assessed[key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._service, name)


class MemoRedactor:
    """A Redactor whose `text` is computed once per distinct text: flagged records, action points and
    recommendations repeat titles and phrases, and each call walks every protected name."""

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor
        self._seen: dict[str, str] = {}
        self.strict = redactor.strict

    def text(self, value: str) -> str:
        found = self._seen.get(value)
        if found is None:
            found = self._seen[value] = self._redactor.text(value)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._redactor, name)


def _level(assessment: Any) -> str:
    return str(assessment.level).removeprefix("risk.")


# -- risk over time -------------------------------------------------------------------------------

def with_previous(matrix: Sequence[RiskRow], before: Sequence[RiskRow]) -> tuple[RiskRow, ...]:
    previous = {r.area_id: r.level for r in before}
    return tuple(replace(r, previous=previous.get(r.area_id, ""), change=level_change(previous.get(r.area_id, ""),
                                                                                    r.level)) for r in matrix)


def risk_moves(matrix: Sequence[RiskRow], report: AssessmentReport, scrub: Callable[[str], str]) -> tuple[str, ...]:
    """One line per area whose level moved, with the officer's rationale for this month."""
    rationale = {a.signal.risk_area: a.officer.rationale for a in report.top_level if a.officer is not None}
    out = []
    for r in matrix:
        if r.change not in ("up", "down"):
            continue
        why = scrub(rationale[r.area_id]) if r.area_id in rationale else L.tr(L.NO_RATIONALE)
        template = N_("{area}: up from {before} to {now}.") if r.change == "up" else \
            N_("{area}: down from {before} to {now}.")
        out.append(tr(template, area=r.label, before=tr(LEVEL_WORDS[r.previous]), now=tr(LEVEL_WORDS[r.level]))
                   + f" {why}")
    return tuple(out)


def province_levels(now: AssessmentReport, before: AssessmentReport, names: dict[str, str],
                    label: Callable[[str], str] | None = None) -> tuple[ProvinceLevelRow, ...]:
    """`label`: the risk area's name in the briefing's language (else the framework's English)."""
    prev = {(a.signal.risk_area, a.signal.region): _level(a) for a in before.assessments if a.signal.region}
    rows = []
    for a in now.assessments:
        region = a.signal.region
        if not region or region == now.report.region:
            continue
        level, previous = _level(a), prev.get((a.signal.risk_area, region), NO_DATA)
        if level == NO_DATA and previous == NO_DATA:
            continue
        area = label(a.signal.risk_area) if label is not None else a.label
        rows.append(ProvinceLevelRow(region, names.get(region, region), area, previous, level,
                                     level_change(previous, level)))
    rows.sort(key=lambda r: (r.name, r.area))
    return tuple(rows)


# -- early warning and reprisals ------------------------------------------------------------------

def _areas(record: Any, label: Callable[[str], str]) -> str:
    return ", ".join(label(t.category) for t in record.risk_tags if t.category.startswith("cca.")) or "\u2014"


def early_warning(records: Iterable[Any], communications: Iterable[MechanismReference], actions: Sequence[ActionPoint],
                  redactor: Redactor, label: Callable[[str], str], country: str) -> tuple[EarlyWarningRow, ...]:
    out = []
    for rec in records:
        sources = sorted({label(s.type) for s in rec.sources if s.type}) or ["\u2014"]
        out.append(EarlyWarningRow(
            redactor.date(rec.date), redactor.where(rec.location), ", ".join(sources), _areas(rec, label),
            redactor.text(rec.title), redactor.text(rec.early_action) or "\u2014", rec.cross_border or ""))
    for ref in communications:
        citing = [redactor.text(a.title) for a in actions if ref.ref_id in a.references]
        areas = ", ".join(label(a) for a in ref.risk_areas) or "\u2014"
        summary = redactor.text(ref.text)
        out.append(EarlyWarningRow(
            redactor.date(_partial(ref.date or "")), country, L.tr(L.SP_COMMUNICATION), areas,
            f"{ref.ref_id}" + (f": {_cut(summary, 240)}" if summary else ""), "; ".join(citing) or "\u2014"))
    out.sort(key=lambda r: r.date_text)
    return tuple(out)


def _partial(text: str) -> Any:
    from ..domain.records import PartialDate

    return PartialDate(text)


def reprisals(records: Iterable[Any], redactor: Redactor) -> tuple[ReprisalRow, ...]:
    out = []
    for rec in records:
        people = [p for p in rec.people if p.reprisal_suspected or p.cooperated_with_un]
        for p in people:
            shown = redactor.person(p).shown_as
            out.append(ReprisalRow(
                redactor.date(rec.date), redactor.where(rec.location), shown,
                tr(CHANNELS.get(p.cooperated_with_un or "", "\u2014")),
                L.tr(L.CONSENT_NAMED if p.consent.naming and p.name else L.CONSENT_PSEUDONYM),
                L.tr(L.REFERRAL_YES if p.consent.referral else L.REFERRAL_NO), redactor.text(rec.title)))
    return tuple(out)


# -- atrocity factors, recommendations ------------------------------------------------------------

def atrocity(report: AssessmentReport, factors: Sequence[Any], day: Callable[[str], str]) -> tuple[FactorRow, ...]:
    from ..frameworks.translations import label_in
    from ..i18n.briefing_text import current

    seen = {f.factor: f for f in report.report.atrocity}
    language = current()  # the framework's own translations (schema/frameworks/translations/un.foa.atrocity.json)
    return tuple(FactorRow(str(f.extra.get("number", "")), label_in(f.id, f.label, language),
                           seen[f.id].records if f.id in seen else 0,
                           day(seen[f.id].latest) if f.id in seen else "\u2014") for f in factors)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "\u2026"


def reference_line(ref: MechanismReference) -> str:
    parts = [f"{tr(MECHANISM_LABELS.get(ref.mechanism, ref.mechanism))} {ref.ref_id}"]
    if ref.date:
        parts.append(ref.date)
    if ref.recommending:
        names = ", ".join(ref.recommending)
        parts.append(tr("by {states}", states=names) if ref.mechanism == "upr" else names)
    return " \u00b7 ".join(parts)


def response_line(ref: MechanismReference) -> str:
    if not ref.status:
        return tr("No response recorded")
    return tr(RESPONSE_LABELS.get(ref.status, ref.status)) + (f" ({ref.response_date})" if ref.response_date else "")


def recommendations(matrix: Sequence[RiskRow], refs: dict[str, MechanismReference], actions: Sequence[ActionPoint],
                    scrub: Callable[[str], str]) -> tuple[RecommendationRow, ...]:
    out = []
    for row in matrix:
        cited = {r for a in actions if row.area_id in a.risk_areas for r in a.references}
        linked = [ref for ref in refs.values() if row.area_id in ref.risk_areas or ref.ref_id in cited]
        for ref in linked:
            out.append(RecommendationRow(row.label, tr(LEVEL_NAMES.get(row.level, row.level)),
                                         scrub(reference_line(ref)), _cut(scrub(ref.text), MAX_RECOMMENDATION)
                                         or "\u2014", response_line(ref)))
    return tuple(out)


# -- follow-up ------------------------------------------------------------------------------------

def _opened(first: ActionPoint) -> str:
    """The day an action point was opened: the day given, else the day written, or the first day of the review
    month that recommended it when that is earlier (a point written down after its review)."""
    if first.effective_on:
        return first.effective_on
    return min(first.effective, Period.month(first.period).first_iso) if first.period else first.effective


def _state_on(history: Sequence[ActionPoint], day: str) -> ActionPoint | None:
    current = None
    for i, a in enumerate(history):
        if (_opened(a) if i == 0 else a.effective) <= day:
            current = a
    return current


@dataclass(frozen=True)
class _Change:
    state: str
    what: str
    overdue: bool = False


def _classify(history: Sequence[ActionPoint], period: Period) -> tuple[ActionPoint, _Change] | None:
    start, end = period.shifted(-1).last_iso, period.last_iso
    before, now = _state_on(history, start), _state_on(history, end)
    if now is None:
        return None
    closed = ("done", "dropped")
    if before is not None and before.status in closed and now.status in closed:
        return None
    if now.status == "done" and (before is None or before.status != "done"):
        return now, _Change(L.FOLLOW_DONE, tr("Outcome ({date}): {note}", date=now.effective, note=now.note))
    if now.status == "dropped" and (before is None or before.status != "dropped"):
        return now, _Change(L.FOLLOW_DROPPED, tr("Reason ({date}): {note}", date=now.effective, note=now.note))
    opened_on = _opened(history[0])
    if now.due is not None and now.due < end:
        days = (Period.month(period.label).last - _date(now.due)).days
        return now, _Change(L.FOLLOW_OVERDUE, tr("Due {due}, {days} days overdue at the end of the month",
                                                 due=now.due, days=days), True)
    if before is None:
        return now, _Change(L.FOLLOW_NEW, tr("Opened {date}", date=opened_on) + (f"; {now.note}" if now.note else ""))
    if before.status != now.status:
        return now, _Change(L.FOLLOW_PROGRESS, tr("{before} to {now} ({date})", before=_status(before.status),
                                                  now=_status(now.status), date=now.effective)
                            + (f": {now.note}" if now.note else ""))
    return now, _Change(L.FOLLOW_OPEN, tr("Open since {date}", date=opened_on))


def _status(status: str) -> str:
    return tr(STATUS_WORDS.get(status, status.replace("_", " ")))


def _date(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


def follow_up(histories: dict[str, list[ActionPoint]], period: Period, region: str | None,
              scrub: Callable[[str], str], day: Callable[[str], str] = str) -> tuple[FollowUpRow, ...]:
    order = {s: i for i, s in enumerate((L.FOLLOW_OVERDUE, L.FOLLOW_NEW, L.FOLLOW_DONE, L.FOLLOW_DROPPED,
                                         L.FOLLOW_PROGRESS, L.FOLLOW_OPEN))}
    rows = []
    for history in histories.values():
        if region and history[-1].region not in (None, region):
            continue
        found = _classify(history, period)
        if found is None:
            continue
        a, change = found
        rows.append(FollowUpRow(change.state, scrub(a.title), scrub(a.owner), day(a.due) if a.due else "\u2014",
                                scrub(change.what),
                                "; ".join(a.references) or "\u2014", change.overdue))
    rows.sort(key=lambda r: (order.get(r.state, 9), r.due, r.text))
    return tuple(replace(r, state=tr(r.state)) for r in rows)  # sorted by the English state, shown translated


# -- everything -----------------------------------------------------------------------------------

def sections(ws: Workspace, analysis: MemoAnalysis, period: Period, region: str | None, matrix: Sequence[RiskRow],
             month: Sequence[PeriodRow], redactor: Redactor, label: Callable[[str], str],
             names: dict[str, str], country: str) -> dict[str, Any]:
    """The RMR fields of a BriefingData (matrix already holds last month's levels)."""
    from .rmr import RmrService

    now = analysis.assess(period.label, region)
    before = analysis.assess(period.shifted(-1).label, region)
    with ws.db.reading() as conn:
        refs = store.references(conn)
        histories = store.all_action_history(conn)
        # a month can flag thousands of records at HQ: the tables list the most serious (assemble.FLAGGED_LIMIT)
        # and say how many more there are; only those listed are read whole
        warned = most_serious([r for r in month if r.counted and r.early_warning], FLAGGED_LIMIT)
        reprised = most_serious([r for r in month if r.counted and r.reprisal], FLAGGED_LIMIT)
        records = briefing_rows.current_records(conn, sorted({r.record_id for r in (*warned, *reprised)}))
    current = [h[-1] for h in histories.values()]
    flagged = [records[r.record_id] for r in warned]
    reprisal_records = [records[r.record_id] for r in reprised]
    warned_all = sum(1 for r in month if r.counted and r.early_warning)
    reprised_all = sum(1 for r in month if r.counted and r.reprisal)
    communications = [ref for ref in refs.values() if ref.mechanism == "special_procedure" and ref.date
                      and period.first_iso <= ref.date <= period.last_iso] if region is None else []
    narrative = RmrService(ws).narrative(period.label, region)
    redactor = MemoRedactor(redactor)  # type: ignore[assignment]  # the same interface, memoised text
    scrub = redactor.text

    def day(iso: str) -> str:  # strict redaction prints no day-precise date anywhere
        return iso[:7] if redactor.strict else iso

    return {
        "previous_label": period.shifted(-1).label,
        "risk_moves": risk_moves(matrix, now, scrub),
        "province_levels": province_levels(now, before, names, label) if region is None else (),
        "early_warning": early_warning(flagged, communications, current, redactor, label, country),
        "reprisals": reprisals(reprisal_records, redactor),
        "unlisted_flags": (warned_all - len(flagged), reprised_all - len(reprisal_records)),
        "atrocity": atrocity(now, analysis.registry().atrocity_risk_factors(), day),
        "recommendations": recommendations(matrix, refs, current, scrub),
        "follow_up": follow_up(histories, period, region, scrub, day),
        "narrative": NarrativeText(scrub(narrative.opportunities), scrub(narrative.mitigating),
                                   scrub(narrative.outlook), scrub(narrative.recommendations)),
    }


# -- a regional review over several countries (HQ) ------------------------------------------------

def regional(ws: Workspace, period: Period, countries: Sequence[tuple[str, str]], month: Sequence[PeriodRow],
             label: Callable[[str], str], redactor: Redactor) -> dict[str, Any]:
    """Per-country matrices (last month beside this month), a regional summary and the cross-border rows."""
    from ..briefing.figures import AnalysisFigures
    from .analysis import AnalysisService

    names = dict(countries)
    sections_out = []
    high: dict[str, list[str]] = {}
    moved: list[str] = []
    for code, name in countries:
        figures = AnalysisFigures(MemoAnalysis(AnalysisService(ws, countries=(code,))), None, label, redactor.text)
        matrix = with_previous(figures.risk_matrix(period), figures.risk_matrix(period.shifted(-1)))
        mine = [r for r in month if r.country == code and r.counted]
        sections_out.append(CountrySection(code, name, len(mine), sum(r.is_incident for r in mine),
                                           sum(r.early_warning for r in mine), matrix))
        for r in matrix:
            if r.level in ("high", "very_high"):
                high.setdefault(r.label, []).append(f"{name} ({tr(LEVEL_WORDS[r.level])})")
            if r.change in ("up", "down"):
                template = N_("{country}: {area} up from {before} to {now}") if r.change == "up" else \
                    N_("{country}: {area} down from {before} to {now}")
                moved.append(tr(template, country=name, area=r.label, before=tr(LEVEL_WORDS[r.previous]),
                                now=tr(LEVEL_WORDS[r.level])))
    flagged = _cross_ids(ws, month)
    with ws.db.reading() as conn:
        found = briefing_rows.current_records(conn, [r.record_id for r in month if r.record_id in flagged])
    crossing = [found[r.record_id] for r in month if r.counted and r.record_id in flagged]
    def country_name(code: str | None) -> str:
        return names.get(code or "", code or "\u2014")

    def pair(rec: Any) -> str:
        return f"{country_name(rec.location.country)} / {country_name(rec.cross_border or '')}"

    # one record at a time: early_warning() sorts its rows by date, and each row needs its own record's pair
    cross_rows = tuple(sorted((replace(early_warning([rec], (), (), redactor, label, "")[0], cross_border=pair(rec))
                               for rec in crossing), key=lambda row: row.date_text))
    each = "; ".join(tr("{country} {records} records, {incidents} incidents, {warnings} early-warning signals",
                        country=s.name, records=fmt_number(s.records), incidents=fmt_number(s.incidents),
                        warnings=fmt_number(s.early_warnings)) for s in sections_out)
    summary = [tr("{count} countries: {each}.", count=len(countries), each=each)]
    summary += [tr("{area}: high or very high in {where}.", area=area, where=", ".join(where))
                for area, where in sorted(high.items())]
    summary.append(tr("Moved since last month: {moves}.", moves="; ".join(moved) if moved
                      else tr("no area changed level")))
    pairs = sorted({r.cross_border for r in cross_rows})
    summary.append(tr("Cross-border incidents and signals: {count} ({pairs}).", count=len(cross_rows),
                      pairs=", ".join(pairs)) if pairs
                   else tr("Cross-border incidents and signals: {count}.", count=len(cross_rows)))
    return {"countries": tuple(sections_out), "regional_summary": tuple(summary), "cross_border": cross_rows}


def _cross_ids(ws: Workspace, month: Sequence[PeriodRow]) -> set[str]:
    with ws.db.reading() as conn:
        return briefing_rows.cross_border_ids(conn, [r.record_id for r in month])
