"""SDG 16.10.1 and 16.1.2 against an independent hand count: a seeded generator writes 200 incidents over 14
months (people shared across incidents, every act class, perpetrator status and due-diligence value, every
verification status, partial dates, analyst overrides, deaths lines and killed figures, conflict relation
true/false/absent, two admin-1 regions with two admin-2 each), imports them through the real command line
into one encrypted workspace, and compares `indicators --period M --json` for each month M (its headline
12-month window and the month itself) with a counter written here from the rules alone:

- OHCHR SDG indicator metadata 16.10.1 (2018), as quoted in schema/frameworks/sdg.16.10.1.derivation.json
  (act class x perpetrator status x State due diligence -> A-F or an exclusion; seriousness A, C, B, D, E, F);
- the counting rules of the brief (persons once per window under the most serious type; conditions in the
  order discounted, unverified, victim group, linked to work, derivation; year-only dates are imprecise
  unless the window covers the whole year; 16.1.2 deaths = max(killed, sum of lines), remainder unknown).

Nothing here imports fieldcase.analysis: the counter is deliberately independent of the product code.
"""

from __future__ import annotations

import calendar
import json
import os
import random
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import IndicatorRuns, run_cli

# -- the rules, written from the metadata (not read from the product) -------------------------------------

SERIOUSNESS = ["sdg16101.A", "sdg16101.C", "sdg16101.B", "sdg16101.D", "sdg16101.E", "sdg16101.F"]  # metadata 4.c
PERPETRATOR_PRECEDENCE = ["state", "state_acquiescence", "non_state", "unknown"]
GROUP_PRECEDENCE = ["sdg16101.victim.journalist", "sdg16101.victim.trade_unionist", "sdg16101.victim.hrd"]
JOURNALIST, UNIONIST, HRD = GROUP_PRECEDENCE

KILLING = [f"huridocs.mt04.{c}" for c in (
    "010100000000", "010101000000", "010101010000", "010101020000", "010101040000", "010101050000",
    "010102000000", "010102010000", "010102020000", "010102030000", "010103020000", "010104000000",
    "010105000000", "010105010000", "010105020000", "010105030000", "010106000000", "010106010000",
    "010106020000", "010106030000", "010106040000", "010108000000", "010109000000", "010190010000",
    "010190040000", "010190050000", "010190060000", "010190080000")]
TORTURE = ["huridocs.mt04.020111110000"]
DISAPPEARANCE = ["huridocs.mt04.030103000000"]
DEPRIVATION = [f"huridocs.mt04.{c}" for c in (
    "030100000000", "030101000000", "030102000000", "030102010000", "030102020000", "030102030000",
    "030104000000", "030105000000", "030107000000")]
OTHER_HARMFUL = [f"huridocs.mt04.{c}" for c in (
    "020102000000", "020102010000", "020103000000", "020103010000", "020103020000", "020103030000",
    "020103040000", "020103050000", "020111010000", "020111020000", "020111030000")]
# act types in the HURIDOCS list that no act class covers (physical assault, capital punishment, killing
# between combatants, death of unknown cause, slavery, curfew, internal exile)
NOT_COVERED = [f"huridocs.mt04.{c}" for c in (
    "020101000000", "010101030000", "010103010000", "010107000000", "030106000000", "030108000000",
    "050101000000")]
ACT_CLASSES = {"killing": KILLING, "torture": TORTURE, "disappearance": DISAPPEARANCE,
               "deprivation_of_liberty": DEPRIVATION, "other_harmful": OTHER_HARMFUL, "not_covered": NOT_COVERED}
CLASS_OF = {t: c for c, types in ACT_CLASSES.items() for t in types}


def effective_status(perpetrators: list[dict[str, Any]] | None) -> str:
    """First of state, state_acquiescence, non_state, unknown present among the act's perpetrators."""
    present = {p.get("status", "unknown") for p in perpetrators or []}
    return next((s for s in PERPETRATOR_PRECEDENCE if s in present), "unknown")


