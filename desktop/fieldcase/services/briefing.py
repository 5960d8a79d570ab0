"""Signed PDF briefings: read the period from the workspace, redact, render, sign, write, log.

`BriefingService(ws).build(period, region=..., classification=..., redaction=..., out=...)` is what
the CLI (`fieldcase brief`) and the desktop's Export dialog call; `preview` tells the dialog what
would be included, and `BriefingTask` runs a build with progress and cancel.

The risk matrix, indicator tables and action points come from a `FigureSource`: by default the
analysis service (`assess`, `indicators`, action points) through briefing/figures.py; nothing of the
analysis is recomputed here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .. import __version__
from ..briefing import assemble
from ..briefing.assemble import ANNEX_LIMIT, PeriodRow
from ..briefing.model import (
    DEFAULT_CLASSIFICATION,
    REDACTIONS,
    ActionRow,
    BriefingData,
    FrameworkRef,
    Period,
    RiskRow,
    Table,
    month_label,
    month_window,
    parse_month,
)
from ..briefing.redaction import Redactor, clean, withheld_statement
from ..errors import Cancelled, FieldcaseError
from ..i18n.briefing_text import N_, briefing_language, fmt_number, tr
from ..store import audit, briefing_rows, identity_links
from ..store.database import UnitOfWork as Connection
from ..workspace import Workspace, utc_now
from . import linked_incidents
from .records import CaseService

if TYPE_CHECKING:
    from ..crypto.identity import OfficerIdentity
    from ..frameworks.registry import FrameworkRegistry
    from .analysis import AnalysisService
    from .briefing_rmr import MemoAnalysis

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Clock = Callable[[], dt.datetime]

STEPS = 6  # progress steps: read, assemble, render, sign, write, log


class FigureSource(Protocol):
    """The risk figures a briefing shows, for one scope (region or all), month by month."""

    method: str

    def risk_matrix(self, period: Period) -> tuple[RiskRow, ...]: ...

    def indicators(self, period: Period) -> tuple[Table, ...]: ...

    def action_points(self, period: Period) -> tuple[ActionRow, ...]: ...


@dataclass(frozen=True)
class BriefingPreview:
    """What an export would include (shown by the Export dialog before building)."""

    period: str
    scope: str
    records: int
    incidents: int
    community: int
    key_incidents: tuple[str, ...]  # redacted titles
    withheld: tuple[str, ...]


@dataclass(frozen=True)
class BriefingResult:
    path: Path
    sha256: str
    size: int
    pages: int
    records: int
    signer: str
    certificate_sha256: str
    signing_time: str
    seconds: float
    annex_csv: Path | None = None  # the complete list written beside the PDF, if asked for
    annex_csv_sha256: str | None = None  # its SHA-256, as the PDF states it


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class BriefingService:
    def __init__(self, workspace: Workspace, *, figures: Callable[..., FigureSource] | None = None,
                 clock: Clock = _utc_now) -> None:
        self.ws = workspace
        self._figures = figures
        self._clock = clock

    # -- reading ----------------------------------------------------------------------------------
    def _read(self, period: Period, region: str | None, countries: Sequence[str] | None = None,
              places: bool = True) -> _PeriodData:
        window = month_window(period, assemble.TREND_MONTHS)
        with self.ws.db.reading() as conn:
            same = identity_links.same_identity(conn, "incident")
            listed = briefing_rows.period_rows(conn, window[0].first, period.last, region, places)
            if countries is not None:  # a regional review: only the grouping's countries
                listed = [r for r in listed if r.country in countries]
            # an incident linked as the same as others counts once (services/linked_incidents.py); the annex
            # still lists every record
            skip = linked_incidents.repeats((r.record_id for r in listed), same)
            rows = [r for r in listed if r.record_id not in skip] if skip else listed
            month_ids = [r.record_id for r in rows if r.month == period.label]
            within = (period.first, period.last, region)  # where month_ids come from: one query each, not chunks
            return _PeriodData(
                rows=rows, listed=listed, country=_country(conn, rows),
                indicator_ids=briefing_rows.indicator_ids(conn, month_ids, within),
                people=briefing_rows.people_counts(conn, month_ids, within),
                sources=briefing_rows.source_count(conn, month_ids, within),
                protected=_protected_names(conn))

    # -- assembling -------------------------------------------------------------------------------
    def assemble(self, period: str, region: str | None = None, *, classification: str = DEFAULT_CLASSIFICATION,
                 redaction: str = "standard", cancelled: IsCancelled | None = None,
                 countries: Sequence[tuple[str, str]] | None = None, scope_name: str | None = None,
                 annex_limit: int | None = ANNEX_LIMIT) -> BriefingData:
        """The briefing's content. `countries` (code, name) makes it a regional review over those countries
        (HQ), named `scope_name`. The annex prints at most `annex_limit` records (None: all); `annex` holds
        every record of the month and every figure counts them all."""
        p = _parse_request(period, redaction, classification)
        from .analysis import AnalysisService
        from .briefing_rmr import MemoAnalysis, regional, sections, with_previous

        codes = tuple(c for c, _n in countries) if countries else None
        # assess once per month for the matrix and the RMR sections
        analysis = MemoAnalysis(AnalysisService(self.ws, countries=codes))
        registry = analysis.registry()  # the built-in frameworks plus the releases installed in this workspace
        label = _labeller(registry)
        data = self._read(p, region, codes, places=redaction == "strict")  # only strict redaction uses places
        month = assemble.in_month(data.rows, p)
        if region and not month and not any(r.adm1_pcode == region for r in data.rows):
            raise FieldcaseError("No records for region {region} in the six months up to {period}; "
                                 "check the admin-1 P-code (see `fieldcase list`).", region=region, period=p.label)
        previous = assemble.in_month(data.rows, p.shifted(-1))
        listed = assemble.in_month(data.listed, p)  # the annex: every record of the month, linked or not
        places = frozenset(clean(r.place) for r in data.listed if r.place)
        redactor = Redactor(redaction, data.protected, places)
        figures = self._figure_source(analysis, label, region, redactor)
        matrix = with_previous(figures.risk_matrix(p), figures.risk_matrix(p.shifted(-1)))
        service = CaseService(self.ws)
        used: dict[str, set[str]] = {r.record_id: {"E", "T", "R"} for r in month if r.counted}
        incidents, voices = [], []
        for record_id in assemble.pick_key_incidents(month):
            _check(cancelled)
            incidents.append(assemble.incident_entry(service.get(record_id), redactor, label))
            used.setdefault(record_id, set()).add("K")
        for record_id in assemble.pick_voices(month):
            voices.append(assemble.voice_entry(service.get(record_id), redactor, label))
            used.setdefault(record_id, set()).add("V")
        for record_id in data.indicator_ids & used.keys():
            used[record_id].add("I")
        scope = _scope_name(month or data.rows, region)
        names = {r.adm1_pcode: r.adm1_name or r.adm1_pcode for r in data.rows if r.adm1_pcode}
        _check(cancelled)
        country = data.country
        rmr = sections(self.ws, analysis, p, region, matrix, month, redactor, label, names, country)
        if countries:
            scope = scope_name or N_("Regional review")
            country = f"{scope}: " + ", ".join(name for _c, name in countries)
            rmr |= regional(self.ws, p, countries, month, label, redactor)
            rmr["narrative"] = None  # the officers' written assessments stay in their workspaces
        return BriefingData(
            title=N_("Regional review") if countries else N_("Situation briefing"), country=country, period=p,
            scope=scope, region_pcode=region,
            classification=classification, redaction=redaction, author=self.ws.officer,
            generated_at=self._clock().astimezone(dt.UTC).isoformat(timespec="seconds"),
            headline=assemble.headline(month), records_note=assemble.records_note(month),
            verification_counts=assemble.verification_counts(month, lambda v: label(v).split(" (")[0]),
            changes=assemble.changes(month, previous, month_label(p.shifted(-1))),
            top_risks=assemble.top_risks(matrix, lambda lv: label(f"risk.{lv}")),
            risk_matrix=matrix, risk_method=figures.method,
            trend=assemble.trend(data.rows, month_window(p, assemble.TREND_MONTHS)),
            regions=assemble.regions(month, previous, None if region else names),
            key_incidents=tuple(incidents), voices=tuple(voices),
            indicators=figures.indicators(p), actions=figures.action_points(p),
            annex=assemble.annex(listed, redactor, used, label),
            withheld=withheld_statement(
                redaction, pseudonymised=data.people[0], named=data.people[1], sources=data.sources,
                records=len(listed), day_dates=sum(len(r.date_text) == 10 for r in listed),
                places=sum(1 for r in listed if r.place),
                listed=None if annex_limit is None else min(annex_limit, len(listed))),
            annex_limit=annex_limit,
            frameworks=_framework_refs(registry),
            filters=_filters(p, region, scope, redaction, classification),
            date_range=_date_range(p, redaction),
            software=f"Fieldcase {__version__}",
            notes=_notes(), **rmr)

    def _figure_source(self, analysis: AnalysisService | MemoAnalysis, label: Callable[[str], str], region: str | None,
                       redactor: Redactor) -> FigureSource:
        if self._figures is not None:
            return self._figures(self.ws, region)
        from ..briefing.figures import AnalysisFigures

        return AnalysisFigures(analysis, region, label, redactor.text)

    def preview(self, period: str, region: str | None = None, *, redaction: str = "standard") -> BriefingPreview:
        data = self.assemble(period, region, redaction=redaction, annex_limit=None)
        incidents = sum(1 for r in data.annex if r.kind == "Incident")
        return BriefingPreview(month_label(data.period), data.scope, len(data.annex), incidents,
                               len(data.annex) - incidents, tuple(e.title for e in data.key_incidents),
                               data.withheld)

    # -- building ---------------------------------------------------------------------------------
    def build(self, period: str, region: str | None = None, *, classification: str = DEFAULT_CLASSIFICATION,
              redaction: str = "standard", out: Path, progress: Progress | None = None,
              cancelled: IsCancelled | None = None, countries: Sequence[tuple[str, str]] | None = None,
              scope_name: str | None = None, language: str = "en", annex_csv: Path | None = None,
              annex_limit: int | None = ANNEX_LIMIT) -> BriefingResult:
        """Assemble, render, sign and write the briefing to `out` (atomically); log its SHA-256.

        `countries` and `scope_name` make it a regional review (HQ); `language` (en, fr, es, ar) is the
        briefing's own: titles, labels, dates and numbers. The annex prints at most `annex_limit` records;
        `annex_csv` also writes the complete list there (briefing/annex_csv.py), its SHA-256 stated in the PDF."""
        from ..briefing import layout
        from ..briefing.sign import SignatureBlock, sign_pdf
        from ..fsutil import atomic_write_together

        started = dt.datetime.now(dt.UTC)
        step = _stepper(progress)
        out = Path(out)
        for target in (out, annex_csv):
            if target is not None and not Path(target).parent.is_dir():
                raise FieldcaseError("The folder {folder} does not exist; nothing was written.",
                                     folder=Path(target).parent)
        if annex_csv is not None and Path(annex_csv).resolve() == out.resolve():
            raise FieldcaseError("The complete list needs a file of its own, not the briefing's; nothing was "
                                 "written.")
        step(0)
        identity = self.ws.signing_identity()
        with briefing_language(language):  # the assembly's sentences and the layout's labels
            data = self.assemble(period, region, classification=classification, redaction=redaction,
                                 cancelled=cancelled, countries=countries, scope_name=scope_name,
                                 annex_limit=annex_limit)
            listing = _complete_list(data) if annex_csv is not None else None
            if annex_csv is not None and listing is not None:  # the PDF states the list's digest: signed with it
                data = replace(data, annex_csv=(Path(annex_csv).name, hashlib.sha256(listing).hexdigest()))
            step(2)
            _check(cancelled)
            rendered = layout.render(data, cancelled=cancelled)
        step(3)
        _check(cancelled)
        signing_time = self._clock().astimezone(dt.UTC).replace(microsecond=0)
        signed = sign_pdf(rendered.pdf, identity, SignatureBlock(rendered.signature_page, rendered.signature_box),
                          signing_time=signing_time)
        step(4)
        _check(cancelled)  # the last chance: after this the files exist
        digest = hashlib.sha256(signed).hexdigest()
        files = [(Path(annex_csv), listing)] if annex_csv is not None and listing is not None else []
        files.append((out, signed))
        written: list[Path] = []
        try:
            atomic_write_together(files)  # the list and the PDF that states its digest: both or neither
            written = [path for path, _data in files]
            step(5)
            self._log(data, digest, len(signed), rendered.pages, identity.fingerprint, out.name)
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)  # an export that is not in the export log does not exist
            raise
        step(6)
        return BriefingResult(out, digest, len(signed), rendered.pages, len(data.annex), identity.subject,
                              identity.fingerprint, signing_time.isoformat(),
                              (dt.datetime.now(dt.UTC) - started).total_seconds(),
                              annex_csv=Path(annex_csv) if annex_csv is not None else None,
                              annex_csv_sha256=data.annex_csv[1] if data.annex_csv is not None else None)

    def _log(self, data: BriefingData, digest: str, size: int, pages: int, fingerprint: str, name: str) -> None:
        detail = {"sha256": digest, "size": size, "pages": pages, "period": data.period.label,
                  "region": data.region_pcode, "classification": data.classification, "redaction": data.redaction,
                  "records": len(data.annex), "certificate_sha256": fingerprint, "file_name": name}
        if data.annex_limit is not None and len(data.annex) > data.annex_limit:
            detail["annex_listed"] = data.annex_limit
        if data.annex_csv is not None:
            detail["annex_csv_sha256"] = data.annex_csv[1]
        with self.ws.db.writing() as conn:
            audit.append(conn, [audit.AuditEvent("briefing.export", "briefing", str(uuid.uuid4()), None, detail)],
                         actor=self.ws.officer, at=utc_now())

    def signer(self) -> OfficerIdentity:
        """The officer's signing identity (certificate and key) briefings are signed with."""
        return self.ws.signing_identity()

    def export_log(self) -> list[dict[str, object]]:
        """Every briefing exported from this workspace (from the audit log), oldest first."""
        with self.ws.db.reading() as conn:
            return briefing_rows.export_log(conn)


