"""The monthly risk signal per risk area (and per admin-1 region), and the level it suggests.

Input: the records of the period and the three months before, aggregated into `SignalCell`s (the
store does it in SQL; `cells_from_rows` does it from per-record `SignalRow`s and is the reference).
Output: for each CCA risk area, country-wide and per region, what the period's tagged records show
next to the three months before it. The officer sets
the actual level and trend (see assessments.py); this only suggests, and says why.

Which records count
    Every record tagged with the area (a record with several areas counts in each), in the month its
    date places it (periods.py: a year-only record is never placed in a month; it is counted as
    "imprecise" for the period's year). Discounted records (`vs.discounted`: found false or
    unrelated) are left out; every other verification status counts, and the verified share is shown
    beside the counts because early warning cannot wait for verification.

Early-warning flags (period month only)
    reprisals    a reprisal against people cooperating with the UN: the record is flagged `reprisal`,
                 or tagged `reprisal.*`, or one of its people cooperated with the UN and is a
                 suspected reprisal target.
    defenders    an attack on a human rights defender, journalist or trade unionist: an incident
                 with a victim in an SDG 16.10.1 victim group, or with an `sdg16101.*` type.
    hate speech  a record tagged (or typed) `foa.rf08.i07`, "acts of incitement or hate propaganda";
                 a *spike* is at least 2 such records in the month and at least 1.5 times the mean of
                 the three months before.
    early warning  records the officer flagged `early_warning` (community information or incidents).

Scoring rule `fieldcase-signal/2` (every point is listed in `reasons`)
    no data       a month with no records for the area (none placed in it, whatever the baseline months
                  or the year-only records show) is `risk.no_data` and `trend.no_data`, not scored: the
                  absence of records is an absence of information, not evidence of low risk (offices
                  record what reaches them; a quiet month may be a month nobody could report). The
                  officer may still set a level for it from what they know outside the records.
                  (Rule /1 scored such a month 0, "low" and "stable".)
    volume        records in the month: 1-4 +1, 5-14 +2, 15 or more +3
    severity      highest severity 5 +2, 4 +1; mean severity 3 or more +1
    verification  half or more of the month's records verified +1
    escalation    severity-weighted count (sum of severities, unknown severity = 1) against the mean of
                  the three months before: x1.5 or more +2, x1.25 or more +1 (either only if it rose by
                  at least 6, about two records: small numbers move by chance); from nothing to 6 or more +2
    flags         reprisals +2; attacks on defenders 1-2 +1, 3 or more +2; hate-speech spike +2;
                  early-warning reports +1
    level         score 0-3 risk.low, 4-6 risk.medium, 7-9 risk.high, 10 or more risk.very_high (a month
                  with at least one record; see "no data")
    trend         severity-weighted count against the baseline mean: x1.25 or more and up by at least 6
                  trend.deteriorating; x0.8 or less and down by at least 6 trend.improving; otherwise
                  trend.stable (from nothing to 6 or more is deteriorating)

Atrocity risk factors are only counted (records tagged with a factor or one of its indicators):
risk factors are not predictions, and nothing here concludes that atrocity crimes are occurring.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .periods import Period, month_of
from .rows import SignalRow

RULE_ID = "fieldcase-signal/2"
BASELINE_MONTHS = 3
# The levels and trends an officer can set, in order. "No data" is neither: it is not on the scale (not
# below low), so it is kept out of these tuples and anything ranking levels must not give it a rank.
LEVELS = ("risk.low", "risk.medium", "risk.high", "risk.very_high")
TRENDS = ("trend.improving", "trend.stable", "trend.deteriorating")
NO_DATA, NO_DATA_TREND = "risk.no_data", "trend.no_data"
HATE_SPEECH = frozenset({"foa.rf08.i07"})
VERIFIED, DISCOUNTED = "vs.verified", "vs.discounted"
ATROCITY_NOTE = ("Risk factors are not predictions and not every factor needs to be present; these counts "
                 "do not establish that atrocity crimes are occurring.")
_FACTOR = re.compile(r"^(foa\.rf\d\d)(\.|$)")

# Thresholds of the scoring rule, named so the docstring above and the code can be checked together.
_VOLUME_STEPS = ((15, 3), (5, 2), (1, 1))
_LEVEL_FLOORS = ((10, "risk.very_high"), (7, "risk.high"), (4, "risk.medium"), (0, "risk.low"))
_RISE, _STRONG_RISE, _FALL, _MIN_CHANGE = 1.25, 1.5, 0.8, 6
_SPIKE_RATIO, _SPIKE_MIN = 1.5, 2


@dataclass(frozen=True)
class Flags:
    reprisals: int = 0
    defender_attacks: int = 0
    hate_speech: int = 0
    hate_speech_baseline: float = 0.0
    hate_speech_spike: bool = False
    early_warning: int = 0


@dataclass(frozen=True)
class Reason:
    """One point of the score as data: `kind` names the rule, `n` its count and `x` its figure, so the
    desktop can say it in the person's language (ui/signal_reasons.py); `text` is the English wording."""

    points: int
    kind: str  # volume | severity_max | severity_mean | verified_share | new_activity | rise | reprisals |
    #            defender_attacks | hate_speech | early_warning
    text: str
    n: int = 0
    x: float = 0.0