def derive(act: dict[str, Any]) -> tuple[str | None, str | None]:
    """(type, None) or (None, exclusion reason): the derivation table, then the analyst override."""
    override = act.get("sdg_override")
    if override == "sdg16101.none":
        return None, "analyst_override"
    if override:
        return override, None
    cls = CLASS_OF.get(act["act_type"], "not_covered")
    status = effective_status(act.get("perpetrators"))
    state = status in ("state", "state_acquiescence")
    dd = act.get("state_due_diligence_failure")  # True, False, or None (null / absent: not assessed)
    if cls == "killing":
        return "sdg16101.A", None  # any perpetrator
    if cls == "torture":
        return ("sdg16101.C", None) if state else (None, "torture_without_public_official")
    if cls in ("disappearance", "deprivation_of_liberty"):
        if state:
            if cls == "disappearance" or act.get("fate_concealed") is True:
                return "sdg16101.B", None
            return "sdg16101.D", None
        if dd is True:
            return "sdg16101.E", None
        if status == "non_state":
            return None, ("non_state_without_due_diligence" if dd is False else "due_diligence_not_assessed")
        return None, "perpetrator_unknown"
    if cls == "other_harmful":
        if state:
            return "sdg16101.F", None
        return None, ("non_state_other_harmful_act" if status == "non_state" else "perpetrator_unknown")
    return None, "act_type_not_covered"


# levels of the condition order: an act stops at the first condition it fails
DISCOUNTED, UNVERIFIED, NO_GROUP, NOT_LINKED, DERIVATION, QUALIFIES = range(6)


def evaluate(record: dict[str, Any], person: dict[str, Any], act: dict[str, Any],
             include_unverified: bool) -> tuple[int, str]:
    verification = record.get("verification")
    if verification == "vs.discounted":
        return DISCOUNTED, "discounted"
    if verification != "vs.verified" and not include_unverified:
        return UNVERIFIED, "unverified"
    if not person.get("victim_groups"):
        return NO_GROUP, "not_in_victim_group"
    if not act.get("linked_to_work"):
        return NOT_LINKED, "act_not_linked_to_work"
    sdg_type, reason = derive(act)
    if sdg_type is None:
        return DERIVATION, reason or "?"
    return QUALIFIES, sdg_type


# -- windows ----------------------------------------------------------------------------------------------

def month_last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def windows(period: str) -> tuple[tuple[date, date], tuple[date, date]]:
    """(headline, month): the 12 months ending with the period, and the period's month."""
    year, month = (int(x) for x in period.split("-"))
    start_index = year * 12 + (month - 1) - 11
    first = date(start_index // 12, start_index % 12 + 1, 1)
    last = month_last(year, month)
    return (first, last), (date(year, month, 1), last)


def date_span(value: str) -> tuple[date, date, str]:
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d, "day"
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), month_last(parts[0], parts[1]), "month"
    return date(parts[0], 1, 1), date(parts[0], 12, 31), "year"


def placement(value: str, window: tuple[date, date]) -> str:
    """'in' when the date lies entirely inside the window; 'imprecise' when a year-only date overlaps it
    without lying inside; 'out' otherwise (a month or day date is inside or outside: windows are whole months)."""
    lo, hi, precision = date_span(value)
    if window[0] <= lo and hi <= window[1]:
        return "in"
    if precision == "year" and lo <= window[1] and window[0] <= hi:
        return "imprecise"
    return "out"


# -- the hand count -----------------------------------------------------------------------------------------

def person_key(record: dict[str, Any], person: dict[str, Any]) -> str:
    return person.get("person_id") or f"{record['id']}/{person['pseudonym']}"


@dataclass
class Block:
    total: int = 0
    acts: int = 0
    by_violation_type: Counter[str] = field(default_factory=Counter)
    by_victim_group: Counter[str] = field(default_factory=Counter)
    group_membership: Counter[str] = field(default_factory=Counter)
    persons_in_several_groups: int = 0
    by_sex: Counter[str] = field(default_factory=Counter)
    by_age_group: Counter[str] = field(default_factory=Counter)
    by_sex_age: Counter[str] = field(default_factory=Counter)
    by_perpetrator_status: Counter[str] = field(default_factory=Counter)
    by_perpetrator_status_detail: Counter[str] = field(default_factory=Counter)
    by_adm1: Counter[str] = field(default_factory=Counter)
    by_adm2: Counter[str] = field(default_factory=Counter)
    cells: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    excluded_persons: dict[str, list[tuple[str, int, str, str]]] = field(default_factory=dict)
    imprecise: int = 0


