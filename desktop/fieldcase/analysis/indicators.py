"""SDG 16.10.1 and SDG 16.1.2 counts, as OHCHR's indicator metadata defines them.

Sources: SDG indicator metadata 16.10.1 (OHCHR, UNESCO, ILO; last updated 2018-06-08), sections 2.a
(definitions), 4.c (method of computation) and 5 (disaggregation); SDG indicator metadata 16.1.2 (OHCHR),
definitions and disaggregation. The type rules themselves are data: schema/frameworks/
sdg.16.10.1.derivation.json, quoted rule by rule (frameworks/derivation.py loads and checks it).

SDG 16.10.1 (violence against journalists, trade unionists and human rights defenders)
    Counting unit   victims (persons), each counted once per window (metadata 4.c: "total count of
    victims of reported incidents occurring within the preceding 12 months"). The headline is the 12
    months ending with the period; the period's month is given beside it.

    An act against a victim counts when all of these hold; a failing act is reported with the FIRST
    condition it fails, in this order:
      1. `discounted`       the record is not `vs.discounted` (found false or unrelated);
      2. `unverified`       the record is `vs.verified` (2.a: "verified cases" - reasonable grounds to
                            believe); with `include_unverified` any other status counts and is labelled so;
      3. `not_in_victim_group`  the victim is a journalist, trade unionist or human rights defender;
      4. `act_not_linked_to_work`  the act was linked to the victim's work (4.a: the motivation is what
                            distinguishes the indicator);
      5. the derived type   act type x perpetrator status x State due diligence -> A-F or a reason it does
                            not qualify (the derivation table), unless an analyst overrode it for this act
                            (`analyst_override` when overridden to "does not qualify").
    The act must also lie inside the window (periods.py: a year-only date is never placed in a month
    or in a 12-month window that does not cover its whole year; such acts are counted as `imprecise`).

    Most serious type   a person with several qualifying acts in the window (in one incident or
    several) is counted once, under the most serious type in the metadata's order (4.c: killing,
    torture, enforced disappearance, arbitrary detention, kidnapping, other harmful acts = A, C, B, D,
    E, F); ties go to the earliest act. A person none of whose acts qualifies is listed in
    `excluded_victims` under the act that came closest (the latest condition it failed).

    Several victim groups   a person is counted once. For the disaggregation they are assigned to one
    group by precedence: journalist, then trade unionist, then human rights defender (the metadata
    notes that defenders "may include some journalists and trade unionists"; journalist before trade
    unionist is this app's choice). `group_membership` counts a person in each of their groups.

    Linked as the same  people an officer or analyst linked as the same (services/identity_links.py) are
    one person: their acts in every record count under the one most serious type, once (metadata 4.c
    counts victims, and domain.md section 8.5: "count victims, not reports: de-duplicate across sources with
    Event and Person linking"). The person's victim groups are all those any linked record gives them;
    an "unknown" sex or age group is filled from a linked record that knows it (this app's choice).

    Disaggregation (metadata 5): sex and age group (each, and crossed), violation type, perpetrator status
    ("State actor vs non-State actors": State agents and those acting with State acquiescence are
    `state`; the four statuses are kept in the detail), geographic location (admin-1 and admin-2), and
    victim group.

SDG 16.1.2 (conflict-related deaths)
    Deaths of an incident related to an armed conflict as IHL defines it (metadata: "'Conflict' is
    defined as 'armed conflict' in reference to a terminology enshrined in International Humanitarian
    Law"), so a record counts only once the officer has marked it `conflict_related`. Its deaths are
    the larger of the casualty figure (`killed`) and the sum of its 16.1.2 lines; the lines keep their
    sex, age group, cause and status, and deaths beyond them count as unknown in each. Deaths not
    counted are reported with the first reason in this order: `discounted`, `unverified`,
    `conflict_relation_not_recorded`, `not_conflict_related`. Records linked as the same incident are one
    incident: of its counted reports in the window the one with the most deaths stands for it (the reports
    describe the same deaths; a lower figure is one source knowing fewer of them; ties: the smallest record
    id - this app's choice), the others are listed as `same_incident`. Only counts: the rate per 100,000 needs a
    population figure the workspace does not hold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..domain.records import NOT_QUALIFYING
from ..frameworks.derivation import DerivationTable
from .periods import Period
from .rows import ActRow, DeathRecordRow

GROUP_PRECEDENCE = ("sdg16101.victim.journalist", "sdg16101.victim.trade_unionist", "sdg16101.victim.hrd")
DEFAULT_SERIOUSNESS = ("sdg16101.A", "sdg16101.C", "sdg16101.B", "sdg16101.D", "sdg16101.E", "sdg16101.F")
VERIFIED = "vs.verified"
DISCOUNTED = "vs.discounted"
ANALYST_OVERRIDE = "analyst_override"
# The conditions in the order an act is tested; the derivation's own reasons all sit in the last place.
CONDITION_ORDER = ("discounted", "unverified", "not_in_victim_group", "act_not_linked_to_work")
STATE_SIDE = {"state": "state", "state_acquiescence": "state", "non_state": "non_state", "unknown": "unknown"}
UNKNOWN_DEATHS = ("sdg1612.sex.unknown", "sdg1612.age.unknown", "sdg1612.cause.unknown", "sdg1612.status.unknown")
DEATH_REASONS = ("discounted", "unverified", "conflict_relation_not_recorded", "not_conflict_related",
                 "same_incident")

Count = tuple[tuple[str, int], ...]  # (key, count) sorted by key


@dataclass(frozen=True)
class Cell:
    victim_group: str
    violation_type: str
    sex: str
    count: int


class ExcludedVictim(NamedTuple):  # a tuple: thousands per window on a large store
    record_id: str
    person_id: str
    pseudonym: str
    act: int
    act_type: str
    reason: str


@dataclass(frozen=True)
class Override:
    record_id: str
    act: int
    victim: str
    derived: str  # the derived type, or the reason it did not qualify
    override: str
    rationale: str


@dataclass(frozen=True)
class Count16101:
    """The 16.10.1 figures of one window."""

    window: Period
    total: int  # persons
    acts: int  # victim-act pairs that qualified
    cells: tuple[Cell, ...]
    by_violation_type: Count
    by_victim_group: Count  # exclusive, by precedence: sums to total
    group_membership: Count
    persons_in_several_groups: int
    by_sex: Count
    by_age_group: Count
    by_sex_age: Count  # "sex|age_group"
    by_perpetrator_status: Count  # state | non_state | unknown
    by_perpetrator_status_detail: Count
    by_adm1: Count
    by_adm2: Count
    excluded: Count  # persons not counted, by reason
    excluded_victims: tuple[ExcludedVictim, ...]
    imprecise: int  # victim-act pairs dated too coarsely to place in the window


@dataclass(frozen=True)
class Indicator16101:
    period: Period
    region: str | None
    verified_only: bool
    headline: Count16101  # the 12 months ending with the period (or the period itself when not a month)
    month: Count16101 | None  # the period's month alone
    overrides: tuple[Override, ...]  # overridden acts in the headline window


@dataclass(frozen=True)
class Count1612:
    window: Period
    total: int
    by_cause: Count
    by_sex: Count
    by_age_group: Count
    by_status: Count
    by_adm1: Count
    by_adm2: Count
    not_counted: Count  # deaths, by reason
    not_counted_records: tuple[tuple[str, int, str], ...]  # (record id, deaths, reason)
    imprecise: int


@dataclass(frozen=True)
class Indicator1612:
    period: Period
    region: str | None
    verified_only: bool
    headline: Count1612
    month: Count1612 | None


@dataclass(frozen=True)
class IndicatorReport:
    sdg_16_10_1: Indicator16101
    sdg_16_1_2: Indicator1612
    frameworks: tuple[tuple[str, int], ...]  # (framework id, release)
    seriousness: tuple[str, ...] = DEFAULT_SERIOUSNESS
    derivation_release: int = 1


def _counted(counter: Counter[str]) -> Count:
    return tuple(sorted(counter.items()))


def primary_group(groups: Sequence[str]) -> str | None:
    for group in GROUP_PRECEDENCE:
        if group in groups:
            return group
    return None


def windows(period: Period) -> tuple[Period, Period | None]:
    """(headline, month): the 12 months ending with a month period and the month; else the period alone."""
    if not period.is_month:
        return period, None
    first = period.shifted(-11)
    return Period(first.first, period.last, f"{first.label}..{period.label}"), period


class ActResult(NamedTuple):  # a tuple: one is made for every act of the window, twice a briefing
    """One act judged: its type when it qualifies, else the reason and how far down the conditions it got."""

    row: ActRow
    sdg_type: str | None
    reason: str | None
    stage: int  # index of the failed condition (len(CONDITION_ORDER) = the derivation step); -1 if it counts
    derived: str  # what the table alone says (type or reason), for the overrides listing


def judge(row: ActRow, table: DerivationTable, include_unverified: bool) -> ActResult:
    derived = table.derive(row.act_type, row.perpetrator_statuses, row.state_due_diligence_failure,
                           row.fate_concealed)
    derived_text = derived.sdg_type or derived.excluded or ""
    failed: str | None = None
    if row.verification == DISCOUNTED:
        failed = "discounted"
    elif not include_unverified and row.verification != VERIFIED:
        failed = "unverified"
    elif primary_group(row.victim_groups) is None:
        failed = "not_in_victim_group"
    elif not row.linked_to_work:
        failed = "act_not_linked_to_work"
    if failed is not None:
        return ActResult(row, None, failed, CONDITION_ORDER.index(failed), derived_text)
    if row.sdg_override:
        if row.sdg_override == NOT_QUALIFYING:
            return ActResult(row, None, ANALYST_OVERRIDE, len(CONDITION_ORDER), derived_text)
        return ActResult(row, row.sdg_override, None, -1, derived_text)
    if derived.sdg_type is None:
        return ActResult(row, None, derived.excluded, len(CONDITION_ORDER), derived_text)
    return ActResult(row, derived.sdg_type, None, -1, derived_text)


def _count_window(results: Sequence[ActResult], window: Period, table: DerivationTable,
                  seriousness: Sequence[str]) -> Count16101:
    rank = {t: i for i, t in enumerate(seriousness)}
    imprecise = acts = 0
    best: dict[str, tuple[tuple[int, str, str, int], ActResult]] = {}
    closest: dict[str, tuple[tuple[int, str, str, int], ActResult]] = {}
    for result in results:
        row = result.row
        if not window.contains(row.date_start, row.precision):
            imprecise += window.overlaps(row.date_start, row.precision)
            continue
        if result.sdg_type is not None and result.sdg_type in rank:
            acts += 1
            key = (rank[result.sdg_type], row.date_start, row.record_id, row.act_index)
            if row.person_id not in best or key < best[row.person_id][0]:
                best[row.person_id] = (key, result)
        else:
            # the act that got furthest down the conditions; ties: the earliest
            key = (-result.stage, row.date_start, row.record_id, row.act_index)
            if row.person_id not in closest or key < closest[row.person_id][0]:
                closest[row.person_id] = (key, result)

    cells: Counter[tuple[str, str, str]] = Counter()
    by = {name: Counter[str]() for name in ("type", "group", "member", "sex", "age", "sex_age", "perp", "perp_detail",
                                            "adm1", "adm2")}
    several = 0
    for _key, result in best.values():
        row, vtype = result.row, result.sdg_type or ""
        group = primary_group(row.victim_groups) or ""
        status = table.effective_status(row.perpetrator_statuses)
        cells[(group, vtype, row.sex)] += 1
        by["type"][vtype] += 1
        by["group"][group] += 1
        members = {g for g in row.victim_groups if g in GROUP_PRECEDENCE}
        by["member"].update(members)
        several += len(members) > 1
        by["sex"][row.sex] += 1
        by["age"][row.age_group] += 1
        by["sex_age"][f"{row.sex}|{row.age_group}"] += 1
        by["perp"][STATE_SIDE[status]] += 1
        by["perp_detail"][status] += 1
        by["adm1"][row.adm1 or "unknown"] += 1
        by["adm2"][row.adm2 or "unknown"] += 1
    excluded_rows = sorted((r for pid, (_k, r) in closest.items() if pid not in best),
                           key=lambda r: (r.row.record_id, r.row.act_index))
    reasons = Counter(r.reason or "" for r in excluded_rows)
    return Count16101(
        window=window, total=len(best), acts=acts,
        cells=tuple(Cell(g, t, s, n) for (g, t, s), n in sorted(cells.items(), key=lambda item: (
            GROUP_PRECEDENCE.index(item[0][0]), rank[item[0][1]], item[0][2]))),
        by_violation_type=tuple(sorted(by["type"].items(), key=lambda item: rank[item[0]])),
        by_victim_group=tuple(sorted(by["group"].items(), key=lambda item: GROUP_PRECEDENCE.index(item[0]))),
        group_membership=tuple(sorted(by["member"].items(), key=lambda item: GROUP_PRECEDENCE.index(item[0]))),
        persons_in_several_groups=several,
        by_sex=_counted(by["sex"]), by_age_group=_counted(by["age"]), by_sex_age=_counted(by["sex_age"]),
        by_perpetrator_status=_counted(by["perp"]), by_perpetrator_status_detail=_counted(by["perp_detail"]),
        by_adm1=_counted(by["adm1"]), by_adm2=_counted(by["adm2"]),
        excluded=_counted(reasons),
        excluded_victims=tuple(ExcludedVictim(r.row.record_id, r.row.person_id, r.row.pseudonym, r.row.act_index,
                                              r.row.act_type, r.reason or "") for r in excluded_rows),
        imprecise=imprecise,
    )


def merge_people(rows: Iterable[ActRow], same_person: Mapping[str, str]) -> list[ActRow]:
    """The rows with each linked person under one id (`same_person`: person id -> the group's id), their
    victim groups united and an unknown sex or age group filled from a linked row that knows it."""
    rows = list(rows)
    if not same_person:
        return rows
    merged: dict[str, tuple[set[str], str, str]] = {}
    for row in rows:
        key = same_person.get(row.person_id)
        if key is None:
            continue
        groups, sex, age = merged.get(key, (set(), "unknown", "unknown"))
        groups.update(row.victim_groups)
        merged[key] = (groups, sex if sex != "unknown" else row.sex, age if age != "unknown" else row.age_group)
    out = []
    for row in rows:
        key = same_person.get(row.person_id)
        if key is None:
            out.append(row)
            continue
        groups, sex, age = merged[key]
        out.append(row._replace(person_id=key, victim_groups=tuple(sorted(groups)),
                                sex=row.sex if row.sex != "unknown" else sex,
                                age_group=row.age_group if row.age_group != "unknown" else age))
    return out


def judge_all(rows: Iterable[ActRow], table: DerivationTable, *, region: str | None = None,
              same_person: Mapping[str, str] | None = None) -> list[ActResult]:
    """Every act of `region` judged with unverified reports included: `sdg_16_10_1(judged=...)` reuses it for
    both modes (a briefing shows both: at 1,000,000 records the acts are 340,000, each judged once, not twice)."""
    if same_person:
        rows = merge_people(rows, same_person)
    return [judge(row, table, True) for row in rows if region is None or row.adm1 == region]


def _verified_only(result: ActResult) -> ActResult:
    """What `judge(row, table, include_unverified=False)` gives, from the judgement with them included: the two
    differ only for a report neither verified nor discounted, which then stops at the verification condition."""
    row = result.row
    if row.verification in (VERIFIED, DISCOUNTED):
        return result
    return ActResult(row, None, "unverified", CONDITION_ORDER.index("unverified"), result.derived)


def sdg_16_10_1(rows: Iterable[ActRow], period: Period, table: DerivationTable, *, region: str | None = None,
                include_unverified: bool = False, same_person: Mapping[str, str] | None = None,
                judged: Sequence[ActResult] | None = None) -> Indicator16101:
    """The headline (12 months ending with `period`) and the month alone, from every act in that span;
    `same_person` (person id -> its group's id) counts people linked as the same once. `judged`: the same rows
    already through `judge_all` (with the same region and same_person), for either mode."""
    headline, month = windows(period)
    seriousness = table.seriousness
    if judged is None:
        if same_person:
            rows = merge_people(rows, same_person)
        results = [judge(row, table, include_unverified) for row in rows if region is None or row.adm1 == region]
    else:
        results = list(judged) if include_unverified else [_verified_only(r) for r in judged]
    overrides = tuple(
        Override(r.row.record_id, r.row.act_index, r.row.pseudonym, r.derived, r.row.sdg_override or "",
                 r.row.override_rationale)
        for r in sorted(results, key=lambda r: (r.row.record_id, r.row.act_index))
        if r.row.sdg_override and headline.contains(r.row.date_start, r.row.precision))
    return Indicator16101(
        period=period, region=region, verified_only=not include_unverified,
        headline=_count_window(results, headline, table, seriousness),
        month=_count_window(results, month, table, seriousness) if month else None,
        overrides=overrides)


def _death_reason(row: DeathRecordRow, include_unverified: bool) -> str | None:
    if row.verification == DISCOUNTED:
        return "discounted"
    if not include_unverified and row.verification != VERIFIED:
        return "unverified"
    if row.conflict_related is None:
        return "conflict_relation_not_recorded"
    if not row.conflict_related:
        return "not_conflict_related"
    return None


def _deaths_of(row: DeathRecordRow) -> int:
    return max(row.killed or 0, sum(line.count for line in row.lines))


def _standing_for(rows: Sequence[DeathRecordRow], window: Period, include_unverified: bool,
                  same_incident: Mapping[str, str]) -> dict[str, str]:
    """Linked incident group -> the record that stands for it: of the group's counted reports in the window,
    the one with the most deaths (ties: the smallest record id)."""
    best: dict[str, tuple[int, str]] = {}
    for row in rows:
        group = same_incident.get(row.record_id)
        deaths = _deaths_of(row)
        if (group is None or not deaths or not window.contains(row.date_start, row.precision)
                or _death_reason(row, include_unverified) is not None):
            continue
        key = (-deaths, row.record_id)
        if group not in best or key < best[group]:
            best[group] = key
    return {group: record_id for group, (_n, record_id) in best.items()}


def _count_deaths(rows: Sequence[DeathRecordRow], window: Period, include_unverified: bool,
                  same_incident: Mapping[str, str] | None = None) -> Count1612:
    by = {name: Counter[str]() for name in ("cause", "sex", "age", "status", "adm1", "adm2")}
    not_counted: Counter[str] = Counter()
    listed: list[tuple[str, int, str]] = []
    total = imprecise = 0
    standing = _standing_for(rows, window, include_unverified, same_incident) if same_incident else {}
    for row in rows:
        lined = sum(line.count for line in row.lines)
        deaths = max(row.killed or 0, lined)
        if not deaths:
            continue
        if not window.contains(row.date_start, row.precision):
            imprecise += deaths if window.overlaps(row.date_start, row.precision) else 0
            continue
        reason = _death_reason(row, include_unverified)
        group = same_incident.get(row.record_id) if same_incident else None
        if reason is None and group is not None and standing.get(group) != row.record_id:
            reason = "same_incident"
        if reason is not None:
            not_counted[reason] += deaths
            listed.append((row.record_id, deaths, reason))
            continue
        total += deaths
        parts = [(line.count, line.sex, line.age_group, line.cause, line.status) for line in row.lines]
        if deaths > lined:
            parts.append((deaths - lined, *UNKNOWN_DEATHS))
        for count, sex, age, cause, status in parts:
            by["cause"][cause] += count
            by["sex"][sex] += count
            by["age"][age] += count
            by["status"][status] += count
        by["adm1"][row.adm1 or "unknown"] += deaths
        by["adm2"][row.adm2 or "unknown"] += deaths
    return Count1612(
        window=window, total=total, by_cause=_counted(by["cause"]), by_sex=_counted(by["sex"]),
        by_age_group=_counted(by["age"]), by_status=_counted(by["status"]), by_adm1=_counted(by["adm1"]),
        by_adm2=_counted(by["adm2"]), not_counted=_counted(not_counted), not_counted_records=tuple(sorted(listed)),
        imprecise=imprecise)


def sdg_16_1_2(rows: Iterable[DeathRecordRow], period: Period, *, region: str | None = None,
               include_unverified: bool = False, same_incident: Mapping[str, str] | None = None) -> Indicator1612:
    """`same_incident` (record id -> its group's id) counts the deaths of an incident reported several times
    once."""
    headline, month = windows(period)
    kept = [row for row in rows if region is None or row.adm1 == region]
    return Indicator1612(
        period=period, region=region, verified_only=not include_unverified,
        headline=_count_deaths(kept, headline, include_unverified, same_incident),
        month=_count_deaths(kept, month, include_unverified, same_incident) if month else None)