@dataclass(frozen=True)
class BriefingTask:
    """A build as a `tasks.Task`: the desktop runs it with a progress bar and a cancel button."""

    service: BriefingService
    period: str
    out: Path
    region: str | None = None
    classification: str = DEFAULT_CLASSIFICATION
    redaction: str = "standard"
    language: str = "en"
    annex_csv: Path | None = None  # also write the complete list there (the PDF states its SHA-256)

    def run(self, progress: Progress, cancelled: IsCancelled) -> BriefingResult:
        return self.service.build(self.period, self.region, classification=self.classification,
                                  redaction=self.redaction, out=self.out, progress=progress, cancelled=cancelled,
                                  language=self.language, annex_csv=self.annex_csv)


# -- helpers --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _PeriodData:
    rows: list[PeriodRow]  # what the counts read: linked incidents once
    listed: list[PeriodRow]  # every record, for the annex
    country: str
    indicator_ids: set[str]  # records with an SDG 16.10.1 violation type or 16.1.2 deaths
    people: tuple[int, int]  # (pseudonymised, named)
    sources: int
    protected: dict[str, str]


def _complete_list(data: BriefingData) -> bytes:
    """The complete annex as CSV, in the briefing's language (called inside its language block)."""
    from ..briefing.annex_csv import annex_csv
    from ..briefing.sections import ANNEX_COLUMNS

    return annex_csv(data.annex, ANNEX_COLUMNS)


