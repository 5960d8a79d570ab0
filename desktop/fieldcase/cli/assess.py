"""`fieldcase assess --period YYYY-MM [--region P]` and `fieldcase assess set ...`: the monthly risk
assessment per risk area, and the officer's level and trend (overrides are audit-logged).

JSON output follows schema/assessment.output.schema.json.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import FieldcaseError
from .output import clean, out, out_json
from .prompts import unlock

_SHORT_LEVEL = {"risk.low": "low", "risk.medium": "medium", "risk.high": "high", "risk.very_high": "very high"}
_SHORT_TREND = {"trend.improving": "improving", "trend.stable": "stable", "trend.deteriorating": "deteriorating"}


def register(sub: Any) -> None:
    s = sub.add_parser("assess", help="monthly risk assessment per risk area (and region)")
    s.add_argument("--period", help="the month, YYYY-MM")
    s.add_argument("--region", help="one admin-1 P-code")
    s.add_argument("--json", action="store_true", help="machine-readable (schema/assessment.output.schema.json)")
    s.set_defaults(func=run)
    asub = s.add_subparsers(dest="assess_command", metavar="set|note")
    t = asub.add_parser("set", help="set the level and trend of a risk area (overrides are audit-logged)")
    t.add_argument("--period", required=True, help="YYYY-MM")
    t.add_argument("--area", required=True, help="risk area id, e.g. cca.democratic_space")
    t.add_argument("--level", required=True, help="low | medium | high | very_high")
    t.add_argument("--trend", required=True, help="improving | stable | deteriorating")
    t.add_argument("--rationale", required=True)
    t.add_argument("--region", help="admin-1 P-code (default: country-wide)")
    t.set_defaults(func=run_set)
    t = asub.add_parser("note", help="the month's opportunities, mitigating factors, outlook and recommendations "
                                     "to the Regional Monthly Review (a new revision; texts not given are kept)")
    t.add_argument("--period", required=True, help="YYYY-MM")
    t.add_argument("--region", help="admin-1 P-code (default: country-wide)")
    t.add_argument("--opportunities", help="opportunities and entry points")
    t.add_argument("--mitigating", help="mitigating factors")
    t.add_argument("--outlook")
    t.add_argument("--recommendations", help="recommendations to the RMR")
    t.set_defaults(func=run_note)


def _level(level: str, trend: str) -> str:
    if level == "risk.no_data":  # no records in the month: no level, no trend (analysis/signals.py)
        return "no data"
    return f"{_SHORT_LEVEL.get(level, level)}, {_SHORT_TREND.get(trend, trend)}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:+.0%}"


def run(args: argparse.Namespace) -> int:
    from ..analysis.output import assessment_json
    from ..services.analysis import AnalysisService

    if not args.period:
        raise FieldcaseError("Give the month to assess: fieldcase assess --period YYYY-MM")
    with unlock(args.workspace) as ws:
        result = AnalysisService(ws).assess(args.period, args.region)
    if args.json:
        out_json(assessment_json(result))
        return 0
    _print_assessment(result)
    return 0


def _flags(s: Any) -> str:
    f = s.flags
    parts = [f"R{f.reprisals}" if f.reprisals else "", f"D{f.defender_attacks}" if f.defender_attacks else "",
             "H!" if f.hate_speech_spike else (f"h{f.hate_speech}" if f.hate_speech else ""),
             f"E{f.early_warning}" if f.early_warning else ""]
    return " ".join(p for p in parts if p) or "-"


def _print_assessment(result: Any) -> None:
    from ..analysis.signals import ATROCITY_NOTE, RULE_ID

    r = result.report
    scope = f"region {r.region}" if r.region else "country-wide"
    out(f"Monthly risk assessment {r.period.label}, {scope} "
        f"(baseline {r.baseline[0]}..{r.baseline[-1]}; scoring rule {RULE_ID})")
    out(f"{r.records} record(s) in the month ({r.discounted} discounted left out), {r.untagged} without a risk "
        f"area, {r.imprecise} dated only to the year (not placed in a month).\n")
    out(f"{'RISK AREA':<40} {'RECS':>4} {'BASE':>5} {'CHANGE':>6} {'SEV':>4} {'VERIF':>5}  {'FLAGS':<12} "
        f"{'SUGGESTED':<25} OFFICER")
    for a in result.top_level:
        s = a.signal
        officer = "-"
        if a.officer is not None:
            officer = _level(a.officer.level, a.officer.trend) + (" (override)" if a.status == "override" else "")
        sev = f"{s.severity_mean:.1f}" if s.severity_mean is not None else "-"
        share = f"{s.verified_share:.0%}" if s.verified_share is not None else "-"
        out(f"{clean(a.label)[:40]:<40} {s.count:>4} {s.baseline_mean:>5.1f} {_pct(s.change):>6} {sev:>4} "
            f"{share:>5}  {_flags(s):<12} {_level(s.level, s.trend):<25} {officer}")
    out("\nFlags: R reprisals against people cooperating with the UN, D attacks on defenders, journalists or "
        "trade unionists, H! hate-speech spike (h: hate-speech records), E early-warning reports.")
    out("CHANGE compares the severity-weighted count with the mean of the three months before. No data: no "
        "records for the area in the month, which is not evidence of low risk.")
    escalating = result.escalating
    out("\nEscalating (deteriorating): " + ("; ".join(clean(a.label) for a in escalating) or "none"))
    regional = [a for a in result.assessments if a.signal.region != r.region and a.trend == "trend.deteriorating"]
    if regional:
        out("Deteriorating by region: " + "; ".join(
            f"{a.signal.region} {clean(a.label)} ({_SHORT_LEVEL.get(a.level, a.level)})" for a in regional))
    if r.atrocity:
        out("\nAtrocity risk factors tagged this month (counts only). " + ATROCITY_NOTE)
        for f in r.atrocity:
            out(f"  {f.factor} {clean(result.labels.get(f.factor, ''))[:60]}: {f.records} record(s), "
                f"latest {f.latest}")


def run_set(args: argparse.Namespace) -> int:
    from ..services.analysis import AnalysisService

    with unlock(args.workspace) as ws:
        stored, override = AnalysisService(ws).set_level(args.period, args.area, args.level, args.trend,
                                                         args.rationale, args.region)
    scope = f"region {stored.region}" if stored.region else "country-wide"
    out(f"Set {stored.risk_area} for {stored.period} ({scope}) to {_level(stored.level, stored.trend)} "
        f"(revision {stored.rev}).")
    if override:
        out(f"This overrides the computed suggestion ({_level(stored.computed_level, stored.computed_trend)}, "
            f"score {stored.computed_score}); the override is recorded in the audit log.")
    return 0


def run_note(args: argparse.Namespace) -> int:
    from ..services.rmr import RmrService

    with unlock(args.workspace) as ws:
        note = RmrService(ws).set_narrative(args.period, args.region, opportunities=args.opportunities,
                                            mitigating=args.mitigating, outlook=args.outlook,
                                            recommendations=args.recommendations)
    scope = f"region {note.region}" if note.region else "country-wide"
    out(f"Saved the written assessment for {note.period} ({scope}), revision {note.rev}.")
    return 0