def count_16101(records: list[dict[str, Any]], window: tuple[date, date], *, region: str | None = None,
                include_unverified: bool = False) -> Block:
    block = Block()
    per_person: dict[str, list[tuple[int, str, dict[str, Any], dict[str, Any], dict[str, Any], int]]] = \
        defaultdict(list)
    for record in records:
        location = record.get("location", {})
        if region is not None and location.get("adm1_pcode") != region:
            continue
        where = placement(record["date"], window)
        if where == "out":
            continue
        victims = {p["pseudonym"]: p for p in record.get("people", []) if p["role"] == "victim"}
        for index, act in enumerate(record.get("acts", [])):
            if where == "imprecise":
                block.imprecise += 1  # victim-act pairs of year-only records overlapping the window
                continue
            person = victims[act["victim"]]
            level, result = evaluate(record, person, act, include_unverified)
            per_person[person_key(record, person)].append((level, result, record, person, act, index))
    for key, acts in per_person.items():
        qualifying = [a for a in acts if a[0] == QUALIFIES]
        if not qualifying:
            best = max(a[0] for a in acts)
            # every act at the furthest level is an acceptable explanation (ties among derivation reasons)
            block.excluded_persons[key] = [(a[2]["id"], a[5], a[4]["act_type"], a[1]) for a in acts if a[0] == best]
            continue
        block.acts += len(qualifying)
        best_type = min((a[1] for a in qualifying), key=SERIOUSNESS.index)
        _, _, record, person, act, _ = next(a for a in qualifying if a[1] == best_type)
        groups = [g for g in GROUP_PRECEDENCE if g in person["victim_groups"]]
        sex, age = person.get("sex", "unknown"), person.get("age_group", "unknown")
        detail = effective_status(act.get("perpetrators"))
        location = record.get("location", {})
        block.total += 1
        block.by_violation_type[best_type] += 1
        block.by_victim_group[groups[0]] += 1
        block.group_membership.update(groups)
        block.persons_in_several_groups += len(groups) > 1
        block.by_sex[sex] += 1
        block.by_age_group[age] += 1
        block.by_sex_age[f"{sex}|{age}"] += 1
        block.by_perpetrator_status["state" if detail == "state_acquiescence" else detail] += 1
        block.by_perpetrator_status_detail[detail] += 1
        block.by_adm1[location.get("adm1_pcode") or "unknown"] += 1
        block.by_adm2[location.get("adm2_pcode") or "unknown"] += 1
        block.cells[(groups[0], best_type, sex)] += 1
    return block


@dataclass
class DeathsBlock:
    total: int = 0
    by_cause: Counter[str] = field(default_factory=Counter)
    by_sex: Counter[str] = field(default_factory=Counter)
    by_age_group: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)
    by_adm1: Counter[str] = field(default_factory=Counter)
    by_adm2: Counter[str] = field(default_factory=Counter)
    not_counted: Counter[str] = field(default_factory=Counter)
    not_counted_records: set[tuple[str, int, str]] = field(default_factory=set)
    imprecise: int = 0


def record_deaths(record: dict[str, Any]) -> int:
    lines = sum(line["count"] for line in record.get("deaths", []))
    return max(record.get("casualties", {}).get("killed") or 0, lines)


def count_1612(records: list[dict[str, Any]], window: tuple[date, date], *, region: str | None = None,
               include_unverified: bool = False) -> DeathsBlock:
    block = DeathsBlock()
    for record in records:
        location = record.get("location", {})
        if region is not None and location.get("adm1_pcode") != region:
            continue
        deaths = record_deaths(record)
        where = placement(record["date"], window)
        if deaths == 0 or where == "out":
            continue
        if where == "imprecise":
            block.imprecise += deaths
            continue
        verification = record.get("verification")
        reason = None
        if verification == "vs.discounted":
            reason = "discounted"
        elif verification != "vs.verified" and not include_unverified:
            reason = "unverified"
        elif "conflict_related" not in record:
            reason = "conflict_relation_not_recorded"
        elif record["conflict_related"] is not True:
            reason = "not_conflict_related"
        if reason:
            block.not_counted[reason] += deaths
            block.not_counted_records.add((record["id"], deaths, reason))
            continue
        block.total += deaths
        lines = [(ln["count"], ln.get("sex", "sdg1612.sex.unknown"), ln.get("age_group", "sdg1612.age.unknown"),
                  ln.get("cause", "sdg1612.cause.unknown"), ln.get("status", "sdg1612.status.unknown"))
                 for ln in record.get("deaths", [])]
        remainder = deaths - sum(line[0] for line in lines)
        if remainder > 0:
            lines.append((remainder, "sdg1612.sex.unknown", "sdg1612.age.unknown", "sdg1612.cause.unknown",
                          "sdg1612.status.unknown"))
        for count, sex, age, cause, status in lines:
            block.by_sex[sex] += count
            block.by_age_group[age] += count
            block.by_cause[cause] += count
            block.by_status[status] += count
            block.by_adm1[location.get("adm1_pcode") or "unknown"] += count
            block.by_adm2[location.get("adm2_pcode") or "unknown"] += count
    return block


