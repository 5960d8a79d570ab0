"""Monthly risk analysis: the use cases the CLI and the UI share.

`AnalysisService(workspace)` computes the risk signal and the SDG indicators, records the officer's
level and trend (an override of the computed suggestion is audit-logged as `assessment.override`),
manages action points and mechanism references, tags records, and installs framework releases.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..analysis import indicators as ind
from ..analysis import signals
from ..analysis.actions import ActionPoint, MechanismReference, check_action, parse_reference
from ..analysis.assessments import (
    AssessmentReport,
    OfficerAssessment,
    check_rationale,
    combine,
    differs,
    normalise_level,
    normalise_trend,
)
from ..analysis.indicators import IndicatorReport
from ..analysis.periods import Period
from ..analysis.signals import SignalCell
from ..domain.records import CaseRecord, Tag
from ..errors import FieldcaseError, NotFound
from ..frameworks.derivation import builtin_derivation
from ..frameworks.registry import CCA_ID, SDG_16_10_1_ID, Framework, FrameworkRegistry
from ..store import analysis_rows, identity_links
from ..store import assessments as store
from ..store.framework_releases import InstalledRelease
from ..workspace import Workspace, utc_now
from . import linked_incidents, workspace_frameworks
from .records import CaseService

_REGION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")
# What `tag` accepts: (framework, collections). Records are tagged with risk areas, atrocity risk
# factors and indicators, violation types (16.10.1 and HURIDOCS act types) and forms of reprisal.
TAGGABLE: dict[str, frozenset[str]] = {
    CCA_ID: frozenset({"categories"}),
    "un.foa.atrocity": frozenset({"categories", "categories.indicators"}),
    "huridocs.esf": frozenset({"vocabularies.terms"}),
    "un.reprisals": frozenset({"forms_commonly_reported"}),
}
VIOLATION_FRAMEWORKS = frozenset({"huridocs.esf"})
PINNED = (CCA_ID, "un.foa.atrocity", SDG_16_10_1_ID, "sdg.16.1.2")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The 12-month count builds tens of thousands of short-lived tuples and no reference cycles; the cyclic
    garbage collector would otherwise walk every live object several times on the way (about 15 % of the
    time on 100,000 records). Reference counting still frees everything at once."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class InvalidInput(FieldcaseError):
    code = "invalid-input"
    exit_status = 2


def _period(text: str, *, month: bool) -> Period:
    try:
        return Period.month(text) if month else Period.parse(text)
    except ValueError as exc:
        raise InvalidInput("Period: {reason}.", reason=exc) from None


def _region(region: str | None) -> str | None:
    if region is not None and not _REGION.match(region):
        raise InvalidInput("Region: {region!r} is not an admin-1 P-code (e.g. XT02).", region=region)
    return region


class AnalysisService:
    def __init__(self, workspace: Workspace, *, variant: str | None = None,
                 countries: Sequence[str] | None = None) -> None:
        self.ws = workspace
        self.variant = variant  # a risk-area variant named in the CCA file; None: its default
        # Only these countries' records (HQ's regional review over a grouping of countries); None: all.
        self.countries = tuple(countries) if countries is not None else None
        self._registry: FrameworkRegistry | None = None
        # Months before a signal's window that its cells query also reads and keeps for the next call (a briefing
        # asks for the month, then the month before: one query of five months instead of two of four, 3 s at
        # 1,000,000 records). Only while no incidents are linked: then what is left out does not depend on the
        # window. Set by a briefing's own service only (briefing_rmr.MemoAnalysis): kept cells are never re-read.
        # region -> (first day, last day, cells).
        self.signal_lookback = 0
        self._cells: dict[str | None, tuple[dt.date, dt.date, list[SignalCell]]] = {}

    # -- frameworks -------------------------------------------------------------------------------
    def registry(self) -> FrameworkRegistry:
        """The built-in frameworks with the releases installed in this workspace on top."""
        if self._registry is None:
            self._registry = workspace_frameworks.workspace_registry(self.ws)
        return self._registry

    def install_framework(self, path: Path) -> Framework:
        framework = workspace_frameworks.install(self.ws, path)
        self._registry = None
        return framework

    def installed_frameworks(self) -> list[InstalledRelease]:
        return workspace_frameworks.installed_releases(self.ws)

    def _pinned(self) -> tuple[tuple[str, int], ...]:
        registry = self.registry()
        return tuple((fid, registry.get(fid).release) for fid in PINNED)

    def risk_area_labels(self) -> dict[str, str]:
        return {c.id: c.label for c in self.registry().get(CCA_ID).categories("categories")}

    # -- monthly assessment -----------------------------------------------------------------------
    def signals(self, period: str, region: str | None = None) -> signals.SignalReport:
        month = _period(period, month=True)
        region = _region(region)
        areas = [c.id for c in self.registry().risk_areas(self.variant)]
        first = month.shifted(-signals.BASELINE_MONTHS).first
        with self.ws.db.reading() as conn:
            # an incident linked as the same as others counts once (services/linked_incidents.py)
            same = identity_links.same_identity(conn, "incident")
            if not same and self.signal_lookback:  # nothing linked: nothing left out; a wider window serves
                skip: list[str] = []
                cells = self._wide_cells(conn, first, month.last, region)
            else:
                present = analysis_rows.window_record_ids(conn, first, month.last, region, self.countries,
                                                          sorted(same))
                skip = sorted(linked_incidents.repeats(present, same))
                cells = analysis_rows.signal_cells(conn, first, month.last, region, self.countries, skip)
            atrocity = analysis_rows.atrocity_rows(conn, month.first, month.last, region, self.countries, skip)
        return signals.compute(cells, month, areas, region, atrocity=atrocity)

    def _wide_cells(self, conn: Any, first: dt.date, last: dt.date, region: str | None) -> list[SignalCell]:
        """The cells of [first, last] from the kept ones when they span it, else read with `signal_lookback` months
        more (signals.compute keeps only its own window's months and year)."""
        kept = self._cells.get(region)
        if kept is not None and kept[0] <= first and last <= kept[1]:
            return kept[2]
        wide = Period.month(f"{first.year:04d}-{first.month:02d}").shifted(-self.signal_lookback).first
        cells = analysis_rows.signal_cells(conn, wide, last, region, self.countries)
        self._cells[region] = (wide, last, cells)
        return cells

    def assess(self, period: str, region: str | None = None) -> AssessmentReport:
        report = self.signals(period, region)
        with self.ws.db.reading() as conn:
            officer = store.current_assessments(conn, report.period.label, region, all_regions=region is None)
        labels = self.risk_area_labels()
        labels.update((f.id, f.label) for f in self.registry().atrocity_risk_factors())
        return AssessmentReport(report, combine(report, officer, labels), self._pinned(), labels)

    def set_level(self, period: str, risk_area: str, level: str, trend: str, rationale: str,
                  region: str | None = None) -> tuple[OfficerAssessment, bool]:
        """Record the officer's level and trend; returns it and whether it overrides the computed signal."""
        try:
            level, trend, rationale = normalise_level(level), normalise_trend(trend), check_rationale(rationale)
        except ValueError as exc:
            raise InvalidInput("Assessment: {reason}.", reason=exc) from None
        labels = self.risk_area_labels()
        if risk_area not in labels:
            raise InvalidInput("{risk_area!r} is not a risk area (see `fieldcase frameworks show {cca_id}`).",
                               risk_area=risk_area, cca_id=CCA_ID)
        report = self.signals(period, region)
        signal = next(s for s in report.signals if s.risk_area == risk_area and s.region == region)
        override = differs(level, trend, signal)
        entry = OfficerAssessment(
            period=report.period.label, risk_area=risk_area, region=region, rev=0, level=level, trend=trend,
            rationale=rationale, computed_level=signal.level, computed_trend=signal.trend,
            computed_score=signal.suggestion.score, author=self.ws.officer, created_at=utc_now())
        detail = {"period": entry.period, "risk_area": risk_area, "region": region,
                  "officer": {"level": level, "trend": trend},
                  "computed": {"level": signal.level, "trend": signal.trend, "score": signal.suggestion.score,
                               "rule": signals.RULE_ID}}
        with self.ws.db.writing() as conn:
            stored = store.add_assessment(conn, entry, "assessment.override" if override else "assessment.set",
                                          detail)
        return stored, override

    # -- indicators -------------------------------------------------------------------------------
    def indicators(self, period: str, region: str | None = None, include_unverified: bool = False) -> IndicatorReport:
        """SDG 16.10.1 and 16.1.2: the 12 months ending with the period (the headline) and the month alone."""
        return self.indicator_reports(period, region, (include_unverified,))[0]

    def indicator_reports(self, period: str, region: str | None = None,
                          modes: Sequence[bool] = (False, True)) -> tuple[IndicatorReport, ...]:
        """`indicators` once per `include_unverified` mode in `modes`, from one read of the acts and deaths (a
        briefing shows the verified figures beside those with unverified reports: at 1,000,000 records each read
        of the 12 months' acts took seconds)."""
        span = _period(period, month=False)
        region = _region(region)
        headline, _month = ind.windows(span)
        table = builtin_derivation()
        with _collector_paused(), self.ws.db.reading() as conn:
            # people and incidents linked as the same count once (services/identity_links.py); read first: on
            # PostgreSQL the rows below go through the driver's own cursor, after which SQLAlchemy cannot begin
            same_person = identity_links.same_identity(conn, "person")
            same_incident = identity_links.same_identity(conn, "incident")
            acts = analysis_rows.act_rows(conn, headline.first, headline.last, region, self.countries)
            deaths = analysis_rows.death_rows(conn, headline.first, headline.last, region, self.countries)
        pinned = self._pinned()
        judged = ind.judge_all(acts, table, region=region, same_person=same_person) if len(modes) > 1 else None
        return tuple(IndicatorReport(
            ind.sdg_16_10_1(acts, span, table, region=region, include_unverified=unverified, same_person=same_person,
                            judged=judged),
            ind.sdg_16_1_2(deaths, span, region=region, include_unverified=unverified, same_incident=same_incident),
            pinned, table.seriousness, table.release) for unverified in modes)

    # -- tagging ----------------------------------------------------------------------------------
    def tag(self, record_id: str, category: str, rationale: str) -> CaseRecord:
        """A new revision of the record with the tag added (or its rationale replaced), pinned to the
        framework release current now; a violation type is also added to the record's violation types."""
        registry = self.registry()
        framework = registry.framework_of(category)
        item = registry.category(category)
        if framework is None or item is None:
            raise InvalidInput("{category!r} is not a category of any installed framework.", category=category)
        if category.startswith("sdg16101."):
            raise InvalidInput("{category!r}: the SDG 16.10.1 type is derived from the record's acts (victim, act "
                               "type, perpetrator, due diligence), not tagged. Record the act; to correct the derived "
                               "type of one act, use `fieldcase acts override`.", category=category)
        allowed = TAGGABLE.get(framework.id, frozenset())
        if item.collection not in allowed or (framework.id == "huridocs.esf"
                                              and not category.startswith("huridocs.mt04.")):
            raise InvalidInput("{category!r} ({title}) cannot be used as a tag: tag records with "
                               "risk areas (cca.*), atrocity risk factors or indicators (foa.*), violation types "
                               "(huridocs.mt04.*) or forms of reprisal (reprisal.form.*).",
                               category=category, title=framework.title[:60])
        if item.deprecated:
            raise InvalidInput("{category!r} is retired in release {release} of {framework_id}.",
                               category=category, release=framework.release, framework_id=framework.id)
        try:
            rationale = check_rationale(rationale)
        except ValueError as exc:
            raise InvalidInput("Rationale: {reason}.", reason=exc) from None
        cases = CaseService(self.ws)
        record = cases.get(record_id)
        new = Tag(category, rationale, framework.id, str(framework.release))
        tags = [t for t in record.risk_tags if t.category != category] + [new]
        violations = record.violation_types
        if framework.id in VIOLATION_FRAMEWORKS and category not in violations:
            violations = (*violations, category)
        return cases.save(replace(record, risk_tags=tuple(tags), violation_types=violations), expected_rev=record.rev)

    # -- action points and mechanism references --------------------------------------------------
    def actions(self, status: str | None = None, risk_area: str | None = None) -> list[ActionPoint]:
        with self.ws.db.reading() as conn:
            found = store.actions(conn)
        return [a for a in found if (status is None or a.status == status)
                and (risk_area is None or risk_area in a.risk_areas)]

    def references(self) -> list[MechanismReference]:
        with self.ws.db.reading() as conn:
            return list(store.references(conn).values())

    def resolve_action(self, prefix: str) -> str:
        prefix = prefix.strip().lower()
        if not re.fullmatch(r"[0-9a-f-]{6,36}", prefix):
            raise NotFound("{prefix!r} is not an action id (give the id or at least its first 6 characters).",
                           prefix=prefix)
        with self.ws.db.reading() as conn:
            found = store.action_ids(conn, prefix)
        if not found:
            raise NotFound("No action point with id {prefix}.", prefix=prefix)
        if len(found) > 1:
            raise NotFound("The id prefix {prefix} matches several action points; give more characters.", prefix=prefix)
        return found[0]

    def add_action(self, title: str, owner: str, risk_areas: Sequence[str], *, description: str = "",
                   references: Sequence[str] = (), due: str | None = None, status: str = "open",
                   period: str | None = None, region: str | None = None, note: str = "",
                   effective_on: str | None = None) -> ActionPoint:
        action = ActionPoint(action_id=str(uuid.uuid4()), title=title.strip(), owner=owner.strip(), status=status,
                             description=description.strip(), risk_areas=tuple(dict.fromkeys(risk_areas)),
                             references=(), due=due, period=_period(period, month=True).label if period else None,
                             region=_region(region), author=self.ws.officer, created_at=utc_now(),
                             note=note.strip(), effective_on=effective_on)
        return self._write_action(action, references)

    def update_action(self, action_id: str, *, title: str | None = None, owner: str | None = None,
                      status: str | None = None, due: str | None = None, description: str | None = None,
                      add_areas: Sequence[str] = (), add_references: Sequence[str] = (), note: str = "",
                      effective_on: str | None = None) -> ActionPoint:
        full_id = self.resolve_action(action_id)
        with self.ws.db.reading() as conn:
            current = store.get_action(conn, full_id)
        assert current is not None  # resolve_action found it
        changed = replace(
            current, title=title.strip() if title is not None else current.title,
            owner=owner.strip() if owner is not None else current.owner, status=status or current.status,
            due=due if due is not None else current.due,
            description=description.strip() if description is not None else current.description,
            risk_areas=tuple(dict.fromkeys((*current.risk_areas, *add_areas))),
            author=self.ws.officer, created_at=utc_now(), note=note.strip(), effective_on=effective_on)
        if effective_on is not None and effective_on < current.effective:
            raise InvalidInput("Action point: on: the change cannot take effect before the previous one.")
        return self._write_action(changed, add_references)

    def _write_action(self, action: ActionPoint, new_refs: Sequence[str]) -> ActionPoint:
        labels = self.risk_area_labels()
        unknown = [a for a in action.risk_areas if a not in labels]
        if unknown:
            raise InvalidInput("Risk area: {risk_area!r} is not a risk area.", risk_area=unknown[0])
        try:
            parsed = [parse_reference(r) for r in new_refs]
            action = replace(action, references=tuple(dict.fromkeys((*action.references, *(p.ref_id for p in parsed)))))
            check_action(action)
        except ValueError as exc:
            raise InvalidInput("Action point: {reason}.", reason=exc) from None
        with self.ws.db.writing() as conn:
            known = store.references(conn, [p.ref_id for p in parsed])
            for p in parsed:
                if p.ref_id not in known:  # cited for the first time: record what its id says about it
                    store.add_reference(conn, MechanismReference(
                        p.ref_id, p.mechanism, p.symbol, p.code, author=action.author, created_at=action.created_at))
            return store.add_action(conn, action)

    def action_history(self, action_id: str) -> list[ActionPoint]:
        """Every revision of an action point, oldest first (opened, status changes, owner, due date)."""
        full_id = self.resolve_action(action_id)
        with self.ws.db.reading() as conn:
            return store.action_history(conn, full_id)

    def add_reference(self, reference: str, *, text: str = "", date: str | None = None, status: str | None = None,
                      url: str | None = None) -> MechanismReference:
        """Record (or revise) a mechanism reference with its verbatim text, date, response/status and URL."""
        try:
            parsed = parse_reference(reference)
            if date is not None:
                dt.date.fromisoformat(date)
        except ValueError as exc:
            raise InvalidInput("Mechanism reference: {reason}.", reason=exc) from None
        ref = MechanismReference(parsed.ref_id, parsed.mechanism, parsed.symbol, parsed.code, text=text.strip(),
                                 date=date, status=status, url=url, author=self.ws.officer, created_at=utc_now())
        with self.ws.db.writing() as conn:
            return store.add_reference(conn, ref)