@dataclass(frozen=True)
class Suggestion:
    score: int
    level: str
    trend: str
    reasons: tuple[str, ...]  # "+2 ..." in English (the CLI and the JSON output)
    points: tuple[Reason, ...] = ()  # the same reasons as data, in the same order


@dataclass(frozen=True)
class AreaSignal:
    """What one risk area (country-wide when `region` is None) shows for the period."""

    risk_area: str
    region: str | None
    months: tuple[tuple[str, int], ...]  # (YYYY-MM, records), oldest first; the period is last
    count: int
    baseline_mean: float
    weighted: int
    weighted_baseline: float
    change: float | None  # weighted vs weighted_baseline, relative (0.5 = +50%); None if the baseline is 0
    severity_mean: float | None
    severity_max: int | None
    verified: int
    verified_share: float | None
    flags: Flags
    imprecise: int  # records dated only to the period's year: not placed in any month
    suggestion: Suggestion

    @property
    def no_data(self) -> bool:
        return self.suggestion.level == NO_DATA

    @property
    def level(self) -> str:
        return self.suggestion.level

    @property
    def trend(self) -> str:
        return self.suggestion.trend


@dataclass(frozen=True)
class AtrocityFactor:
    factor: str  # foa.rfNN
    records: int
    latest: str  # ISO date of the latest record
    indicators: tuple[str, ...]  # indicator ids seen, sorted


@dataclass(frozen=True)
class SignalReport:
    period: Period
    baseline: tuple[str, ...]  # the three months before, oldest first
    region: str | None
    signals: tuple[AreaSignal, ...]  # country-wide (or the region's) first in area order, then per region
    atrocity: tuple[AtrocityFactor, ...]
    records: int  # records placed in the period (not discounted), whatever their tags
    untagged: int  # of those, records without a risk area
    imprecise: int  # year-only records of the period's year
    discounted: int  # left out, in the period


# -- the rules ---------------------------------------------------------------------------------------

def is_reprisal(row: SignalRow) -> bool:
    return row.reprisal or row.un_cooperator_at_risk or any(c.startswith("reprisal.") for c in row.categories)


def is_defender_attack(row: SignalRow) -> bool:
    return row.kind == "incident" and (row.victim_in_group or any(c.startswith("sdg16101.") for c in row.categories))


def is_hate_speech(row: SignalRow) -> bool:
    return not HATE_SPEECH.isdisjoint(row.categories)


def hate_speech_spike(current: int, baseline_mean: float) -> bool:
    return current >= _SPIKE_MIN and current >= _SPIKE_RATIO * baseline_mean