# -- comparison with the product's JSON -----------------------------------------------------------------

def nonzero(mapping: dict[str, int] | None) -> dict[str, int]:
    return {k: v for k, v in (mapping or {}).items() if v}


def compare_16101(expected: Block, actual: dict[str, Any] | None, where: str) -> list[str]:
    """Every figure of the BLOCK except the exclusions and imprecise (compared separately)."""
    if not isinstance(actual, dict):
        return [f"{where}: block is {actual!r}"]
    diffs = []
    for name in ("total", "acts", "persons_in_several_groups"):
        if actual.get(name) != getattr(expected, name):
            diffs.append(f"{where}.{name}: expected {getattr(expected, name)}, got {actual.get(name)!r}")
    if list(actual.get("by_violation_type", {})) != SERIOUSNESS:
        diffs.append(f"{where}.by_violation_type keys: expected all six in order {SERIOUSNESS}, "
                     f"got {list(actual.get('by_violation_type', {}))}")
    for name in ("by_violation_type", "by_victim_group", "group_membership", "by_sex", "by_age_group",
                 "by_sex_age", "by_perpetrator_status", "by_perpetrator_status_detail", "by_adm1", "by_adm2"):
        mine, theirs = nonzero(getattr(expected, name)), nonzero(actual.get(name))
        if mine != theirs:
            diffs.append(f"{where}.{name}: expected {json.dumps(mine, sort_keys=True)}, "
                         f"got {json.dumps(theirs, sort_keys=True)}")
    cells = Counter()
    for cell in actual.get("cells") or []:
        cells[(cell["victim_group"], cell["violation_type"], cell["sex"])] += cell["count"]
    if +cells != +expected.cells:
        diffs.append(f"{where}.cells: expected {sorted(expected.cells.items())}, got {sorted(cells.items())}")
    return diffs


def compare_excluded(expected: Block, actual: dict[str, Any] | None, where: str, explicit_ids: set[str]) -> list[str]:
    """`excluded_victims` names each excluded person once, with an act at the furthest condition reached and
    that act's reason; `excluded` counts those persons by reason."""
    if not isinstance(actual, dict):
        return [f"{where}: block is {actual!r}"]
    diffs = []
    listed: dict[str, dict[str, Any]] = {}
    for entry in actual.get("excluded_victims") or []:
        pid = entry.get("person_id")
        key = pid if pid in explicit_ids else f"{entry.get('record_id')}/{entry.get('pseudonym')}"
        if key in listed:
            diffs.append(f"{where}.excluded_victims: person {key} listed twice")
        listed[key] = entry
    for key in sorted(set(expected.excluded_persons) - set(listed)):
        diffs.append(f"{where}.excluded_victims: missing {key} (expected one of {expected.excluded_persons[key]})")
    for key in sorted(set(listed) - set(expected.excluded_persons)):
        diffs.append(f"{where}.excluded_victims: unexpected {json.dumps(listed[key], sort_keys=True)}")
    for key in sorted(set(listed) & set(expected.excluded_persons)):
        entry = listed[key]
        got = (entry.get("record_id"), entry.get("act"), entry.get("act_type"), entry.get("reason"))
        if got not in expected.excluded_persons[key]:
            diffs.append(f"{where}.excluded_victims[{key}]: got {got}, expected one of "
                         f"{expected.excluded_persons[key]}")
    # the counts by reason: exact where the furthest act is unique, else consistent with the listed reasons
    counted = Counter(e.get("reason") for e in listed.values())
    if nonzero(actual.get("excluded")) != nonzero(counted):
        diffs.append(f"{where}.excluded: {json.dumps(nonzero(actual.get('excluded')), sort_keys=True)} does not "
                     f"count excluded_victims by reason {json.dumps(nonzero(counted), sort_keys=True)}")
    unique = Counter(r[0][3] for r in expected.excluded_persons.values() if len({x[3] for x in r}) == 1)
    ambiguous = sum(1 for r in expected.excluded_persons.values() if len({x[3] for x in r}) > 1)
    theirs = nonzero(actual.get("excluded"))
    if (sum(theirs.values()) != len(expected.excluded_persons)
            or any(theirs.get(k, 0) < v for k, v in unique.items())
            or sum(theirs.values()) - sum(unique.values()) != ambiguous):
        diffs.append(f"{where}.excluded: expected {json.dumps(dict(sorted(unique.items())))} plus {ambiguous} "
                     f"person(s) with tied reasons, got {json.dumps(theirs, sort_keys=True)}")
    return diffs


