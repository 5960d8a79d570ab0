"""SDG 16.10.1 and 16.1.2 counts against hand-computed fixtures with every edge case the metadata
spells out, then through a real encrypted store (records revised after tagging count as they are now)."""

from __future__ import annotations

from dataclasses import replace

from fieldcase.analysis.indicators import DEFAULT_SERIOUSNESS, sdg_16_1_2, sdg_16_10_1
from fieldcase.analysis.periods import Period
from fieldcase.analysis.rows import DeathRow, VictimRow
from fieldcase.domain.records import CaseRecord, Deaths, Location, PartialDate, PersonLink
from fieldcase.frameworks.builtin import builtin_registry
from fieldcase.services.analysis import AnalysisService
from fieldcase.services.records import CaseService
from fieldcase.workspace import Workspace

JOURNALIST, UNIONIST, HRD = "sdg16101.victim.journalist", "sdg16101.victim.trade_unionist", "sdg16101.victim.hrd"
OCTOBER = Period.month("2026-10")


def victim(person: str, types: tuple[str, ...] = ("sdg16101.D",), *, record: str | None = None,
           day: str = "2026-10-05", precision: str = "day", verification: str = "vs.verified",
           perpetrator: str = "state", groups: tuple[str, ...] = (HRD,), linked: bool = True,
           sex: str = "female") -> VictimRow:
    return VictimRow(record_id=record or f"rec-{person}", person_id=person, date_start=day, precision=precision,
                     adm1="XT01", verification=verification, perpetrator_status=perpetrator,
                     violation_types=tuple(f"sdg16101.{t}" if len(t) == 1 else t for t in types),
                     victim_groups=groups, act_linked_to_work=linked, sex=sex, age_group="adult")


FIXTURE = [
    victim("p1", ("A",), groups=(JOURNALIST, HRD), sex="male"),  # two groups: counted once, as a journalist
    victim("p2", ("F", "C", "D")),  # several types: once, under the most serious (C torture)
    victim("p3", ("B", "D"), sex="male"),  # B enforced disappearance outranks D detention
    victim("p4", ("B", "C")),  # ... and C torture outranks B (order A, C, B, D, E, F)
    victim("p5", verification="vs.corroborated"),  # unverified
    victim("p6", verification="vs.discounted"),  # discounted: never counted
    victim("p7", linked=False),  # the act is not linked to the victim's work
    victim("p8", ("E",), perpetrator="non_state"),  # kidnapping by non-State actors counts (E)
    victim("p9", ("A",), perpetrator="non_state"),  # a non-State killing: no due-diligence finding
    victim("p10", ("A", "E"), perpetrator="non_state"),  # only E qualifies for a non-State perpetrator
    victim("p11", perpetrator="unknown"),  # perpetrator status unknown
    victim("p12", ("F",), perpetrator="state_acquiescence", groups=(UNIONIST,), sex="male"),
    victim("p13", ("D",), day="2026-10-01", precision="month", sex="unknown"),  # dated to the month: counts
    victim("p14", ("D",), day="2026-01-01", precision="year"),  # dated to the year: imprecise for a month
    victim("p15", groups=()),  # not a journalist, trade unionist or defender
    victim("p16", ("D",), record="rec-p16-a", day="2026-10-02"),  # one person, two incidents: once, under C
    victim("p16", ("C",), record="rec-p16-b", day="2026-10-20"),
    victim("p17", ("F",), day="2026-09-30"),  # outside October
]


def test_seriousness_order_comes_from_the_registry() -> None:
    assert builtin_registry().violation_seriousness() == DEFAULT_SERIOUSNESS
    assert [t[-1] for t in DEFAULT_SERIOUSNESS] == list("ACBDEF")


def test_hand_computed_month() -> None:
    r = sdg_16_10_1(FIXTURE, OCTOBER)
    assert r.verified_only and (r.total, r.cases) == (9, 10)
    assert dict(r.by_violation_type) == {"sdg16101.A": 1, "sdg16101.C": 3, "sdg16101.B": 1, "sdg16101.D": 1,
                                         "sdg16101.E": 2, "sdg16101.F": 1}
    assert dict(r.by_victim_group) == {JOURNALIST: 1, UNIONIST: 1, HRD: 7}  # exclusive: sums to the total
    assert dict(r.group_membership) == {JOURNALIST: 1, UNIONIST: 1, HRD: 8}  # p1 is in both
    assert r.persons_in_several_groups == 1
    assert dict(r.by_sex) == {"female": 5, "male": 3, "unknown": 1}
    assert dict(r.by_perpetrator_status) == {"non_state": 2, "state": 6, "state_acquiescence": 1}
    assert [(c.victim_group, c.violation_type[-1], c.sex, c.count) for c in r.cells] == [
        (JOURNALIST, "A", "male", 1), (UNIONIST, "F", "male", 1), (HRD, "C", "female", 3), (HRD, "B", "male", 1),
        (HRD, "D", "unknown", 1), (HRD, "E", "female", 2)]
    assert dict(r.excluded) == {"unverified": 1, "discounted": 1, "act_not_linked_to_work": 1,
                                "non_state_without_due_diligence": 1, "perpetrator_unknown": 1,
                                "not_in_victim_group": 1}
    assert r.imprecise == 1  # p14; p17 is simply outside the month


def test_unverified_cases_only_when_asked_and_discounted_never() -> None:
    r = sdg_16_10_1(FIXTURE, OCTOBER, include_unverified=True)
    assert not r.verified_only and r.total == 10
    assert dict(r.by_violation_type)["sdg16101.D"] == 2  # p5 joins p13
    assert "unverified" not in dict(r.excluded) and dict(r.excluded)["discounted"] == 1


