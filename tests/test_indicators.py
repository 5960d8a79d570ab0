"""SDG 16.10.1 and 16.1.2 from the pure functions (hand-computed, with the metadata rule each case shows),
then through a real encrypted store (records revised later count as they are now). The full matrix of
act class x perpetrator x due diligence runs through the CLI in tests/test_sdg16101_golden.py."""

from __future__ import annotations

from dataclasses import replace

from fieldcase.analysis.indicators import sdg_16_1_2, sdg_16_10_1
from fieldcase.analysis.periods import Period
from fieldcase.analysis.rows import ActRow, DeathLine, DeathRecordRow
from fieldcase.domain.records import Act, CaseRecord, Deaths, Location, PartialDate, Perpetrator, PersonLink
from fieldcase.frameworks.derivation import builtin_derivation
from fieldcase.services.analysis import AnalysisService
from fieldcase.services.records import CaseService
from fieldcase.workspace import Workspace

JOURNALIST, UNIONIST, HRD = "sdg16101.victim.journalist", "sdg16101.victim.trade_unionist", "sdg16101.victim.hrd"
KILLING, TORTURE, DETENTION = "huridocs.mt04.010101020000", "huridocs.mt04.020111110000", "huridocs.mt04.030102000000"
DEATH_THREATS, ABDUCTION = "huridocs.mt04.020103020000", "huridocs.mt04.030104000000"
EVICTION = "huridocs.mt04.050103000000"
SEPTEMBER = Period.month("2026-09")
TABLE = builtin_derivation()


def act(person: str, act_type: str = DETENTION, *, record: str | None = None, index: int = 0,
        day: str = "2026-09-05", precision: str = "day", verification: str = "vs.verified",
        perpetrators: tuple[str, ...] = ("state",), dd: bool | None = None, groups: tuple[str, ...] = (HRD,),
        linked: bool = True, sex: str = "female", override: str | None = None) -> ActRow:
    return ActRow(record_id=record or f"rec-{person}", act_index=index, person_id=person, pseudonym=person.upper(),
                  date_start=day, precision=precision, adm1="XT01", adm2="XT0101", verification=verification,
                  act_type=act_type, perpetrator_statuses=perpetrators, linked_to_work=linked,
                  state_due_diligence_failure=dd, fate_concealed=False, sdg_override=override,
                  override_rationale="checked" if override else "", victim_groups=groups, sex=sex, age_group="adult")


def test_each_person_once_under_the_most_serious_type_in_the_metadata_order() -> None:
    # metadata 4.c: killing, torture, enforced disappearance, arbitrary detention, kidnapping, other = A C B D E F
    rows = [act("p1", DETENTION, index=0), act("p1", TORTURE, index=1),  # one incident: C outranks D
            act("p2", DETENTION, record="r2a", day="2026-09-02"),  # two incidents, one person: once, under A
            act("p2", KILLING, record="r2b", day="2026-09-20", perpetrators=("non_state",)),  # A: motive suffices
            act("p3", DEATH_THREATS, perpetrators=("state_acquiescence",), groups=(UNIONIST, HRD), sex="male")]
    month = sdg_16_10_1(rows, SEPTEMBER, TABLE).month
    assert month is not None
    assert (month.total, month.acts) == (3, 5)
    assert dict(month.by_violation_type) == {"sdg16101.A": 1, "sdg16101.C": 1, "sdg16101.F": 1}
    assert dict(month.by_victim_group) == {UNIONIST: 1, HRD: 2}  # p3 counted once, as a trade unionist
    assert dict(month.by_perpetrator_status) == {"state": 2, "non_state": 1}  # p2's killing, by a non-State actor
    assert dict(month.by_perpetrator_status_detail) == {"state": 1, "state_acquiescence": 1, "non_state": 1}


