"""Command-line verbs for risk frameworks and analysis (frameworks, tag, assess, indicators, actions).

Argument parsing and display only; the work is in services/analysis.py. JSON outputs follow
schema/assessment.output.schema.json and schema/indicators.output.schema.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .cli import _clean, _out, _unlock
from .errors import NotFound

_SHORT_LEVEL = {"risk.low": "low", "risk.medium": "medium", "risk.high": "high", "risk.very_high": "very high"}
_SHORT_TREND = {"trend.improving": "improving", "trend.stable": "stable", "trend.deteriorating": "deteriorating"}


def _json(data: Any) -> None:
    _out(json.dumps(data, ensure_ascii=False, indent=1))


def _service(ws: Any) -> Any:
    from .services.analysis import AnalysisService

    return AnalysisService(ws)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:+.0%}"


def _level(level: str, trend: str) -> str:
    if level == "risk.no_data":  # no records in the month: no level, no trend (analysis/signals.py)
        return "no data"
    return f"{_SHORT_LEVEL.get(level, level)}, {_SHORT_TREND.get(trend, trend)}"


# -- frameworks -------------------------------------------------------------------------------------

def cmd_frameworks_list(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        service = _service(ws)
        registry = service.registry()
        installed = {(i.framework_id, i.release): i for i in service.installed_frameworks()}
    rows = [{"id": fw.id, "release": fw.release, "version": fw.version, "kind": fw.kind,
             "verification": fw.verification, "categories": len(fw.items),
             "origin": "installed" if (fw.id, fw.release) in installed else "built-in",
             "releases": [r.release for r in registry.releases(fw.id)]} for fw in registry.frameworks()]
    if args.json:
        _json({"frameworks": rows})
        return 0
    for r in rows:
        older = f" (also releases {', '.join(map(str, r['releases'][:-1]))})" if len(r["releases"]) > 1 else ""
        _out(f"{r['id']:<26} release {r['release']:<3} {r['origin']:<9} {r['categories']:>4} ids  "
             f"{_clean(r['version'])[:60]}{older}")
    _out(f"{len(rows)} framework(s).")
    return 0


def cmd_frameworks_show(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        registry = _service(ws).registry()
    try:
        fw = registry.get(args.framework_id, release=args.release)
    except KeyError as exc:
        raise NotFound(f"{exc.args[0]}; see `fieldcase frameworks list`.") from None
    if args.json:
        _json({"id": fw.id, "title": fw.title, "version": fw.version, "release": fw.release, "kind": fw.kind,
               "verification": fw.verification,
               "categories": [{"id": c.id, "label": c.label, "collection": c.collection,
                               "deprecated": c.deprecated} for c in fw.items]})
        return 0
    _out(f"{fw.id} release {fw.release}: {_clean(fw.title)}")
    _out(f"version {_clean(fw.version)}; {fw.kind}; verification {fw.verification}")
    _out(f"releases installed: {', '.join(str(r.release) for r in registry.releases(fw.id))}\n")
    for c in fw.items:
        retired = "  (retired)" if c.deprecated else ""
        _out(f"  {c.id:<36} {_clean(c.label)[:90]}{retired}")
    return 0


def cmd_frameworks_install(args: argparse.Namespace) -> int:
    from .frameworks.registry import load_framework_file

    load_framework_file(args.file)  # a malformed file is refused before the passphrase is asked for
    with _unlock(args) as ws:
        fw = _service(ws).install_framework(args.file)
    _out(f"Installed {fw.id} release {fw.release} ({_clean(fw.version)}) from {args.file.name}. "
         "Records tagged under earlier releases keep their meaning.")
    return 0


# -- tagging ----------------------------------------------------------------------------------------

def cmd_tag(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        record = _service(ws).tag(args.id, args.category, args.rationale)
    tag = next(t for t in record.risk_tags if t.category == args.category)
    _out(f"Tagged {record.id} with {tag.category} ({tag.framework_id} release {tag.framework_version}); "
         f"now at revision {record.rev}.")
    return 0


# -- assessment -------------------------------------------------------------------------------------

def cmd_assess(args: argparse.Namespace) -> int:
    from .analysis.output import assessment_json
    from .errors import FieldcaseError

    if not args.period:
        raise FieldcaseError("Give the month to assess: fieldcase assess --period YYYY-MM")
    with _unlock(args) as ws:
        result = _service(ws).assess(args.period, args.region)
    if args.json:
        _json(assessment_json(result))
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
    r = result.report
    scope = f"region {r.region}" if r.region else "country-wide"
    _out(f"Monthly risk assessment {r.period.label}, {scope} "
         f"(baseline {r.baseline[0]}..{r.baseline[-1]}; scoring rule {_rule()})")
    _out(f"{r.records} record(s) in the month ({r.discounted} discounted left out), {r.untagged} without a risk "
         f"area, {r.imprecise} dated only to the year (not placed in a month).\n")
    _out(f"{'RISK AREA':<40} {'RECS':>4} {'BASE':>5} {'CHANGE':>6} {'SEV':>4} {'VERIF':>5}  {'FLAGS':<12} "
         f"{'SUGGESTED':<25} OFFICER")
    for a in result.top_level:
        s = a.signal
        officer = "-"
        if a.officer is not None:
            officer = _level(a.officer.level, a.officer.trend) + (" (override)" if a.status == "override" else "")
        sev = f"{s.severity_mean:.1f}" if s.severity_mean is not None else "-"
        share = f"{s.verified_share:.0%}" if s.verified_share is not None else "-"
        _out(f"{_clean(a.label)[:40]:<40} {s.count:>4} {s.baseline_mean:>5.1f} {_pct(s.change):>6} {sev:>4} "
             f"{share:>5}  {_flags(s):<12} {_level(s.level, s.trend):<25} {officer}")
    _out("\nFlags: R reprisals against people cooperating with the UN, D attacks on defenders, journalists or "
         "trade unionists, H! hate-speech spike (h: hate-speech records), E early-warning reports.")
    _out("CHANGE compares the severity-weighted count with the mean of the three months before. No data: no "
         "records for the area in the month, which is not evidence of low risk.")
    escalating = result.escalating
    _out("\nEscalating (deteriorating): " + ("; ".join(_clean(a.label) for a in escalating) or "none"))
    regional = [a for a in result.assessments if a.signal.region != r.region and a.trend == "trend.deteriorating"]
    if regional:
        _out("Deteriorating by region: " + "; ".join(
            f"{a.signal.region} {_clean(a.label)} ({_SHORT_LEVEL.get(a.level, a.level)})" for a in regional))
    if r.atrocity:
        _out("\nAtrocity risk factors tagged this month (counts only). " + _atrocity_note())
        for f in r.atrocity:
            _out(f"  {f.factor} {_clean(result.labels.get(f.factor, ''))[:60]}: {f.records} record(s), "
                 f"latest {f.latest}")


def _rule() -> str:
    from .analysis.signals import RULE_ID

    return RULE_ID


def _atrocity_note() -> str:
    from .analysis.signals import ATROCITY_NOTE

    return ATROCITY_NOTE


def cmd_assess_set(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        stored, override = _service(ws).set_level(args.period, args.area, args.level, args.trend, args.rationale,
                                                  args.region)
    scope = f"region {stored.region}" if stored.region else "country-wide"
    _out(f"Set {stored.risk_area} for {stored.period} ({scope}) to {_level(stored.level, stored.trend)} "
         f"(revision {stored.rev}).")
    if override:
        _out(f"This overrides the computed suggestion ({_level(stored.computed_level, stored.computed_trend)}, "
             f"score {stored.computed_score}); the override is recorded in the audit log.")
    return 0


# -- indicators -------------------------------------------------------------------------------------

def cmd_indicators(args: argparse.Namespace) -> int:
    from .analysis.output import indicators_json

    with _unlock(args) as ws:
        result = _service(ws).indicators(args.period, args.region, args.include_unverified)
    data = indicators_json(result)
    if args.json:
        _json(data)
        return 0
    a, d = data["sdg_16_10_1"], data["sdg_16_1_2"]
    scope = f"region {data['region']}" if data["region"] else "country-wide"
    _out(f"SDG 16.10.1 ({a['label']}), {scope}")
    for block, title in ((a["headline"], "headline, 12 months"), (a["month"], "the month alone")):
        if block is not None:
            _print_16_10_1(block, title)
    for o in a["overrides"]:
        _out(f"  analyst override: record {o['record_id'][:8]} act {o['act'] + 1} ({_clean(o['victim'])[:30]}): "
             f"{o['derived']} -> {o['override']}: {_clean(o['rationale'])[:80]}")
    _out(f"\nSDG 16.1.2 conflict-related deaths ({d['label']})")
    for block, title in ((d["headline"], "headline, 12 months"), (d["month"], "the month alone")):
        if block is not None:
            _print_16_1_2(block, title)
    return 0


def _pairs(counts: dict[str, int], prefix: str = "") -> str:
    return ", ".join(f"{k.removeprefix(prefix)} {v}" for k, v in counts.items() if v) or "-"


def _print_16_10_1(b: dict[str, Any], title: str) -> None:
    _out(f"  {b['window']['label']} ({title}): {b['total']} victim(s), each once under the most serious violation "
         f"({b['acts']} qualifying act(s))")
    _out("    by violation type: " + _pairs(b["by_violation_type"], "sdg16101."))
    _out("    by victim group:   " + _pairs(b["by_victim_group"], "sdg16101.victim.")
         + f"  (in several groups: {b['persons_in_several_groups']})")
    _out("    by sex and age:    " + _pairs(b["by_sex_age"]))
    _out("    by perpetrator:    " + _pairs(b["by_perpetrator_status"]))
    _out("    by admin-1:        " + _pairs(b["by_adm1"]) + ";  admin-2: " + _pairs(b["by_adm2"]))
    _out("    not counted:       " + (_pairs(b["excluded"]).replace("_", " ") if b["excluded"] else "none")
         + f"; dated too coarsely: {b['imprecise']}")
    for v in b["excluded_victims"]:
        _out(f"      {v['record_id'][:8]} act {v['act'] + 1} {_clean(v['pseudonym'])[:30]:<30} "
             f"{v['reason'].replace('_', ' ')}")


def _print_16_1_2(b: dict[str, Any], title: str) -> None:
    _out(f"  {b['window']['label']} ({title}): {b['total']} death(s)")
    for key, name in (("by_cause", "cause"), ("by_sex", "sex"), ("by_age_group", "age"), ("by_status", "status")):
        _out(f"    by {name + ':':<7} " + (", ".join(f"{k.split('.')[-1]} {v}" for k, v in b[key].items() if v)
                                       or "-"))
    _out("    not counted: " + (_pairs(b["not_counted"]).replace("_", " ") if b["not_counted"] else "none")
         + f"; dated too coarsely: {b['imprecise']}")
    for r in b["not_counted_records"]:
        _out(f"      {r['record_id'][:8]} {r['deaths']} death(s): {r['reason'].replace('_', ' ')}")


# -- action points ----------------------------------------------------------------------------------

def _action_line(a: Any, today: dt.date) -> str:
    late = "  OVERDUE" if a.overdue(today) else ""
    refs = f"  refs: {'; '.join(a.references)}" if a.references else ""
    return (f"{a.action_id[:8]}  {a.status:<11} due {a.due or '-':<10}  {_clean(a.owner)[:20]:<20} "
            f"{_clean(a.title)[:60]}{late}\n          areas: {', '.join(a.risk_areas)}{refs}")


def cmd_actions_list(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        found = _service(ws).actions(args.status, args.area)
    if args.json:
        _json({"actions": [asdict(a) for a in found]})
        return 0
    today = dt.date.today()
    for a in found:
        _out(_action_line(a, today))
    _out(f"{len(found)} action point(s).")
    return 0


def cmd_actions_add(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        action = _service(ws).add_action(args.title, args.owner, args.area, description=args.description or "",
                                         references=args.ref or (), due=args.due, status=args.status,
                                         period=args.period, region=args.region)
    _out(f"Added action point {action.action_id}.")
    return 0


def cmd_actions_update(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        action = _service(ws).update_action(args.id, title=args.title, owner=args.owner, status=args.status,
                                            due=args.due, description=args.description,
                                            add_areas=args.area or (), add_references=args.ref or ())
    _out(f"Updated action point {action.action_id} (revision {action.rev}, {action.status}).")
    return 0


def cmd_actions_ref(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        ref = _service(ws).add_reference(args.reference, text=args.text or "", date=args.date, status=args.status,
                                         url=args.url)
    _out(f"Recorded {ref.mechanism} reference {ref.ref_id} (revision {ref.rev}).")
    return 0


def cmd_actions_refs(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        refs = _service(ws).references()
    if args.json:
        _json({"references": [asdict(r) for r in refs]})
        return 0
    for r in refs:
        _out(f"{_clean(r.ref_id):<40} {r.mechanism:<17} {r.date or '-':<10} {_clean(r.status or '-')[:20]:<20} "
             f"{_clean(r.text)[:50]}")
    _out(f"{len(refs)} reference(s).")
    return 0


# -- parsing ----------------------------------------------------------------------------------------

def register(sub: Any) -> None:
    """Add this module's subcommands to the `fieldcase` parser's subparsers."""
    s = sub.add_parser("frameworks", help="list, show or install risk frameworks")
    fsub = s.add_subparsers(dest="frameworks_command", required=True, metavar="list|show|install")
    t = fsub.add_parser("list", help="the frameworks in use (built-in and installed releases)")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_frameworks_list)
    t = fsub.add_parser("show", help="one framework and its category ids")
    t.add_argument("framework_id")
    t.add_argument("--release", type=int, help="an older release")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_frameworks_show)
    t = fsub.add_parser("install", help="install a newer framework release (validated; refused when malformed)")
    t.add_argument("file", type=Path)
    t.set_defaults(func=cmd_frameworks_install)

    s = sub.add_parser("tag", help="tag a record with a risk area, atrocity factor/indicator or violation type")
    s.add_argument("id", help="record id or unique prefix")
    s.add_argument("category", help="e.g. cca.democratic_space, foa.rf08.i07, sdg16101.D")
    s.add_argument("--rationale", required=True, help="why, in a sentence")
    s.set_defaults(func=cmd_tag)

    s = sub.add_parser("assess", help="monthly risk assessment per risk area (and region)")
    s.add_argument("--period", help="the month, YYYY-MM")
    s.add_argument("--region", help="one admin-1 P-code")
    s.add_argument("--json", action="store_true", help="machine-readable (schema/assessment.output.schema.json)")
    s.set_defaults(func=cmd_assess)
    asub = s.add_subparsers(dest="assess_command", metavar="set")
    t = asub.add_parser("set", help="set the level and trend of a risk area (overrides are audit-logged)")
    t.add_argument("--period", required=True, help="YYYY-MM")
    t.add_argument("--area", required=True, help="risk area id, e.g. cca.democratic_space")
    t.add_argument("--level", required=True, help="low | medium | high | very_high")
    t.add_argument("--trend", required=True, help="improving | stable | deteriorating")
    t.add_argument("--rationale", required=True)
    t.add_argument("--region", help="admin-1 P-code (default: country-wide)")
    t.set_defaults(func=cmd_assess_set)

    s = sub.add_parser("indicators", help="SDG 16.10.1 and 16.1.2 counts for a period")
    s.add_argument("--period", required=True, help="YYYY-MM, YYYY or YYYY-MM..YYYY-MM")
    s.add_argument("--region", help="one admin-1 P-code")
    s.add_argument("--include-unverified", action="store_true", help="count unverified cases too (labelled so)")
    s.add_argument("--json", action="store_true", help="machine-readable (schema/indicators.output.schema.json)")
    s.set_defaults(func=cmd_indicators)

    s = sub.add_parser("actions", help="recommended action points and mechanism references")
    xsub = s.add_subparsers(dest="actions_command", required=True, metavar="list|add|update|ref|refs")
    t = xsub.add_parser("list", help="action points, soonest due first")
    t.add_argument("--status", choices=["open", "in_progress", "done", "dropped"])
    t.add_argument("--area", help="only those linked to this risk area")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_actions_list)
    t = xsub.add_parser("add", help="add an action point")
    t.add_argument("--title", required=True)
    t.add_argument("--owner", required=True, help="who acts (person, team, agency)")
    t.add_argument("--area", action="append", required=True, help="risk area id (repeatable)")
    t.add_argument("--ref", action="append", help="mechanism reference, e.g. 'AL XTV 3/2026' (repeatable)")
    t.add_argument("--due", help="YYYY-MM-DD")
    t.add_argument("--status", default="open", choices=["open", "in_progress", "done", "dropped"])
    t.add_argument("--description")
    t.add_argument("--period", help="the monthly review (YYYY-MM) that recommended it")
    t.add_argument("--region", help="admin-1 P-code")
    t.set_defaults(func=cmd_actions_add)
    t = xsub.add_parser("update", help="change an action point (a new revision)")
    t.add_argument("id", help="action id or unique prefix")
    t.add_argument("--title")
    t.add_argument("--owner")
    t.add_argument("--status", choices=["open", "in_progress", "done", "dropped"])
    t.add_argument("--due", help="YYYY-MM-DD")
    t.add_argument("--description")
    t.add_argument("--area", action="append", help="link one more risk area (repeatable)")
    t.add_argument("--ref", action="append", help="cite one more mechanism reference (repeatable)")
    t.set_defaults(func=cmd_actions_update)
    t = xsub.add_parser("ref", help="record a mechanism reference with its text, date, status and URL")
    t.add_argument("reference", help="e.g. 'UPR:XTV:4:A/HRC/58/12:128.26', 'AL XTV 3/2026', 'CCPR/C/XTV/CO/4'")
    t.add_argument("--text", help="the recommendation or observation, verbatim")
    t.add_argument("--date", help="YYYY-MM-DD")
    t.add_argument("--status", help="response or status, e.g. upr.resp.supported")
    t.add_argument("--url")
    t.set_defaults(func=cmd_actions_ref)
    t = xsub.add_parser("refs", help="list mechanism references")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_actions_refs)
