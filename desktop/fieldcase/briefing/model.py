"""What a briefing says, as frozen data: assembled by services/briefing.py, drawn by layout.py.

Everything here is already redacted (see redaction.py): the layout prints it as it is.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from ..analysis.periods import Period
from .choices import DEFAULT_CLASSIFICATION, REDACTIONS  # noqa: F401 (the model's names for them)

LEVELS = ("low", "medium", "high", "very_high")
TRENDS = ("improving", "stable", "deteriorating")
NO_DATA = "no_data"  # level and trend of an area with no records in the month (not a level below low)


# A briefing covers one calendar month: the one Period (analysis/periods.py) made with `Period.month`.
# What only a briefing needs of it is here, as functions.

def parse_month(text: str) -> Period:
    """The briefing month as typed, `YYYY-MM` (1900 or later); ValueError otherwise."""
    if not re.fullmatch(r"\d{4}-\d{2}", text or ""):
        raise ValueError(f"{text!r} is not a month written YYYY-MM")
    if not 1 <= int(text[5:]) <= 12 or int(text[:4]) < 1900:
        raise ValueError(f"{text!r} is not a real month")
    return Period.month(text)


def month_label(period: Period) -> str:
    """`2026-01` -> `January 2026` (cover, running header, filters), in the briefing's language."""
    from ..i18n.briefing_text import month_name

    return month_name(period.first.year, period.first.month)


def short_month_label(period: Period) -> str:
    """`2026-01` -> `Jan 26` (chart axes); `01/26` in the other languages (short and script-neutral)."""
    from ..i18n.briefing_text import current

    if current() != "en":
        return f"{period.first.month:02d}/{period.first.year % 100:02d}"
    return f"{calendar.month_abbr[period.first.month]} {period.first.year % 100:02d}"


def month_window(period: Period, months: int) -> tuple[Period, ...]:
    """The `months` calendar months ending with this one, oldest first."""
    return tuple(period.shifted(i - months + 1) for i in range(months))


@dataclass(frozen=True)
class Figure:
    """One headline number of the executive summary."""

    label: str
    value: int
    note: str = ""


@dataclass(frozen=True)
class RiskRow:
    area_id: str
    label: str
    level: str  # one of LEVELS, or NO_DATA
    trend: str  # one of TRENDS, or NO_DATA
    signal: float  # the computed signal the level was derived from
    incidents: int  # records (incidents and community information) tagged with the area
    verified: int
    note: str = ""
    previous: str = ""  # last month's level (one of LEVELS or NO_DATA); "" when not known
    change: str = ""  # "up", "down", "same", or "" when either month has no level


def level_change(previous: str, level: str) -> str:
    """How a level moved from last month: up, down, same, or "" when either month has no level."""
    if previous not in LEVELS or level not in LEVELS:
        return ""
    before, now = LEVELS.index(previous), LEVELS.index(level)
    return "up" if now > before else "down" if now < before else "same"


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Trend:
    months: tuple[str, ...]  # short month labels, oldest first
    series: tuple[Series, ...]


@dataclass(frozen=True)
class RegionRow:
    pcode: str
    name: str
    incidents: int
    verified: int
    community: int
    killed: int
    displaced: int
    early_warnings: int
    previous: int  # incidents the month before


@dataclass(frozen=True)
class PersonMention:
    role: str
    shown_as: str  # the pseudonym, or the name when consent allows naming
    named: bool


@dataclass(frozen=True)
class SourceMention:
    kind: str  # the source type, e.g. "Witness testimony"; never the source's name
    grade: str  # Admiralty reliability + credibility, e.g. "B2"


@dataclass(frozen=True)
class IncidentEntry:
    record_id: str
    date_text: str
    where: str
    title: str
    narrative: str
    verification: str
    verification_label: str
    severity: int | None
    casualties: str
    people: tuple[PersonMention, ...] = ()
    sources: tuple[SourceMention, ...] = ()
    areas: tuple[str, ...] = ()


@dataclass(frozen=True)
class VoiceEntry:
    record_id: str
    date_text: str
    where: str
    kind_label: str
    title: str
    text: str
    verification_label: str


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


@dataclass(frozen=True)
class ActionRow:
    """One row of the action-points table: a view of an analysis ActionPoint (analysis/actions.py), its text
    already redacted and its status, areas and deadline already written out for print."""

    text: str
    owner: str
    deadline: str
    status: str
    mechanisms: tuple[str, ...] = ()
    area: str = ""
    detail: str = ""


