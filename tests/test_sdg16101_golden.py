"""SDG 16.10.1 and 16.1.2 golden cases through the real command line on real encrypted workspaces.

Every expected figure below is a literal computed by hand from the rules, with the rule cited beside it:
- OHCHR SDG indicator metadata 16.10.1 (2018) as quoted in schema/frameworks/sdg.16.10.1.derivation.json
  (act class x effective perpetrator status x State due diligence -> A-F or an exclusion reason; an analyst
  override replaces the derived type; seriousness A, C, B, D, E, F, metadata 4.c);
- the counting rules of the brief: conditions in the order discounted, unverified, victim group, linked to
  work, derivation; persons (person_id) once per window under the most serious type; `headline` = the 12
  months ending with the period, `month` = the period's month; a record is in a window when its date lies
  entirely inside it, year-only dates overlapping a window are `imprecise`;
- 16.1.2: deaths of a record = max(casualties.killed, sum of deaths lines), the remainder counted as unknown;
  not counted by the first failing rule of discounted, unverified, conflict_relation_not_recorded,
  not_conflict_related.

Three workspaces: MATRIX (each act class in its own month, one person per act class x perpetrator status x due
diligence combination), CASES (conditions, seriousness, overrides, several perpetrators, victim groups,
deaths; all in September 2026) and WINDOWS (window edges and partial dates).
Nothing here calls the product's counting code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import IndicatorRuns, run_cli

JOURNALIST, UNIONIST, HRD = "sdg16101.victim.journalist", "sdg16101.victim.trade_unionist", "sdg16101.victim.hrd"
A, B, C, D, E, F = (f"sdg16101.{t}" for t in "ABCDEF")
ABSENT = object()  # a key left out of the act

# act types (schema/frameworks/sdg.16.10.1.derivation.json act_classes, copied as the spec)
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
# HURIDOCS act types no class covers: physical assault, capital punishment, killing between combatants,
# death of unknown cause, slavery, curfew, internal exile
NOT_COVERED = [f"huridocs.mt04.{c}" for c in (
    "020101000000", "010101030000", "010103010000", "010107000000", "030106000000", "030108000000",
    "050101000000")]
CLASS_TYPES = {"killing": KILLING, "torture": TORTURE, "disappearance": DISAPPEARANCE,
               "deprivation_of_liberty": DEPRIVATION, "other_harmful": OTHER_HARMFUL, "not_covered": NOT_COVERED}

KILL, TORT, DISAP = KILLING[1], TORTURE[0], DISAPPEARANCE[0]
DETAIN, KIDNAP = "huridocs.mt04.030102000000", "huridocs.mt04.030102010000"
THREAT, HARASS, SURVEIL = "huridocs.mt04.020103010000", "huridocs.mt04.020111020000", "huridocs.mt04.020111030000"
ASSAULT = "huridocs.mt04.020101000000"


# -- building import records ---------------------------------------------------------------------------------

def rid(workspace: int, n: int) -> str:
    return f"5d00000{workspace}-0000-4000-8000-{n:012d}"


def pid(n: int) -> str:
    return f"7e000000-0000-4000-8000-{n:012d}"


def person(pseudonym: str = "V", *, person_id: str | None = None, sex: str = "female", age: str = "adult",
           groups: tuple[str, ...] = (JOURNALIST,), role: str = "victim") -> dict[str, Any]:
    p: dict[str, Any] = {"role": role, "pseudonym": pseudonym, "sex": sex, "age_group": age,
                         "victim_groups": list(groups)}
    if person_id:
        p["person_id"] = person_id
    return p


def act(act_type: str, *, victim: str = "V", perps: Any = ("state",), linked: bool = True, dd: Any = ABSENT,
        fate: Any = ABSENT, override: str | None = None) -> dict[str, Any]:
    a: dict[str, Any] = {"victim": victim, "act_type": act_type}
    if perps is not ABSENT:
        a["perpetrators"] = [{"status": s} for s in perps]
    a["linked_to_work"] = linked
    if dd is not ABSENT:
        a["state_due_diligence_failure"] = dd
    if fate is not ABSENT:
        a["fate_concealed"] = fate
    if override:
        a["sdg_override"] = override
        a["override_rationale"] = f"Analyst review: {override}"
    return a


def record(record_id: str, when: str, people: list[dict[str, Any]] | None = None,
           acts: list[dict[str, Any]] | None = None, *, verification: Any = "vs.verified", adm1: str | None = "XT01",
           adm2: str | None = "XT0101", **extra: Any) -> dict[str, Any]:
    location: dict[str, Any] = {"country": "XTV"}
    if adm1:
        location["adm1_pcode"] = adm1
    if adm2:
        location["adm2_pcode"] = adm2
    r: dict[str, Any] = {"id": record_id, "kind": "incident", "title": f"Golden case {record_id[-4:]}",
                         "date": when, "location": location}
    if verification is not ABSENT:
        r["verification"] = verification
    if people:
        r["people"] = people
    if acts:
        r["acts"] = acts
    r.update(extra)
    return r


class Workspace(IndicatorRuns):
    def block(self, period: str, which: str, *flags: str, indicator: str = "sdg_16_10_1") -> dict[str, Any]:
        found = self.indicators(period, *flags)[indicator][which]
        assert isinstance(found, dict), f"{indicator}.{which} is {found!r}"
        return found


def make_workspace(base: Path, name: str, records: list[dict[str, Any]]) -> Workspace:
    path = base / name
    result = run_cli("init", workspace=path)
    assert result.returncode == 0, result.stderr
    source = base / f"{name}.json"
    source.write_text(json.dumps(records, indent=1), encoding="utf-8")
    result = run_cli("import", str(source), workspace=path)
    assert result.returncode == 0, result.stderr[-3000:]
    return Workspace(path)


def nz(mapping: dict[str, int] | None) -> dict[str, int]:
    """Maps may omit zero keys: compare with zero keys dropped."""
    return {k: v for k, v in (mapping or {}).items() if v}


def excluded_entries(block: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """record_id -> (act index, act_type, reason) of each excluded_victims entry."""
    return {e["record_id"]: (e["act"], e["act_type"], e["reason"]) for e in block["excluded_victims"]}


def cells(block: dict[str, Any]) -> dict[tuple[str, str, str], int]:
    return {(c["victim_group"], c["violation_type"], c["sex"]): c["count"] for c in block["cells"]}


# == MATRIX: every act class x perpetrator status x due diligence ==========================================
#
# Each combination is one person in one record, verified, in a victim group, linked to work, so that only the
# derivation decides. Each act class sits in its own month. Within a month a combination is identified in
# `cells` by its sex (the perpetrator status) and its victim group (the due-diligence value):
SEX_OF = {"state": "female", "state_acquiescence": "male", "non_state": "other", "unknown": "unknown"}
GROUP_OF = {True: JOURNALIST, False: UNIONIST, None: HRD}
MONTH_OF = {("killing", None): "2026-01", ("torture", None): "2026-02", ("disappearance", False): "2026-03",
            ("deprivation_of_liberty", False): "2026-04", ("deprivation_of_liberty", True): "2026-05",
            ("other_harmful", None): "2026-06", ("not_covered", None): "2026-07"}
ALL_TYPES_MONTH = "2026-08"

# (act class, perpetrator status, state_due_diligence_failure, fate_concealed, expected type or reason),
# written by hand from the derivation table.
MATRIX = [
    # killing: A for any perpetrator whatever the due diligence (rule 'killing': the motive alone qualifies)
    ("killing", "state", True, None, A), ("killing", "state", False, None, A), ("killing", "state", None, None, A),
    ("killing", "state_acquiescence", True, None, A), ("killing", "state_acquiescence", False, None, A),
    ("killing", "state_acquiescence", None, None, A),
    ("killing", "non_state", True, None, A), ("killing", "non_state", False, None, A),
    ("killing", "non_state", None, None, A),
    ("killing", "unknown", True, None, A), ("killing", "unknown", False, None, A),
    ("killing", "unknown", None, None, A),
    # torture: C only with a public official (CAT art. 1); otherwise torture_without_public_official
    ("torture", "state", True, None, C), ("torture", "state", False, None, C), ("torture", "state", None, None, C),
    ("torture", "state_acquiescence", True, None, C), ("torture", "state_acquiescence", False, None, C),
    ("torture", "state_acquiescence", None, None, C),
    ("torture", "non_state", True, None, "torture_without_public_official"),
    ("torture", "non_state", False, None, "torture_without_public_official"),
    ("torture", "non_state", None, None, "torture_without_public_official"),
    ("torture", "unknown", True, None, "torture_without_public_official"),
    ("torture", "unknown", False, None, "torture_without_public_official"),
    ("torture", "unknown", None, None, "torture_without_public_official"),
    # disappearance: B by the State or with its acquiescence (ICPPED art. 2), fate_concealed irrelevant;
    # by others E only with a State due-diligence failure (metadata 2.a E)
    ("disappearance", "state", True, False, B), ("disappearance", "state", False, False, B),
    ("disappearance", "state", None, False, B),
    ("disappearance", "state_acquiescence", True, False, B), ("disappearance", "state_acquiescence", False, False, B),
    ("disappearance", "state_acquiescence", None, False, B),
    ("disappearance", "non_state", True, False, E),
    ("disappearance", "non_state", False, False, "non_state_without_due_diligence"),
    ("disappearance", "non_state", None, False, "due_diligence_not_assessed"),
    ("disappearance", "unknown", True, False, E),
    ("disappearance", "unknown", False, False, "perpetrator_unknown"),
    ("disappearance", "unknown", None, False, "perpetrator_unknown"),
    # deprivation of liberty, fate not concealed: D by the State (metadata 2.a D); others as disappearance
    ("deprivation_of_liberty", "state", True, False, D), ("deprivation_of_liberty", "state", False, False, D),
    ("deprivation_of_liberty", "state", None, False, D),
    ("deprivation_of_liberty", "state_acquiescence", True, False, D),
    ("deprivation_of_liberty", "state_acquiescence", False, False, D),
    ("deprivation_of_liberty", "state_acquiescence", None, False, D),
    ("deprivation_of_liberty", "non_state", True, False, E),
    ("deprivation_of_liberty", "non_state", False, False, "non_state_without_due_diligence"),
    ("deprivation_of_liberty", "non_state", None, False, "due_diligence_not_assessed"),
    ("deprivation_of_liberty", "unknown", True, False, E),
    ("deprivation_of_liberty", "unknown", False, False, "perpetrator_unknown"),
    ("deprivation_of_liberty", "unknown", None, False, "perpetrator_unknown"),
    # deprivation of liberty with the fate concealed: B by the State (metadata 2.a B); others unchanged
    ("deprivation_of_liberty", "state", True, True, B), ("deprivation_of_liberty", "state", False, True, B),
    ("deprivation_of_liberty", "state", None, True, B),
    ("deprivation_of_liberty", "state_acquiescence", True, True, B),
    ("deprivation_of_liberty", "state_acquiescence", False, True, B),
    ("deprivation_of_liberty", "state_acquiescence", None, True, B),
    ("deprivation_of_liberty", "non_state", True, True, E),
    ("deprivation_of_liberty", "non_state", False, True, "non_state_without_due_diligence"),
    ("deprivation_of_liberty", "non_state", None, True, "due_diligence_not_assessed"),
    ("deprivation_of_liberty", "unknown", True, True, E),
    ("deprivation_of_liberty", "unknown", False, True, "perpetrator_unknown"),
    ("deprivation_of_liberty", "unknown", None, True, "perpetrator_unknown"),
    # other harmful acts: F by the State only (metadata 2.a F names no non-State perpetrator)
    ("other_harmful", "state", True, None, F), ("other_harmful", "state", False, None, F),
    ("other_harmful", "state", None, None, F),
    ("other_harmful", "state_acquiescence", True, None, F), ("other_harmful", "state_acquiescence", False, None, F),
    ("other_harmful", "state_acquiescence", None, None, F),
    ("other_harmful", "non_state", True, None, "non_state_other_harmful_act"),
    ("other_harmful", "non_state", False, None, "non_state_other_harmful_act"),
    ("other_harmful", "non_state", None, None, "non_state_other_harmful_act"),
    ("other_harmful", "unknown", True, None, "perpetrator_unknown"),
    ("other_harmful", "unknown", False, None, "perpetrator_unknown"),
    ("other_harmful", "unknown", None, None, "perpetrator_unknown"),
    # act types no class covers: never derived, whoever the perpetrator
    ("not_covered", "state", True, None, "act_type_not_covered"),
    ("not_covered", "state", False, None, "act_type_not_covered"),
    ("not_covered", "state", None, None, "act_type_not_covered"),
    ("not_covered", "state_acquiescence", True, None, "act_type_not_covered"),
    ("not_covered", "state_acquiescence", False, None, "act_type_not_covered"),
    ("not_covered", "state_acquiescence", None, None, "act_type_not_covered"),
    ("not_covered", "non_state", True, None, "act_type_not_covered"),
    ("not_covered", "non_state", False, None, "act_type_not_covered"),
    ("not_covered", "non_state", None, None, "act_type_not_covered"),
    ("not_covered", "unknown", True, None, "act_type_not_covered"),
    ("not_covered", "unknown", False, None, "act_type_not_covered"),
    ("not_covered", "unknown", None, None, "act_type_not_covered"),
]


def _matrix_row_id(row: tuple[Any, ...]) -> str:
    cls, status, dd, fate, _ = row
    return f"{cls}{'-fate_concealed' if fate else ''}-{status}-dd_{str(dd).lower()}"


def _matrix_records() -> tuple[list[dict[str, Any]], dict[str, tuple[str, str]]]:
    """The records, and for each row id its record id and act type."""
    records, where = [], {}
    per_class: dict[str, int] = {}
    for n, row in enumerate(MATRIX):
        cls, status, dd, fate, _ = row
        k = per_class[cls] = per_class.get(cls, -1) + 1
        act_type = CLASS_TYPES[cls][k % len(CLASS_TYPES[cls])]  # several act types of each class
        month = MONTH_OF[(cls, fate)]
        record_id = rid(1, n)
        records.append(record(record_id, f"{month}-{k % 12 + 10:02d}",
                              [person(sex=SEX_OF[status], groups=(GROUP_OF[dd],))],
                              [act(act_type, perps=(status,), dd=dd, fate=ABSENT if fate is None else fate)]))
        where[_matrix_row_id(row)] = (record_id, act_type)
    # every act type of every class, by a State agent: the class's type (journalist, female, due diligence failed)
    n = 1000
    for cls in ("killing", "torture", "disappearance", "deprivation_of_liberty", "other_harmful"):
        for k, act_type in enumerate(CLASS_TYPES[cls]):
            records.append(record(rid(1, n), f"{ALL_TYPES_MONTH}-{k % 28 + 1:02d}", [person()],
                                  [act(act_type, dd=True, fate=False)]))
            n += 1
    return records, where


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, dict[str, tuple[str, str]]]:
    records, where = _matrix_records()
    ws = make_workspace(tmp_path_factory.mktemp("matrix"), "matrix", records)
    return ws.prefetch([(m,) for m in sorted(set(MONTH_OF.values()) | set(MATRIX_MONTHS))]), where


@pytest.mark.parametrize("row", MATRIX, ids=[_matrix_row_id(r) for r in MATRIX])
def test_derivation_matrix(matrix: tuple[Workspace, dict[str, tuple[str, str]]], row: tuple[Any, ...]) -> None:
    ws, where = matrix
    cls, status, dd, fate, expected = row
    record_id, act_type = where[_matrix_row_id(row)]
    block = ws.block(MONTH_OF[(cls, fate)], "month")
    excluded = excluded_entries(block)
    if expected.startswith("sdg16101."):
        assert record_id not in excluded, f"expected {expected}, excluded as {excluded.get(record_id)}"
        assert cells(block).get((GROUP_OF[dd], expected, SEX_OF[status])) == 1, (
            f"expected a cell {GROUP_OF[dd]} x {expected} x {SEX_OF[status]}; cells: {block['cells']}")
    else:
        assert excluded.get(record_id) == (0, act_type, expected), (
            f"expected excluded as {expected}; got {excluded.get(record_id)}; cells: {block['cells']}")


# per month: (total, by_violation_type, by_perpetrator_status, by_perpetrator_status_detail, excluded),
# summed by hand from MATRIX
MATRIX_MONTHS = {
    "2026-01": (12, {A: 12}, {"state": 6, "non_state": 3, "unknown": 3},
                {"state": 3, "state_acquiescence": 3, "non_state": 3, "unknown": 3}, {}),
    "2026-02": (6, {C: 6}, {"state": 6}, {"state": 3, "state_acquiescence": 3},
                {"torture_without_public_official": 6}),
    "2026-03": (8, {B: 6, E: 2}, {"state": 6, "non_state": 1, "unknown": 1},
                {"state": 3, "state_acquiescence": 3, "non_state": 1, "unknown": 1},
                {"non_state_without_due_diligence": 1, "due_diligence_not_assessed": 1, "perpetrator_unknown": 2}),
    "2026-04": (8, {D: 6, E: 2}, {"state": 6, "non_state": 1, "unknown": 1},
                {"state": 3, "state_acquiescence": 3, "non_state": 1, "unknown": 1},
                {"non_state_without_due_diligence": 1, "due_diligence_not_assessed": 1, "perpetrator_unknown": 2}),
    "2026-05": (8, {B: 6, E: 2}, {"state": 6, "non_state": 1, "unknown": 1},
                {"state": 3, "state_acquiescence": 3, "non_state": 1, "unknown": 1},
                {"non_state_without_due_diligence": 1, "due_diligence_not_assessed": 1, "perpetrator_unknown": 2}),
    "2026-06": (6, {F: 6}, {"state": 6}, {"state": 3, "state_acquiescence": 3},
                {"non_state_other_harmful_act": 3, "perpetrator_unknown": 3}),
    "2026-07": (0, {}, {}, {}, {"act_type_not_covered": 12}),
    # 28 killing, 1 torture, 1 disappearance, 9 deprivation and 11 other harmful act types, all by the State
    "2026-08": (50, {A: 28, C: 1, B: 1, D: 9, F: 11}, {"state": 50}, {"state": 50}, {}),
}


@pytest.mark.parametrize("period", list(MATRIX_MONTHS))
def test_matrix_month_totals(matrix: tuple[Workspace, dict[str, tuple[str, str]]], period: str) -> None:
    ws, _ = matrix
    total, types, status, detail, excluded = MATRIX_MONTHS[period]
    block = ws.block(period, "month")
    assert list(block["by_violation_type"]) == [A, C, B, D, E, F]  # all six, in the seriousness order
    got = (block["total"], block["acts"], nz(block["by_violation_type"]), nz(block["by_perpetrator_status"]),
           nz(block["by_perpetrator_status_detail"]), nz(block["excluded"]))
    assert got == (total, total, types, status, detail, excluded)  # one act per person here
    assert block["imprecise"] == 0


def test_matrix_headline_covers_every_month(matrix: tuple[Workspace, dict[str, tuple[str, str]]]) -> None:
    ws, _ = matrix
    block = ws.block("2026-08", "headline")  # 2025-09-01..2026-08-31: every matrix month
    assert block["window"]["first"] == "2025-09-01" and block["window"]["last"] == "2026-08-31"
    # A 12+28, C 6+1, B 6+6+1, D 6+9, E 2+2+2, F 6+11
    assert nz(block["by_violation_type"]) == {A: 40, C: 7, B: 13, D: 15, E: 6, F: 17}
    assert block["total"] == 98
    assert nz(block["excluded"]) == {"torture_without_public_official": 6, "non_state_without_due_diligence": 3,
                                     "due_diligence_not_assessed": 3, "perpetrator_unknown": 9,
                                     "non_state_other_harmful_act": 3, "act_type_not_covered": 12}
    assert len(block["excluded_victims"]) == 36


# == CASES: conditions, seriousness, overrides, perpetrators, groups, deaths (all September 2026) ============
#
# Default person: female adult journalist in XT01 / XT0101; default act: detention by a State agent, linked to
# the victim's work (derived D).

def _cases() -> list[dict[str, Any]]:
    r = lambda n: rid(2, n)  # noqa: E731
    s = "2026-09-"
    return [
        # -- each condition, in order
        record(r(1), s + "01", [person()], [act(DETAIN)], verification="vs.discounted"),  # discounted
        record(r(2), s + "02", [person()], [act(DETAIN)], verification="vs.reported"),  # unverified
        record(r(3), s + "03", [person()], [act(DETAIN, linked=False)],
               verification="vs.corroborated"),  # unverified first, then not linked
        record(r(4), s + "04", [person(groups=())], [act(DETAIN)]),  # not_in_victim_group
        record(r(5), s + "05", [person(groups=(HRD,))], [act(DETAIN, linked=False)]),  # act_not_linked_to_work
        record(r(6), s + "06", [person(groups=())], [act(DETAIN)], verification="vs.discounted"),  # discounted first
        record(r(7), s + "07", [person()], [act(DETAIN)], verification=ABSENT),  # no verification: unverified
        # -- the reason of the act that got furthest
        record(r(81), s + "08", [person(person_id=pid(8))], [act(DETAIN)], verification="vs.discounted"),
        record(r(82), s + "09", [person(person_id=pid(8))], [act(DETAIN, linked=False)]),  # -> not linked, 82
        record(r(9), s + "10", [person()], [act(TORT, linked=False),  # not linked (level 4)
                                            act(THREAT, perps=("non_state",))]),  # -> derivation reason, act 1
        record(r(101), s + "10", [person(person_id=pid(10))], [act(KILL)], verification="vs.reported"),
        record(r(102), s + "11", [person(person_id=pid(10))], [act(KILL)], verification="vs.discounted"),
        # -- most serious type of one person in one incident (A, C, B, D, E, F)
        record(r(11), s + "12", [person(), person("W", role="witness", groups=(HRD,))],
               [act(THREAT), act(DETAIN), act(TORT)]),  # F, D, C -> C (3 acts)
        record(r(12), s + "12", [person()], [act(DISAP), act(DETAIN)]),  # B, D -> B
        record(r(13), s + "12", [person()], [act(DISAP), act(TORT, perps=("state_acquiescence",))]),  # C over B
        record(r(14), s + "13", [person()], [act(KIDNAP, perps=("non_state",), dd=True), act(HARASS)],
               adm1="XT02", adm2="XT0201"),  # E over F; the act counted is the non-State one
        record(r(15), s + "13", [person()], [act(KILL, perps=("non_state",)), act(TORT)]),  # A over C, non-State
        record(r(16), s + "13", [person()], [act(THREAT, perps=("non_state",)), act(SURVEIL)]),  # F (1 act)
        # -- one person, two incidents: once, under C
        record(r(171), s + "03", [person("Z", person_id=pid(17))], [act(DETAIN, victim="Z")]),
        record(r(172), s + "20", [person("Z", person_id=pid(17))], [act(TORT, victim="Z")]),
        # -- overrides
        record(r(18), s + "14", [person()], [act(KILL, override="sdg16101.none")]),  # analyst_override
        record(r(19), s + "14", [person()], [act(ASSAULT, override=F)]),  # not covered, overridden to F
        record(r(20), s + "14", [person()], [act(DETAIN, override=B)]),  # D overridden to B
        record(r(21), s + "14", [person()], [act(TORT, perps=("non_state",), override=C)]),  # C, non-State
        record(r(22), s + "14", [person()], [act(KILL, override=F)], verification="vs.reported"),  # still unverified
        # -- several perpetrators: the first of state, state_acquiescence, non_state, unknown
        record(r(23), s + "15", [person()], [act(TORT, perps=("non_state", "state"))]),  # C, state
        record(r(24), s + "15", [person()], [act(TORT, perps=("unknown", "state_acquiescence"))]),  # C, acquiescence
        record(r(25), s + "15", [person()], [act(DETAIN, perps=("unknown", "non_state"), dd=False)]),  # non-State
        record(r(26), s + "15", [person()], [act(KILL, perps=())]),  # no perpetrator: unknown, A
        record(r(27), s + "15", [person()], [act(THREAT, perps=ABSENT)]),  # perpetrator_unknown
        record(r(28), s + "15", [person()], [act(DETAIN, perps=("non_state",))]),  # DD absent: not assessed
        # -- victim groups: counted once, under journalist > trade unionist > defender
        record(r(29), s + "16", [person(sex="male", groups=(HRD, JOURNALIST))], [act(KILL)],
               adm1="XT02", adm2="XT0202"),
        record(r(30), s + "16", [person(sex="other", age="child", groups=(UNIONIST, HRD))], [act(DETAIN)]),
        record(r(31), s + "16", [person(age="elderly", groups=(JOURNALIST, UNIONIST, HRD))], [act(THREAT)]),
        # -- no person_id: a separate person per incident, even under the same pseudonym
        record(r(32), s + "17", [person("Anon", sex="unknown", age="unknown")], [act(DETAIN, victim="Anon")]),
        record(r(33), s + "18", [person("Anon")], [act(DETAIN, victim="Anon")]),
        record(r(34), s + "18", [person(sex="male", groups=(HRD,))], [act(THREAT)], adm2=None),  # adm2 unknown
        # -- 16.1.2 (no people)
        record(r(901), s + "05", conflict_related=True, casualties={"killed": 5}, deaths=[
            {"count": 2, "sex": "sdg1612.sex.man", "age_group": "sdg1612.age.adult", "cause": "sdg1612.cause.salw",
             "status": "sdg1612.status.civilian"},
            {"count": 1, "sex": "sdg1612.sex.woman", "age_group": "sdg1612.age.child",
             "cause": "sdg1612.cause.heavy_explosive", "status": "sdg1612.status.civilian"}]),  # 5: 3 + 2 unknown
        record(r(902), s + "06", adm2="XT0102", conflict_related=True, deaths=[
            {"count": 3, "sex": "sdg1612.sex.man", "age_group": "sdg1612.age.adult", "cause": "sdg1612.cause.salw",
             "status": "sdg1612.status.dph"}]),  # 3, lines only
        record(r(903), s + "07", adm1="XT02", adm2="XT0201", conflict_related=True, casualties={"killed": 2}, deaths=[
            {"count": 4, "sex": "sdg1612.sex.woman", "age_group": "sdg1612.age.adult",
             "cause": "sdg1612.cause.incendiary", "status": "sdg1612.status.civilian"}]),  # max(2, 4) = 4
        record(r(904), s + "08", casualties={"killed": 7}),  # conflict_relation_not_recorded
        record(r(905), s + "09", conflict_related=False, casualties={"killed": 1}),  # not_conflict_related
        record(r(906), s + "10", adm1="XT02", adm2=None, verification="vs.reported", conflict_related=True,
               casualties={"killed": 2}),  # unverified
        record(r(907), s + "11", verification="vs.discounted", conflict_related=False,
               casualties={"killed": 6}),  # discounted (first)
        record(r(908), s + "12", verification="vs.under_review", casualties={"killed": 3}),  # unverified (first)
        record(r(909), s + "13", conflict_related=True, casualties={"killed": 0}),  # no deaths
    ]


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return make_workspace(tmp_path_factory.mktemp("cases"), "cases", _cases()).prefetch(
        [("2026-09",), ("2026-09", "--include-unverified"), ("2026-09", "--region", "XT02")])


@pytest.mark.parametrize("which", ["headline", "month"])
def test_cases_counted(cases: Workspace, which: str) -> None:
    # every record is in September 2026, so the 12 months to September and September agree
    data = cases.indicators("2026-09")
    assert data["format"] == "fieldcase-indicators/2"
    assert data["period"] == {"label": "2026-09", "first": "2026-09-01", "last": "2026-09-30"}
    assert data["region"] is None
    section = data["sdg_16_10_1"]
    assert section["verified_only"] is True and section["label"] == "verified cases"
    block = cases.block("2026-09", which)
    assert block["window"]["first"] == {"headline": "2025-10-01", "month": "2026-09-01"}[which]
    assert block["window"]["last"] == "2026-09-30"
    # counted: 11 C, 12 B, 13 C, 14 E, 15 A, 16 F, 17 C, 19 F, 20 B, 21 C, 23 C, 24 C, 26 A, 29 A, 30 D, 31 F,
    # 32 D, 33 D, 34 F
    assert block["total"] == 19
    # qualifying victim-act pairs: 11:3, 12:2, 13:2, 14:2, 15:2, 16:1, 17:2 (two incidents), the other 12: 1 each
    assert block["acts"] == 26
    assert list(block["by_violation_type"]) == [A, C, B, D, E, F]
    assert nz(block["by_violation_type"]) == {A: 3, C: 6, B: 2, D: 3, E: 1, F: 4}
    assert nz(block["by_victim_group"]) == {JOURNALIST: 17, UNIONIST: 1, HRD: 1}  # 29, 31 as journalists; 30 TU
    assert nz(block["group_membership"]) == {JOURNALIST: 17, UNIONIST: 2, HRD: 4}  # each group a person is in
    assert block["persons_in_several_groups"] == 3  # 29, 30, 31
    assert nz(block["by_sex"]) == {"female": 15, "male": 2, "other": 1, "unknown": 1}
    assert nz(block["by_age_group"]) == {"adult": 16, "child": 1, "elderly": 1, "unknown": 1}
    assert nz(block["by_sex_age"]) == {"female|adult": 14, "female|elderly": 1, "male|adult": 2, "other|child": 1,
                                       "unknown|unknown": 1}
    # the act counted: 13 and 24 with acquiescence; 14 (E), 15 (A) and 21 (override C) non-State; 26 unknown
    assert nz(block["by_perpetrator_status"]) == {"state": 15, "non_state": 3, "unknown": 1}
    assert nz(block["by_perpetrator_status_detail"]) == {"state": 13, "state_acquiescence": 2, "non_state": 3,
                                                         "unknown": 1}
    assert nz(block["by_adm1"]) == {"XT01": 17, "XT02": 2}
    assert nz(block["by_adm2"]) == {"XT0101": 16, "XT0201": 1, "XT0202": 1, "unknown": 1}
    assert cells(block) == {(JOURNALIST, A, "female"): 2, (JOURNALIST, A, "male"): 1, (JOURNALIST, C, "female"): 6,
                            (JOURNALIST, B, "female"): 2, (JOURNALIST, D, "female"): 1,
                            (JOURNALIST, D, "unknown"): 1, (JOURNALIST, E, "female"): 1,
                            (JOURNALIST, F, "female"): 3, (UNIONIST, D, "other"): 1, (HRD, F, "male"): 1}
    assert block["imprecise"] == 0


@pytest.mark.parametrize("which", ["headline", "month"])
def test_cases_excluded(cases: Workspace, which: str) -> None:
    block = cases.block("2026-09", which)
    r = lambda n: rid(2, n)  # noqa: E731
    assert excluded_entries(block) == {
        r(1): (0, DETAIN, "discounted"),
        r(2): (0, DETAIN, "unverified"),
        r(3): (0, DETAIN, "unverified"),  # unverified comes before act_not_linked_to_work
        r(4): (0, DETAIN, "not_in_victim_group"),
        r(5): (0, DETAIN, "act_not_linked_to_work"),
        r(6): (0, DETAIN, "discounted"),  # discounted comes before not_in_victim_group
        r(7): (0, DETAIN, "unverified"),  # no verification status is not vs.verified
        r(82): (0, DETAIN, "act_not_linked_to_work"),  # same person as 81 (discounted): the furthest act
        r(9): (1, THREAT, "non_state_other_harmful_act"),  # furthest of the person's two acts
        r(101): (0, KILL, "unverified"),  # same person as 102 (discounted)
        r(18): (0, KILL, "analyst_override"),
        r(22): (0, KILL, "unverified"),  # an override does not lift the verification condition
        r(25): (0, DETAIN, "non_state_without_due_diligence"),  # non_state precedes unknown
        r(27): (0, THREAT, "perpetrator_unknown"),  # no perpetrators: unknown
        r(28): (0, DETAIN, "due_diligence_not_assessed"),  # DD absent = not assessed
    }
    assert {e["person_id"] for e in block["excluded_victims"]} >= {pid(8), pid(10)}
    assert nz(block["excluded"]) == {"discounted": 2, "unverified": 5, "not_in_victim_group": 1,
                                     "act_not_linked_to_work": 2, "non_state_other_harmful_act": 1,
                                     "analyst_override": 1, "non_state_without_due_diligence": 1,
                                     "perpetrator_unknown": 1, "due_diligence_not_assessed": 1}


def test_cases_overrides_listed(cases: Workspace) -> None:
    listed = {(o["record_id"], o["act"]): o for o in cases.indicators("2026-09")["sdg_16_10_1"]["overrides"]}
    r = lambda n: rid(2, n)  # noqa: E731
    for n, derived, override in ((18, A, "sdg16101.none"), (19, None, F), (20, D, B), (21, None, C)):
        entry = listed.get((r(n), 0))
        assert entry is not None, f"override on {r(n)} not listed: {sorted(listed)}"
        assert (entry["victim"], entry["override"], entry["rationale"]) == (
            "V", override, f"Analyst review: {override}")
        if derived:  # the derived type is shown beside the override (19 and 21 derive an exclusion)
            assert entry["derived"] == derived


def test_cases_include_unverified(cases: Workspace) -> None:
    data = cases.indicators("2026-09", "--include-unverified")
    section = data["sdg_16_10_1"]
    assert section["verified_only"] is False and section["label"] == "reported, unverified cases included"
    block = section["month"]
    # joining: 2 (D), 7 (D), 10 via 101 (A), 22 (override F); 3 now fails on the link to work
    assert (block["total"], block["acts"]) == (23, 30)
    assert nz(block["by_violation_type"]) == {A: 4, C: 6, B: 2, D: 5, E: 1, F: 5}
    assert nz(block["excluded"]) == {"discounted": 2, "not_in_victim_group": 1, "act_not_linked_to_work": 3,
                                     "non_state_other_harmful_act": 1, "analyst_override": 1,
                                     "non_state_without_due_diligence": 1, "perpetrator_unknown": 1,
                                     "due_diligence_not_assessed": 1}
    assert excluded_entries(block)[rid(2, 3)] == (0, DETAIN, "act_not_linked_to_work")
    deaths = data["sdg_16_1_2"]
    assert deaths["verified_only"] is False
    # 906 joins (2 deaths, all unknown); 908 now fails on the conflict relation
    assert deaths["month"]["total"] == 14
    assert nz(deaths["month"]["not_counted"]) == {"conflict_relation_not_recorded": 10, "not_conflict_related": 1,
                                                  "discounted": 6}
    assert nz(deaths["month"]["by_adm2"]) == {"XT0101": 5, "XT0102": 3, "XT0201": 4, "unknown": 2}


def test_cases_region(cases: Workspace) -> None:
    data = cases.indicators("2026-09", "--region", "XT02")
    assert data["region"] == "XT02"
    block = data["sdg_16_10_1"]["month"]
    # only 14 (E, two qualifying acts) and 29 (A) are in XT02
    assert (block["total"], block["acts"]) == (2, 3)
    assert nz(block["by_violation_type"]) == {A: 1, E: 1}
    assert nz(block["by_adm2"]) == {"XT0201": 1, "XT0202": 1}
    assert nz(block["excluded"]) == {} and block["excluded_victims"] == []
    deaths = data["sdg_16_1_2"]["month"]
    assert deaths["total"] == 4 and nz(deaths["not_counted"]) == {"unverified": 2}  # 903; 906
    assert nz(deaths["by_adm2"]) == {"XT0201": 4}


@pytest.mark.parametrize("which", ["headline", "month"])
def test_cases_deaths(cases: Workspace, which: str) -> None:
    data = cases.indicators("2026-09")
    section = data["sdg_16_1_2"]
    assert section["verified_only"] is True
    block = section[which]
    # counted: 901 (5 = 3 in lines + 2 unknown), 902 (3), 903 (max(2, 4) = 4)
    assert block["total"] == 12
    assert nz(block["by_sex"]) == {"sdg1612.sex.man": 5, "sdg1612.sex.woman": 5, "sdg1612.sex.unknown": 2}
    assert nz(block["by_age_group"]) == {"sdg1612.age.adult": 9, "sdg1612.age.child": 1, "sdg1612.age.unknown": 2}
    assert nz(block["by_cause"]) == {"sdg1612.cause.salw": 5, "sdg1612.cause.heavy_explosive": 1,
                                     "sdg1612.cause.incendiary": 4, "sdg1612.cause.unknown": 2}
    assert nz(block["by_status"]) == {"sdg1612.status.civilian": 7, "sdg1612.status.dph": 3,
                                      "sdg1612.status.unknown": 2}
    assert nz(block["by_adm1"]) == {"XT01": 8, "XT02": 4}
    assert nz(block["by_adm2"]) == {"XT0101": 5, "XT0102": 3, "XT0201": 4}
    # not counted, first failing rule: 904 no conflict relation (7), 905 not related (1), 906 and 908
    # unverified (2 + 3), 907 discounted (6)
    assert nz(block["not_counted"]) == {"conflict_relation_not_recorded": 7, "not_conflict_related": 1,
                                        "unverified": 5, "discounted": 6}
    r = lambda n: rid(2, n)  # noqa: E731
    assert {(x["record_id"], x["deaths"], x["reason"]) for x in block["not_counted_records"] if x["deaths"]} == {
        (r(904), 7, "conflict_relation_not_recorded"), (r(905), 1, "not_conflict_related"),
        (r(906), 2, "unverified"), (r(907), 6, "discounted"), (r(908), 3, "unverified")}
    assert block["imprecise"] == 0


# == WINDOWS: 12-month and month edges, partial dates =========================================================
#
# Each 16.10.1 record is one journalist detained by the State (D) in its own admin-2 (XT01Wnn), so by_adm2 shows
# which records a window counted. Each 16.1.2 record has a power-of-two number of conflict deaths.

W_DATES = {1: "2025-10-01", 2: "2025-09-30", 3: "2026-09-30", 4: "2026-10-01", 5: "2026-08-31", 6: "2026-09-01",
           7: "2026-09", 8: "2026-08", 9: "2026", 10: "2025", 11: "2025-10", 12: "2025-09"}
DW_DATES = {1: "2025-10-01", 2: "2025-09-30", 4: "2026-09-30", 8: "2026-10-01", 16: "2026", 32: "2025",
            64: "2026-09", 128: "2025-10"}


def _w(*numbers: int) -> dict[str, int]:
    return {f"XT01W{n:02d}": 1 for n in numbers}


def _windows() -> list[dict[str, Any]]:
    records = [record(rid(3, n), when, [person()], [act(DETAIN)], adm2=f"XT01W{n:02d}") for n, when in W_DATES.items()]
    # one person: a killing (attempt) in August (A), threatened in September (F)
    records.append(record(rid(3, 131), "2026-08-10", [person("C", person_id=pid(13))], [act(KILL, victim="C")],
                          adm2="XT01W13"))
    records.append(record(rid(3, 132), "2026-09-10", [person("C", person_id=pid(13))], [act(THREAT, victim="C")],
                          adm2="XT01W13"))
    records += [record(rid(3, 900 + n), when, adm2="XT01D01", conflict_related=True, casualties={"killed": n})
                for n, when in DW_DATES.items()]
    return records


@pytest.fixture(scope="module")
def windows_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return make_workspace(tmp_path_factory.mktemp("windows"), "windows", _windows()).prefetch(
        [(period,) for period in WINDOW_CASES])


# period -> which -> (window first, last, persons, acts, by_violation_type, by_adm2, imprecise pairs,
#                     deaths, imprecise deaths)
WINDOW_CASES = {
    "2026-09": {
        # 2025-10-01..2026-09-30: W1 (first day), W3 (last day), W5, W6, W7 (2026-09), W8 (2026-08), W11 (2025-10)
        # and person 13 (A in August outranks F in September; 2 acts); W2 (2025-09-30), W4 (2026-10-01), W12 out;
        # year-only W9 (2026) and W10 (2025) overlap without lying inside
        "headline": ("2025-10-01", "2026-09-30", 8, 9, {D: 7, A: 1}, _w(1, 3, 5, 6, 7, 8, 11, 13), 2,
                     1 + 4 + 64 + 128, 16 + 32),
        # September: W3, W6 (first day), W7 (month precision) and person 13's threat (F); W5 (08-31) out
        "month": ("2026-09-01", "2026-09-30", 4, 4, {D: 3, F: 1}, _w(3, 6, 7, 13), 1, 4 + 64, 16),
    },
    "2026-10": {
        # 2025-11-01..2026-10-31: W1 and W11 (October 2025) now out, W4 in; W9 and W10 still overlap
        "headline": ("2025-11-01", "2026-10-31", 7, 8, {D: 6, A: 1}, _w(3, 4, 5, 6, 7, 8, 13), 2,
                     4 + 8 + 64, 16 + 32),
        "month": ("2026-10-01", "2026-10-31", 1, 1, {D: 1}, _w(4), 1, 8, 16),
    },
    "2026-12": {
        # 2026-01-01..2026-12-31 covers the whole of 2026: the year-only W9 ("2026") is inside
        "headline": ("2026-01-01", "2026-12-31", 8, 9, {D: 7, A: 1}, _w(3, 4, 5, 6, 7, 8, 9, 13), 0,
                     4 + 8 + 16 + 64, 0),
        # December: nothing dated; "2026" overlaps it without lying inside
        "month": ("2026-12-01", "2026-12-31", 0, 0, {}, {}, 1, 0, 16),
    },
    "2025-09": {
        # 2024-10-01..2025-09-30: W2 (last day) and W12 (2025-09); "2025" overlaps
        "headline": ("2024-10-01", "2025-09-30", 2, 2, {D: 2}, _w(2, 12), 1, 2, 32),
        # September 2025: W2 and W12; "2025" overlaps the month too
        "month": ("2025-09-01", "2025-09-30", 2, 2, {D: 2}, _w(2, 12), 1, 2, 32),
    },
}


@pytest.mark.parametrize("period", list(WINDOW_CASES))
@pytest.mark.parametrize("which", ["headline", "month"])
def test_windows(windows_ws: Workspace, period: str, which: str) -> None:
    first, last, total, acts, types, adm2, imprecise, deaths, deaths_imprecise = WINDOW_CASES[period][which]
    block = windows_ws.block(period, which)
    assert (block["window"]["first"], block["window"]["last"]) == (first, last)
    assert (block["total"], block["acts"], nz(block["by_violation_type"]), nz(block["by_adm2"])) == (
        total, acts, types, adm2)
    assert block["imprecise"] == imprecise
    assert nz(block["excluded"]) == {}
    d = windows_ws.block(period, which, indicator="sdg_16_1_2")
    assert (d["window"]["first"], d["window"]["last"]) == (first, last)
    assert (d["total"], d["imprecise"]) == (deaths, deaths_imprecise)
    assert nz(d["not_counted"]) == {}


# == PLACES: one person, incidents in two regions =============================================================
#
# A person is counted once, under the most serious type; the region (and perpetrator status) reported is that
# of the act counted. With --region only the region's records count, so the same person may be counted under
# a different type there.

def _places() -> list[dict[str, Any]]:
    r = lambda n: rid(4, n)  # noqa: E731
    return [
        record(r(11), "2026-09-05", [person("R", person_id=pid(21))], [act(DETAIN, victim="R")]),  # D, XT01
        record(r(12), "2026-09-20", [person("R", person_id=pid(21))],
               [act(TORT, victim="R", perps=("state_acquiescence",))], adm1="XT02", adm2="XT0201"),  # C, XT02
        record(r(21), "2026-09-07", [person("S", person_id=pid(22))],
               [act(KILL, victim="S", perps=("non_state",))], adm2="XT0102"),  # A, XT01
        record(r(22), "2026-09-08", [person("S", person_id=pid(22))], [act(THREAT, victim="S")],
               adm1="XT02", adm2="XT0202"),  # F, XT02
        record(r(31), "2026-09-09", [person("T", person_id=pid(23))], [act(DETAIN, victim="T")],
               verification="vs.reported", adm1="XT02", adm2="XT0201"),  # unverified, XT02
        record(r(32), "2026-09-10", [person("T", person_id=pid(23))],
               [act(DETAIN, victim="T", linked=False)]),  # not linked (further down the order), XT01
    ]


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return make_workspace(tmp_path_factory.mktemp("places"), "places", _places()).prefetch(
        [("2026-09", *flags) for flags in PLACES])


# flags -> (total, acts, by_violation_type, by_adm1, by_adm2, by_perpetrator_status_detail, excluded entries)
PLACES = {
    # R under C (XT02, acquiescence) over D; S under A (XT01, non-State) over F; T: not linked beats unverified
    (): (2, 4, {C: 1, A: 1}, {"XT01": 1, "XT02": 1}, {"XT0201": 1, "XT0102": 1},
         {"state_acquiescence": 1, "non_state": 1}, {rid(4, 32): (0, DETAIN, "act_not_linked_to_work")}),
    # XT01 only: R's detention (D, State), S's killing (A); T's act there is not linked
    ("--region", "XT01"): (2, 2, {D: 1, A: 1}, {"XT01": 2}, {"XT0101": 1, "XT0102": 1},
                           {"state": 1, "non_state": 1}, {rid(4, 32): (0, DETAIN, "act_not_linked_to_work")}),
    # XT02 only: R's torture (C, acquiescence), S's threat (F, State); T's act there is unverified
    ("--region", "XT02"): (2, 2, {C: 1, F: 1}, {"XT02": 2}, {"XT0201": 1, "XT0202": 1},
                           {"state_acquiescence": 1, "state": 1}, {rid(4, 31): (0, DETAIN, "unverified")}),
}


@pytest.mark.parametrize("flags", list(PLACES), ids=["country", "XT01", "XT02"])
def test_places(places: Workspace, flags: tuple[str, ...]) -> None:
    total, acts, types, adm1, adm2, detail, excluded = PLACES[flags]
    for which in ("headline", "month"):
        block = places.block("2026-09", which, *flags)
        assert (block["total"], block["acts"], nz(block["by_violation_type"]), nz(block["by_adm1"]),
                nz(block["by_adm2"]), nz(block["by_perpetrator_status_detail"])) == (
            total, acts, types, adm1, adm2, detail), which
        assert excluded_entries(block) == excluded, which
        assert {e["person_id"] for e in block["excluded_victims"]} == {pid(23)}