def test_excluded_victims_are_listed_with_the_first_rule_they_fail() -> None:
    rows = [act("a", verification="vs.discounted"), act("b", verification="vs.corroborated"),
            act("c", groups=()), act("d", linked=False), act("e", EVICTION),
            act("f", ABDUCTION, perpetrators=("non_state",)),  # kidnapping: no due-diligence finding yet
            act("g", ABDUCTION, perpetrators=("non_state",), dd=False),
            act("h", DEATH_THREATS, perpetrators=("non_state",), dd=True),  # F names State perpetrators only
            act("i", TORTURE, perpetrators=("unknown",)),
            act("j", DETENTION, override="sdg16101.none"),
            # a person failing twice is listed under the act that got furthest: unverified < not linked
            act("k", verification="vs.reported", index=0), act("k", linked=False, index=1)]
    month = sdg_16_10_1(rows, SEPTEMBER, TABLE).month
    assert month is not None and month.total == 0
    reasons = {v.person_id: v.reason for v in month.excluded_victims}
    assert reasons == {"a": "discounted", "b": "unverified", "c": "not_in_victim_group", "d": "act_not_linked_to_work",
                       "e": "act_type_not_covered", "f": "due_diligence_not_assessed",
                       "g": "non_state_without_due_diligence", "h": "non_state_other_harmful_act",
                       "i": "torture_without_public_official", "j": "analyst_override", "k": "act_not_linked_to_work"}
    assert sum(n for _k, n in month.excluded) == 11


def test_acts_judged_once_give_both_modes_as_judged_apart() -> None:
    """A briefing judges the acts once, with unverified reports included, and derives the verified-only figures
    from that (judge_all); each mode must be what it is when judged apart, exclusions and reasons included."""
    from fieldcase.analysis.indicators import judge_all

    rows = [act("a", verification="vs.discounted"), act("b", verification="vs.corroborated"),
            act("b2", verification="vs.reported", groups=()), act("c", groups=()), act("d", linked=False),
            act("e", KILLING, verification="vs.under_review"), act("f", TORTURE), act("g", override="sdg16101.none"),
            act("k", verification="vs.reported", index=0), act("k", linked=False, index=1)]
    judged = judge_all(rows, TABLE)
    for unverified in (False, True):
        assert sdg_16_10_1(rows, SEPTEMBER, TABLE, include_unverified=unverified, judged=judged) == \
            sdg_16_10_1(rows, SEPTEMBER, TABLE, include_unverified=unverified)
    reported = sdg_16_10_1(rows, SEPTEMBER, TABLE, include_unverified=True, judged=judged).month
    verified = sdg_16_10_1(rows, SEPTEMBER, TABLE, judged=judged).month
    assert reported is not None and verified is not None and (reported.total, verified.total) == (4, 1)  # b e f k; f


def test_the_headline_is_the_twelve_months_ending_with_the_period() -> None:
    rows = [act("in-first", day="2025-10-01"), act("out-before", day="2025-09-30"),
            act("in-last", day="2026-09-30"), act("out-after", day="2026-10-01"),
            act("month-only", day="2026-09-01", precision="month"),  # 2026-09: inside both windows
            act("year-only", day="2026-01-01", precision="year")]  # 2026: in neither, reported as imprecise
    result = sdg_16_10_1(rows, SEPTEMBER, TABLE)
    assert result.headline.window.first.isoformat() == "2025-10-01"
    assert {v for v, _n in result.headline.by_adm1} == {"XT01"}
    assert (result.headline.total, result.headline.imprecise) == (3, 1)
    assert result.month is not None and (result.month.total, result.month.imprecise) == (2, 1)
    with_unverified = sdg_16_10_1([act("x", verification="vs.corroborated")], SEPTEMBER, TABLE,
                                  include_unverified=True)
    assert with_unverified.headline.total == 1 and not with_unverified.verified_only


