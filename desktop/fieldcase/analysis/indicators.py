"""SDG 16.10.1 and SDG 16.1.2 counts, as OHCHR's indicator metadata defines them.

SDG 16.10.1 (violence against journalists, trade unionists and human rights defenders)
    Counting unit   victims (persons), not incidents or reports. A victim is counted when all hold:
      1. verified: the record is `vs.verified` (reasonable grounds to believe); with
         `include_unverified` every status counts except `vs.discounted`, and the result says so;
      2. the record's date lies inside the period (periods.py: a year-only record is not placed in a
         month; it is reported as `imprecise`);
      3. the person is a victim in one of the three victim groups (journalist and associated media
         personnel, trade unionist, human rights defender);
      4. the act is linked to the victim's work (`act_linked_to_work`);
      5. the perpetrator qualifies for the violation type (see below);
    and a record counts only under its `sdg16101.*` violation types (the analyst's coding; HURIDOCS
    act types are not converted, since the crosswalk is a suggestion an analyst must confirm).
    A victim failing a condition is reported under `excluded` with the first condition it fails.

    Perpetrator status   `state` and `state_acquiescence` qualify for every type. `non_state`
    qualifies only for E (kidnapping): the metadata defines E as deprivation of liberty by non-State
    actors met by a State failure of due diligence, so coding E records that failure. A non-State
    killing or other harmful act also counts in the metadata when the State failed in due diligence,
    but the store holds no due-diligence finding, so such victims are excluded
    (`non_state_without_due_diligence`) and shown for review rather than counted silently.
    `unknown` never qualifies (`perpetrator_unknown`).

    Several violation types   an incident is counted once, under the most serious type that
    qualifies, in the metadata's order A killing, C torture, B enforced disappearance, D arbitrary
    detention, E kidnapping, F other harmful acts (`FrameworkRegistry.violation_seriousness()`).
    A person who is a victim of several incidents in the period is likewise counted once, under
    the most serious (ties: the earliest incident); `cases` gives the victim-incident pairs.

    Several victim groups   a person is counted once. For the disaggregation they are assigned to one
    group by precedence: journalist, then trade unionist, then human rights defender (the metadata
    notes that defenders "may include some journalists and trade unionists", so the specific
    group wins; journalist before trade unionist is this app's choice). `group_membership` counts a
    person in every group they belong to (it does not add up to the total); `total` is the
    any-group total.

    Disaggregation: victim group x violation type x sex (cells), and each of victim group, violation
    type, sex, age group, perpetrator status and admin-1 region on its own.

SDG 16.1.2 (conflict-related deaths)
    The sum of the records' deaths lines (sex, age group, cause, status as in the metadata), with the
    same verification and date rules. Only counts: the rate per 100,000 needs a population figure the
    workspace does not hold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .periods import Period
from .rows import DeathRow, VictimRow

GROUP_PRECEDENCE = ("sdg16101.victim.journalist", "sdg16101.victim.trade_unionist", "sdg16101.victim.hrd")
DEFAULT_SERIOUSNESS = ("sdg16101.A", "sdg16101.C", "sdg16101.B", "sdg16101.D", "sdg16101.E", "sdg16101.F")
KIDNAPPING = "sdg16101.E"
STATE_STATUSES = frozenset({"state", "state_acquiescence"})
VERIFIED = "vs.verified"
DISCOUNTED = "vs.discounted"

Count = tuple[tuple[str, int], ...]  # (key, count) sorted by key


@dataclass(frozen=True)
class Cell:
    victim_group: str
    violation_type: str
    sex: str
    count: int


@dataclass(frozen=True)
class Indicator16101:
    period: Period
    region: str | None
    verified_only: bool
    total: int  # victims in any group, each person once
    cases: int  # victim-incident pairs that qualified
    cells: tuple[Cell, ...]
    by_violation_type: Count
    by_victim_group: Count  # exclusive, by precedence: sums to total
    group_membership: Count  # a person in each of their groups
    persons_in_several_groups: int
    by_sex: Count
    by_age_group: Count
    by_perpetrator_status: Count
    by_region: Count
    excluded: Count  # victim-incident pairs left out, by the first condition they fail
    imprecise: int  # victim-incident pairs dated too coarsely to place in the period


@dataclass(frozen=True)
class Indicator1612:
    period: Period
    region: str | None
    verified_only: bool
    total: int
    by_cause: Count
    by_sex: Count
    by_age_group: Count
    by_status: Count
    by_region: Count
    excluded_unverified: int  # deaths on records not verified (0 when unverified ones are included)
    imprecise: int  # deaths on records dated too coarsely to place in the period


@dataclass(frozen=True)
class IndicatorReport:
    sdg_16_10_1: Indicator16101
    sdg_16_1_2: Indicator1612
    frameworks: tuple[tuple[str, int], ...]  # (framework id, release)
    seriousness: tuple[str, ...] = DEFAULT_SERIOUSNESS


def _counted(counter: Counter[str]) -> Count:
    return tuple(sorted(counter.items()))


def primary_group(groups: Iterable[str]) -> str | None:
    present = set(groups)
    return next((g for g in GROUP_PRECEDENCE if g in present), None)


def qualifying_types(types: Iterable[str], perpetrator_status: str) -> list[str]:
    """The 16.10.1 types the perpetrator's status can carry (module docstring)."""
    if perpetrator_status in STATE_STATUSES:
        return list(types)
    if perpetrator_status == "non_state":
        return [t for t in types if t == KIDNAPPING]
    return []