def compare_1612(expected: DeathsBlock, actual: dict[str, Any] | None, where: str) -> list[str]:
    if not isinstance(actual, dict):
        return [f"{where}: block is {actual!r}"]
    diffs = []
    if actual.get("total") != expected.total:
        diffs.append(f"{where}.total: expected {expected.total}, got {actual.get('total')!r}")
    for name in ("by_cause", "by_sex", "by_age_group", "by_status", "by_adm1", "by_adm2"):
        mine, theirs = nonzero(getattr(expected, name)), nonzero(actual.get(name))
        if mine != theirs:
            diffs.append(f"{where}.{name}: expected {json.dumps(mine, sort_keys=True)}, "
                         f"got {json.dumps(theirs, sort_keys=True)}")
    return diffs


def compare_1612_not_counted(expected: DeathsBlock, actual: dict[str, Any] | None, where: str) -> list[str]:
    if not isinstance(actual, dict):
        return [f"{where}: block is {actual!r}"]
    diffs = []
    mine, theirs = nonzero(expected.not_counted), nonzero(actual.get("not_counted"))
    if mine != theirs:
        diffs.append(f"{where}.not_counted: expected {json.dumps(mine, sort_keys=True)}, "
                     f"got {json.dumps(theirs, sort_keys=True)}")
    records = {(r.get("record_id"), r.get("deaths"), r.get("reason")) for r in actual.get("not_counted_records") or []
               if r.get("deaths")}
    if records != expected.not_counted_records:
        diffs.append(f"{where}.not_counted_records: missing {sorted(expected.not_counted_records - records)}, "
                     f"unexpected {sorted(records - expected.not_counted_records)}")
    return diffs


# -- the generator ------------------------------------------------------------------------------------------

MONTHS = [f"{2025 + (7 + i) // 12}-{(7 + i) % 12 + 1:02d}" for i in range(14)]  # 2025-08 .. 2026-09
LOCATIONS = [("XT01", "XT0101"), ("XT01", "XT0102"), ("XT02", "XT0201"), ("XT02", "XT0202"), ("XT01", None),
             (None, None)]
LOCATION_WEIGHTS = [6, 6, 6, 6, 1, 1]
VERIFICATION = [("vs.verified", 55), ("vs.reported", 8), ("vs.corroborated", 7), ("vs.under_review", 6),
                ("vs.not_verified", 5), ("vs.discounted", 12), (None, 7)]
SEXES, AGES = ["female", "male", "other", "unknown"], ["child", "adult", "elderly", "unknown"]
DEATH_SEX = ["sdg1612.sex.man", "sdg1612.sex.woman", "sdg1612.sex.unknown"]
DEATH_AGE = ["sdg1612.age.adult", "sdg1612.age.child", "sdg1612.age.unknown"]
DEATH_CAUSE = ["sdg1612.cause.heavy_explosive", "sdg1612.cause.planted_uxo", "sdg1612.cause.salw",
               "sdg1612.cause.incendiary", "sdg1612.cause.accident", "sdg1612.cause.unknown"]
DEATH_STATUS = ["sdg1612.status.civilian", "sdg1612.status.other_protected", "sdg1612.status.armed_forces",
                "sdg1612.status.dph", "sdg1612.status.unknown"]
SEED = int(os.environ.get("SDG_HANDCOUNT_SEED", "16101"))  # another seed: SDG_HANDCOUNT_SEED=n pytest ...


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _person(rng: random.Random, pseudonym: str, location: tuple[str | None, str | None],
            person_id: str | None) -> dict[str, Any]:
    groups = [] if rng.random() < 0.15 else rng.sample(GROUP_PRECEDENCE, rng.choice([1, 1, 1, 2, 3]))
    person: dict[str, Any] = {"role": "victim", "pseudonym": pseudonym, "sex": rng.choice(SEXES),
                              "age_group": rng.choice(AGES), "victim_groups": groups}
    if person_id:
        person["person_id"] = person_id
    # One perpetrator list per person (so that every act of a person has the same effective perpetrator status,
    # and the status of "the act counted" never depends on how the product breaks a tie between acts of the
    # same type). Each person lives in one place, so the region of the act counted is the person's too.
    shape = rng.random()
    if shape < 0.08:
        perpetrators: list[dict[str, Any]] | None = None  # no perpetrators key: unknown
    elif shape < 0.12:
        perpetrators = []
    else:
        perpetrators = [{"status": s} for s in rng.sample(PERPETRATOR_PRECEDENCE, rng.choice([1, 1, 1, 2]))]
        if rng.random() < 0.3:
            perpetrators[0]["category"] = "huridocs.mt24.010000000000"
    return {"person": person, "perpetrators": perpetrators, "location": location}