def trend_of(weighted: int, weighted_baseline: float) -> str:
    diff = weighted - weighted_baseline
    if weighted_baseline == 0:
        return "trend.deteriorating" if weighted >= _MIN_CHANGE else "trend.stable"
    if weighted >= _RISE * weighted_baseline and diff >= _MIN_CHANGE:
        return "trend.deteriorating"
    if weighted <= _FALL * weighted_baseline and -diff >= _MIN_CHANGE:
        return "trend.improving"
    return "trend.stable"


def level_of(score: int) -> str:
    return next(level for floor, level in _LEVEL_FLOORS if score >= floor)


def suggest(*, count: int, weighted: int, weighted_baseline: float, severity_mean: float | None,
            severity_max: int | None, verified_share: float | None, flags: Flags) -> Suggestion:
    """Apply scoring rule `fieldcase-signal/2` (module docstring); each point comes with its reason."""
    if count == 0:
        return Suggestion(0, NO_DATA, NO_DATA_TREND, ())
    points: list[Reason] = []
    for floor, value in _VOLUME_STEPS:
        if count >= floor:
            points.append(Reason(value, "volume", f"{count} record(s) this month", n=count))
            break
    if severity_max is not None and severity_max >= 4:
        points.append(Reason(2 if severity_max >= 5 else 1, "severity_max", f"highest severity {severity_max}",
                             n=severity_max))
    if severity_mean is not None and severity_mean >= 3:
        points.append(Reason(1, "severity_mean", f"mean severity {severity_mean:.1f}", x=severity_mean))
    if verified_share is not None and verified_share >= 0.5:
        points.append(Reason(1, "verified_share", f"{verified_share:.0%} verified", x=verified_share))
    diff = weighted - weighted_baseline
    if weighted_baseline == 0 and weighted >= _MIN_CHANGE:
        points.append(Reason(2, "new_activity", "new activity (none in the three months before)"))
    elif weighted_baseline and diff >= _MIN_CHANGE and weighted >= _RISE * weighted_baseline:
        ratio = weighted / weighted_baseline
        points.append(Reason(2 if ratio >= _STRONG_RISE else 1, "rise",
                             f"severity-weighted count x{ratio:.2f} the 3-month mean", x=ratio))
    if flags.reprisals:
        points.append(Reason(2, "reprisals", f"{flags.reprisals} reprisal(s) against people cooperating with the UN",
                             n=flags.reprisals))
    if flags.defender_attacks:
        points.append(Reason(2 if flags.defender_attacks >= 3 else 1, "defender_attacks",
                             f"{flags.defender_attacks} attack(s) on defenders, journalists or trade unionists",
                             n=flags.defender_attacks))
    if flags.hate_speech_spike:
        points.append(Reason(2, "hate_speech", f"hate-speech spike ({flags.hate_speech} vs "
                             f"{flags.hate_speech_baseline:.1f} a month)", n=flags.hate_speech,
                             x=flags.hate_speech_baseline))
    if flags.early_warning:
        points.append(Reason(1, "early_warning", f"{flags.early_warning} early-warning report(s)",
                             n=flags.early_warning))
    score = sum(p.points for p in points)
    return Suggestion(score, level_of(score), trend_of(weighted, weighted_baseline),
                      tuple(f"+{p.points} {p.text}" for p in points), tuple(points))


# -- counting ----------------------------------------------------------------------------------------

ALL_AREAS = "*"  # the cell area that counts every record once, whatever its risk areas


@dataclass(frozen=True, slots=True)
class SignalCell:
    """Records that share a month, a risk area, a region and a verification status, with their totals.

    The store aggregates to cells in SQL (a 100,000-record store gives a few thousand cells);
    `cells_from_rows` is the same aggregation in Python, from per-record rows: the specification the
    SQL is tested against. A record appears once per risk area, once under `area=None` if it has none,
    and once under `ALL_AREAS`.
    """

    month: str | None  # YYYY-MM; None when the record is dated only to a year
    year: str
    area: str | None
    adm1: str | None
    verification: str
    records: int
    weighted: int  # sum of severities, unknown severity counted as 1
    severity_sum: int  # of known severities
    severity_count: int
    severity_max: int | None
    reprisals: int
    defender_attacks: int
    hate_speech: int
    early_warning: int


