"""The monthly risk signal against small hand-computed fixtures, then through a real encrypted store."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from conftest import ROOT
from fieldcase.analysis import signals
from fieldcase.analysis.periods import Period, date_end_of, month_of
from fieldcase.analysis.rows import SignalRow
from fieldcase.analysis.signals import Flags, suggest
from fieldcase.analysis.signals import compute_from_rows as compute
from fieldcase.domain.records import CaseRecord, Location, PartialDate, PersonLink, Tag
from fieldcase.services.analysis import AnalysisService
from fieldcase.services.records import CaseService
from fieldcase.workspace import Workspace

DEMOCRATIC = "cca.democratic_space"
SECURITY = "cca.internal_security"
OCTOBER = Period.month("2026-10")


def row(day: str, *, precision: str = "day", severity: int | None = 2, verification: str = "vs.verified",
        cats: tuple[str, ...] = (DEMOCRATIC,), kind: str = "incident", adm1: str | None = "XT02",
        **flags: bool) -> SignalRow:
    return SignalRow(record_id=f"r-{day}-{severity}-{len(cats)}", kind=kind, date_start=day, precision=precision,
                     adm1=adm1, severity=severity, verification=verification, categories=frozenset(cats), **flags)


# Hand-computed below: three quiet baseline months, then an October with every kind of flag.
FIXTURE = [
    row("2026-07-11"), row("2026-08-02"), row("2026-09-30"),  # baseline: 1 record a month, severity 2
    row("2026-10-03", severity=5, victim_in_group=True),  # attack on a defender
    row("2026-10-01", precision="month", severity=4, reprisal=True),  # dated to the month: counts in October
    row("2026-10-20", severity=3, verification="vs.reported", cats=(DEMOCRATIC, "foa.rf08.i07")),  # hate speech
    row("2026-10-21", severity=None, verification="vs.under_review", kind="community_info", early_warning=True,
        cats=(DEMOCRATIC, "foa.rf08.i07", "foa.rf08")),
    row("2026-10-05", severity=5, verification="vs.discounted"),  # left out
    row("2026-01-01", precision="year", severity=5),  # dated only to 2026: imprecise, never in a month
    row("2026-06-15", severity=5),  # before the baseline: ignored
    row("2026-10-10", cats=(), adm1="XT01"),  # no risk area: untagged
]


def _signal(report: signals.SignalReport, area: str, region: str | None = None) -> signals.AreaSignal:
    return next(s for s in report.signals if s.risk_area == area and s.region == region)


def test_hand_computed_month() -> None:
    report = compute(FIXTURE, OCTOBER, [DEMOCRATIC, SECURITY])
    s = _signal(report, DEMOCRATIC)
    assert s.months == (("2026-07", 1), ("2026-08", 1), ("2026-09", 1), ("2026-10", 4))
    assert (s.count, s.baseline_mean, s.weighted, s.weighted_baseline) == (4, 1.0, 13, 2.0)  # 5+4+3+1 (unknown=1)
    assert s.change == 5.5  # 13 / 2 - 1
    assert (s.severity_mean, s.severity_max) == (4.0, 5)  # unknown severity is not averaged
    assert (s.verified, s.verified_share) == (2, 0.5)
    assert s.flags == Flags(reprisals=1, defender_attacks=1, hate_speech=2, hate_speech_baseline=0.0,
                            hate_speech_spike=True, early_warning=1)
    assert s.imprecise == 1
    # volume 1 + severity max 2 + mean 1 + verified 1 + escalation 2 + reprisal 2 + defenders 1 + spike 2 + EW 1
    assert s.suggestion.score == 13
    assert [r.split(" ", 1)[0] for r in s.suggestion.reasons] == ["+1", "+2", "+1", "+1", "+2", "+2", "+1", "+2",
                                                                   "+1"]
    assert (s.level, s.trend) == ("risk.very_high", "trend.deteriorating")
    # the region's signal is the same records
    assert _signal(report, DEMOCRATIC, "XT02").suggestion == s.suggestion
    assert (report.records, report.untagged, report.imprecise, report.discounted) == (5, 1, 1, 1)
    assert report.baseline == ("2026-07", "2026-08", "2026-09")


def test_untouched_area_is_no_data_not_low() -> None:
    s = _signal(compute(FIXTURE, OCTOBER, [DEMOCRATIC, SECURITY]), SECURITY)
    assert (s.count, s.weighted, s.change, s.severity_mean, s.verified_share) == (0, 0, None, None, None)
    assert (s.suggestion.score, s.level, s.trend, s.suggestion.reasons) == (0, "risk.no_data", "trend.no_data", ())
    assert s.no_data and signals.NO_DATA not in signals.LEVELS  # not on the officer's scale, not below low


def test_one_record_gets_a_real_level_and_an_empty_month_none_whatever_came_before() -> None:
    one = _signal(compute([row("2026-10-02", severity=1, verification="vs.reported")], OCTOBER, [DEMOCRATIC]),
                  DEMOCRATIC)
    assert (one.count, one.suggestion.score, one.level, one.trend) == (1, 1, "risk.low", "trend.stable")
    # a busy baseline does not make an empty month "improving" or give it a level
    busy = [row(f"2026-0{m}-{d:02d}", severity=5) for m in (7, 8, 9) for d in range(1, 6)]
    empty = _signal(compute([*busy, row("2026-01-01", precision="year")], OCTOBER, [DEMOCRATIC]), DEMOCRATIC)
    assert (empty.count, empty.baseline_mean, empty.imprecise) == (0, 5.0, 1)
    assert (empty.level, empty.trend, empty.suggestion.score) == ("risk.no_data", "trend.no_data", 0)
    # only discounted records: left out, so no data either
    discounted = [row("2026-10-02", severity=5, verification="vs.discounted")]
    assert _signal(compute(discounted, OCTOBER, [DEMOCRATIC]), DEMOCRATIC).level == "risk.no_data"


def test_officer_can_set_a_level_on_a_no_data_month_but_not_set_no_data() -> None:
    from fieldcase.analysis.assessments import Assessment, OfficerAssessment, normalise_level

    s = _signal(compute([], OCTOBER, [SECURITY]), SECURITY)
    officer = OfficerAssessment("2026-10", SECURITY, None, 1, "risk.high", "trend.deteriorating", "Reports by phone.",
                                s.level, s.trend, 0, "Officer", "2026-10-31T00:00:00Z")
    a = Assessment(s, "Internal security", officer)
    assert (a.level, a.trend, a.status, a.stale) == ("risk.high", "trend.deteriorating", "override", False)
    assert Assessment(s, "Internal security").level == "risk.no_data"
    with pytest.raises(ValueError, match="not a risk level"):
        normalise_level("no data")


def test_areas_come_in_deployment_order_then_regions() -> None:
    report = compute(FIXTURE, OCTOBER, [SECURITY, DEMOCRATIC])
    assert [(s.risk_area, s.region) for s in report.signals] == [
        (SECURITY, None), (DEMOCRATIC, None), (DEMOCRATIC, "XT02")]


def test_one_region_only() -> None:
    report = compute(FIXTURE, OCTOBER, [DEMOCRATIC], region="XT01")
    assert [(s.risk_area, s.region, s.count) for s in report.signals] == [(DEMOCRATIC, "XT01", 0)]
    assert (report.records, report.untagged) == (1, 1)


def test_atrocity_tags_roll_up_to_their_factor_once_per_record() -> None:
    factors = compute(FIXTURE, OCTOBER, [DEMOCRATIC]).atrocity
    assert [(f.factor, f.records, f.latest, f.indicators) for f in factors] == [
        ("foa.rf08", 2, "2026-10-21", ("foa.rf08.i07",))]


def test_hate_speech_spike_needs_two_records_and_half_again_the_baseline() -> None:
    hate = (DEMOCRATIC, "foa.rf08.i07")
    rows = [row(f"2026-0{m}-0{d}", cats=hate) for m in (7, 8, 9) for d in (1, 2)]  # 2 a month before
    rows += [row("2026-10-01", cats=hate), row("2026-10-02", cats=hate)]
    assert not _signal(compute(rows, OCTOBER), DEMOCRATIC).flags.hate_speech_spike  # 2 < 1.5 x 2
    rows.append(row("2026-10-03", cats=hate))
    flags = _signal(compute(rows, OCTOBER), DEMOCRATIC).flags
    assert (flags.hate_speech, flags.hate_speech_baseline, flags.hate_speech_spike) == (3, 2.0, True)
    assert not signals.hate_speech_spike(1, 0.0)  # a single record is not a spike


def test_reprisal_can_come_from_a_tag_or_a_person() -> None:
    assert signals.is_reprisal(row("2026-10-01", cats=(DEMOCRATIC, "reprisal.form.threat")))
    assert signals.is_reprisal(row("2026-10-01", un_cooperator_at_risk=True))
    assert not signals.is_reprisal(row("2026-10-01"))
    # a 16.10.1 type marks an attack on a defender; community information never does
    assert signals.is_defender_attack(row("2026-10-01", cats=(DEMOCRATIC, "sdg16101.D")))
    assert not signals.is_defender_attack(row("2026-10-01", kind="community_info", victim_in_group=True))


@pytest.mark.parametrize(("weighted", "baseline", "trend"), [
    (12, 8.0, "trend.stable"),  # x1.5 but only +4: small numbers move by chance
    (14, 8.0, "trend.deteriorating"),  # x1.75 and +6
    (13, 11.0, "trend.stable"),  # +2 only
    (2, 10.0, "trend.improving"),  # x0.2 and -8
    (6, 10.0, "trend.stable"),  # -4 only
    (6, 0.0, "trend.deteriorating"),  # new activity
    (5, 0.0, "trend.stable"),
])
def test_trend_rule(weighted: int, baseline: float, trend: str) -> None:
    assert signals.trend_of(weighted, baseline) == trend


@pytest.mark.parametrize(("score", "level"), [(0, "risk.low"), (3, "risk.low"), (4, "risk.medium"),
                                              (6, "risk.medium"), (7, "risk.high"), (9, "risk.high"),
                                              (10, "risk.very_high"), (16, "risk.very_high")])
def test_level_thresholds(score: int, level: str) -> None:
    assert signals.level_of(score) == level


def test_volume_steps_and_no_escalation_without_a_real_rise() -> None:
    quiet = Flags()
    base = {"weighted_baseline": 40.0, "severity_mean": 2.0, "severity_max": 3, "verified_share": 0.1, "flags": quiet}
    assert suggest(count=15, weighted=40, **base).reasons == ("+3 15 record(s) this month",)
    assert suggest(count=5, weighted=40, **base).score == 2
    assert suggest(count=1, weighted=40, **base).score == 1
    assert suggest(count=20, weighted=50, **base).score == 3 + 1  # x1.25 and +10: one point


def test_january_looks_back_into_the_previous_year() -> None:
    rows = [row("2025-12-05"), row("2025-11-05"), row("2025-10-05"), row("2026-01-09"),
            row("2025-01-01", precision="year")]  # a 2025 year-only record is not imprecise for 2026
    report = compute(rows, Period.month("2026-01"), [DEMOCRATIC])
    assert report.baseline == ("2025-10", "2025-11", "2025-12")
    assert _signal(report, DEMOCRATIC).months[-1] == ("2026-01", 1)
    assert report.imprecise == 0


def test_date_precision_rules() -> None:
    assert month_of("2026-10-01", "month") == "2026-10" and month_of("2026-01-01", "year") is None
    assert date_end_of("2026-02-01", "month") == "2026-02-28"
    assert OCTOBER.contains("2026-10-01", "month") and not OCTOBER.contains("2026-01-01", "year")
    assert OCTOBER.overlaps("2026-01-01", "year") and Period.parse("2026").contains("2026-01-01", "year")
    assert Period.parse("2026-01..2026-03").last.isoformat() == "2026-03-31"
    with pytest.raises(ValueError):
        Period.month("2026-13")
    with pytest.raises(ValueError, match="monthly"):
        compute([], Period.parse("2026"))


def test_analysis_package_is_pure() -> None:
    code = ("import sys, fieldcase.analysis.signals, fieldcase.analysis.indicators, fieldcase.analysis.assessments, "
            "fieldcase.analysis.actions, fieldcase.analysis.output; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]; "
            "print(', '.join(bad), file=sys.stderr); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                            env={"PYTHONPATH": str(ROOT / "desktop")})
    assert result.returncode == 0, result.stderr


# -- through the encrypted store ----------------------------------------------------------------------

def _incident(title: str, date: str, *, area: str = DEMOCRATIC, **fields: object) -> CaseRecord:
    defaults: dict[str, object] = {"severity": 3, "verification": "vs.verified", "risk_tags": (Tag(area, "fixture"),)}
    return CaseRecord(kind="incident", title=title, date=PartialDate(date), location=Location("XTV", adm1_pcode="XT02"),
                      **(defaults | fields))  # type: ignore[arg-type]


def test_store_rows_carry_people_flags_and_count_only_current_revisions(workspace: Workspace) -> None:
    cases = CaseService(workspace)
    defender = PersonLink(role="victim", pseudonym="V-1", victim_groups=("sdg16101.victim.hrd",))
    informant = PersonLink(role="source", pseudonym="S-1", cooperated_with_un="upr", reprisal_suspected=True)
    stored = cases.save_many([
        _incident("Defender beaten", "2026-10-04", people=(defender,)),
        _incident("Informant threatened", "2026-10-09", people=(informant,)),
        _incident("Moved to September later", "2026-10-12"),
        _incident("Retagged later", "2026-10-13"),
        _incident("Only the year is known", "2026"),
    ])
    service = AnalysisService(workspace)
    s = _signal(service.signals("2026-10"), DEMOCRATIC)
    assert (s.count, s.flags.defender_attacks, s.flags.reprisals, s.imprecise) == (4, 1, 1, 1)

    # Revisions after tagging: the record moved to September and the record retagged count once, as now.
    moved, retagged = stored[2], stored[3]
    cases.save(replace(moved, date=PartialDate("2026-09-12")))
    service.tag(retagged.id or "", SECURITY, "checkpoint abuses, not civic space")
    cases.save(replace(cases.get(retagged.id or ""), risk_tags=(Tag(SECURITY, "checkpoint abuses"),)))
    report = service.signals("2026-10")
    s = _signal(report, DEMOCRATIC)
    assert s.months[-2:] == (("2026-09", 1), ("2026-10", 2))
    assert _signal(report, SECURITY).count == 1
    assert report.records == 3


def _as_tuples(cells: list[signals.SignalCell]) -> list[tuple[str, ...]]:
    return sorted(tuple(str(getattr(c, name)) for name in c.__slots__) for c in cells)


def assert_sql_matches_the_rules(workspace: Workspace, period: Period) -> None:
    """The SQL aggregation (what `assess` runs) equals the Python rules applied record by record."""
    from fieldcase.store import analysis_rows

    first = period.shifted(-signals.BASELINE_MONTHS).first
    with workspace.engine.connect() as conn:
        sql = analysis_rows.signal_cells(conn, first, period.last)
        rows = analysis_rows.signal_rows(conn, first, period.last)
    assert sql and _as_tuples(sql) == _as_tuples(signals.cells_from_rows(rows))


def test_sql_aggregation_follows_the_documented_rules(workspace: Workspace) -> None:
    hrd = PersonLink(role="victim", pseudonym="V-1", victim_groups=("sdg16101.victim.hrd",))
    cooperator = PersonLink(role="witness", pseudonym="W-1", cooperated_with_un="special_procedure",
                            reprisal_suspected=True)
    CaseService(workspace).save_many([
        _incident("Defender", "2026-10-02", people=(hrd,)),
        _incident("Witness who met the rapporteur", "2026-10-03", people=(cooperator,), severity=None),
        _incident("Typed 16.10.1", "2026-09-03", violation_types=("sdg16101.F",), verification="vs.reported"),
        _incident("Hate speech as a violation type", "2026-10-04", violation_types=("foa.rf08.i07",)),
        _incident("Two areas", "2026-08-04", risk_tags=(Tag(DEMOCRATIC, "x"), Tag(SECURITY, "y"),
                                                         Tag("reprisal.form.threat", "z"))),
        _incident("Discounted", "2026-10-05", verification="vs.discounted"),
        _incident("Month only", "2026-10", early_warning=True, reprisal=True),
        _incident("Year only", "2026"),
        _incident("No area", "2026-10-06", risk_tags=()),
        CaseRecord(kind="community_info", title="Leaflets", date=PartialDate("2026-10-07"),
                   location=Location("XTV", adm1_pcode="XT05"), early_warning=True,
                   risk_tags=(Tag(DEMOCRATIC, "x"), Tag("foa.rf08.i07", "incitement"))),
    ])
    assert_sql_matches_the_rules(workspace, OCTOBER)
    s = _signal(AnalysisService(workspace).signals("2026-10"), DEMOCRATIC)
    assert (s.count, s.flags.reprisals, s.flags.defender_attacks, s.flags.hate_speech, s.flags.early_warning) == (
        5, 2, 1, 2, 2)
    assert (s.severity_max, s.imprecise) == (3, 1)