def test_a_year_period_places_year_only_records() -> None:
    r = sdg_16_10_1(FIXTURE, Period.parse("2026"))
    assert (r.total, r.imprecise) == (11, 0)  # p14 and p17 join


def test_region_filter() -> None:
    moved = [replace(v, adm1="XT02") if v.person_id == "p1" else v for v in FIXTURE]
    assert sdg_16_10_1(moved, OCTOBER, region="XT02").total == 1
    assert dict(sdg_16_10_1(moved, OCTOBER).by_region) == {"XT01": 8, "XT02": 1}


def test_16_1_2_deaths() -> None:
    def deaths(count: int, sex: str, age: str, cause: str, status: str, **kw: str) -> DeathRow:
        fields = {"record_id": "r", "date_start": "2026-10-05", "precision": "day", "adm1": "XT01",
                  "verification": "vs.verified"} | kw
        return DeathRow(count=count, sex=f"sdg1612.sex.{sex}", age_group=f"sdg1612.age.{age}",
                        cause=f"sdg1612.cause.{cause}", status=f"sdg1612.status.{status}", **fields)

    rows = [deaths(3, "man", "adult", "heavy_explosive", "civilian"),
            deaths(1, "woman", "child", "salw", "civilian", date_start="2026-10-01", precision="month"),
            deaths(2, "man", "adult", "salw", "dph", verification="vs.reported"),
            deaths(4, "man", "adult", "salw", "civilian", verification="vs.discounted"),
            deaths(5, "man", "adult", "salw", "civilian", date_start="2026-01-01", precision="year"),
            deaths(2, "unknown", "unknown", "unknown", "armed_forces", adm1="XT02")]
    r = sdg_16_1_2(rows, OCTOBER)
    assert (r.total, r.excluded_unverified, r.imprecise) == (6, 2, 5)
    assert dict(r.by_cause) == {"sdg1612.cause.heavy_explosive": 3, "sdg1612.cause.salw": 1,
                                "sdg1612.cause.unknown": 2}
    assert dict(r.by_sex) == {"sdg1612.sex.man": 3, "sdg1612.sex.woman": 1, "sdg1612.sex.unknown": 2}
    assert dict(r.by_age_group) == {"sdg1612.age.adult": 3, "sdg1612.age.child": 1, "sdg1612.age.unknown": 2}
    assert dict(r.by_status) == {"sdg1612.status.civilian": 4, "sdg1612.status.armed_forces": 2}
    assert dict(r.by_region) == {"XT01": 4, "XT02": 2}
    assert sdg_16_1_2(rows, OCTOBER, region="XT02").total == 2
    assert (sdg_16_1_2(rows, OCTOBER, include_unverified=True).total, r.verified_only) == (8, True)


# -- through the encrypted store ----------------------------------------------------------------------

def _case(title: str, types: tuple[str, ...], people: tuple[PersonLink, ...], **fields: object) -> CaseRecord:
    return CaseRecord(kind="incident", title=title, date=PartialDate("2026-10-07"),
                      location=Location("XTV", adm1_pcode="XT01"), violation_types=types, perpetrator_status="state",
                      verification="vs.verified", people=people, **fields)


def test_store_counts_current_revisions_and_current_people(workspace: Workspace) -> None:
    cases = CaseService(workspace)
    editor = PersonLink(role="victim", pseudonym="J-1", person_id="5b4a3c1e-0000-4000-8000-000000000001",
                        sex="female", victim_groups=(JOURNALIST,), act_linked_to_work=True)
    stored = cases.save_many([
        _case("Editor detained", ("sdg16101.D",), (editor,),
              deaths=(Deaths(1, "sdg1612.sex.woman", "sdg1612.age.adult", "sdg1612.cause.salw",
                             "sdg1612.status.civilian"),)),
        _case("Editor's colleague detained", ("sdg16101.D",),
              (PersonLink(role="victim", pseudonym="J-2", sex="male", act_linked_to_work=True),
               PersonLink(role="witness", pseudonym="W-1", victim_groups=(HRD,)))),
    ])
    service = AnalysisService(workspace)
    first = service.indicators("2026-10")
    assert (first.sdg_16_10_1.total, first.sdg_16_10_1.cases, first.sdg_16_1_2.total) == (1, 1, 1)
    assert dict(first.sdg_16_10_1.excluded) == {"not_in_victim_group": 1}  # J-2; the witness is no victim

    # Revised after tagging: the detention turns out to have included torture (once, under C), and the
    # colleague is identified as a defender in a later record (people count at their newest revision).
    cases.save(replace(stored[0], violation_types=("sdg16101.C", "sdg16101.D")))
    colleague = replace(stored[1].people[0], victim_groups=(HRD,))
    cases.save(CaseRecord(kind="incident", title="Colleague threatened", date=PartialDate("2026-11-02"),
                          location=Location("XTV"), people=(colleague,)))
    now = service.indicators("2026-10").sdg_16_10_1
    assert (now.total, now.cases) == (2, 2)
    assert dict(now.by_violation_type) == {"sdg16101.C": 1, "sdg16101.D": 1}

    cases.save(replace(cases.get(stored[0].id or ""), verification="vs.discounted"))
    after = service.indicators("2026-10")
    assert after.sdg_16_10_1.total == 1 and dict(after.sdg_16_10_1.excluded) == {"discounted": 1}
    assert after.sdg_16_1_2.total == 0