def _exclusion(row: VictimRow, include_unverified: bool) -> str | None:
    if row.verification == DISCOUNTED:
        return "discounted"
    if not include_unverified and row.verification != VERIFIED:
        return "unverified"
    if primary_group(row.victim_groups) is None:
        return "not_in_victim_group"
    if not row.act_linked_to_work:
        return "act_not_linked_to_work"
    if row.perpetrator_status not in STATE_STATUSES:
        if row.perpetrator_status != "non_state":
            return "perpetrator_unknown"
        if not qualifying_types(row.violation_types, row.perpetrator_status):
            return "non_state_without_due_diligence"
    return None


def sdg_16_10_1(rows: Iterable[VictimRow], period: Period, *, region: str | None = None,
                include_unverified: bool = False,
                seriousness: Sequence[str] = DEFAULT_SERIOUSNESS) -> Indicator16101:
    rank = {t: i for i, t in enumerate(seriousness)}
    excluded: Counter[str] = Counter()
    imprecise = cases = 0
    best: dict[str, tuple[tuple[int, str, str], str, VictimRow]] = {}  # person -> (sort key, type, row)
    for row in rows:
        if region is not None and row.adm1 != region:
            continue
        if not period.contains(row.date_start, row.precision):
            imprecise += period.overlaps(row.date_start, row.precision)
            continue
        reason = _exclusion(row, include_unverified)
        known = [t for t in qualifying_types(row.violation_types, row.perpetrator_status) if t in rank]
        if reason is None and not known:
            reason = "no_16_10_1_type"
        if reason is not None:
            excluded[reason] += 1
            continue
        cases += 1
        most_serious = min(known, key=rank.__getitem__)
        key = (rank[most_serious], row.date_start, row.record_id)
        if row.person_id not in best or key < best[row.person_id][0]:
            best[row.person_id] = (key, most_serious, row)

    cells: Counter[tuple[str, str, str]] = Counter()
    by = {name: Counter[str]() for name in ("type", "group", "member", "sex", "age", "perp", "region")}
    several = 0
    for _key, vtype, row in best.values():
        group = primary_group(row.victim_groups) or ""
        cells[(group, vtype, row.sex)] += 1
        by["type"][vtype] += 1
        by["group"][group] += 1
        members = {g for g in row.victim_groups if g in GROUP_PRECEDENCE}
        by["member"].update(members)
        several += len(members) > 1
        by["sex"][row.sex] += 1
        by["age"][row.age_group] += 1
        by["perp"][row.perpetrator_status] += 1
        by["region"][row.adm1 or "unknown"] += 1
    return Indicator16101(
        period=period, region=region, verified_only=not include_unverified, total=len(best), cases=cases,
        cells=tuple(Cell(g, t, s, n) for (g, t, s), n in sorted(cells.items(), key=lambda item: (
            GROUP_PRECEDENCE.index(item[0][0]), rank[item[0][1]], item[0][2]))),
        by_violation_type=tuple(sorted(by["type"].items(), key=lambda item: rank[item[0]])),
        by_victim_group=tuple(sorted(by["group"].items(), key=lambda item: GROUP_PRECEDENCE.index(item[0]))),
        group_membership=tuple(sorted(by["member"].items(), key=lambda item: GROUP_PRECEDENCE.index(item[0]))),
        persons_in_several_groups=several,
        by_sex=_counted(by["sex"]), by_age_group=_counted(by["age"]), by_perpetrator_status=_counted(by["perp"]),
        by_region=_counted(by["region"]), excluded=_counted(excluded), imprecise=imprecise,
    )


def sdg_16_1_2(rows: Iterable[DeathRow], period: Period, *, region: str | None = None,
               include_unverified: bool = False) -> Indicator1612:
    by = {name: Counter[str]() for name in ("cause", "sex", "age", "status", "region")}
    total = unverified = imprecise = 0
    for row in rows:
        if region is not None and row.adm1 != region:
            continue
        if not period.contains(row.date_start, row.precision):
            imprecise += row.count if period.overlaps(row.date_start, row.precision) else 0
            continue
        if row.verification == DISCOUNTED:
            continue
        if not include_unverified and row.verification != VERIFIED:
            unverified += row.count
            continue
        total += row.count
        by["cause"][row.cause] += row.count
        by["sex"][row.sex] += row.count
        by["age"][row.age_group] += row.count
        by["status"][row.status] += row.count
        by["region"][row.adm1 or "unknown"] += row.count
    return Indicator1612(
        period=period, region=region, verified_only=not include_unverified, total=total,
        by_cause=_counted(by["cause"]), by_sex=_counted(by["sex"]), by_age_group=_counted(by["age"]),
        by_status=_counted(by["status"]), by_region=_counted(by["region"]), excluded_unverified=unverified,
        imprecise=imprecise,
    )