def _parse_request(period: str, redaction: str, classification: str) -> Period:
    try:
        p = parse_month(period)
    except ValueError as exc:
        raise FieldcaseError("--period: {reason}.", reason=exc) from None
    if redaction not in REDACTIONS:
        raise FieldcaseError("Unknown redaction {redaction!r}: use one of {choices}.",
                             redaction=redaction, choices=', '.join(REDACTIONS))
    if not classification.strip() or len(classification) > 60:
        raise FieldcaseError("The classification marking must be 1 to 60 characters.")
    return p


def _check(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("Cancelled; no briefing was written.")


def _stepper(progress: Progress | None) -> Callable[[int], None]:
    def step(done: int) -> None:
        if progress is not None:
            progress(done, STEPS)

    return step


def _labeller(registry: FrameworkRegistry) -> Callable[[str], str]:
    """Framework labels in the briefing's language (schema/frameworks/translations), at call time."""
    from ..briefing.labels import PLAIN_KEYS
    from ..frameworks.translations import label_in
    from ..i18n.briefing_text import current, tr

    def label(category_id: str) -> str:
        found = registry.category(category_id)
        if found is not None:
            return label_in(found.id, found.label, current())
        if category_id in PLAIN_KEYS:  # a sex, an age group, a perpetrator side: the briefing catalogue's words
            return tr(PLAIN_KEYS[category_id])
        return category_id.rsplit(".", 1)[-1].replace("_", " ").capitalize()

    return label


def _framework_refs(registry: FrameworkRegistry) -> tuple[FrameworkRef, ...]:
    used = ("unsdg.cca.mdra", "un.foa.atrocity", "sdg.16.10.1", "sdg.16.1.2", "ohchr.evidentiary", "admiralty",
            "huridocs.esf", "ocha.pcodes")
    out = []
    for fid in used:
        try:
            fw = registry.get(fid)
        except KeyError:
            continue
        out.append(FrameworkRef(fw.id, fw.title, public_version(fw.version), fw.release))
    return tuple(out)


_PROVENANCE = re.compile(r"\s*\((?=[^()]*\b(?:reconstructed|recalled|verification|unverified|see note|"
                         r"as retrieved)\b)[^()]*\)", re.IGNORECASE)


def public_version(version: str) -> str:
    """A framework's version as a briefing prints it: without the data file's own provenance notes, such as
    "(reconstructed; see verification)", which are for maintainers (the file keeps them)."""
    return _PROVENANCE.sub("", version).strip()


def _date_range(p: Period, redaction: str) -> str:
    """The period in words; strict redaction prints no day-precise date at all, not even the month's bounds."""
    if redaction == "strict":
        return tr("{month} (the whole month)", month=p.label)
    return tr("{first} to {last}", first=p.first_iso, last=p.last_iso)


def _filters(p: Period, region: str | None, scope: str, redaction: str,
             classification: str) -> tuple[tuple[str, str], ...]:
    shown_scope = tr(scope)  # "All regions" is a catalogue word; a province's name is its own
    return (
        (tr("Period"), tr("{month}: {range}; records are counted in the month in which the event began",
                          month=month_label(p), range=_date_range(p, redaction))),
        (tr("Scope"), f"{shown_scope} ({region})" if region else shown_scope),
        (tr("Records"), tr("current revision of every incident and community-information record in the period")),
        (tr("Verification threshold"), tr("indicator counts: verified only (reasonable grounds to believe); other "
                                          "counts include all statuses except discounted, split by status")),
        (tr("Trend window"), tr("{months} months ending {month}", months=fmt_number(assemble.TREND_MONTHS),
                                month=month_label(p))),
        (tr("Redaction"), tr(redaction)),
        (tr("Classification"), classification),
    )


def _notes() -> tuple[str, ...]:
    return (
        tr("Verified means the information meets the 'reasonable grounds to believe' standard after review; "
           "anything else is worded as reports."),
        tr("Counts are of records (incidents and community information), not of victims, except deaths and "
           "displacement, which are the figures recorded in each incident."),
        tr("Key incidents are the most severe of the month; community voices are summaries written by the team."),
        tr("Sources are graded with the Admiralty system: reliability of the source (A-F) and credibility of the "
           "item (1-6)."),
    )


def _scope_name(rows: list[PeriodRow], region: str | None) -> str:
    if not region:
        return N_("All regions")
    for r in rows:
        if r.adm1_pcode == region and r.adm1_name:
            return clean(r.adm1_name)
    return region


def _country(conn: Connection, rows: list[PeriodRow]) -> str:
    """The country named on the cover: the most frequent country code of the period's records, or of the
    whole workspace when the period has none (the demo's fictional country by its name)."""
    from collections import Counter

    from ..demo import DEMO_COUNTRY

    codes = Counter(r.country for r in rows if r.country)
    if not codes:
        codes.update(briefing_rows.country_counts(conn))
    if not codes:
        return "Country situation"
    code = codes.most_common(1)[0][0]
    return DEMO_COUNTRY.name if code == DEMO_COUNTRY.code else code


def _protected_names(conn: Connection) -> dict[str, str]:
    """Every recorded name without naming consent, anywhere in the workspace -> that person's pseudonym."""
    return {clean(name): clean(pseudonym) for name, pseudonym, consent in briefing_rows.latest_people(conn).values()
            if name and not consent}


__all__ = ["BriefingPreview", "BriefingResult", "BriefingService", "BriefingTask", "FigureSource"]