def test_16_1_2_counts_conflict_deaths_and_says_why_others_are_not_counted() -> None:
    def deaths(record: str, killed: int | None, lines: tuple[DeathLine, ...] = (), related: bool | None = True,
               verification: str = "vs.verified") -> DeathRecordRow:
        return DeathRecordRow(record, "2026-09-10", "day", "XT01", "XT0102", verification, related, killed, lines)

    line = DeathLine(2, "sdg1612.sex.woman", "sdg1612.age.adult", "sdg1612.cause.salw", "sdg1612.status.civilian")
    rows = [deaths("r1", 5, (line,)),  # 2 as recorded, 3 more unknown in every disaggregation
            deaths("r2", None, (line,)),  # lines alone: 2
            deaths("r3", 4, related=None),  # not yet marked: reported, not counted
            deaths("r4", 1, related=False), deaths("r5", 2, verification="vs.reported"),
            deaths("r6", 3, verification="vs.discounted")]
    month = sdg_16_1_2(rows, SEPTEMBER).month
    assert month is not None
    assert month.total == 7
    assert dict(month.by_sex) == {"sdg1612.sex.woman": 4, "sdg1612.sex.unknown": 3}
    assert dict(month.by_cause) == {"sdg1612.cause.salw": 4, "sdg1612.cause.unknown": 3}
    assert dict(month.not_counted) == {"conflict_relation_not_recorded": 4, "not_conflict_related": 1,
                                       "unverified": 2, "discounted": 3}


# -- through the encrypted store ----------------------------------------------------------------------

def _case(title: str, people: tuple[PersonLink, ...], acts: tuple[Act, ...], **fields: object) -> CaseRecord:
    return CaseRecord(kind="incident", title=title, date=PartialDate("2026-10-07"),
                      location=Location("XTV", adm1_pcode="XT01"), verification="vs.verified", people=people,
                      acts=acts, **fields)


def test_store_counts_current_revisions_and_current_people(workspace: Workspace) -> None:
    cases = CaseService(workspace)
    police = (Perpetrator("state"),)
    editor = PersonLink(role="victim", pseudonym="J-1", person_id="5b4a3c1e-0000-4000-8000-000000000001",
                        sex="female", victim_groups=(JOURNALIST,))
    stored = cases.save_many([
        _case("Editor detained", (editor,), (Act("J-1", DETENTION, police, linked_to_work=True),),
              conflict_related=True,
              deaths=(Deaths(1, "sdg1612.sex.woman", "sdg1612.age.adult", "sdg1612.cause.salw",
                             "sdg1612.status.civilian"),)),
        _case("Editor's colleague detained",
              (PersonLink(role="victim", pseudonym="J-2", sex="male"),
               PersonLink(role="witness", pseudonym="W-1", victim_groups=(HRD,))),
              (Act("J-2", DETENTION, police, linked_to_work=True),)),
    ])
    service = AnalysisService(workspace)
    first = service.indicators("2026-10")
    month = first.sdg_16_10_1.month
    assert month is not None and first.sdg_16_1_2.month is not None
    assert (month.total, month.acts, first.sdg_16_1_2.month.total) == (1, 1, 1)
    assert dict(month.excluded) == {"not_in_victim_group": 1}  # J-2; the witness is no victim

    # Revised: the detention included torture (once, under C); the colleague is later identified as a
    # defender in another record (people count at their newest revision).
    cases.save(replace(stored[0], acts=(*stored[0].acts, Act("J-1", TORTURE, police, linked_to_work=True))))
    colleague = replace(stored[1].people[0], victim_groups=(HRD,))
    cases.save(CaseRecord(kind="incident", title="Colleague threatened", date=PartialDate("2026-11-02"),
                          location=Location("XTV"), people=(colleague,)))
    now = service.indicators("2026-10").sdg_16_10_1.month
    assert now is not None and (now.total, now.acts) == (2, 3)
    assert dict(now.by_violation_type) == {"sdg16101.C": 1, "sdg16101.D": 1}

    cases.save(replace(cases.get(stored[0].id or ""), verification="vs.discounted"))
    after = service.indicators("2026-10")
    assert after.sdg_16_10_1.month is not None and after.sdg_16_10_1.month.total == 1
    assert dict(after.sdg_16_10_1.month.excluded) == {"discounted": 1}
    assert after.sdg_16_1_2.month is not None and after.sdg_16_1_2.month.total == 0
    assert dict(after.sdg_16_1_2.month.not_counted) == {"discounted": 1}