def _act(rng: random.Random, victim: dict[str, Any]) -> dict[str, Any]:
    cls = rng.choices(list(ACT_CLASSES), weights=[3, 2, 2, 4, 4, 1])[0]
    act: dict[str, Any] = {"victim": victim["person"]["pseudonym"], "act_type": rng.choice(ACT_CLASSES[cls])}
    if victim["perpetrators"] is not None:
        act["perpetrators"] = [dict(p) for p in victim["perpetrators"]]
    act["linked_to_work"] = rng.random() < 0.85
    dd = rng.choice(["true", "false", "null", "absent"])
    if dd != "absent":
        act["state_due_diligence_failure"] = {"true": True, "false": False, "null": None}[dd]
    fate = rng.choice(["true", "false", "absent"])
    if fate != "absent":
        act["fate_concealed"] = fate == "true"
    if rng.random() < 0.08:
        act["sdg_override"] = rng.choice([*SERIOUSNESS, "sdg16101.none"])
        act["override_rationale"] = "Analyst review of the file (generated)."
    return act


def generate(seed: int = SEED, incidents: int = 200) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    shared: dict[tuple[str | None, str | None], list[dict[str, Any]]] = defaultdict(list)
    for n in range(70):
        location = rng.choices(LOCATIONS, weights=LOCATION_WEIGHTS)[0]
        shared[location].append(_person(rng, f"P{n:02d}", location, _uuid(rng)))
    records = []
    for n in range(incidents):
        location = rng.choices(LOCATIONS, weights=LOCATION_WEIGHTS)[0]
        month = rng.choice(MONTHS)
        year, mon = (int(x) for x in month.split("-"))
        precision = rng.choices(["day", "month", "year"], weights=[75, 15, 10])[0]
        when = {"day": f"{month}-{rng.randint(1, calendar.monthrange(year, mon)[1]):02d}", "month": month,
                "year": str(year)}[precision]
        loc: dict[str, Any] = {"country": "XTV"}
        if location[0]:
            loc["adm1_pcode"] = location[0]
        if location[1]:
            loc["adm2_pcode"] = location[1]
        record: dict[str, Any] = {"id": _uuid(rng), "kind": "incident", "title": f"Generated incident {n:03d}",
                                  "date": when, "location": loc}
        verification = rng.choices([v for v, _ in VERIFICATION], weights=[w for _, w in VERIFICATION])[0]
        if verification:
            record["verification"] = verification
        conflict = rng.choice(["true", "true", "false", "absent"])
        if conflict != "absent":
            record["conflict_related"] = conflict == "true"
        if rng.random() < 0.6:
            record["casualties"] = {"killed": rng.randint(0, 6)}
        if rng.random() < 0.5:
            record["deaths"] = [{"count": rng.randint(1, 4), "sex": rng.choice(DEATH_SEX),
                                 "age_group": rng.choice(DEATH_AGE), "cause": rng.choice(DEATH_CAUSE),
                                 "status": rng.choice(DEATH_STATUS)} for _ in range(rng.randint(1, 3))]
        pool = shared[location]
        victims = rng.sample(pool, min(len(pool), rng.choice([0, 1, 1, 2, 3])))
        victims += [_person(rng, f"Anon{k}", location, None) for k in range(rng.choice([0, 0, 1, 2]))]
        if victims:
            record["people"] = [dict(v["person"]) for v in victims]
            if rng.random() < 0.2:
                record["people"].append({"role": "witness", "pseudonym": "W", "victim_groups": [HRD]})
            record["acts"] = [_act(rng, v) for v in victims for _ in range(rng.choice([1, 1, 2, 3]))]
        records.append(record)
    return records


# -- the workspace, imported once -------------------------------------------------------------------------