def cells_from_rows(rows: Iterable[SignalRow]) -> list[SignalCell]:
    """Aggregate per-record rows into cells, applying the per-record rules above."""
    totals: dict[tuple[str | None, str, str | None, str | None, str], list[Any]] = {}
    for row in rows:
        month = month_of(row.date_start, row.precision)
        flags = (is_reprisal(row), is_defender_attack(row), is_hate_speech(row), row.early_warning)
        areas: list[str | None] = [c for c in row.categories if c.startswith("cca.")] or [None]
        for area in [*areas, ALL_AREAS]:
            t = totals.setdefault((month, row.date_start[:4], area, row.adm1, row.verification),
                                  [0, 0, 0, 0, None, 0, 0, 0, 0])
            t[0] += 1
            t[1] += row.severity or 1
            if row.severity is not None:
                t[2] += row.severity
                t[3] += 1
                t[4] = max(t[4] or 0, row.severity)
            for i, flag in enumerate(flags, start=5):
                t[i] += flag
    return [SignalCell(m, y, a, adm1, v, *t) for (m, y, a, adm1, v), t in totals.items()]


class _Acc:
    """Running totals for one (area, region); index 0 is the period, 1-3 the months before."""

    __slots__ = ("counts", "defenders", "early", "hate", "imprecise", "reprisals", "sev_count", "sev_max",
                 "sev_sum", "verified", "weighted")

    def __init__(self) -> None:
        self.counts = [0, 0, 0, 0]
        self.weighted = [0, 0, 0, 0]
        self.hate = [0, 0, 0, 0]
        self.sev_max: int | None = None
        self.sev_sum = self.sev_count = self.verified = self.reprisals = self.defenders = self.early = 0
        self.imprecise = 0

    def add(self, index: int, cell: SignalCell) -> None:
        self.counts[index] += cell.records
        self.weighted[index] += cell.weighted
        self.hate[index] += cell.hate_speech
        if index == 0:
            self.sev_sum += cell.severity_sum
            self.sev_count += cell.severity_count
            if cell.severity_max is not None:
                self.sev_max = max(self.sev_max or 0, cell.severity_max)
            self.verified += cell.records if cell.verification == VERIFIED else 0
            self.reprisals += cell.reprisals
            self.defenders += cell.defender_attacks
            self.early += cell.early_warning

    def signal(self, area: str, region: str | None, months: Sequence[str]) -> AreaSignal:
        count = self.counts[0]
        baseline = sum(self.counts[1:]) / BASELINE_MONTHS
        weighted_baseline = sum(self.weighted[1:]) / BASELINE_MONTHS
        hate_baseline = sum(self.hate[1:]) / BASELINE_MONTHS
        flags = Flags(self.reprisals, self.defenders, self.hate[0], round(hate_baseline, 2),
                      hate_speech_spike(self.hate[0], hate_baseline), self.early)
        sev_mean = self.sev_sum / self.sev_count if self.sev_count else None
        share = self.verified / count if count else None
        weighted = self.weighted[0]
        return AreaSignal(
            risk_area=area, region=region,
            months=tuple((m, self.counts[i]) for i, m in reversed(list(enumerate(months)))),
            count=count, baseline_mean=round(baseline, 2), weighted=weighted,
            weighted_baseline=round(weighted_baseline, 2),
            change=round(weighted / weighted_baseline - 1, 3) if weighted_baseline else None,
            severity_mean=round(sev_mean, 2) if sev_mean is not None else None, severity_max=self.sev_max,
            verified=self.verified, verified_share=round(share, 3) if share is not None else None,
            flags=flags, imprecise=self.imprecise,
            suggestion=suggest(count=count, weighted=weighted, weighted_baseline=weighted_baseline,
                               severity_mean=sev_mean, severity_max=self.sev_max, verified_share=share, flags=flags),
        )