@dataclass(frozen=True)
class AnnexRow:
    record_id: str
    date_text: str
    kind: str
    where: str
    verification: str
    severity: int | None
    sections: tuple[str, ...]  # where the record is used in the briefing (provenance)


@dataclass(frozen=True)
class ProvinceLevelRow:
    """One risk area in one province: last month's level beside this month's."""

    pcode: str
    name: str
    area: str
    previous: str
    level: str
    change: str


@dataclass(frozen=True)
class EarlyWarningRow:
    date_text: str
    where: str
    source: str  # source types (never a source's name), or "Special Procedures communication"
    area: str
    text: str  # the signal: the record's title, or the communication's reference and summary
    action: str  # the proposed early action
    cross_border: str = ""


@dataclass(frozen=True)
class ReprisalRow:
    date_text: str
    where: str
    person: str  # the pseudonym, or the name only with naming consent
    mechanism: str
    consent: str
    referral: str
    title: str


@dataclass(frozen=True)
class FactorRow:
    ref: str  # the framework's numbering, e.g. "8"
    label: str
    records: int
    latest: str


@dataclass(frozen=True)
class RecommendationRow:
    area: str
    level: str
    reference: str  # mechanism, symbol and paragraph or communication reference, date, recommending
    text: str
    response: str


@dataclass(frozen=True)
class FollowUpRow:
    state: str  # New, Done, Dropped, OVERDUE, In progress, Unchanged, open
    text: str
    owner: str
    due: str
    what: str  # opened on, outcome, reason, how overdue
    references: str
    overdue: bool = False


@dataclass(frozen=True)
class NarrativeText:
    opportunities: str = ""
    mitigating: str = ""
    outlook: str = ""
    recommendations: str = ""


@dataclass(frozen=True)
class CountrySection:
    """One country of a regional review at HQ: its matrix and its month in figures."""

    code: str
    name: str
    records: int
    incidents: int
    early_warnings: int
    risk_matrix: tuple[RiskRow, ...]


@dataclass(frozen=True)
class FrameworkRef:
    framework_id: str
    title: str
    version: str
    release: int


@dataclass(frozen=True)
class BriefingData:
    title: str
    country: str
    period: Period
    scope: str  # "All regions" or the admin-1 name
    region_pcode: str | None
    classification: str
    redaction: str
    author: str
    generated_at: str  # ISO time, from the injected clock
    headline: tuple[Figure, ...]
    records_note: str
    verification_counts: tuple[tuple[str, int], ...]
    changes: tuple[str, ...]
    top_risks: tuple[str, ...]
    risk_matrix: tuple[RiskRow, ...]
    risk_method: str
    trend: Trend
    regions: tuple[RegionRow, ...]
    key_incidents: tuple[IncidentEntry, ...]
    voices: tuple[VoiceEntry, ...]
    indicators: tuple[Table, ...]
    actions: tuple[ActionRow, ...]
    annex: tuple[AnnexRow, ...]
    withheld: tuple[str, ...]
    frameworks: tuple[FrameworkRef, ...]
    filters: tuple[tuple[str, str], ...]
    date_range: str
    software: str = "Fieldcase"
    notes: tuple[str, ...] = field(default=())
    # The RMR sections (issue 11); empty when a source does not provide them.
    previous_label: str = ""
    risk_moves: tuple[str, ...] = ()
    province_levels: tuple[ProvinceLevelRow, ...] = ()
    early_warning: tuple[EarlyWarningRow, ...] = ()
    reprisals: tuple[ReprisalRow, ...] = ()
    atrocity: tuple[FactorRow, ...] = ()
    recommendations: tuple[RecommendationRow, ...] = ()
    follow_up: tuple[FollowUpRow, ...] = ()
    narrative: NarrativeText | None = None
    countries: tuple[CountrySection, ...] = ()  # a regional review over several countries (HQ)
    regional_summary: tuple[str, ...] = ()
    cross_border: tuple[EarlyWarningRow, ...] = ()  # incidents and signals flagged as crossing a border
    # The annex prints at most this many rows (assemble.annex_listed; None: all); `annex` holds every record.
    annex_limit: int | None = None
    annex_csv: tuple[str, str] | None = None  # (file name, SHA-256) of the complete list written with the PDF
    # flagged records of the month the early-warning and reprisal tables leave out (assemble.FLAGGED_LIMIT)
    unlisted_flags: tuple[int, int] = (0, 0)