class Run(IndicatorRuns):
    def __init__(self, records: list[dict[str, Any]], explicit_ids: set[str], ws: Path) -> None:
        super().__init__(ws)
        self.records, self.explicit_ids = records, explicit_ids


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("handcount")
    ws = base / "ws"
    records = generate()
    result = run_cli("init", workspace=ws)
    assert result.returncode == 0, result.stderr
    source = base / "incidents.json"
    source.write_text(json.dumps(records, indent=1), encoding="utf-8")
    result = run_cli("import", str(source), workspace=ws)
    assert result.returncode == 0, result.stderr[-3000:]
    explicit = {p["person_id"] for r in records for p in r.get("people", []) if p.get("person_id")}
    run = Run(records, explicit, ws)
    run.prefetch([(m,) for m in MONTHS] + [(m, "--include-unverified") for m in VARIANT_MONTHS]
                 + [(m, "--region", "XT02") for m in VARIANT_MONTHS])
    return run


def _blocks(data: dict[str, Any], key: str) -> Iterable[tuple[str, Any]]:
    section = data.get(key) or {}
    yield "headline", section.get("headline")
    yield "month", section.get("month")


# -- the generator covers what it should ---------------------------------------------------------------------

def test_generator_covers_every_case() -> None:
    records = generate()
    assert len(records) == 200
    assert {r["date"][:7] for r in records if len(r["date"]) > 4} == set(MONTHS)
    assert {len(r["date"]) for r in records} == {4, 7, 10}
    combos, reasons, types = set(), Counter(), Counter()
    for r in records:
        people = {p["pseudonym"]: p for p in r.get("people", [])}
        for act in r.get("acts", []):
            combos.add((CLASS_OF[act["act_type"]], effective_status(act.get("perpetrators")),
                        act.get("state_due_diligence_failure")))
            level, result = evaluate(r, people[act["victim"]], act, False)
            (types if level == QUALIFIES else reasons)[result] += 1
    for cls in ("killing", "torture", "disappearance", "deprivation_of_liberty", "other_harmful"):
        for status in PERPETRATOR_PRECEDENCE:
            for dd in (True, False, None):
                assert (cls, status, dd) in combos, (cls, status, dd)
    assert set(types) == set(SERIOUSNESS)
    assert set(reasons) >= {"discounted", "unverified", "not_in_victim_group", "act_not_linked_to_work",
                            "torture_without_public_official", "non_state_without_due_diligence",
                            "due_diligence_not_assessed", "perpetrator_unknown", "non_state_other_harmful_act",
                            "act_type_not_covered", "analyst_override"}
    person_records = Counter(p["person_id"] for r in records for p in r.get("people", []) if p.get("person_id"))
    assert sum(1 for n in person_records.values() if n > 1) >= 20
    assert {r.get("conflict_related", "absent") for r in records} == {True, False, "absent"}
    assert {r.get("verification") for r in records} >= {"vs.verified", "vs.discounted", "vs.reported", None}


def test_windows_follow_the_brief() -> None:
    headline, month = windows("2026-09")
    assert headline == (date(2025, 10, 1), date(2026, 9, 30)) and month == (date(2026, 9, 1), date(2026, 9, 30))
    assert windows("2026-01")[0] == (date(2025, 2, 1), date(2026, 1, 31))
    assert placement("2026", windows("2026-12")[0]) == "in" and placement("2026", windows("2026-12")[1]) == "imprecise"
    assert placement("2025", windows("2026-09")[0]) == "imprecise" and placement("2025", month) == "out"


# -- the comparisons, month by month ------------------------------------------------------------------------

def _check(diffs: list[str]) -> None:
    assert not diffs, "\n".join(diffs)


@pytest.mark.parametrize("period", MONTHS)
def test_16101_counts(run: Run, period: str) -> None:
    data = run.indicators(period)
    assert data.get("format") == "fieldcase-indicators/2"
    section = data["sdg_16_10_1"]
    assert section.get("verified_only") is True and section.get("label") == "verified cases"
    diffs = []
    for (name, block), window in zip(_blocks(data, "sdg_16_10_1"), windows(period), strict=True):
        expected = count_16101(run.records, window)
        diffs += compare_16101(expected, block, f"{period}.{name}")
        if isinstance(block, dict) and (block.get("window") or {}).get("first") != window[0].isoformat():
            diffs.append(f"{period}.{name}.window: expected {window[0]}..{window[1]}, got {block.get('window')}")
    _check(diffs)