def atrocity_factors(rows: Iterable[SignalRow], period: Period,
                     region: str | None = None) -> tuple[AtrocityFactor, ...]:
    """Records of the period tagged with each atrocity risk factor or its indicators (once per record)."""
    factors: dict[str, list[Any]] = {}  # factor -> [records, latest date, indicator ids]
    for row in rows:
        if (region is not None and row.adm1 != region) or row.verification == DISCOUNTED \
                or month_of(row.date_start, row.precision) != period.label:
            continue
        seen: dict[str, set[str]] = {}
        for category in row.categories:
            match = _FACTOR.match(category)
            if match:
                indicators = seen.setdefault(match[1], set())
                if category != match[1]:
                    indicators.add(category)
        for factor, indicators in seen.items():
            entry = factors.setdefault(factor, [0, "", set()])
            entry[0] += 1
            entry[1] = max(entry[1], row.date_start)
            entry[2].update(indicators)
    return tuple(AtrocityFactor(f, n, latest, tuple(sorted(seen))) for f, (n, latest, seen) in sorted(factors.items()))


def compute(cells: Iterable[SignalCell], period: Period, areas: Sequence[str] = (), region: str | None = None,
            atrocity: Iterable[SignalRow] = ()) -> SignalReport:
    """Signals for `period` (a month) per risk area: country-wide and per region, or for one region.

    `areas` are the deployment's risk areas, reported (in this order) even when nothing was tagged;
    areas found only on records follow them. `atrocity` are the per-record rows of records with
    atrocity tags (only those are needed) for the risk-factor counts.
    """
    if not period.is_month:
        raise ValueError("the risk signal is monthly: give a period YYYY-MM")
    months = [period.shifted(-i).label for i in range(BASELINE_MONTHS + 1)]
    index_of = {m: i for i, m in enumerate(months)}
    year = period.label[:4]
    accs: dict[tuple[str, str | None], _Acc] = {}
    records = untagged = imprecise = discounted = 0

    def acc(key: tuple[str, str | None]) -> _Acc:
        found = accs.get(key)
        if found is None:
            found = accs[key] = _Acc()
        return found

    for cell in cells:
        if region is not None and cell.adm1 != region:
            continue
        index = index_of.get(cell.month) if cell.month is not None else None
        if index is None and not (cell.month is None and cell.year == year):
            continue
        if cell.verification == DISCOUNTED:
            discounted += cell.records if index == 0 and cell.area == ALL_AREAS else 0
            continue
        if cell.area == ALL_AREAS:
            if index is None:
                imprecise += cell.records
            elif index == 0:
                records += cell.records
            continue
        if cell.area is None:
            untagged += cell.records if index == 0 else 0
            continue
        keys = [(cell.area, region)] if region is not None else \
            [(cell.area, None)] + ([(cell.area, cell.adm1)] if cell.adm1 else [])
        for key in keys:
            if index is None:  # dated only to the period's year
                acc(key).imprecise += cell.records
            else:
                acc(key).add(index, cell)

    for area in areas:
        acc((area, region))
    order = list(dict.fromkeys([*areas, *sorted({a for a, _ in accs})]))
    rank = {a: i for i, a in enumerate(order)}
    ordered = sorted(accs, key=lambda k: (k[1] is not None and k[1] != region, k[1] or "", rank[k[0]]))
    return SignalReport(
        period=period, baseline=tuple(reversed(months[1:])), region=region,
        signals=tuple(accs[k].signal(k[0], k[1], months) for k in ordered),
        atrocity=atrocity_factors(atrocity, period, region),
        records=records, untagged=untagged, imprecise=imprecise, discounted=discounted,
    )


def compute_from_rows(rows: Sequence[SignalRow], period: Period, areas: Sequence[str] = (),
                      region: str | None = None) -> SignalReport:
    """`compute` straight from per-record rows (small data sets, tests)."""
    return compute(cells_from_rows(rows), period, areas, region, atrocity=rows)