@pytest.mark.parametrize("period", MONTHS)
def test_16101_excluded(run: Run, period: str) -> None:
    data = run.indicators(period)
    diffs = []
    for (name, block), window in zip(_blocks(data, "sdg_16_10_1"), windows(period), strict=True):
        diffs += compare_excluded(count_16101(run.records, window), block, f"{period}.{name}", run.explicit_ids)
    _check(diffs)


@pytest.mark.parametrize("period", MONTHS)
def test_16101_imprecise(run: Run, period: str) -> None:
    data = run.indicators(period)
    diffs = []
    for (name, block), window in zip(_blocks(data, "sdg_16_10_1"), windows(period), strict=True):
        expected = count_16101(run.records, window).imprecise
        if not isinstance(block, dict) or block.get("imprecise") != expected:
            diffs.append(f"{period}.{name}.imprecise: expected {expected} victim-act pairs, "
                         f"got {block.get('imprecise') if isinstance(block, dict) else block!r}")
    _check(diffs)


@pytest.mark.parametrize("period", MONTHS)
def test_1612_counts(run: Run, period: str) -> None:
    data = run.indicators(period)
    assert data["sdg_16_1_2"].get("verified_only") is True
    diffs = []
    for (name, block), window in zip(_blocks(data, "sdg_16_1_2"), windows(period), strict=True):
        diffs += compare_1612(count_1612(run.records, window), block, f"{period}.{name}")
    _check(diffs)


@pytest.mark.parametrize("period", MONTHS)
def test_1612_not_counted(run: Run, period: str) -> None:
    data = run.indicators(period)
    diffs = []
    for (name, block), window in zip(_blocks(data, "sdg_16_1_2"), windows(period), strict=True):
        diffs += compare_1612_not_counted(count_1612(run.records, window), block, f"{period}.{name}")
    _check(diffs)


@pytest.mark.parametrize("period", MONTHS)
def test_1612_imprecise(run: Run, period: str) -> None:
    data = run.indicators(period)
    diffs = []
    for (name, block), window in zip(_blocks(data, "sdg_16_1_2"), windows(period), strict=True):
        expected = count_1612(run.records, window).imprecise
        if not isinstance(block, dict) or block.get("imprecise") != expected:
            diffs.append(f"{period}.{name}.imprecise: expected {expected} deaths, "
                         f"got {block.get('imprecise') if isinstance(block, dict) else block!r}")
    _check(diffs)


# -- with --include-unverified and with --region ---------------------------------------------------------------

VARIANT_MONTHS = ["2025-08", "2025-12", "2026-03", "2026-09"]


@pytest.mark.parametrize("period", VARIANT_MONTHS)
def test_include_unverified(run: Run, period: str) -> None:
    data = run.indicators(period, "--include-unverified")
    assert data["sdg_16_10_1"].get("verified_only") is False and data["sdg_16_1_2"].get("verified_only") is False
    assert data["sdg_16_10_1"].get("label") == "reported, unverified cases included"
    diffs = []
    for (name, block), window in zip(_blocks(data, "sdg_16_10_1"), windows(period), strict=True):
        expected = count_16101(run.records, window, include_unverified=True)
        diffs += compare_16101(expected, block, f"{period}.{name}")
        diffs += compare_excluded(expected, block, f"{period}.{name}", run.explicit_ids)
    for (name, block), window in zip(_blocks(data, "sdg_16_1_2"), windows(period), strict=True):
        expected_deaths = count_1612(run.records, window, include_unverified=True)
        diffs += compare_1612(expected_deaths, block, f"{period}.{name}")
        diffs += compare_1612_not_counted(expected_deaths, block, f"{period}.{name}")
    _check(diffs)


@pytest.mark.parametrize("period", VARIANT_MONTHS)
def test_region(run: Run, period: str) -> None:
    data = run.indicators(period, "--region", "XT02")
    assert data.get("region") == "XT02"
    diffs = []
    for (name, block), window in zip(_blocks(data, "sdg_16_10_1"), windows(period), strict=True):
        expected = count_16101(run.records, window, region="XT02")
        diffs += compare_16101(expected, block, f"{period}.{name}")
        diffs += compare_excluded(expected, block, f"{period}.{name}", run.explicit_ids)
    for (name, block), window in zip(_blocks(data, "sdg_16_1_2"), windows(period), strict=True):
        expected_deaths = count_1612(run.records, window, region="XT02")
        diffs += compare_1612(expected_deaths, block, f"{period}.{name}")
        diffs += compare_1612_not_counted(expected_deaths, block, f"{period}.{name}")
    _check(diffs)
